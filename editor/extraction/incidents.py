"""Which incident is each sentence about: the article's main one, or another (a precedent, a comparison, a
national statistic)?

Two passes, because the second needs the victim:

- ``mark_cues(doc)`` (run by ``build_doc``, before any mention is scored) reads each sentence's text and dates.
  It adds ``doc.cue_context`` (sentences with a comparison, precedent or statistic cue: "the scenario recalls",
  "already in 2021", "the agency recorded 250 attacks"), ``doc.date_context`` (sentences dated long before the
  publication, or saying how such attacks go in general: "usually", "ce type d'attaque") and ``doc.starters`` (the sentences whose cue opens another incident's account: a precedent or
  a statistic cue).
- ``attribute(doc, victim, others)`` (run once the victim is chosen) reads those marks, the victim's pattern and
  the names of the other organisations. A starter — or a cue- or date-marked sentence naming another
  organisation — that does not name the victim opens another incident; the rest of its paragraph belongs to it
  until the victim is named again. Adds ``doc.continued`` (those sentences) and ``doc.incident`` (per sentence,
  "main" or "other").

Slot fillers ask ``doc.is_context(i, victim)``; it answers from these marks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from editor.extraction.dates import When
from editor.extraction.text import name_spans

# Dates this long before publication belong to background, not to the incident being reported.
BACKGROUND_DAYS = 60
MAIN, OTHER = "main", "other"


def _is_background(w: When, published: date) -> bool:
    if w.precision == "year":
        return w.year is not None and w.year < published.year
    if w.precision == "month":
        if not w.year or not w.month:
            return False
        try:
            last = date(w.year + (w.month == 12), w.month % 12 + 1, 1) - timedelta(days=1)
        except ValueError:
            return False
        return last < published - timedelta(days=BACKGROUND_DAYS)
    d = w.as_date()
    return d is not None and d < published - timedelta(days=BACKGROUND_DAYS)


def mark_cues(doc) -> None:
    """Flag comparison, precedent and statistic sentences (cues) and background-dated ones (first pass)."""
    comparison = doc.lex.words("comparison_cues")
    generic = doc.lex.words("generic_cues")
    attack = doc.lex.words("attack_cues")
    opening = [rx for rx in (doc.lex.words("precedent_cues"), doc.lex.words("statistic_cues")) if rx is not None]
    lead = _lead(doc)
    for s, ds in zip(doc.sentences, doc.dates):
        if any(rx.search(s.text) for rx in opening):
            doc.cue_context.add(s.index)
            doc.starters.add(s.index)
        elif comparison is not None and comparison.search(s.text):
            doc.cue_context.add(s.index)
        elif doc.published is not None and any(_is_background(w, doc.published) for w in ds
                                               if s.index != lead or w.precision == "year"):
            # the lead's day or month is no background: "X paid a ransom after an attack in July, filings show"
            # tells the main incident ("In 2019, …" still opens a precedent)
            doc.date_context.add(s.index)
        elif doc.published is not None and attack is not None and _past_year(s.text, doc.published) \
                and attack.search(s.text):
            # "2023 hatte die Gruppe X den Hersteller Y angegriffen": an attack of a year long past opens its account
            doc.date_context.add(s.index)
            doc.starters.add(s.index)
        elif generic is not None and generic.search(s.text):
            # "such attacks usually come with a ransom demand": how attacks go in general, unless the victim is named
            doc.date_context.add(s.index)


def _lead(doc) -> int | None:
    """The lead: the first sentence under the headline outside a date line and a byline ("By Jane Roe" is shorter
    than five words). Whatever day or month it gives, it tells the article's main incident."""
    bylines = doc.lex.words("byline")
    for s in doc.sentences:
        words = s.text.split()
        if s.start >= doc.headline_end and len(words) >= 5 and not any(a <= s.start < b for a, b in doc.datelines) \
                and not (bylines is not None and bylines.fullmatch(words[0])):
            return s.index
    return None


# A year on its own ("2023 hatte …", "in 2021 the group …"), not part of a longer number, a date or a code
_YEAR = re.compile(r"(?<![\w.,/:-])((?:19|20)\d\d)(?![\w/-]|[.,:]\d)")


def _past_year(text: str, published: date) -> bool:
    """The sentence names a year that ended more than ``BACKGROUND_DAYS`` before publication."""
    for m in _YEAR.finditer(text):
        year = int(m.group(1))
        if year < published.year and (published - date(year, 12, 31)).days > BACKGROUND_DAYS:
            return True
    return False


def attribute(doc, victim: re.Pattern[str] | None, others: Iterable[str] = ()) -> bool:
    """Mark each sentence main or other (second pass); True when a paragraph continuation was found."""
    forms: Sequence[str] = sorted({f for f in others if f and not (victim is not None and victim.fullmatch(f))},
                                  key=len, reverse=True)
    continued: set[int] = set()
    open_paragraph = -1  # the paragraph another incident's account has opened, if any
    for s in doc.sentences:
        names_victim = victim is not None and victim.search(s.text) is not None
        if names_victim:
            open_paragraph = -1
            continue
        if s.index in doc.starters or (
                (s.index in doc.cue_context or s.index in doc.date_context) and _names_any(s.text, forms)):
            # a heading ("A precedent", "Not the first time") opens the paragraph under it
            open_paragraph = s.paragraph + 1 if _heading(s.text) else s.paragraph
            continued.add(s.index)
        elif s.paragraph == open_paragraph:
            continued.add(s.index)
        else:
            open_paragraph = -1
    changed = bool(continued - doc.cue_context - doc.date_context)
    doc.continued = continued
    doc.incident = [OTHER if doc.is_context(s.index, victim) else MAIN for s in doc.sentences]
    return changed


def _names_any(text: str, forms: Sequence[str]) -> bool:
    """The sentence names one of ``forms`` as a whole name."""
    return bool(forms) and next(iter(name_spans(text, forms)), None) is not None


def _heading(text: str) -> bool:
    """A short line with no sentence punctuation: a subheading."""
    return len(text.split()) <= 5 and not text.rstrip().endswith((".", "!", "?", ":", ";", ","))
