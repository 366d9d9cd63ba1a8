"""Country signals, on batch 24's pattern of misses (eighth session), shown on sentences written for these tests:
"told us" is no vote for the United States (an abbreviation counts in capitals only); a person's given name after
a title ("Chief executive Martin Hale", "the federation's chair, Gary Lumb") is no town; a far-away region's
name opening a longer name ("East Riding", "Northern Hauliers' Federation") is no place; the National Crime
Agency says the United Kingdom."""

from __future__ import annotations

from editor.extraction import geo
from editor.extraction.doc import build_doc
from editor.extraction.lexicon import lexicon
from tests.extraction.helpers import run

LIVE = ("LIVE: Cyber attack shuts Fenmoor container terminal\n\nKestrel Container Terminals (KCT) has suspended "
        "collections at Fenmoor after a cyber attack. At 11.30 this morning the company told us no ransom demand had "
        "been received. Chief executive Martin Hale has just spoken to reporters. \"We are doing all we can,\" said "
        "the federation's chair, Gary Lumb. The Northern Hauliers' Federation says queues stretch for miles. KCT "
        "handles 300,000 containers a year on the north bank of the river in the East Riding of Yorkshire. KCT "
        "says it has informed the National Crime Agency.")


def test_a_live_blog_of_a_british_port_is_british() -> None:
    assert run(LIVE, "en").organization.country == "GB"


def test_given_names_and_far_regions_opening_names_are_no_places() -> None:
    doc = build_doc(LIVE, lexicon("en"), None)
    names = {m.name for m in geo.find_places(doc)}
    assert not names & {"Martin", "Gary", "East", "Northern"}


def test_us_in_capitals_still_votes_for_the_united_states() -> None:
    r = run("Ransomware hits Ridgeline Health\n\nRidgeline Health, a US hospital operator, was hit by ransomware on "
            "Monday, the company said.", "en")
    assert r.organization.country == "US"
