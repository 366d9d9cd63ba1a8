r"""A lexicon list matched as one alternation, compiled with only the branches an article can use.

A lexicon list (``"negations"``) or mapping of lists (``"status"``) means the alternation
``(?<!\w)(?:b1|b2|…)(?!\w)`` (a mapping: a named group per key): the leftmost match, and at equal
positions the earliest branch. Compiled whole, a language's lists are a few dozen patterns of up to
5,000 characters, and CPython parses a pattern in pure Python: most of a new process's first
extraction went into compiling branches its article never uses.

Every branch names a word its matches must carry (its anchor): ``revendiqu`` for
``revendiqu\w*`` (a word starting so), ``assuré`` for ``(?:est|sont) assurée?s?``, ``klinik`` for
``\w*klinik`` (a word containing it); ``anchors`` reads it from the lexicon source. A branch whose
anchor no word of a text carries cannot match anywhere in it, and leaving it out of the
alternation changes no match: the same leftmost match, the same branch at equal positions, the same
named groups (a key with no branch left keeps a group that never matches). So ``Phrases`` compiles
the alternation of the branches the current article's words admit (``Vocabulary``, given by
``Lexicon.prime``), and a text with a word the article does not have is checked word by word and
widens it when it needs more. The compiled pattern is ``re``'s own: every method behaves as the
whole alternation's would. Words are compared case-folded as ``re.IGNORECASE`` compares characters
(``fold``), so no branch that could match is ever left out.
"""

from __future__ import annotations

import _thread  # a lock is all this needs; threading costs ~1.5 ms to import
import re
import sys
from collections.abc import Callable, Iterator
from functools import lru_cache

__all__ = ["Phrases", "Vocabulary", "anchors", "fold", "needs"]

WORD = re.compile(r"\w+")
_MAX_EXTRA = 5_000  # words outside the article remembered per alternation; past this it starts over
_COMPLETE_SHARE = 0.6  # past this share of branches admitted, the whole alternation is compiled at once

# Characters re.IGNORECASE treats as one letter although str.lower keeps them apart (the same upper-case
# letter): each lower-case form maps to one of its class. U+0345 (a combining mark, no word character)
# stays itself so folding never changes where a word starts or ends.
_EQUIVALENT = str.maketrans({
    "\u0131": "i", "\u017f": "s", "\u00b5": "\u03bc", "\u1fbe": "\u03b9", "\u1fd3": "\u0390", "\u1fe3": "\u03b0",
    "\u03d0": "\u03b2", "\u03f5": "\u03b5", "\u03d1": "\u03b8", "\u03f0": "\u03ba", "\u03d6": "\u03c0",
    "\u03f1": "\u03c1", "\u03c2": "\u03c3", "\u03d5": "\u03c6", "\u1c80": "\u0432", "\u1c81": "\u0434",
    "\u1c82": "\u043e", "\u1c83": "\u0441", "\u1c84": "\u0442", "\u1c85": "\u0442", "\u1c86": "\u044a",
    "\u1c87": "\u0463", "\u1c88": "\ua64b", "\u1e9b": "\u1e61", "\ufb05": "\ufb06",
})
_EQUIVALENT_CHARS = frozenset(chr(c) for c in _EQUIVALENT)

Anchor = tuple[str, str]  # ("prefix" | "exact" | "infix", case-folded word characters)
_SPECIAL = re.compile(r"[\\\\\[()]")
_RUN = re.compile(r"[^\\()\[\]{}?*+|.^$ ~]*")  # a literal run (a space separates the lexicons' words, ~ is a gap)
_PLAIN = re.compile(r"[^\\()\[\]{}?*+|.^$~]+")  # a phrase of literal words between spaces
_ZERO_WIDTH = ("(?<!", "(?<=", "(?!", "(?=")
_OPTIONAL = ("?", "*", "{")
_BONUS = {"exact": 2, "prefix": 1, "infix": 0}  # how much more selective than its length an anchor is


