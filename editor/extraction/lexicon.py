"""Per-language knowledge (resources/lexicons/LANG.json) compiled once into regular expressions.

Pattern syntax in the lexicons: Python regular expressions matched case-insensitively on whole words,
where a space matches any run of spaces, `` ~ `` a gap of up to four words, `` ~~ `` of up to eight and
`` ~~~ `` of up to sixteen (two cues anywhere in one clause). Gaps are built
from disjoint character classes (``\\W+`` / ``\\w+``) with a fixed bound, so no pattern can backtrack
catastrophically on hostile input.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache
from typing import Any

from editor import resources
from editor.extraction.matcher import Phrases, Vocabulary

LANGUAGES = ("fr", "en", "nl", "de")
GAP = r"(?:\W+\w+){0,4}\W+"
WIDE_GAP = r"(?:\W+\w+){0,8}\W+"
CLAUSE_GAP = r"(?:\W+\w+){0,16}\W+"


_SPACE_MARKS = ("\\ ", " ?", " *", " +", " {")  # spaces the two substitutions below treat specially
_OPTIONAL_SPACE = re.compile(r"(?<!\\) \?")
_SPACE = re.compile(r"(?<!\\) (?![?*+{])")


def _translate(pattern: str) -> str:
    pattern = pattern.replace(" ~~~ ", "\x02").replace(" ~~ ", "\x01").replace(" ~ ", "\x00")
    if " " in pattern:
        if any(mark in pattern for mark in _SPACE_MARKS):
            pattern = _OPTIONAL_SPACE.sub(r"\\s?", pattern)  # "cyber ?security": an optional space
            pattern = _SPACE.sub(r"\\s+", pattern)
        else:  # the usual case, a plain phrase: the same result without two regex passes per pattern
            pattern = pattern.replace(" ", "\\s+")
    return pattern.replace("\x00", GAP).replace("\x01", WIDE_GAP).replace("\x02", CLAUSE_GAP)


def compile_words(patterns: list[str], *, flags: int = re.IGNORECASE,
                  vocabulary: Callable[[], Vocabulary | None] | None = None) -> Phrases | None:
    """One alternation of whole-word patterns; None when the list is empty."""
    branches = [(None, _translate(p), p) for p in patterns if p]
    return Phrases(branches, flags, vocabulary) if branches else None


def compile_groups(mapping: dict[str, list[str]],
                   vocabulary: Callable[[], Vocabulary | None] | None = None) -> Phrases | None:
    """One alternation with a named group per key (keys must be identifiers); match.lastgroup names it."""
    branches = [(key, _translate(p), p) for key, patterns in mapping.items() for p in patterns if p]
    return Phrases(branches, re.IGNORECASE, vocabulary) if branches else None


class Lexicon:
    """A language's data plus lazily compiled patterns."""

    def __init__(self, language: str, data: dict[str, Any]) -> None:
        self.language = language
        self.data = data
        self._cache: dict[str, Any] = {}
        self._vocabulary: Vocabulary | None = None

    def prime(self, text: str) -> None:
        """Make ``text`` (the article about to be read) the one whose branches ``words``/``groups`` compile."""
        self._vocabulary = Vocabulary(text)

    def vocabulary(self) -> Vocabulary | None:
        """The words of the article last given to ``prime``."""
        return self._vocabulary

    def get(self, key: str, default: Any = None) -> Any:
        """Raw lexicon value."""
        return self.data.get(key, default)

    def words(self, key: str) -> Phrases | None:
        """Compiled alternation of the list at ``key`` (cached)."""
        ck = "w:" + key
        if ck not in self._cache:
            self._cache[ck] = compile_words(self._lookup(key) or [], vocabulary=self.vocabulary)
        return self._cache[ck]

    def groups(self, key: str) -> Phrases | None:
        """Compiled named-group alternation of the mapping at ``key`` (cached)."""
        ck = "g:" + key
        if ck not in self._cache:
            self._cache[ck] = compile_groups(self._lookup(key) or {}, self.vocabulary)
        return self._cache[ck]

    def cached(self, key: str, build) -> Any:
        """Memoise any derived structure under ``key``."""
        if key not in self._cache:
            self._cache[key] = build()
        return self._cache[key]

    def _lookup(self, dotted: str) -> Any:
        node: Any = self.data
        for part in dotted.split("."):
            if not isinstance(node, dict):
                return None
            node = node.get(part)
        return node


@cache
def lexicon(language: str) -> Lexicon:
    """The lexicon of ``language`` (fr, en, nl, de); English for anything else."""
    lang = language if language in LANGUAGES else "en"
    path = resources.lexicon_dir() / f"{lang}.json"
    with open(path, encoding="utf-8") as fh:
        return Lexicon(lang, json.load(fh))


def detect_language(text: str) -> str | None:
    """The article's language: the sources helper's detector, else stopword counts from the lexicons."""
    try:
        from editor.sources.language import detect_language as _detect
    except ImportError:
        _detect = None
    if _detect is not None:
        try:
            found = _detect(text)
        except Exception:  # a detector bug must not cost the extraction
            found = None
        if found in LANGUAGES:
            return found
    sample = re.findall(r"[^\W\d_]+", text[:5000].lower())
    best, best_hits = None, 2
    for lang in LANGUAGES:
        stop = lexicon(lang).cached("stopset", lambda lang=lang: frozenset(lexicon(lang).get("stopwords", [])))
        hits = sum(1 for w in sample if w in stop)
        if hits > best_hits:
            best, best_hits = lang, hits
    return best
