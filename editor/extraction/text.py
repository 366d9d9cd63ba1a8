"""Text plumbing: a same-length normalised copy of the article, and sentences with character offsets.

Every offset the extractor produces indexes ``Article.text``; the normalised copy only swaps single
characters (curly quotes, exotic spaces and dashes) so the offsets stay valid.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator, Sequence

from msgspec import Struct


# One character in, one character out: offsets into the normalised copy are offsets into the original.
_SAME_LENGTH = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u2002": " ", "\u2003": " ", "\u2008": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\t": " ", "\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n",
})

# Sentences longer than this are cut: keeps every per-sentence pass linear on pathological input.
MAX_SENTENCE = 1500

# Tokens that end with a full stop without ending a sentence (titles, initials are handled apart).
_ABBREVIATIONS = frozenset({
    "dr", "mr", "mrs", "ms", "prof", "st", "mt", "no", "nr", "vs", "etc", "inc", "ltd", "co", "corp", "jr", "sr",
    "m", "mme", "mlle", "me", "mgr", "cf", "p", "art", "dhr", "mevr", "drs", "ir", "ing", "bzw", "ca", "vgl",
    "z", "b", "u", "a", "usw", "ggf", "hr", "fr", "dipl", "gen", "gov", "sen", "rep", "jan", "feb", "aug", "sept",
    "oct", "nov", "dec", "janv", "févr", "avr", "juil", "déc", "okt", "dez", "mio", "mrd",
})

# AP-style US state abbreviations of datelines ("GRAND ISLAND, Neb. —"), capitalised only: "ill." ends sentences.
_STATE_ABBREVIATIONS = frozenset({
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass",
    "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis",
    "Wyo",
})

# "am 15. September", "vom 3. März": German writes the day as an ordinal with a full stop.
_ORDINAL_DATE = re.compile(r"(?<![\w.])\d{1,2}\.\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|"
                                 r"November|Dezember)(?!\w)")
# A sentence ends at . ! ? … (and its closing quote or bracket) before a capital, which an opening quote may
# precede, spaced as French spaces it even once normalised (« → "): "… des données de patients. « Nous ne paierons
# pas », a déclaré …" is two sentences.
_BOUNDARY = re.compile(r"[.!?\u2026]+[\"')\]»”’]*(?=\s+(?:[\"'(\[“„‘«]\s?)?[^\W_a-z]|\s*\n)|\n+")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


def normalize(text: str) -> str:
    """Same-length copy with quotes, spaces and dashes unified (``len`` is preserved)."""
    return text.translate(_SAME_LENGTH)


class Sentence(Struct, frozen=True):
    """A sentence: its offsets into the article and its normalised text."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int


def _is_abbreviation(chunk: str) -> bool:
    m = _WORD_BEFORE.search(chunk[-20:])
    if not m:
        return False
    word = m.group(1).rstrip(".")
    if not word:
        return False
    last = word.split(".")[-1]
    # "U.S." / "C.S." / single initials: a capital letter alone before the full stop.
    if len(last) == 1 and last.isalpha() and last.isupper():
        return True
    return (last.lower() in _ABBREVIATIONS and not last.isdigit()) or last in _STATE_ABBREVIATIONS


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` (already normalised) with offsets; headlines and short lines stand alone."""
    out: list[Sentence] = []
    start = 0
    paragraph = 0
    n = len(text)

    def emit(s: int, e: int) -> None:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        while e - s > MAX_SENTENCE:  # pathological run-on text: cut at a space near the limit
            cut = text.rfind(" ", s + MAX_SENTENCE // 2, s + MAX_SENTENCE)
            cut = cut if cut > s else s + MAX_SENTENCE
            out.append(Sentence(len(out), s, cut, text[s:cut], paragraph))
            s = cut
            while s < e and text[s].isspace():
                s += 1
        if e > s and any(c.isalnum() for c in text[s:e]):
            out.append(Sentence(len(out), s, e, text[s:e], paragraph))

    for m in _BOUNDARY.finditer(text):
        if m.group(0).startswith("\n"):
            emit(start, m.start())
            start = m.end()
            if m.end() - m.start() > 1 or m.end() >= n:
                paragraph += 1
            else:
                paragraph += 1
            continue
        if m.group(0)[0] == "." and _is_abbreviation(text[max(start, m.start() - 20):m.start() + 1]):
            continue
        if m.group(0) == "." and any(_ORDINAL_DATE.match(text, m.start() - k) for k in (1, 2) if m.start() - k >= start):
            continue
        emit(start, m.end())
        start = m.end()
    emit(start, n)
    return out


WORD = re.compile(r"\w+")
# A word written in lower case, not inside a hyphenated or elided word: "hôpital", not "Saint-hôpital".
LOWER_WORD = re.compile(r"(?<![\w'-])[a-zß-ÿ][\w]*")


# Occurrences examined by the literal search before it hands over to a compiled pattern, whose C loop is
# faster on a text that repeats a name (or a piece of one) thousands of times.
NAME_SCAN_BUDGET = 1000


def name_spans(text: str, forms: Sequence[str], *, budget: int = NAME_SCAN_BUDGET) -> Iterator[tuple[int, int]]:
    """Spans of ``forms`` standing as whole names (no word character or hyphen touching either end), leftmost
    first and, at one position, the earlier form first: exactly the matches of
    ``re.finditer(r"(?<![\\w-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\\w-])", text)``.

    Compiling that pattern costs ~0.2 ms per organisation candidate, and an article has dozens of them;
    ``str.find`` needs no pattern. Past ``budget`` occurrences the compiled pattern takes over.
    """
    if not forms or not all(forms):  # an empty form matches at every boundary: the pattern's own business
        rx = _name_pattern(forms)
        return ((m.start(), m.end()) for m in rx.finditer(text))
    return _literal_name_spans(text, forms, budget)


def _name_pattern(forms: Sequence[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])")


def _touches(ch: str) -> bool:
    """``ch`` would join a name: what ``[\\w-]`` matches (``\\w`` is ``str.isalnum`` or the underscore)."""
    return ch.isalnum() or ch == "_" or ch == "-"


def _literal_name_spans(text: str, forms: Sequence[str], budget: int) -> Iterator[tuple[int, int]]:
    def occurrences(rank: int, form: str) -> Iterator[tuple[int, int, int]]:
        i = text.find(form)
        while i >= 0:
            yield i, rank, i + len(form)
            i = text.find(form, i + 1)  # overlapping: the pattern also tries every position

    pos = 0  # the pattern resumes its search where its last match ended
    # Every occurrence of every form, by position and, at one position, in the alternation's order.
    for examined, (start, _, end) in enumerate(heapq.merge(*(occurrences(r, f) for r, f in enumerate(forms)))):
        if examined >= budget:
            # Lookbehind sees the text before ``pos``, so the pattern carries on exactly where this loop stops.
            yield from ((m.start(), m.end()) for m in _name_pattern(forms).finditer(text, pos))
            return
        if start < pos or (start and _touches(text[start - 1])) or (end < len(text) and _touches(text[end])):
            continue
        yield start, end
        pos = end
