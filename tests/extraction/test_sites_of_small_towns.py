"""Sites on batch 23's pattern of misses (eighth session), shown on sentences written for these tests: a town
too small for the gazetteer still is the site of the council, school board or utility named after it once the
article names it alone; a navigation bar is page furniture, so its section names are no sites; a town that
names a newspaper ("the Oakvale Chronicle") is no site; the last word of a longer place name the gazetteer does
not hold ("Alder Mesa") is not the town that word names elsewhere; a German compound naming an authority
("Generalstaatsanwaltschaft") makes the town after it the authority's seat."""

from __future__ import annotations

import pytest

from editor.extraction.furniture import mark_furniture
from editor.extraction.lexicon import lexicon
from tests.extraction.helpers import run


@pytest.mark.parametrize("language, text, town", [
    ("fr", "Cyberattaque : la commune de Valbourg-sur-Lèze paralysée\n\nLa commune de Valbourg-sur-Lèze a été "
           "victime d'une attaque par rançongiciel dans la nuit de samedi. À Valbourg-sur-Lèze, l'accueil de la "
           "mairie reste fermé lundi.", "Valbourg-sur-Lèze"),
    ("de", "Cyberangriff auf die Stadtwerke Ostheimbach\n\nDie Stadtwerke Ostheimbach sind Ziel eines Cyberangriffs "
           "geworden. Die Menschen in Ostheimbach hatten aber jederzeit Strom und Wasser, sagte ein Sprecher.",
     "Ostheimbach"),
    ("en", "Ransomware closes Alder Mesa schools\n\nThe Alder Mesa Unified School District was hit by ransomware "
           "on Sunday. All nine schools in Alder Mesa stayed closed on Monday while the district restored its "
           "network.", "Alder Mesa"),
    ("nl", "Cyberaanval op gemeente Oosterzijl\n\nDe gemeente Oosterzijl is getroffen door een cyberaanval. "
           "Inwoners van Oosterzijl kunnen voorlopig geen paspoort aanvragen.", "Oosterzijl"),
])
def test_a_public_body_named_after_an_unlisted_town_is_in_that_town(language: str, text: str, town: str) -> None:
    r = run(text, language)
    assert r.sites == [town]


@pytest.mark.parametrize("language, text", [
    ("en", "Ransomware hits Ridgefield Pipeline Co\n\nRidgefield Pipeline Co was hit by ransomware on Friday. "
           "Ridgefield said its fuel deliveries continued."),
    ("en", "Ransomware hits Harbor Freight Logistics\n\nHarbor Freight Logistics was hit by ransomware on Friday. "
           "Harbor said deliveries continued."),
])
def test_a_firm_named_after_a_word_gets_no_site_from_it(language: str, text: str) -> None:
    assert run(text, language).sites == []


@pytest.mark.parametrize("language, line", [
    ("fr", "Accueil | Actualités | Valbourg | Sud-Lèze | Sports | Économie | Annonces légales"),
    ("de", "Startseite | Lokales | Ostheimbach | Kreis | Sport | Wirtschaft"),
    ("en", "Home · News · Oakvale · Sport · Business · Jobs"),
    ("nl", "Home • Nieuws • Regio • Sport • Economie"),
])
def test_a_navigation_bar_is_furniture_anywhere(language: str, line: str) -> None:
    text = f"Headline of the story\n\nFirst paragraph of the story, which says what happened.\n\n{line}\n\nEnd."
    spans = mark_furniture(text, lexicon(language))
    assert [text[a:b] for a, b in spans] == [line]


def test_a_sentence_with_a_bar_or_two_is_no_menu() -> None:
    text = ("Headline of the story\n\nFirst paragraph of the story.\n\n"
            "The council said services were down | phones worked.\n")
    assert mark_furniture(text, lexicon("en")) == []


def test_a_town_naming_a_newspaper_is_no_site() -> None:
    r = run("Water firm hit by cyber attack\n\nHollin Vale Water, which supplies homes across the valley, said "
            "hackers had accessed customer data at its head office. The local paper the Todmorden Chronicle "
            "reported on Thursday that up to 40,000 accounts may be concerned.", "en")
    assert "Todmorden" not in r.sites


def test_the_last_word_of_an_unlisted_place_name_is_not_another_town() -> None:
    r = run("Ransomware closes schools\n\nThe Birch Mesa Unified School District was hit by ransomware on Sunday. "
            "Internet access at all schools in Birch Mesa was cut.", "en")
    assert "Mesa" not in r.sites
    assert r.sites == ["Birch Mesa"]


def test_a_town_after_a_german_authority_compound_is_its_seat() -> None:
    r = run("Cyberangriff auf Stadtwerke\n\nDie Stadtwerke Ostheimbach sind Ziel eines Cyberangriffs geworden. "
            "Die Ermittlungen führt die Generalstaatsanwaltschaft Kassel. In Ostheimbach lief die Versorgung "
            "weiter.", "de")
    assert "Kassel" not in r.sites