def fold(text: str) -> str:
    """``text`` case-folded one character for one, so that characters ``re.IGNORECASE`` matches fold alike."""
    if text.isascii():
        return text.lower()
    if "\u0130" in text:  # "İ".lower() is two characters; re compares it with "i"
        text = text.replace("\u0130", "i")
    text = text.lower()
    return text if _EQUIVALENT_CHARS.isdisjoint(text) else text.translate(_EQUIVALENT)


def _skip_class(src: str, i: int) -> int:
    """Index after the character class opening at ``src[i] == '['``; -1 when it never closes."""
    j = i + 1
    if j < len(src) and src[j] == "^":
        j += 1
    if j < len(src) and src[j] == "]":  # a leading ']' is a member
        j += 1
    while j < len(src):
        if src[j] == "\\":
            j += 2
            continue
        if src[j] == "]":
            return j + 1
        j += 1
    return -1


def _group_end(src: str, i: int) -> int:
    """Index of the ')' closing the group opening at ``src[i] == '('``; -1 when it never closes."""
    depth, j = 0, i
    while True:
        found = _SPECIAL.search(src, j)  # the next character that opens, closes or escapes
        if found is None:
            return -1
        j, ch = found.start(), found.group()
        if ch == "\\":
            j += 2
            continue
        if ch == "[":
            j = _skip_class(src, j)
            if j < 0:
                return -1
            continue
        if ch == "(":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return j
        j += 1


def _split_top(src: str) -> list[str] | None:
    """``src`` cut at its top-level '|'; None when its brackets do not balance."""
    if "|" not in src:
        return [src]
    parts, start, j = [], 0, 0
    while j < len(src):
        ch = src[j]
        if ch == "\\":
            j += 2
        elif ch == "[":
            j = _skip_class(src, j)
            if j < 0:
                return None
        elif ch == "(":
            end = _group_end(src, j)
            if end < 0:
                return None
            j = end + 1
        elif ch == "|":
            parts.append(src[start:j])
            start = j = j + 1
        else:
            j += 1
    parts.append(src[start:])
    return parts


def _group_body(src: str, i: int) -> int:
    """Index where the body of the group opening at ``src[i]`` starts; -1 for no plain group."""
    if not src.startswith("(?", i):
        return i + 1
    if src.startswith("(?:", i):
        return i + 3
    if src.startswith("(?P<", i):
        close = src.find(">", i)
        return close + 1 if close > 0 else -1
    colon = src.find(":", i)  # scoped flags, "(?i:" or "(?-i:"
    if colon > 0 and all(c in "aiLmsux-" for c in src[i + 2:colon]):
        return colon + 1
    return -1


def _skip_quantifier(src: str, i: int) -> tuple[int, bool]:
    """Index after a quantifier at ``src[i]`` (if any), and whether it allows zero repetitions."""
    if i >= len(src) or src[i] not in "?*+{":
        return i, False
    optional = src[i] != "+"
    if src[i] == "{":
        close = src.find("}", i)
        if close < 0:
            return i + 1, True
        optional = not src[i + 1:close].split(",")[0].strip().isdigit() or int(src[i + 1:close].split(",")[0]) == 0
        i = close
    i += 1
    if i < len(src) and src[i] in "?+":  # lazy or possessive
        i += 1
    return i, optional


def _best(needs: list[frozenset[Anchor]]) -> frozenset[Anchor] | None:
    """The most selective of a branch's required anchor sets: its shortest word is the longest."""
    if not needs:
        return None
    return max(needs, key=lambda need: (min(len(w) + _BONUS[kind] for kind, w in need), -len(need)))


