"""The victim stage: the organisation the attack happened to, never a person, a gang, an outlet or a body acting
on the incident (articles written for these tests)."""

from __future__ import annotations

import pytest

from editor.extraction.victim import choose_victim
from tests.extraction.helpers import doc_of, run

QUOTED_PERSON = [
    ("en", "Attack on water firm\n\n“We will not pay the criminals,” said Devlin Marsh. The attack on Ribble Valley "
           "Water encrypted billing servers, Devlin Marsh added. Ribble Valley Water is working with the NCSC.",
     "Ribble Valley Water"),
    ("fr", "Cyberattaque\n\nL'attaque a visé la mairie de Valcourt, a déclaré Jean Moreau. « Nous ne paierons pas », "
           "a déclaré Jean Moreau. Jean Moreau a précisé que la CNIL avait été informée. La mairie de Valcourt "
           "fonctionne en mode dégradé.", "Valcourt"),
    ("nl", "Cyberaanval\n\nDe aanval trof Woonstichting Heuvelland, aldus Pieter de Graaf. De Graaf zei dat het NCSC "
           "is ingelicht. \"We betalen niet\", aldus De Graaf. Woonstichting Heuvelland werkt op papier.",
     "Woonstichting Heuvelland"),
    ("de", "Cyberangriff\n\nDer Angriff traf die Stadtwerke Ebersbach, sagte Thomas Berger. Das BSI unterstützt die "
           "Stadtwerke. \"Wir zahlen nicht\", sagte Berger. Thomas Berger sagte, die Systeme seien verschlüsselt.",
     "Stadtwerke Ebersbach"),
]

MASTHEAD_FIRM_ACTOR = [
    ("en", "Harbour Evening Gazette\n\nCyberattack hits Tollcross Bakeries\n\nTollcross Bakeries said ransomware had "
           "encrypted its order systems. Security firm Ardent Labs said the Blackmoth gang used a known flaw. Ardent "
           "Labs said Blackmoth had hit others. The Harbour Evening Gazette understands deliveries stopped.",
     "Tollcross Bakeries"),
    ("fr", "Le Courrier du Val\n\nCyberattaque contre Transports Berlioz\n\nTransports Berlioz a été victime d'un "
           "rançongiciel revendiqué par le groupe Noirfeu. L'ANSSI est intervenue. Selon la société de cybersécurité "
           "Vigilis, Noirfeu vise des transporteurs. Vigilis a observé d'autres attaques. Le Courrier du Val a "
           "contacté l'entreprise.", "Transports Berlioz"),
    ("nl", "Dagblad De Polder\n\nCyberaanval op Woonstichting Heuvelland\n\nWoonstichting Heuvelland is getroffen "
           "door ransomware. De hackersgroep Zwartvuur eist losgeld. Volgens beveiligingsbedrijf Wachtpost gebruikt "
           "Zwartvuur een bekend lek. Wachtpost waarschuwt andere corporaties. Dagblad De Polder vroeg om een reactie.",
     "Woonstichting Heuvelland"),
    ("de", "Talbacher Tagblatt\n\nCyberangriff auf Klinikum Sonnfeld\n\nDas Klinikum Sonnfeld wurde von der "
           "Hackergruppe Schwarzfeuer angegriffen. Das BSI ist informiert. Die IT-Sicherheitsfirma Kryptwerk sagte, "
           "Schwarzfeuer nutze eine bekannte Lücke. Kryptwerk beobachtet die Gruppe. Das Talbacher Tagblatt fragte nach.",
     "Klinikum Sonnfeld"),
]


@pytest.mark.parametrize("language, text, victim", QUOTED_PERSON)
def test_a_quoted_person_is_never_the_victim(language: str, text: str, victim: str) -> None:
    assert run(text, language).organization.name == victim


@pytest.mark.parametrize("language, text, victim", MASTHEAD_FIRM_ACTOR)
def test_a_masthead_a_security_firm_and_the_threat_actor_are_never_the_victim(language: str, text: str,
                                                                               victim: str) -> None:
    assert run(text, language).organization.name == victim


def test_a_first_name_and_a_capitalised_word_are_a_person_even_unquoted() -> None:
    doc = doc_of("Cyberattaque\n\nLa mairie de Valcourt a été visée. Jean Moreau a précisé que la CNIL était informée.",
                 "fr")
    choice = choose_victim(doc, set())
    assert ("Jean Moreau", "person") in [(c.name, c.excluded) for c in choice.rejected]
    assert choice.people == ["Jean Moreau"]


def test_a_persons_surname_is_no_site() -> None:
    text = ("Council hit by ransomware\n\nThe attack on Stourbridge Borough Council encrypted 20 servers, said council "
            "leader John Chester. Chester said the council would not pay.")
    assert run(text, "en").sites == ["Stourbridge"]


