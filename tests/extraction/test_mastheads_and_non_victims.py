"""Who is not the victim, on batch 24's and the second real-page set's pattern of misses (eighth session), shown on
sentences written for these tests: a page that opens with its masthead over a navigation bar names its outlet,
and the company publishing it ("© Dales Courier Media Ltd") is that outlet too; with the masthead known, a
broadcaster the headline names is the attack's patient and keeps its kind in its name ("Omroep X"); a one-word
town the gazetteer lacks but the article writes after "in" is a place; a country's adjective ("Amerikaanse") is a
place; a plain name of the threat-actor list that is no word of the language ("du type Ryuk") is never the
victim; a German compound title ("Stadtwerke-Pressesprecherin") names a person; "Conseil départemental d'X"
is one name; "IT-systems" is a common noun."""

from __future__ import annotations

import pytest

from editor.extraction.doc import build_doc
from editor.extraction.lexicon import lexicon
from tests.extraction.helpers import run


@pytest.mark.parametrize("language, text, victim", [
    ("en", "THE DALES COURIER\nNews | Towns | Business | Farming | Sport\n\nBUSINESS\nAccountants warn clients "
           "after email hack\n\nBy Jane Roe\n\nA Skipton accountancy firm has warned clients after a hacker read a "
           "partner's mailbox for weeks.\n\nHarrow Lane & Co, a firm of chartered accountants, discovered the breach "
           "last Thursday. \"We are sorry,\" its managing partner told the Courier. The firm said it had reported the "
           "attack to the police.\n\n© Dales Courier Media Ltd", "Harrow Lane & Co"),
    ("nl", "VELUWS DAGBLAD\nHome | Regio | Economie | Media | Sport\n\nMEDIA\nCyberaanval legt tv-kanaal Omroep "
           "Rivierenland plat\n\nDoor Anna de Vries\n\nOmroep Rivierenland is zondag getroffen door een "
           "cyberaanval. De radio draait vanuit een noodstudio, meldt de omroep. © Veluws Dagblad",
     "Omroep Rivierenland"),
])
def test_a_masthead_over_a_menu_names_the_outlet_not_the_victim(language: str, text: str, victim: str) -> None:
    r = run(text, language)
    assert r.organization.name == victim


def test_the_masthead_is_read_off_the_first_line() -> None:
    text = "THE DALES COURIER\nNews | Towns | Business | Sport\n\nHeadline of the story\n\nBody."
    doc = build_doc(text, lexicon("en"), None)
    assert doc.masthead == "THE DALES COURIER"
    assert doc.norm[:doc.headline_end].strip() == "Headline of the story"


def test_a_town_written_after_in_is_no_victim() -> None:
    r = run("Hackerangriff legt Armaturenhersteller Kellmann lahm\n\nBeim Armaturenhersteller Kellmann in "
            "Wiesenrode stehen seit dem Wochenende die Bänder still. Kriminelle haben die IT-Systeme verschlüsselt. "
            "In Wiesenrode steht die Produktion still. Wenn alles gut geht, läuft in Wiesenrode Ende der Woche "
            "wieder alles, sagte ein Sprecher von Kellmann.", "de")
    assert r.organization.name == "Kellmann"


def test_a_countrys_adjective_is_no_victim() -> None:
    r = run("Een ziekenhuis in de Amerikaanse staat Ohio is getroffen door ransomware. Volgens het Riverside "
            "Ziekenhuis is de zorg niet in gevaar.", "nl")
    assert r.organization.name != "Amerikaanse"


def test_a_plain_actor_name_that_is_no_word_is_never_the_victim() -> None:
    r = run("Les services communaux à l'arrêt\n\nCe lundi, la commune de Valbourg a constaté une panne générale. "
            "Il pourrait s'agir d'un pourriciel du type Ryuk, déjà responsable d'attaques contre des hôpitaux.", "fr")
    assert r.organization.name != "Ryuk"


def test_a_german_compound_title_names_a_person() -> None:
    r = run("Detmold. Die Stadtwerke Lippstein sind Ziel eines Hackerangriffs geworden, sagte "
            "Stadtwerke-Pressesprecherin Eva Kornmann. Die Telefone sind gestört.", "de")
    assert r.organization.name == "Stadtwerke Lippstein"


def test_a_council_named_with_an_adjective_and_an_elided_connector_is_one_name() -> None:
    r = run("Un département paralysé\n\nLe Conseil départemental d'Eure-et-Loir a été victime d'une intrusion "
            "informatique dimanche. Le Conseil départemental d'Eure-et-Loir a porté plainte.", "fr")
    assert r.organization.name == "Conseil départemental d'Eure-et-Loir"


def test_a_compound_of_a_common_noun_is_no_victim() -> None:
    r = run("Aluminium maker hit\n\n\"IT-systems in most business areas are down,\" the company said. Oakridge "
            "Metals said its plants ran in manual mode while its systems were restored.", "en")
    assert r.organization.name != "IT-systems"


def test_a_dutch_descriptor_compound_before_a_name_is_no_first_name() -> None:
    r = run("Elektronicafabrikant sluit fabrieken\n\nElektronicafabrikant Marchal heeft al zijn fabrieken een week "
            "stilgelegd na een ransomwareaanval. Marchal meldt dat de productie maandag hervat.", "nl")
    assert r.organization.name == "Marchal"


def test_two_bodies_joined_by_a_conjunction_stay_two() -> None:
    r = run("Hogeschool en universiteit getroffen\n\nDe Hogeschool van Oosterzijl en Universiteit van Oosterzijl "
            "zijn getroffen door een cyberaanval. De Universiteit van Oosterzijl meldt dat de systemen offline zijn.",
            "nl")
    assert r.organization.name in {"Universiteit van Oosterzijl", "Hogeschool van Oosterzijl"}


def test_an_english_hospital_name_in_a_dutch_article() -> None:
    r = run("Amerikaans ziekenhuis getroffen door ransomware\n\nEen ziekenhuis in de staat Ohio is getroffen door ransomware. Volgens "
            "Riverside Memorial Hospital is de zorg niet in gevaar.", "nl")
    assert r.organization.name == "Riverside Memorial Hospital"
