"""Victims named by their kind and their town, found on the real-page scratch set (seventh session) and shown
here on sentences written for these tests: a municipality the article calls only "la mairie", "the city",
"de gemeente", "die Stadt" takes the name of the town the article names; "City Hall" alone takes its town's name;
a place name between a definite article and a lower-case head word names that place's body ("het Sint-Niklaas
ziekenhuis"), while a place describing an indefinite noun does not ("a Harrogate logistics firm"); a lower-case
head after an elided article ("l'hôpital de Vannes") is a candidate like any other."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import run


@pytest.mark.parametrize("language, text, expected", [
    ("fr", "Cyberattaque : les services municipaux perturbés\n\nLa mairie de la ville a été la cible d'une cyberattaque mardi soir. Selon la mairie, le standard "
           "téléphonique ne fonctionne plus. La ville a déposé plainte et l'enquête a été confiée à la police "
           "judiciaire de Vannes.", {"Ville de Vannes", "Mairie de Vannes"}),
    ("nl", "Cyberaanval treft gemeentelijke diensten\n\nDe gemeente is dinsdagavond getroffen door een cyberaanval. Volgens de gemeente werkt de telefooncentrale "
           "niet meer. De gemeente heeft aangifte gedaan bij de politie in Zwolle.", {"Gemeente Zwolle"}),
])
def test_a_municipality_named_by_its_kind_takes_the_town_the_article_names(language: str, text: str,
                                                                           expected: set[str]) -> None:
    r = run(text, language)
    assert r.organization.name in expected
    town = r.organization.name.rsplit(" ", 1)[-1]
    assert r.sites == [town]  # a body named after its town is in it, and its region is the town's
    assert r.organization.region is not None


def test_city_hall_alone_takes_its_towns_name() -> None:
    r = run("Springfield Mayor Ellen Price's office told staff on Friday that the outage which hit City Hall computer "
            "systems was a ransomware attack. City Hall will be closed to the public again on Monday, the city said.",
            "en")
    assert r.organization.name == "Springfield City Hall"
    assert r.organization.sector.value == "government"


@pytest.mark.parametrize("language, text, expected", [
    ("nl", "Cyberaanval legt ziekenhuis plat\n\nHet Sint-Niklaas ziekenhuis is zaterdag getroffen door een "
           "cyberaanval. De spoedgevallendienst werd gesloten.", "Sint-Niklaas ziekenhuis"),
    ("en", "Ransomware hits hospital\n\nThe Harrogate hospital was hit by ransomware on Saturday night. Its "
           "emergency department was closed.", "Harrogate hospital"),
])
def test_a_place_between_an_article_and_a_head_word_names_that_places_body(language: str, text: str,
                                                                          expected: str) -> None:
    r = run(text, language)
    assert r.organization.name == expected
    assert r.organization.sector.value == "healthcare"


def test_a_place_describing_an_indefinite_noun_names_no_body() -> None:
    r = run("Harrogate logistics firm paid hackers\n\nBrindle Haulage Ltd, a Harrogate logistics firm, paid a "
            "ransom after a ransomware attack, filings show.", "en")
    assert r.organization.name == "Brindle Haulage Ltd"


def test_a_head_after_an_elided_article_is_a_candidate() -> None:
    r = run("Un hôpital au ralenti\n\nC'est une mauvaise surprise pour Karim ce mercredi. À peine arrivé à l'hôpital "
            "de Vannes, il doit repartir. Le centre hospitalier est la cible d'une cyberattaque survenue hier.", "fr")
    assert r.organization.name == "hôpital de Vannes"


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Haulier paid hackers, filings show\n\nBrindle Haulage Ltd paid a ransom of $2 million after a ransomware "
           "attack in July, according to documents filed on Monday.", "Brindle Haulage Ltd"),
    ("fr", "Un transporteur a payé une rançon\n\nLe transporteur Brindle SA a payé une rançon de 2 millions de "
           "dollars après une attaque par rançongiciel en juillet, selon des documents déposés lundi.", "Brindle SA"),
])
def test_the_lead_tells_the_main_incident_whatever_its_date(language: str, text: str, expected: str) -> None:
    # published in March: "July" is last July, long before publication, yet the lead is the article's account
    r = run(text, language)
    assert r.organization.name == expected
    assert r.ransom.status.value == "paid"
    assert r.ransom.amount == 2_000_000


@pytest.mark.parametrize("language, text, expected", [
    ("fr", "Dépêche ATS, complétée par la rédaction\n\nLausanne (ATS) — L'étude Ravier & Associés, à Lausanne, a été "
           "victime d'une fraude au courriel. « C'est un choc », a déclaré à l'ATS Me Claire Ravier, associée.\n\n"
           "(ATS/réd.)", {"Ravier & Associés", "étude Ravier & Associés"}),
    ("en", "The Evening Courier\n\nLEEDS (Courier) — Brindle Haulage Ltd was hit by ransomware on Monday, the firm "
           "told the Courier.", {"Brindle Haulage Ltd"}),
])
def test_a_word_of_the_masthead_standing_alone_is_the_outlet(language: str, text: str, expected: set[str]) -> None:
    assert run(text, language).organization.name in expected
