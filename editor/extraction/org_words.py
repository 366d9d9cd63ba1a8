"""Words of organisation names: head nouns (hôpital, Landkreis, -ziekenhuis), word sets of the lexicon, the
vocabulary of the language, adjectives between a head and its name, place adjectives ("Berliner")."""

from __future__ import annotations

import re

from editor.extraction.doc import Doc
from editor.extraction.places import gazetteer
from editor.extraction.text import LOWER_WORD


COMPOUNDING = frozenset({"nl", "de"})  # languages that write a head noun glued to the name


def head_rx(doc: Doc) -> re.Pattern[str] | None:
    """The lexicon's organisation head words, one named group per sector."""
    return doc.lex.groups("org_heads")


def heads_of(doc: Doc, phrase: str) -> str | None:
    """The sector of the head word ``phrase`` carries ("Centre hospitalier de X" → healthcare), or None."""
    memo = doc.lex.cached("heads_memo", dict)  # phrases recur across and within articles
    if phrase not in memo:
        if len(memo) > 20_000:  # bounded: hostile input must not grow it without end
            memo.clear()
        memo[phrase] = _find_head(doc, phrase)
    return memo[phrase]


def _find_head(doc: Doc, phrase: str) -> str | None:
    rx = head_rx(doc)
    if rx is None:
        return None
    found = [m.lastgroup for m in rx.finditer(phrase) if m.lastgroup]
    if not found and doc.language in COMPOUNDING:
        # "Rivierziekenhuis", and ending a longer name "Wilhelmina Streekziekenhuis" (a glued head comes last)
        found = compound_head(rx, phrase.rsplit(" ", 1)[-1])
    if not found:
        return None
    specific = [h for h in found if h != "other"] or found
    # English puts the head last ("University of Kent Health"); fr/nl/de put it first.
    return specific[-1] if doc.language == "en" else specific[0]


def word_set(doc: Doc, key: str) -> frozenset[str]:
    """The lexicon list at ``key`` as a set of lower-case words."""
    return doc.lex.cached("set:" + key, lambda: frozenset(w.lower() for w in doc.lex.get(key, [])))


def lower_words(doc: Doc) -> frozenset[str]:
    """Every word the article writes in lower case: a capitalised token also seen lower-cased is a common word."""
    if doc.lower_words is None:
        doc.lower_words = frozenset(LOWER_WORD.findall(doc.norm))
    return doc.lower_words


def place_adjective(doc: Doc, word: str) -> bool:
    """"Berliner", "Wiener": a place name with an adjective suffix of the language."""
    for pair in doc.lex.get("place_adjective_suffixes", []):
        suffix, repl = (pair, "") if isinstance(pair, str) else (pair[0], pair[1])
        if word.lower().endswith(suffix) and len(word) - len(suffix) >= 3:
            if gazetteer().lookup(word[: -len(suffix)] + repl):
                return True
    return False


def compound_head(rx: re.Pattern[str], word: str) -> list[str]:
    """Head of a closed compound ("Rivierziekenhuis", "Bergklinikum"): a head noun ending the word."""
    # Dutch and German glue the head to a name part; only tails of six letters or more count, so short
    # heads ("bank", "werk") do not turn ordinary nouns into organisations.
    for i in range(3, len(word) - 5):
        m = rx.fullmatch(word[i:])
        if m is not None and m.lastgroup:
            return [m.lastgroup]
    return []


_LONG_WORD = re.compile(r"[^\W\d_]{3,}")


def lexicon_vocabulary(doc: Doc) -> frozenset[str]:
    """Ordinary words of the language as the lexicon knows them: capitalised, they are still no names."""
    def build() -> frozenset[str]:
        strings: list[str] = []

        def walk(node) -> None:
            if isinstance(node, str):
                strings.append(node)
            elif isinstance(node, dict):
                for k, v in node.items():
                    walk(k)
                    walk(v)
            elif isinstance(node, list):
                for v in node:
                    walk(v)
        for key, value in doc.lex.data.items():
            # names, not ordinary words: first names and mastheads are capitalised as names are
            if key not in ("org_heads", "distractor_words", "demonyms", "language", "first_names", "outlet_words"):
                walk(value)
        # One scan of every string joined by a non-letter, instead of one regex call per string.
        return frozenset(w.lower() for w in _LONG_WORD.findall("\n".join(strings)))
    return doc.lex.cached("vocabulary", build)


def adjective_slot(doc: Doc) -> str:
    """An optional adjective between a head and its name: "hôpital privé des …", "clinique universitaire de …"."""
    adjectives = doc.lex.get("head_adjectives", [])
    if not adjectives:
        return ""
    return r"(?:\s(?:" + "|".join(f"(?:{a})" for a in sorted(adjectives, key=len, reverse=True)) + r"))?"