def _sequence(src: str, start: bool, top: bool = True) -> list[frozenset[Anchor]] | None:
    """The anchor sets a match of ``src`` needs, one of each.

    ``start``: a text word starts where ``src`` starts; ``top``: ``src`` is a whole branch (a word ends where it ends).
    """
    needs: list[frozenset[Anchor]] = []
    i, n = 0, len(src)
    while i < n:
        ch = src[i]
        if ch == " ":
            i += 1
            start = i >= n or src[i] not in _OPTIONAL  # " ?" is an optional space: words may touch
            if not start:
                i += 1
        elif ch == "~":
            i += 1  # a gap ends with non-word characters: the next word starts after them
            start = True
        elif ch == "\\":
            escape = src[i:i + 2]
            i, optional = _skip_quantifier(src, i + 2)
            start = escape in ("\\s", "\\W") and not optional
        elif src.startswith(_ZERO_WIDTH, i):
            end = _group_end(src, i)
            if end < 0:
                return None
            i = end + 1  # a look-around consumes nothing
        elif ch == "(":
            end, body = _group_end(src, i), _group_body(src, i)
            if end < 0:
                return None
            i, optional = _skip_quantifier(src, end + 1)
            if body >= 0 and not optional:
                parts = _split_top(src[body:end])
                if parts is None:
                    return None
                choice: set[Anchor] = set()
                for part in parts:
                    inner = _sequence(part, start, False)
                    best = _best(inner) if inner is not None else None
                    if best is None:
                        break
                    choice |= best
                else:
                    needs.append(frozenset(choice))
            start = False
        elif ch == "[":
            end = _skip_class(src, i)
            if end < 0:
                return None
            i, _ = _skip_quantifier(src, end)
            start = False
        elif ch in ".^$?*+{}|)":
            i, _ = _skip_quantifier(src, i + 1)
            start = False
        else:
            j = _RUN.match(src, i).end()
            dropped = j < n and src[j] in _OPTIONAL and j - 1 > i
            if dropped:
                j -= 1  # "factures?": the quantified last character may be missing
            elif j < n and src[j] in _OPTIONAL:
                i, _ = _skip_quantifier(src, j)  # a lone optional character
                start = False
                continue
            run = fold(src[i:j])
            # The run ends a word when a space follows it, or the branch ends there (the alternation's (?!\w)).
            ends = not dropped and ((j == n and top) or (src[j:j + 1] == " " and src[j + 1:j + 2] not in _OPTIONAL))
            for word in WORD.finditer(run):
                whole = word.end() < len(run) or ends  # a non-word character follows it in the text
                kind = ("exact" if whole else "prefix") if (word.start() > 0 or start) else "infix"
                needs.append(frozenset({(kind, word.group())}))
            start = not WORD.match(run[-1:]) if run else start
            i = j
    return needs


def anchors(source: str, bounded: bool = True) -> frozenset[Anchor] | None:
    r"""The anchors one of which every match of the lexicon pattern ``source`` carries; None if it names none.

    ``("prefix", w)``: a word of the text starts with ``w``; ``("exact", w)``: a word is ``w``;
    ``("infix", w)``: a word contains ``w`` (words case-folded by ``fold``). ``bounded``: the pattern is
    matched as a whole-word branch (``(?<!\w)…(?!\w)``), so its first and last words are whole words.
    """
    if _PLAIN.fullmatch(source):  # the usual case, a plain phrase: its longest word, whole
        run = fold(source)
        best = None
        for word in WORD.finditer(run):
            starts = word.start() > 0 and not WORD.match(run, word.start() - 1)
            ends = word.end() < len(run)  # a non-word character follows
            if bounded:
                kind = "exact" if starts or word.start() == 0 else "infix"
            else:
                kind = ("exact" if ends else "prefix") if starts else "infix"
            score = len(word.group()) + _BONUS[kind]
            if best is None or score > best[0]:
                best = (score, kind, word.group())
        return frozenset({best[1:]}) if best else None
    parts = _split_top(source)
    if parts is None:
        return None
    found: set[Anchor] = set()
    for part in parts:
        needs = _sequence(part, bounded, bounded)
        best = _best(needs) if needs is not None else None
        if best is None:
            return None
        found |= best
    return frozenset(found)


@lru_cache(maxsize=8192)  # the lists of a mapping's keys ("actions.restoration") repeat its branches
def needs(source: str, bounded: bool = True) -> tuple[frozenset[Anchor], ...]:
    """Every anchor set a match of ``source`` needs one of (all of them together); empty if it names none.

    ``anchors`` is the most selective of them; an article whose words meet them all admits the branch.
    """
    if _PLAIN.fullmatch(source) and bounded:  # a plain phrase needs each of its words
        run = fold(source)
        return tuple(frozenset({("exact" if word.start() == 0 or not WORD.match(run, word.start() - 1) else "infix",
                                 word.group())}) for word in WORD.finditer(run))
    parts = _split_top(source)
    if parts is not None and len(parts) == 1:
        return tuple(_sequence(parts[0], bounded, bounded) or ())
    best = anchors(source, bounded)  # alternatives at the top: one set, one anchor of each
    return (best,) if best else ()


