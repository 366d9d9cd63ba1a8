"""Publication date from an article's own date line ("Publié le 22/08/2022 à 18h05", "Updated: Monday,
September 21, 2020", "Gepubliceerd op 24 december 2019", "Aktualisiert am 11.09.2020", ISO dates...).

Only the first few short lines (the byline area) are read: a date inside the story is an event date,
not the publication date. Month names and cue words are data (resources/language/dates.json); no
dateparser import because it costs about a second at start-up.
"""

from __future__ import annotations

import json
import re
from datetime import date
from functools import cache

from msgspec import Struct

from editor import resources

MAX_LINES = 10          # non-empty lines read from the top of the article
MAX_LINE_CHARS = 200    # longer lines are paragraphs, not bylines
MAX_FREE_WORDS = 6      # a line without a cue word is a date line only if little else is on it
MIN_YEAR = 1990


class DateLine(Struct, frozen=True):
    """Dates found in the byline area: the published one (best available) and an updated one."""

    published: date | None
    updated: date | None


class _Vocabulary(Struct, frozen=True):
    months: dict[str, int]
    date_patterns: tuple[re.Pattern[str], ...]
    cue: re.Pattern[str]
    cue_kind: dict[str, str]
    us_markers: re.Pattern[str]
    word: re.Pattern[str]


def _alternation(words: list[str]) -> str:
    # Longest first so "septembre" wins over "sept" and "mis à jour le" over "le".
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@cache
def _vocabulary() -> _Vocabulary:
    with open(resources.path("language", "dates.json"), encoding="utf-8") as fh:
        data = json.load(fh)
    months: dict[str, int] = {}
    for per_language in data["months"].values():
        for name, number in per_language.items():
            months[name.lower()] = int(number)
    weekdays = [w.lower() for names in data["weekdays"].values() for w in names]
    month_re = f"(?P<month>{_alternation(list(months))})\\.?(?![^\\W\\d_])"
    weekday_re = f"(?:(?:{_alternation(weekdays)})\\.?,?\\s+)?"
    patterns = (
        re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<mnum>\d{1,2})-(?P<day>\d{1,2})(?!\d)"),
        re.compile(r"(?<!\d)(?P<year>\d{4})/(?P<mnum>\d{1,2})/(?P<day>\d{1,2})(?!\d)"),
        re.compile(r"(?<![\d.])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})(?!\d)"),
        re.compile(weekday_re + r"(?<!\d)(?P<day>\d{1,2})(?:er|e|st|nd|rd|th|\.)?\s+" + month_re
                   + r",?\s+(?P<year>\d{4})(?!\d)", re.IGNORECASE),
        re.compile(weekday_re + month_re + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})(?!\d)",
                   re.IGNORECASE),
    )
    cue_kind: dict[str, str] = {}
    for kind in ("published", "updated"):
        for words in data[kind].values():
            for w in words:
                cue_kind[w.lower()] = kind
    cue = re.compile(f"(?<![^\\W\\d_])(?:{_alternation(list(cue_kind))})(?![^\\W\\d_])", re.IGNORECASE)
    us = re.compile(f"(?<![^\\W\\d_])(?:{_alternation(data['us_markers'])})(?![^\\W\\d_])", re.IGNORECASE)
    return _Vocabulary(months, patterns, cue, cue_kind, us, re.compile(r"[^\W\d_]{2,}"))


def _valid(year: int, month: int, day: int) -> date | None:
    if not MIN_YEAR <= year <= date.today().year + 1:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _match_date(m: re.Match[str], line: str, language: str | None, vocab: _Vocabulary) -> date | None:
    groups = m.groupdict()
    year = int(groups["year"])
    if groups.get("month"):
        return _valid(year, vocab.months[groups["month"].lower()], int(groups["day"]))
    if groups.get("mnum"):
        return _valid(year, int(groups["mnum"]), int(groups["day"]))
    a, b = int(groups["a"]), int(groups["b"])
    if a > 12:
        return _valid(year, b, a)
    if b > 12:
        return _valid(year, a, b)
    # Both could be the month: month-first only for US English bylines (a time zone or AM/PM says so).
    us = groups.get("sep") == "/" and language in (None, "en") and vocab.us_markers.search(line) is not None
    return _valid(year, a, b) if us else _valid(year, b, a)


def dates_in(line: str, language: str | None = None) -> list[tuple[int, int, date]]:
    """Every date written in ``line`` as (start, end, date), in reading order."""
    vocab = _vocabulary()
    found: list[tuple[int, int, date]] = []
    taken: list[tuple[int, int]] = []
    for pattern in vocab.date_patterns:
        for m in pattern.finditer(line):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            value = _match_date(m, line, language, vocab)
            if value is not None:
                found.append((m.start(), m.end(), value))
                taken.append((m.start(), m.end()))
    return sorted(found)


def parse_date(value: str, language: str | None = None) -> date | None:
    """The first date written in a short string (a meta tag, a datetime attribute), or None."""
    if not value:
        return None
    value = value.strip()[:MAX_LINE_CHARS]
    iso = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if iso:
        return _valid(int(iso[1]), int(iso[2]), int(iso[3]))
    found = dates_in(value, language)
    return found[0][2] if found else None


def cue_before(text: str) -> str | None:
    """'published' or 'updated' for the last cue word in ``text`` (the words just before a date)."""
    return _cue_before(text, len(text), _vocabulary())


def _cue_before(line: str, position: int, vocab: _Vocabulary) -> str | None:
    kind = None
    for m in vocab.cue.finditer(line, 0, position):
        kind = vocab.cue_kind.get(m.group(0).lower())
    return kind


def _is_date_line(line: str, spans: list[tuple[int, int, date]], vocab: _Vocabulary) -> bool:
    rest = line
    for start, end, _ in reversed(spans):
        rest = rest[:start] + " " + rest[end:]
    return len(vocab.word.findall(rest)) <= MAX_FREE_WORDS


def find_date_line(text: str, language: str | None = None, *, max_lines: int = MAX_LINES) -> DateLine:
    """Published and updated dates from the first short lines of ``text``; the published date is
    the one after a "published" cue, else a bare date line, else the updated date."""
    vocab = _vocabulary()
    published: date | None = None
    bare: date | None = None
    updated: date | None = None
    seen = 0
    # Only the head of the text is split: a 20 MB single line must not be copied around.
    for raw in text[: max_lines * (MAX_LINE_CHARS + 2) * 4].split("\n"):
        line = raw.strip()
        if not line:
            continue
        seen += 1
        if seen > max_lines:
            break
        if len(line) > MAX_LINE_CHARS:
            continue
        spans = dates_in(line, language)
        if not spans:
            continue
        date_line = _is_date_line(line, spans, vocab)
        for start, _end, value in spans:
            kind = _cue_before(line, start, vocab)
            if kind == "published" and published is None:
                published = value
            elif kind == "updated" and updated is None:
                updated = value
            elif kind is None and bare is None and date_line:
                bare = value
    return DateLine(published=published or bare or updated, updated=updated)


__all__ = ["DateLine", "cue_before", "dates_in", "find_date_line", "parse_date"]
