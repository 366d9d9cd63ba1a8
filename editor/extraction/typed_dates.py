"""Dates and times a user types or selects ("17/10/2023 2h30", "Oct 17, 2023 2:30 PM", "mardi", "vers 2h30").

One reader for every date field of the editor and for "set from the selection": it runs the
extractor's own date and time patterns (``editor.extraction.dates``) over the whole text, in the
user's language first and then in the other three, and accepts the text only when they account
for all of it. Day-first or month-first follows the first language (the lexicon's ``month_first``);
relative phrases are resolved against a reference day (the publication date, or the field's own
date). Nothing here knows Qt: errors come back as codes the UI words in its own language.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from msgspec import Struct

from editor.extraction.dates import When, find_dates, find_times
from editor.extraction.lexicon import LANGUAGES, lexicon

# Why a text was not read (the UI turns each code into a sentence).
UNREADABLE = "unreadable"  # no date or time in it, or words left over that no pattern reads
SEVERAL = "several"  # two dates or two times: which one is meant?
NEEDS_REFERENCE = "needs_reference"  # "mardi", "hier": relative, and no day to count from
NEEDS_DAY = "needs_day"  # a year or month (or a time alone) where a day is required
NEEDS_YEAR = "needs_year"  # "17 octobre" with no year and no reference day to infer it
NOT_A_DAY = "not_a_day"  # 31/02/2023

KINDS = ("date", "datetime", "partial")

_SPACED = re.compile(r"^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)$")
_ISO_PARTIAL = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
# What may stand between the parts a pattern read: spaces and punctuation, never a word or a digit.
_FILLER = re.compile(r"^[\s,;.\-\u2013\u2014/()]*$")
_MONTH_YEAR = re.compile(r"^(?P<mon>[^\W\d_]+)\.?\s+(?P<y>(?:19|20)\d\d)$")


class Reading(Struct, frozen=True):
    """What a typed text says: an ISO value for the field (None = empty) or an error code."""

    value: str | None = None
    error: str | None = None
    relative: bool = False  # resolved against the reference day ("mardi", "hier", a time alone)

    @property
    def ok(self) -> bool:
        """The text was read (or is empty)."""
        return self.error is None


def _day_of(value: str | None) -> date | None:
    if value and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _iso(text: str, kind: str) -> Reading | None:
    """ISO 8601 as the model stores it (with a space or a T before the time); None if not ISO."""
    spaced = _SPACED.match(text)
    if spaced:
        value = f"{spaced.group(1)}T{spaced.group(2)}"
        try:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return Reading(error=NOT_A_DAY)
        return Reading(value[:10] if kind == "date" else value)
    if not _ISO_PARTIAL.match(text):
        return None
    if len(text) == 10:
        return Reading(text) if _day_of(text) else Reading(error=NOT_A_DAY)
    if kind != "partial":
        return Reading(error=NEEDS_DAY)
    if len(text) == 7 and not 1 <= int(text[5:]) <= 12:
        return Reading(error=NOT_A_DAY)
    return Reading(text)


def _order(language: str) -> list[str]:
    first = language if language in LANGUAGES else "en"
    return [first] + [lang for lang in LANGUAGES if lang != first]


def _best_time(text: str, languages: list[str]) -> list[tuple[int, int, int, int]]:
    """The clock times in ``text``: at each place the longest reading any language gives, the user's first."""
    found = []
    for rank, lang in enumerate(languages):
        for start, end, hour, minute in find_times(text, lexicon(lang)):
            found.append((-(end - start), rank, start, end, hour, minute))
    chosen: list[tuple[int, int, int, int]] = []
    for _length, _rank, start, end, hour, minute in sorted(found):
        if not any(s < end and start < e for s, e, _h, _m in chosen):
            chosen.append((start, end, hour, minute))
    return sorted(chosen)


def _dates(text: str, languages: list[str], reference: date | None) -> list[When]:
    """The dates of the first language whose patterns find any (so its day/month order decides)."""
    for lang in languages:
        found = find_dates(text, lexicon(lang), reference)
        if found:
            return found
    for lang in languages:  # "octobre 2023", "Oct 2023": a month and a year, as a partial date
        match = _MONTH_YEAR.match(text.strip())
        month = lexicon(lang).get("months", {}).get(match.group("mon").lower()) if match else None
        if match and month:
            start = len(text) - len(text.lstrip())
            return [When(start, start + len(text.strip()), text.strip(), int(match.group("y")), int(month))]
    return []


def _covered(text: str, spans: list[tuple[int, int]]) -> bool:
    rest, last = [], 0
    for start, end in sorted(spans):
        rest.append(text[last:start])
        last = max(last, end)
    rest.append(text[last:])
    return all(_FILLER.match(part) for part in rest)


def read_when(text: str, kind: str = "datetime", *, language: str = "en", reference: date | None = None,
              current: str | None = None, whole: bool = True) -> Reading:
    """Read a date (``kind`` "date"), a date with an optional time ("datetime") or a partial date ("partial").

    ``language`` is the user's: its lexicon is tried first and decides day-first or month-first.
    Relative phrases count from ``reference`` (the publication date), else from the day of ``current``
    (the field's value); a time alone goes on the day of ``current``, else on ``reference``.
    With ``whole`` False (a selection of article text) words around the one date are allowed.
    """
    if kind not in KINDS:
        raise ValueError(f"not a date kind: {kind}")
    text = " ".join(text.split())
    if not text:
        return Reading()
    iso = _iso(text, kind)
    if iso is not None:
        return iso
    languages = _order(language)
    current_day = _day_of(current)
    base = reference or current_day
    times = _best_time(text, languages)
    if len(times) > 1:
        return Reading(error=SEVERAL)
    # The time is read first and blanked out, so each language's date patterns see only the date.
    masked = text
    for start, end, _h, _m in times:
        masked = masked[:start] + " " * (end - start) + masked[end:]
    dates = _dates(masked, languages, base)
    if len(dates) > 1:
        return Reading(error=SEVERAL)
    spans = [(s, e) for s, e, _h, _m in times] + [(w.start, w.end) for w in dates]
    if not spans or (whole and not _covered(text, spans)):
        if not dates and base is None and _dates(masked, languages, date.today()):
            return Reading(error=NEEDS_REFERENCE)  # readable, given a day to count from
        return Reading(error=UNREADABLE)
    clock = f"T{times[0][2]:02d}:{times[0][3]:02d}" if times else ""
    if not dates:  # a time alone: on the field's own day, else on the publication day
        day = current_day or reference
        if day is None:
            return Reading(error=NEEDS_DAY)
        return Reading(day.isoformat() if kind == "date" else day.isoformat() + clock, relative=True)
    when = dates[0]
    if when.year is None:
        return Reading(error=NEEDS_YEAR)
    if when.day is None:
        if kind != "partial" or times:
            return Reading(error=NEEDS_DAY)
        if when.month is None:
            return Reading(f"{when.year:04d}", relative=when.relative)
        return Reading(f"{when.year:04d}-{when.month:02d}", relative=when.relative)
    day = when.as_date()
    if day is None:
        return Reading(error=NOT_A_DAY)
    if kind == "date":
        return Reading(day.isoformat(), relative=when.relative)
    return Reading(day.isoformat() + clock, relative=when.relative)