_PREFIX_CAP = 24
_SEEN: dict[str, frozenset[str]] = {}  # text → its folded words: a sentence is asked of every list
_MAX_SEEN = 512


def _words(text: str) -> frozenset[str]:
    words = _SEEN.get(text)
    if words is None:
        if len(_SEEN) >= _MAX_SEEN:
            _SEEN.clear()
        words = _SEEN[text] = frozenset(WORD.findall(fold(text)))
    return words


class Vocabulary:
    """The words of one text (an article), folded and indexed so an anchor is looked up in constant time."""

    def __init__(self, text: str) -> None:
        self.words = frozenset(WORD.findall(fold(text)))
        # Prefixes up to _PREFIX_CAP characters: a 1,000,000-digit "word" must not cost a million of them.
        self._prefixes = {w[:k] for w in self.words for k in range(1, min(len(w), _PREFIX_CAP) + 1)}
        self._joined = "\x00".join(self.words)
        self._infixes: dict[str, bool] = {}

    def has(self, anchor: Anchor) -> bool:
        """Whether one of the words carries ``anchor``."""
        kind, word = anchor
        if kind == "infix":  # a scan of every word: remembered (many lists share an anchor)
            found = self._infixes.get(word)
            if found is None:
                found = self._infixes[word] = word in self._joined
            return found
        if kind == "prefix":
            return word[:_PREFIX_CAP] in self._prefixes  # a longer anchor: its first characters, a weaker test
        if kind == "exact":
            return word in self.words
        return word in self._joined


_NONE: frozenset[str] = frozenset()


