"""The one reader of dates typed or selected by the user, in the four languages (extraction.typed_dates)."""

from __future__ import annotations

from datetime import date

import pytest

from editor.extraction import typed_dates
from editor.extraction.dates import find_times
from editor.extraction.lexicon import lexicon
from editor.extraction.typed_dates import read_when

THURSDAY = date(2023, 10, 19)  # the publication date the relative phrases count from
LANGUAGES = ("fr", "en", "nl", "de")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("text", "value"), [
    ("17/10/2023 2h30", "2023-10-17T02:30"),
    ("17.10.2023 02:30", "2023-10-17T02:30"),
    ("Oct 17, 2023 2:30 PM", "2023-10-17T14:30"),
    ("2023-10-17 02:30", "2023-10-17T02:30"),
    ("2023-10-17T02:30+02:00", "2023-10-17T02:30+02:00"),
    ("17 octobre 2023 à 14h30", "2023-10-17T14:30"),
    ("17. Oktober 2023, 14:30 Uhr", "2023-10-17T14:30"),
    ("17 oktober 2023 om 14.30 uur", "2023-10-17T14:30"),
])
def test_explicit_dates_and_times_in_any_interface_language(language, text, value):
    assert read_when(text, "datetime", language=language) == typed_dates.Reading(value)


@pytest.mark.parametrize(("language", "text", "value"), [
    ("fr", "mardi", "2023-10-17"),
    ("fr", "hier vers 3h", "2023-10-18T03:00"),
    ("en", "Tuesday", "2023-10-17"),
    ("en", "yesterday at 3 pm", "2023-10-18T15:00"),
    ("nl", "dinsdag", "2023-10-17"),
    ("nl", "gisteren om 14.30 uur", "2023-10-18T14:30"),
    ("de", "Dienstag", "2023-10-17"),
    ("de", "gestern um 15 Uhr", "2023-10-18T15:00"),
])
def test_relative_phrases_count_from_the_publication_date(language, text, value):
    reading = read_when(text, "datetime", language=language, reference=THURSDAY)
    assert reading.value == value and reading.relative


def test_a_time_alone_goes_on_the_fields_own_day_else_the_publication_day():
    assert read_when("Vers 2h30", "partial", language="fr", current="2023-10-12T01:00",
                     reference=THURSDAY).value == "2023-10-12T02:30"
    assert read_when("Vers 2h30", "partial", language="fr", reference=THURSDAY).value == "2023-10-19T02:30"
    assert read_when("Vers 2h30", "partial", language="fr").error == typed_dates.NEEDS_DAY


def test_day_first_or_month_first_follows_the_language():
    assert read_when("05/06/2023", "date", language="en").value == "2023-05-06"
    for language in ("fr", "nl", "de"):
        assert read_when("05/06/2023", "date", language=language).value == "2023-06-05"
    # 17 cannot be a month: the same day whatever the language
    assert read_when("10/17/2023", "date", language="fr").value == "2023-10-17"


@pytest.mark.parametrize(("text", "kind", "error"), [
    ("nonsense", "datetime", typed_dates.UNREADABLE),
    ("17/10/2023 foo", "datetime", typed_dates.UNREADABLE),  # a word no pattern reads: not silently dropped
    ("31/02/2023", "date", typed_dates.NOT_A_DAY),
    ("2023-02-30", "date", typed_dates.NOT_A_DAY),
    ("mardi", "date", typed_dates.NEEDS_REFERENCE),
    ("octobre 2023", "date", typed_dates.NEEDS_DAY),
    ("17/10/2023 18/10/2023", "date", typed_dates.SEVERAL),
])
def test_what_cannot_be_read_says_why(text, kind, error):
    assert read_when(text, kind, language="fr") == typed_dates.Reading(error=error)


def test_partial_dates_keep_their_precision_and_empty_is_unknown():
    assert read_when("2023", "partial").value == "2023"
    assert read_when("octobre 2023", "partial", language="en").value == "2023-10"
    assert read_when("Oct 2023", "partial", language="fr").value == "2023-10"
    assert read_when("   ", "date") == typed_dates.Reading()


def test_a_selection_may_hold_words_around_its_one_date():
    sentence = "Mardi, vers 2h30, des alertes sont apparues."
    assert read_when(sentence, "partial", language="fr", reference=THURSDAY).error == typed_dates.UNREADABLE
    assert read_when(sentence, "partial", language="fr", reference=THURSDAY,
                     whole=False).value == "2023-10-17T02:30"


def test_an_english_time_keeps_its_pm_without_a_preposition():
    """The lexicon's bare "2:30 PM" pattern read "2:30" (its optional space was lazy); the extractor gains too."""
    assert [(h, m) for _s, _e, h, m in find_times("The servers went down 2:30 PM local time.", lexicon("en"))] == [
        (14, 30)]