def test_a_masthead_is_an_outlet() -> None:
    doc = doc_of("Talbacher Tagblatt\n\nCyberangriff auf Klinikum Sonnfeld\n\nDas Talbacher Tagblatt berichtet über den "
                 "Angriff auf das Klinikum Sonnfeld.", "de")
    choice = choose_victim(doc, set())
    assert choice.name == "Klinikum Sonnfeld"
    assert ("Talbacher Tagblatt", "outlet") in [(c.name, c.excluded) for c in choice.rejected]


def test_a_capitalised_head_running_on_in_lower_case_opens_a_name() -> None:
    text = ("Cyberattaque\n\nLe Centre hospitalier de Valmont a été visé mardi par un rançongiciel. Le Centre "
            "hospitalier de Valmont a déclenché son plan blanc.")
    assert run(text, "fr").organization.name == "Centre hospitalier de Valmont"


def test_the_scored_candidates_carry_their_evidence_spans() -> None:
    text = "Cyberattack on Marlow Freight\n\nMarlow Freight said its systems were down."
    doc = doc_of(text, "en")
    choice = choose_victim(doc, set())
    best = choice.candidates[0]
    assert best.name == "Marlow Freight" and best.score > 0
    assert [text[a:b] for a, b in best.mentions] == ["Marlow Freight", "Marlow Freight"]


def test_an_acronym_defined_after_a_name_with_an_article_in_it() -> None:
    text = ("Attaque contre un distributeur\n\nLe portail des Services industriels de la Vallée SA (SIV), à Valbourg, est "
            "la cible d'une attaque par déni de service. Les SIV ont porté plainte. Les Services industriels de la "
            "Vallée restent joignables par téléphone.")
    assert run(text, "fr").organization.name == "Services industriels de la Vallée SA"


def test_a_head_word_after_the_name_makes_the_whole_name() -> None:
    text = ("Gegevens van klanten Zeewind Verzekeringen gestolen\n\nCriminelen hebben gegevens van klanten van Zeewind "
            "Verzekeringen buitgemaakt. Zeewind bevestigt het lek. Het portaal Mijn Zeewind is offline. Zeewind heeft "
            "aangifte gedaan.")
    report = run(text, "nl")
    assert report.organization.name == "Zeewind Verzekeringen"
    assert report.organization.sector == "finance"


def test_a_head_word_alone_is_no_name() -> None:
    text = ("Hackerangriff legt Hochschule lahm\n\nSeit Tagen geht an der FH Talburg nichts. Die Hochschule hat "
            "nach dem Angriff ihr Netz getrennt. Die Hochschule arbeitet mit dem Landeskriminalamt zusammen. Die "
            "Hochschule informiert die Studierenden.")
    assert run(text, "de").organization.name == "FH Talburg"


def test_a_first_name_before_a_capitalised_word_is_no_town() -> None:
    text = ("Hackerangriff auf Klinikum Sonnfeld\n\nDas Klinikum Sonnfeld wurde angegriffen. \"Wir sind "
            "verunsichert\", sagt Betriebsrat Lukas Aigner. Lukas Aigner fordert Aufklärung.")
    assert run(text, "de").organization.country != "PL"  # "Lukas" is also a town's name


def test_a_legal_form_keeps_its_full_stop() -> None:
    text = ("Foundry hit\n\nQuarrybank Castings Inc. has stopped production after a ransomware attack. Quarrybank "
            "Castings Inc. said its plants were idle.")
    assert run(text, "en").organization.name == "Quarrybank Castings Inc."


def test_a_name_never_runs_on_over_a_line_break() -> None:
    text = ("Ransomware at Harbourline Ferries\nMarch 2024\n\nHarbourline Ferries\nSeveral sailings were cancelled "
            "after the attack. Harbourline Ferries said it would not pay.")
    assert run(text, "en").organization.name == "Harbourline Ferries"


def test_a_title_case_headline_and_teaser_are_no_names() -> None:
    text = ("Kelso College Cancels Lectures After Ransomware Attack\n\nKelso College cancelled lectures on Monday after "
            "a ransomware attack, the college said.\n\nOPINION: Kelso College Must Keep Its Music School Open\n\n"
            "Kelso College said staff were restoring systems.")
    assert run(text, "en").organization.name == "Kelso College"


def test_a_possessive_is_no_part_of_the_name() -> None:
    text = "Attack on college\n\nHarwick University's network was hit by ransomware. Harwick University's staff use paper."
    assert run(text, "en").organization.name == "Harwick University"


