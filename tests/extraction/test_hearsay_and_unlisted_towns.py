"""Second-hand reports and towns too small for the gazetteer, on batch 24's pattern of misses (eighth session),
shown on sentences written for these tests: an amount other outlets mention and the victim denies is no demand;
"Van een losgeldeis is geen sprake" / "Von einer Lösegeldforderung ist keine Rede" say no demand was made;
"Wir zahlen nicht" and "Eine Zahlung schließt er aus" refuse; a theft media reports is a claim, while "whether
data was taken" stays open; a one-word town after a preposition of place is a site candidate like a gazetteer
town; a German list opened by its capitalised cue ("an den Standorten A und B") gives its items; hyphenated
French town names ("Sainte-Claire-du-Lac") stay whole in lists; "la province de Luxembourg" is in Belgium."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import run


@pytest.mark.parametrize("language, text", [
    ("fr", "Cyberattaque à la mairie de Valbourg\n\nLa mairie de Valbourg a été victime d'une attaque par "
           "rançongiciel lundi. Plusieurs sites d'information ont évoqué une rançon de 350 000 euros. Le maire "
           "dément : « Aucune demande de rançon ne nous est parvenue. »"),
    ("en", "Ransomware hits Oakvale council\n\nOakvale Borough Council was hit by a ransomware attack on Monday. "
           "According to media reports, the gang wants $2 million. The council said no ransom demand had been "
           "received."),
    ("nl", "Cyberaanval op gemeente Oosterzijl\n\nDe gemeente Oosterzijl is maandag getroffen door een "
           "ransomware-aanval. Volgens de media eisen de daders 200.000 euro. Van een losgeldeis is volgens de "
           "burgemeester tot nu toe geen sprake."),
    ("de", "Cyberangriff auf Stadt Ostheimbach\n\nDie Stadtverwaltung Ostheimbach ist am Montag Ziel eines "
           "Ransomware-Angriffs geworden. Medienberichten zufolge fordern die Täter 300.000 Euro. Von einer "
           "Lösegeldforderung ist nach Angaben der Stadt keine Rede."),
])
def test_a_demand_only_reported_second_hand_and_denied_is_no_demand(language: str, text: str) -> None:
    r = run(text, language)
    assert r.ransom.status.value == "not_demanded"
    assert r.ransom.amount is None


@pytest.mark.parametrize("sentence", [
    "Geschäftsführer Jan Kellmann bestätigte eine Lösegeldforderung. „Wir zahlen nicht“, sagte er.",
    "Geschäftsführer Jan Kellmann bestätigte eine Lösegeldforderung. Eine Zahlung schließt er aus.",
])
def test_a_german_refusal_in_the_first_person_or_ruling_payment_out(sentence: str) -> None:
    r = run("Hackerangriff auf Kellmann\n\nDer Armaturenhersteller Kellmann ist Ziel eines Ransomware-Angriffs "
            "geworden. " + sentence, "de")
    assert r.ransom.status.value == "refused"


def test_a_theft_media_report_is_a_claim() -> None:
    r = run("Cyberangriff auf Stadt Ostheimbach\n\nDie Stadtverwaltung Ostheimbach ist am Montag Ziel eines "
            "Ransomware-Angriffs geworden. Medienberichten zufolge haben die Täter einen ersten Datensatz im Darknet "
            "veröffentlicht.", "de")
    assert r.impact.data_exfiltration.value == "claimed"


def test_whether_data_was_taken_stays_open() -> None:
    r = run("Cyberattaque à la mairie de Valbourg\n\nLa mairie de Valbourg a été victime d'une attaque par "
            "rançongiciel lundi. « Nous ne pouvons pas dire à ce stade si des données ont été dérobées », ajoute "
            "le maire.", "fr")
    assert r.impact.data_exfiltration.value == "unknown"


@pytest.mark.parametrize("language, text, site", [
    ("fr", "Un hôpital paralysé\n\nLe centre hospitalier de Valbourg, à Montrécy-le-Haut, est la cible d'une "
           "cyberattaque par rançongiciel depuis lundi.", "Montrécy-le-Haut"),
    ("en", "Retailer hit by ransomware\n\nKestrel Outfitters said staff at its head office and distribution centre "
           "in Brendlow found files encrypted on Wednesday. The retailer's distribution centre in Brendlow "
           "stopped deliveries.", "Brendlow"),
    ("nl", "Cyberaanval op gemeente Oosterzijl\n\nDe gemeente Oosterzijl is getroffen door een cyberaanval. Het "
           "gemeentehuis in Oosterzijl en het servicepunt in Ekkelwold zijn gesloten.", "Ekkelwold"),
    ("de", "Hackerangriff auf Kellmann\n\nBeim Armaturenhersteller Kellmann stehen seit dem Wochenende die Bänder "
           "still. In Wiesenrode läuft die Produktion im Werk nur mit reduzierter Leistung, teilte Kellmann mit.",
     "Wiesenrode"),
])
def test_a_town_the_gazetteer_lacks_after_a_preposition_of_place_is_a_site(language: str, text: str,
                                                                            site: str) -> None:
    assert site in run(text, language).sites


def test_a_town_after_a_preposition_is_no_common_word() -> None:
    r = run("Hackerangriff auf Kellmann\n\nDer Armaturenhersteller Kellmann ist Ziel eines Hackerangriffs. Das Werk "
            "in Wiesenrode ist wieder in Betrieb, die Verwaltung arbeitet in Kurzarbeit.", "de")
    assert "Betrieb" not in r.sites and "Kurzarbeit" not in r.sites


def test_a_german_list_opened_by_its_cue() -> None:
    r = run("Cyberangriff auf Hochschule\n\nDie Hochschule Oberes Lenntal mit ihren 5.000 Studierenden an den "
            "Standorten Wettbach und Saalheim ist Ziel eines Cyberangriffs geworden.", "de")
    assert r.sites == ["Wettbach", "Saalheim"]


def test_hyphenated_french_towns_stay_whole_in_a_list() -> None:
    r = run("Cyberattaque contre un centre de services scolaire\n\nLe centre de services scolaire des Trois-Monts "
            "(CSSTM), qui compte 23 écoles réparties entre Sainte-Claire-du-Lac, Lac-Noir et Val-des-Sources, a été victime "
            "d'une cyberattaque.", "fr")
    assert r.sites == ["Sainte-Claire-du-Lac", "Lac-Noir", "Val-des-Sources"]


def test_a_region_named_like_a_country_gives_its_own_country() -> None:
    r = run("Maisons de repos privées d'informatique\n\nL'ASBL, qui gère trois maisons de repos dans le nord de la "
            "province de Luxembourg, a été victime d'une cyberattaque. Les Résidences du Val ont porté plainte.", "fr")
    assert r.organization.country == "BE"


@pytest.mark.parametrize("sentence, expected", [
    ("Die Kreisverwaltung ist weder per E-Mail noch telefonisch zu erreichen.",
     {("email", "unavailable"), ("telephony", "unavailable")}),
    ("Die Stadt hat ihre kompletten Telefon- und IT-Systeme heruntergefahren.", {("telephony", "unavailable")}),
    ("Auf sämtliche E-Mails kann bisher nicht zugegriffen werden.", {("email", "unavailable")}),
    ("Telefone, E-Mails, Zugriff auf Patientendaten - fast alles stand plötzlich still.",
     {("telephony", "unavailable"), ("email", "unavailable"), ("medical_records", "unavailable")}),
    ("Die Stadt ist telefonisch zu erreichen.", {("telephony", "operational")}),
])
def test_german_service_states(sentence: str, expected: set[tuple[str, str]]) -> None:
    r = run("Cyberangriff auf Stadt Ostheimbach\n\nDie Stadtverwaltung Ostheimbach ist am Montag Ziel eines "
            "Ransomware-Angriffs geworden. " + sentence, "de")
    assert {(s.service.value, s.status.value) for s in r.impact.services} == expected


def test_a_head_word_in_a_town_twice_names_that_towns_body() -> None:
    r = run("Stadtwerke in Lennfurt Opfer von Hackerangriff\n\nCyberkriminelle haben am Dienstag die IT-Systeme der "
            "Stadtwerke in Lennfurt angegriffen. Wie die Stadtwerke in Lennfurt mitteilten, ist der Versorger Anfang "
            "der Woche Ziel eines Cyberangriffs geworden. Die Stadtwerke sind im Notbetrieb.", "de")
    assert r.organization.name == "Stadtwerke Lennfurt"


def test_a_phrase_holding_a_word_of_time_is_no_victim() -> None:
    r = run("Versorger angegriffen\n\nWie ein Sprecher mitteilte, ist der Versorger Anfang der Woche Ziel eines "
            "Cyberangriffs geworden. Die Täter verschlüsselten Daten.", "de")
    assert r.organization.name != "Versorger Anfang der Woche Ziel"


def test_a_town_after_a_site_cue_is_a_site_but_a_campus_before_its_town_is_not() -> None:
    r = run("Un hôpital paralysé\n\nLe centre hospitalier du Val-Vert est la cible d'une cyberattaque depuis lundi. "
            "Devant l'entrée du site de Montrécy-le-Bas, les ambulances sont détournées.", "fr")
    assert "Montrécy-le-Bas" in r.sites
    r = run("Un hôpital paralysé\n\nLe Groupe hospitalier du Val-Vert, qui exploite les sites Sainte-Odile à Ciney et "
            "du Moulin à Yvoir, est visé depuis mercredi par une attaque au rançongiciel.", "fr")
    assert "Sainte-Odile" not in r.sites
