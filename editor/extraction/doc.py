"""The analysed article shared by every extractor: normalised text, sentences, dates, context flags."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any, Callable

from msgspec import Struct, field

from editor.extraction.dates import When, find_dates
from editor.extraction.lexicon import Lexicon
from editor.extraction.text import Sentence, normalize, split_sentences

# Dates this long before publication belong to background, not to the incident being reported.
BACKGROUND_DAYS = 60


class Doc(Struct):
    """An article prepared for extraction."""

    text: str
    norm: str
    lex: Lexicon
    published: date | None
    sentences: list[Sentence]
    dates: list[list[When]]
    cue_context: set[int] = field(default_factory=set)
    date_context: set[int] = field(default_factory=set)
    headline_end: int = 0
    lower_words: frozenset[str] | None = None
    _numbers: dict[int, list] = field(default_factory=dict)
    _memo: dict[str, Any] = field(default_factory=dict)

    def cached(self, key: str, build: Callable[[], Any]) -> Any:
        """What ``build`` returns for this article, computed once (a stage and a later one both read it)."""
        if key not in self._memo:
            self._memo[key] = build()
        return self._memo[key]

    def numbers(self, index: int) -> list:
        """The quantities of sentence ``index`` (computed once)."""
        found = self._numbers.get(index)
        if found is None:
            from editor.extraction.numbers import find_numbers

            found = self._numbers[index] = find_numbers(self.sentences[index].text, self.lex)
        return found

    @property
    def language(self) -> str:
        """The lexicon's language."""
        return self.lex.language

    def is_context(self, index: int, victim: re.Pattern[str] | None = None) -> bool:
        """A comparison or background sentence (another victim, a past attack)."""
        if index in self.cue_context:
            return True
        if index in self.date_context:
            return not (victim is not None and victim.search(self.sentences[index].text))
        return False

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing ``offset``."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None


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


def build_doc(text: str, lex: Lexicon, published: date | None) -> Doc:
    """Normalise, split and date the article; flag comparison/background sentences."""
    norm = normalize(text)
    lex.prime(norm)  # the lexicon's alternations compile the branches this article's words can match
    sentences = split_sentences(norm)
    dates = [find_dates(s.text, lex, published) for s in sentences]
    doc = Doc(text, norm, lex, published, sentences, dates)
    first_break = norm.find("\n")
    doc.headline_end = first_break if first_break >= 0 else len(norm)
    cues = lex.words("comparison_cues")
    for s, ds in zip(sentences, dates):
        if cues is not None and cues.search(s.text):
            doc.cue_context.add(s.index)
        elif published is not None and any(_is_background(w, published) for w in ds):
            doc.date_context.add(s.index)
    return doc
