"""The analysed article shared by every extractor: normalised text, sentences, dates, context flags."""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Callable

from msgspec import Struct, field

from editor.extraction.dates import When, find_dates
from editor.extraction.lexicon import Lexicon
from editor.extraction.text import Sentence, normalize, split_sentences

class Doc(Struct):
    """An article prepared for extraction."""

    text: str
    norm: str
    lex: Lexicon
    published: date | None
    sentences: list[Sentence]
    dates: list[list[When]]
    cue_context: set[int] = field(default_factory=set)  # the marks of ``incidents``: see that module
    date_context: set[int] = field(default_factory=set)
    starters: set[int] = field(default_factory=set)
    continued: set[int] = field(default_factory=set)
    incident: list[str] = field(default_factory=list)
    modality: list[str] = field(default_factory=list)
    furniture: list[tuple[int, int]] = field(default_factory=list)  # page-furniture lines (``furniture``)
    datelines: list[tuple[int, int]] = field(default_factory=list)  # date lines under the headline (``furniture``)
    headline_end: int = 0
    masthead: str | None = None  # the outlet's name when the page opens with it (``furniture.masthead``)
    agencies: set[str] = field(default_factory=set)  # news agencies of a wire dateline (``furniture.wire_agencies``)
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
        if index in self.cue_context or index in self.continued:
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


def build_doc(text: str, lex: Lexicon, published: date | None) -> Doc:
    """Normalise, blank the page furniture (``furniture``), split and date the article; flag the sentences of
    other incidents (``incidents.mark_cues``)."""
    from editor.extraction.furniture import date_lines, mark_furniture, masthead, wire_agencies, wire_datelines
    from editor.extraction.incidents import mark_cues

    norm = normalize(text)
    lex.prime(norm)  # the lexicon's alternations compile the branches this article's words can match
    furniture = mark_furniture(norm, lex)
    if furniture:
        # Blanked, not cut: the copy keeps its length, so every offset still indexes the original text
        parts, pos = [], 0
        for a, b in furniture:
            parts += [norm[pos:a], " " * (b - a)]
            pos = b
        norm = "".join(parts) + norm[pos:]
    sentences = split_sentences(norm)
    dates = [find_dates(s.text, lex, published) for s in sentences]
    doc = Doc(text, norm, lex, published, sentences, dates, furniture=furniture,
              datelines=sorted(date_lines(norm) + wire_datelines(norm)))
    doc.headline_end = _headline_end(norm)
    doc.masthead = masthead(text, furniture)
    doc.agencies = wire_agencies(norm)
    mark_cues(doc)
    return doc


def _headline_end(norm: str) -> int:
    """End of the first line with text: the headline."""
    pos = 0
    while pos < len(norm):
        end = norm.find("\n", pos)
        end = len(norm) if end < 0 else end
        if norm[pos:end].strip():
            return end
        pos = end + 1
    return len(norm)