def test_a_line_of_tags_is_furniture() -> None:
    text = ("Hackerangriff auf Klinikum Sonnfeld\n\nDas Klinikum Sonnfeld wurde am Montag angegriffen.\n\n"
            "Klinikum Sonnfeld Cyberangriff Datenschutz Hackerangriff Patientendaten")
    assert run(text, "de").organization.name == "Klinikum Sonnfeld"


def test_german_uni_is_an_education_head() -> None:
    text = ("Hackerangriff\n\nNach Angaben der Uni sind alle Systeme offline. Die Uni Talburg wurde am Montag "
            "angegriffen.")
    report = run(text, "de")
    assert report.organization.name == "Uni Talburg"
    assert report.organization.sector == "education"


def test_a_title_in_apposition_after_a_name_makes_a_person() -> None:
    text = ("Cyberattaque\n\nPour Ysoline Roux, adjointe au maire, les services de la ville sont paralysés. La ville de "
            "Valcourt a porté plainte.")
    doc = doc_of(text, "fr")
    assert ("Ysoline Roux", "person") in [(c.name, c.excluded) for c in choose_victim(doc, set()).rejected]


def test_a_plural_head_before_a_town_is_no_name() -> None:
    text = ("Cyberaanval op ziekenhuizen Harderwijk\n\nDe Zuiderzorg Ziekenhuizen zijn getroffen door ransomware. Patiënten van de ziekenhuizen "
            "Harderwijk en omgeving worden doorverwezen. De ziekenhuizen Harderwijk blijven open. Zuiderzorg "
            "Ziekenhuizen heeft aangifte gedaan.")
    assert run(text, "nl").organization.name == "Zuiderzorg Ziekenhuizen"


def test_a_possessive_of_a_one_word_name_joins_it() -> None:
    text = ("Council hit\n\nSystems at the Comhairle were down after a cyber attack. Staff said the Comhairle's "
            "offices use paper. The Comhairle's website is offline.")
    assert run(text, "en").organization.name == "Comhairle"


def test_a_surname_after_an_initial_is_no_town() -> None:
    text = ("Cyberattaque\n\nLe Centre hospitalier de Valmont a été visé mardi.\nReportage : J. Garrel et M. Lehre")
    assert run(text, "fr").organization.country in (None, "FR")


def test_a_service_word_is_no_victim() -> None:
    doc = doc_of("Hackerangriff\n\nSeit Montag ist E-Mail nicht erreichbar. E-Mail und Telefon fallen aus.", "de")
    choice = choose_victim(doc, set())
    assert choice.chosen is None or choice.chosen.name != "E-Mail"
    assert ("E-Mail", "service or thing") in [(c.name, c.excluded) for c in choice.rejected]


def test_a_reporters_initials_closing_the_headline_are_no_part_of_a_name() -> None:
    text = ("Ransomware bij Zorgcentrum Westerhout JVD\n\nHet Zorgcentrum Westerhout is getroffen door "
            "ransomware. Zorgcentrum Westerhout werkt op papier.")
    doc = doc_of(text, "nl")
    choice = choose_victim(doc, set())
    assert choice.name == "Zorgcentrum Westerhout"
    assert all("JVD" not in c.name for c in choice.candidates)


# The body names the victim by its kind only ("the council", "la mairie"), the headline names the town: the name
# comes from both, with each language's word order.
@pytest.mark.parametrize("language, text, expected", [
    ("en", "Cyberattack hits Swindon\n\nThe council was hit by a cyberattack on Monday. The council said its systems "
           "were offline.", "Swindon Council"),
    ("fr", "Cyberattaque à Vierzon\n\nLa mairie a été victime d'une cyberattaque lundi. La mairie a porté plainte.",
     "Mairie de Vierzon"),
    ("nl", "Cyberaanval treft Zwolle\n\nDe gemeente is maandag getroffen door een cyberaanval. De gemeente heeft "
           "aangifte gedaan.", "Gemeente Zwolle"),
    ("de", "Cyberangriff in Bückeburg\n\nDie Stadtverwaltung wurde am Montag angegriffen. Die Stadtverwaltung hat "
           "Anzeige erstattet.", "Stadtverwaltung Bückeburg"),
])
def test_head_word_in_body_and_town_in_headline_name_the_victim(language: str, text: str, expected: str) -> None:
    assert run(text, language).organization.name == expected


def test_head_word_once_or_no_town_in_headline_is_no_victim() -> None:
    once = "Cyberattack hits Swindon\n\nThe council was hit by a cyberattack on Monday. Systems were offline."
    no_town = "Cyberattack on a council\n\nThe council was hit on Monday. The council said systems were offline."
    assert run(once, "en").organization.name is None
    assert run(no_town, "en").organization.name is None