class Phrases:
    r"""The alternation ``(?<!\w)(?:b1|b2|…)(?!\w)`` of ``branches``, compiled with the branches a text needs.

    ``bounded=False``: the plain alternation ``b1|b2|…`` (a pattern of its own, matched anywhere).
    ``branches`` are ``(group, regex, source)``: the named group a branch's match reports (None for none),
    its regular expression, and the lexicon source its anchors are read from. ``vocabulary`` gives the
    current article's words (``Lexicon.prime``), whose branches are compiled at once.
    """

    def __init__(self, branches: list[tuple[str | None, str, str]], flags: int = re.IGNORECASE,
                 vocabulary: Callable[[], Vocabulary | None] | None = None, bounded: bool = True) -> None:
        self.flags = flags
        self._bounded = bounded
        self._groups = [group for group, _, _ in branches]
        self._regexes = [regex for _, regex, _ in branches]
        self._vocabulary = vocabulary or (lambda: None)
        self._by_anchor: dict[Anchor, list[int]] = {}  # every anchor of every need → its branches
        self._needs: list[tuple[frozenset[Anchor], ...]] = []
        admitted: set[int] = set()
        for index, (_, _, source) in enumerate(branches):
            found = needs(source, bounded)
            self._needs.append(found)
            if not found:
                admitted.add(index)  # no anchor: always in
            for anchor in {a for need in found for a in need}:
                self._by_anchor.setdefault(anchor, []).append(index)
        self._prefix = {w: ids for (kind, w), ids in self._by_anchor.items() if kind == "prefix"}
        self._exact = {w: ids for (kind, w), ids in self._by_anchor.items() if kind == "exact"}
        self._infix = [(w, ids) for (kind, w), ids in self._by_anchor.items() if kind == "infix"]
        self._lengths = sorted({len(w) for w in self._prefix})
        self._lock = _thread.allocate_lock()
        # Replaced whole, never mutated: (admitted branches, their compiled alternation, the article's folded
        # words and the other folded words whose branches it holds).
        self._state: tuple[frozenset[int], re.Pattern[str] | None, frozenset[str], frozenset[str]] = (
            frozenset(admitted), None, _NONE, _NONE)

    def _source(self, admitted: frozenset[int] | None = None) -> str:
        parts: list[str] = []
        if all(group is None for group in self._groups):
            parts = [f"(?:{r})" for i, r in enumerate(self._regexes) if admitted is None or i in admitted]
        else:
            keys: dict[str, list[str]] = {}
            for index, (group, regex) in enumerate(zip(self._groups, self._regexes)):
                inner = keys.setdefault(str(group), [])
                if admitted is None or index in admitted:
                    inner.append(f"(?:{regex})")
            # A key without an admitted branch keeps its group (one that never matches): same names, same numbers.
            parts = [f"(?P<{key}>{'|'.join(inner) or '(?!)'})" for key, inner in keys.items()]
        if not self._bounded:
            return "|".join(parts) or "(?!)"
        return r"(?<!\w)(?:" + ("|".join(parts) or "(?!)") + r")(?!\w)"

    @property
    def pattern(self) -> str:
        """The whole alternation's regular expression."""
        return self._source()

    def _hits(self, folded: str) -> set[int]:
        found: set[int] = set()
        for length in self._lengths:
            if length > len(folded):
                break
            found.update(self._prefix.get(folded[:length], ()))
        found.update(self._exact.get(folded, ()))
        for part, ids in self._infix:
            if part in folded:
                found.update(ids)
        return found

    def compiled_for(self, text: str) -> re.Pattern[str]:
        """A compiled pattern that matches in ``text`` exactly as the whole alternation does."""
        admitted, compiled, article, extra = self._state
        if compiled is not None:
            if len(admitted) == len(self._regexes):
                return compiled
            words = _words(text)
            if article.issuperset(words) or extra.issuperset(words - article):
                return compiled
        with self._lock:
            admitted, compiled, article, extra = self._state
            wanted = set(admitted)
            vocabulary = self._vocabulary()
            if vocabulary is not None and vocabulary.words is not article:
                # The article admits a branch whose every need one of its words meets. A text with other words
                # admits any branch one of them carries an anchor of (below): the need it meets may be that one.
                has = vocabulary.has
                for index, found in enumerate(self._needs):
                    if found and index not in wanted and all(any(has(a) for a in need) for need in found):
                        wanted.add(index)
                article = vocabulary.words
            new = _words(text) - article - extra
            for word in new:
                wanted.update(self._hits(word))
            extra = extra | new if len(extra) + len(new) <= _MAX_EXTRA else frozenset(new)
            if compiled is None or len(wanted) > len(admitted):
                if len(wanted) >= _COMPLETE_SHARE * len(self._regexes):
                    wanted = set(range(len(self._regexes)))
                admitted = frozenset(wanted)
                compiled = re.compile(self._source(None if len(admitted) == len(self._regexes) else admitted),
                                      self.flags)
            self._state = (admitted, compiled, article, frozenset(extra))
        return compiled

    def _for(self, string: str, endpos: int) -> re.Pattern[str]:
        # Matching stops at endpos: a word cut there is a word of its own ("est" read as "e").
        return self.compiled_for(string if endpos >= len(string) else string[:max(endpos, 0)])

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``re.Pattern.search`` of the whole alternation."""
        return self._for(string, endpos).search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``re.Pattern.match`` of the whole alternation."""
        return self._for(string, endpos).match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``re.Pattern.fullmatch`` of the whole alternation."""
        return self._for(string, endpos).fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """``re.Pattern.finditer`` of the whole alternation."""
        return self._for(string, endpos).finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list:
        """``re.Pattern.findall`` of the whole alternation."""
        return self._for(string, endpos).findall(string, pos, endpos)

    def sub(self, repl, string: str, count: int = 0) -> str:
        """``re.Pattern.sub`` of the whole alternation."""
        return self.compiled_for(string).sub(repl, string, count)

    def __repr__(self) -> str:
        admitted, compiled, _, _ = self._state
        return f"Phrases({len(self._regexes)} branches, {len(admitted) if compiled else 0} compiled)"
