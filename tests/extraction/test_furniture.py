"""The furniture stage: menus, "read more" links, teasers, bylines and photo credits are no article text, and
marking them keeps every offset into the original text valid (pages written for these tests)."""

from __future__ import annotations

import pytest

from editor.extraction.furniture import mark_furniture
from editor.extraction.lexicon import lexicon
from tests.extraction.helpers import doc_of, run

PAGES = {
    "en": ("Ransomware hits Tollcross Bakeries\nThe Harbour Gazette | Business\nPublished 4 March 2024\n"
           "By Jane Roe · Photo: Staff\n\nTollcross Bakeries said ransomware had encrypted 12 servers on Monday.\n\n"
           "Read more: Oakfield Hospital opens new wing in Leeds\n\nThe company said it would not pay.\n\n"
           "Coming up: Marlow Freight expands to Bristol"),
    "fr": ("Cyberattaque contre Transports Berlioz\nLe Courrier du Val — Économie\nPublié le 4 mars 2024\n"
           "Par Jean Roux — Photo : Agence\n\nTransports Berlioz a été victime d'un rançongiciel lundi, qui a chiffré "
           "12 serveurs.\n\nLire aussi : La clinique du Parc à Lyon rouvre ses urgences\n\nL'entreprise refuse de "
           "payer.\n\nÀ lire aussi: Grenoble accueille un salon"),
    "nl": ("Cyberaanval op Woonstichting Heuvelland\nDagblad De Polder · Regio\nGepubliceerd: 4 maart 2024\n"
           "Door Piet Smit · Foto: Archief\n\nWoonstichting Heuvelland is maandag getroffen door ransomware; 12 servers "
           "zijn versleuteld.\n\nLees ook: Ziekenhuis Zuidrand in Utrecht opent nieuwe vleugel\n\nDe stichting "
           "weigert te betalen.\n\nLees verder: Arnhem krijgt een nieuwe brug"),
    "de": ("Cyberangriff auf Stadtwerke Ebersbach\nTalbacher Tagblatt | Region\nStand: 04.03.2024\n"
           "Von Anna Berg | Foto: Archiv\n\nDie Stadtwerke Ebersbach wurden am Montag Opfer eines Ransomware-Angriffs, "
           "12 Server sind verschlüsselt.\n\nMehr zum Thema: Klinikum Nordheim in Ulm eröffnet Neubau\n\nDie "
           "Stadtwerke zahlen nicht.\n\nWeiterlesen: Dresden baut eine Brücke"),
}
VICTIMS = {"en": "Tollcross Bakeries", "fr": "Transports Berlioz", "nl": "Woonstichting Heuvelland",
           "de": "Stadtwerke Ebersbach"}


@pytest.mark.parametrize("language", sorted(PAGES))
def test_links_teasers_bylines_credits_and_the_masthead_are_furniture(language: str) -> None:
    text = PAGES[language]
    lines = [text[a:b] for a, b in mark_furniture(text, lexicon(language))]
    assert len(lines) == 4, lines  # masthead, byline and credit, two links or teasers
    assert len(lines[0].split()) <= 6  # the masthead-and-section line
    assert not any(VICTIMS[language] in line for line in lines)


@pytest.mark.parametrize("language", sorted(PAGES))
def test_furniture_is_blanked_with_offsets_kept(language: str) -> None:
    text = PAGES[language]
    doc = doc_of(text, language)
    assert len(doc.norm) == len(text)
    for s in doc.sentences:
        assert doc.norm[s.start:s.end] == s.text
        assert text[s.start:s.end].replace("\u00a0", " ") == s.text
    assert not any("Read more" in s.text or "Lire aussi" in s.text or "Lees ook" in s.text or "Mehr zum" in s.text
                   for s in doc.sentences)
    assert doc.norm[:doc.headline_end] == text[:doc.headline_end]  # the headline is the first line


@pytest.mark.parametrize("language", sorted(PAGES))
def test_the_stories_teased_feed_nothing(language: str) -> None:
    report = run(PAGES[language], language)
    assert report.organization.name == VICTIMS[language]
    teased = {"Leeds", "Bristol", "Lyon", "Grenoble", "Utrecht", "Arnhem", "Ulm", "Dresden"}
    assert not set(report.sites) & teased  # the teasers' towns and hospitals are other stories
    assert report.impact.servers_affected == 12
    for spans in report.evidence.values():
        for span in spans:
            assert span.end <= len(PAGES[language])


def test_a_sentence_starting_with_a_byline_word_is_no_byline() -> None:
    text = "Headline\n\nBy Monday the systems were restored.\n\nPar ailleurs, la mairie a porté plainte."
    assert mark_furniture(text, lexicon("en")) == []
    assert mark_furniture(text, lexicon("fr")) == []


@pytest.mark.parametrize("language, line", [("nl", "Bron: Persbureau"), ("en", "Source: Agencies"),
                                            ("fr", "Source : agences"), ("de", "Quelle: Agenturen")])
def test_a_source_line_is_furniture(language: str, line: str) -> None:
    text = f"Headline\n\nThe first paragraph of the story.\n{line}\n\nMore text."
    assert [text[a:b] for a, b in mark_furniture(text, lexicon(language))] == [line]
