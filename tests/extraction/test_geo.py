"""Places: gazetteer, sites, region and country of the victim."""

from __future__ import annotations

import pytest

from editor.extraction import geo
from editor.extraction.places import gazetteer
from tests.extraction.helpers import doc_of, run


def test_gazetteer_knows_towns_regions_and_countries_in_four_languages() -> None:
    gaz = gazetteer()
    assert any(p.kind == "T" and p.country == "BE" for p in gaz.lookup("Tournai"))
    assert any(p.kind == "T" and p.country == "BE" for p in gaz.lookup("Doornik"))
    assert any(p.kind == "R" and p.country == "ES" for p in gaz.lookup("Catalogne"))
    assert any(p.kind == "C" and p.code == "NL" for p in gaz.lookup("Pays-Bas"))
    assert any(p.kind == "C" and p.code == "DE" for p in gaz.lookup("Duitsland"))
    assert gaz.region_by_code("BE-VLG", "nl").name == "Vlaanderen"
    assert gaz.region_by_code("US-TN").name == "Tennessee"
    assert gaz.lookup("Nowhere-sur-Rien") == []


def test_region_prefix_and_german_nouns() -> None:
    doc = doc_of("Test\n\nLa clinique de la province de Namur est touchée.", "fr")
    assert any(m.prefixed_region and m.name == "Namur" for m in geo.find_places(doc))
    doc = doc_of("Test\n\nDie Homepage des Landes ist nicht erreichbar.", "de")
    assert [m.name for m in geo.find_places(doc)] == []


def test_place_adjectives() -> None:
    doc = doc_of("Test\n\nHet Kortrijkse ziekenhuis werd getroffen.", "nl")
    assert [m.name for m in geo.find_places(doc)] == ["Kortrijk"]


def test_sites_listed_after_a_cue_and_receiving_hospitals_excluded() -> None:
    text = ("Cyberattaque contre le groupe Santéa\n\nLe groupe Santéa, qui gère notamment les hôpitaux d'Arlon, "
            "de Bastogne et de Marche-en-Famenne, a été visé par une cyberattaque lundi. Des patients ont été "
            "transférés vers l'hôpital de Namur.")
    report = run(text, "fr")
    assert report.organization.name == "Santéa"
    assert set(report.sites) == {"Arlon", "Bastogne", "Marche-en-Famenne"}
    assert report.organization.country == "BE"
    for i in range(len(report.sites)):
        assert report.evidence[f"/sites/{i}"]


def test_town_after_the_name_locates_the_victim() -> None:
    report = run("Test\n\nBrookfield Community Hospital in Cardiff was hit by ransomware on Monday.", "en")
    assert report.organization.country == "GB"
    assert report.sites == ["Cardiff"]


def test_headquarters_gives_the_us_state() -> None:
    text = "Test\n\nThe Nashville-based company Carevault said hackers stole patient data on Monday."
    report = run(text, "en")
    assert report.organization.country == "US"
    assert report.organization.region == "Tennessee"
    assert report.sites == []


def test_region_named_near_the_victim() -> None:
    text = ("Hackerangriff auf den Landkreis Musterau\n\nDer Landkreis Musterau in Sachsen-Anhalt ist seit "
            "Dienstag lahmgelegt. Die Polizei in Magdeburg ermittelt.")
    report = run(text, "de")
    assert report.organization.region == "Sachsen-Anhalt"
    assert report.organization.country == "DE"
    assert "Magdeburg" not in report.sites


def test_demonym_sets_the_country() -> None:
    text = "Test\n\nThe Dutch institution Hogeschool Zuidwest was hit by ransomware on Monday."
    assert run(text, "en").organization.country == "NL"


def test_ambiguous_town_leans_to_a_country_speaking_the_language() -> None:
    text = "Brest : le CHU visé\n\nLe CHU de Brest a été victime d'une cyberattaque jeudi soir."
    assert run(text, "fr").organization.country == "FR"


def test_places_inside_a_gang_name_are_ignored() -> None:
    text = ("Dallas County website offline\n\nThe Dallas County website was unreachable on Wednesday after a DDoS "
            "attack. A group known as Anonymous Sudan claimed responsibility.")
    report = run(text, "en")
    assert report.organization.country == "US"
    assert report.ransom.threat_actor == "Anonymous Sudan"


@pytest.mark.parametrize("language, text, expected", [
    ("fr", "Test\n\nLe réseau hospitalier Valmont a été attaqué. 300 ordinateurs répartis entre les sites "
           "d'Andenne, de Ciney et de Bastogne sont bloqués.", ["Andenne", "Ciney", "Bastogne"]),
    ("en", "Test\n\nRiverside Health was hit by ransomware. Its sites in Leeds, York and Hull were affected.",
     ["Leeds", "York", "Hull"]),
    ("de", "Test\n\nDie Kreisklinik wurde angegriffen. Betroffen sind die Standorte in Kiel, Lübeck und Husum.",
     ["Kiel", "Lübeck", "Husum"]),
    ("nl", "Test\n\nHet ziekenhuis werd aangevallen. De locaties in Breda, Tilburg en Oss zijn getroffen.",
     ["Breda", "Tilburg", "Oss"]),
], ids=["fr", "en", "de", "nl"])
def test_every_town_of_a_site_list(language: str, text: str, expected: list[str]) -> None:
    assert run(text, language).sites == expected


def test_local_authority_seat_is_its_site_but_a_firms_headquarters_is_not() -> None:
    council = ("Test\n\nDie Kreisverwaltung Nordmark mit Sitz in Cloppenburg ist Opfer eines Cyberangriffs geworden. "
               "Die Zulassungsstelle bleibt geschlossen.")
    assert run(council, "de").sites == ["Cloppenburg"]
    firm = ("Test\n\nDie Nordmark Logistik GmbH mit Sitz in Cloppenburg ist Opfer eines Cyberangriffs geworden. "
            "Die Auslieferung ist verzögert.")
    assert run(firm, "de").sites == []


@pytest.mark.parametrize(("sentence", "language", "region"), [
    ("Das Klinikum in Zwickau wurde am Montag von Hackern angegriffen.", "de", "Sachsen"),
    ("Het ziekenhuis in Zwolle is dinsdag getroffen door een cyberaanval.", "nl", "Overijssel"),
    ("L'hôpital de Dijon a été visé par une cyberattaque mardi.", "fr", "Bourgogne-Franche-Comté"),
    ("The hospital in Graz was hit by a cyberattack on Tuesday.", "en", "Steiermark"),
])
def test_towns_of_numbered_admin1_countries_name_their_region(sentence, language, region):
    from datetime import date

    from editor.extraction import extract
    from editor.sources.article import Article

    report = extract(Article(text=sentence, language=language), published=date(2024, 3, 5))
    assert report.organization.region == region, report.organization
