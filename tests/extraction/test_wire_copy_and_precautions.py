"""Wire copy and precautionary counts, on batch 25's pattern of misses (eighth session), shown on sentences written
for these tests: machines shut down or unplugged as a precaution are no count of machines hit; "une trentaine des
quatre-vingts ordinateurs" is a part of a whole; a wire story's dateline ("LENNBURG AG (Keystone-SDA) –",
"SALLANCHES (Haute-Savoie), 22 janvier 2026 (AFP) —") names a town and an agency, neither the victim; an acronym
run into a person's name ("à l'AFP Sophie Roux") is two names; "im vergangenen Herbst hatte …" opens a precedent;
a lower-case head right before a name ("l'ensemble scolaire X") says it is an organisation."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import run


@pytest.mark.parametrize("language, text", [
    ("en", "Ransomware hits Oakvale hospital\n\nOakvale General Hospital was hit by ransomware on Monday. More than "
           "3,000 computers across the campus were shut down as a precaution."),
    ("fr", "Cyberattaque à l'hôpital de Valbourg\n\nL'hôpital de Valbourg a été victime d'une attaque par "
           "rançongiciel lundi. Par précaution, les quelque 450 ordinateurs ont été déconnectés du réseau."),
    ("nl", "Cyberaanval op gemeente Oosterzijl\n\nDe gemeente Oosterzijl is maandag getroffen door ransomware. Uit "
           "voorzorg zijn 400 laptops van ambtenaren uitgeschakeld."),
    ("de", "Cyberangriff auf Stadt Ostheimbach\n\nDie Stadtverwaltung Ostheimbach ist Ziel eines Ransomware-Angriffs "
           "geworden. Die rund 2.500 Arbeitsplatzrechner seien vorsorglich heruntergefahren worden."),
])
def test_machines_taken_offline_as_a_precaution_are_no_damage(language: str, text: str) -> None:
    assert run(text, language).impact.workstations_affected is None


def test_a_french_part_of_a_whole_with_des() -> None:
    r = run("Cyberattaque à l'hôpital de Valbourg\n\nL'hôpital de Valbourg a été victime d'une attaque par "
            "rançongiciel lundi. Une trentaine des quelque quatre-vingts ordinateurs de l'établissement ont été "
            "chiffrés.", "fr")
    assert r.impact.workstations_affected == 30


def test_a_swiss_wire_dateline_is_no_victim() -> None:
    r = run("Cyberangriff legt Teigwarenhersteller Brunner lahm\n\nLENNBURG AG (Keystone-SDA) – Der Aargauer "
            "Teigwarenhersteller Brunner ist Opfer eines Cyberangriffs geworden, wie die Brunner Teigwaren AG am "
            "Mittwoch mitteilte. Brunner zahlt nicht.", "de")
    assert r.organization.name in {"Brunner", "Brunner Teigwaren AG"}


def test_an_agency_and_a_person_after_it_are_no_victim() -> None:
    r = run("Haute-Savoie : un ensemble scolaire visé par un rançongiciel\n\nSALLANCHES (Haute-Savoie), 22 janvier "
            "2026 (AFP) — Un ensemble scolaire privé est paralysé depuis lundi par une attaque au rançongiciel.\n\n"
            "L'ensemble scolaire Saint-Joseph-des-Monts regroupe une école, un collège et un lycée. « C'est "
            "inquiétant », a confié à l'AFP Sophie Roux, présidente des parents d'élèves.", "fr")
    assert r.organization.name in {"ensemble scolaire Saint-Joseph-des-Monts", "Saint-Joseph-des-Monts"}


def test_last_autumn_opens_a_precedent() -> None:
    r = run("Cyberangriff auf Brunner\n\nDer Teigwarenhersteller Brunner ist Opfer eines Cyberangriffs geworden. "
            "Betroffen sind zwölf Server.\n\nIm vergangenen Herbst hatte die Gruppe Akira den Käsehändler Rüegg AG "
            "angegriffen. Dort wurden rund vierzig Server verschlüsselt, die Erpresser verlangten zwei Millionen "
            "Franken.", "de")
    assert r.organization.name == "Brunner"
    assert r.ransom.amount is None


@pytest.mark.parametrize("language, text, status", [
    ("nl", "Cyberaanval op waterschap\n\nWaterschap Lauwerdal is getroffen door ransomware. De criminelen eisen "
           "750.000 euro. \"Wij betalen niet,\" zei de dijkgraaf.", "refused"),
    ("de", "Cyberangriff auf Zweckverband\n\nDer Zweckverband Lennbach ist Ziel eines Ransomware-Angriffs geworden. "
           "Zu einer möglichen Lösegeldforderung wollte der Geschäftsführer sich nicht äußern. Dass der Verband zu "
           "einer Forderung schweige, sei nicht ungewöhnlich.", "unknown"),
])
def test_a_first_person_refusal_and_a_silence_about_a_demand(language: str, text: str, status: str) -> None:
    assert run(text, language).ransom.status.value == status


def test_what_a_gang_is_known_for_is_no_fact_of_the_incident() -> None:
    r = run("Cyberaanval op waterschap\n\nWaterschap Lauwerdal is getroffen door ransomware. Om losgeld is niet "
            "gevraagd. De groep staat erom bekend gestolen gegevens te publiceren als slachtoffers niet betalen.", "nl")
    assert r.ransom.status.value == "not_demanded"


@pytest.mark.parametrize("language, text, actor", [
    ("nl", "Cyberaanval op waterschap\n\nWaterschap Lauwerdal is getroffen door een cyberaanval. Achter de aanval zit "
           "de groep Nachtvorst, die het waterschap vrijdag op haar lekwebsite zette.", "Nachtvorst"),
    ("en", "Council hit\n\nOakvale Borough Council was hit by a cyber attack. Behind the attack is the group Frostbite, "
           "which listed the council on Friday.", "Frostbite"),
    ("fr", "Mairie touchée\n\nLa mairie de Valbourg a été visée par une cyberattaque. Derrière l'attaque se trouve le "
           "groupe Givre, qui a publié le nom de la commune vendredi.", "Givre"),
])
def test_the_group_said_to_be_behind_the_attack_is_the_actor(language: str, text: str, actor: str) -> None:
    assert run(text, language).ransom.threat_actor == actor
