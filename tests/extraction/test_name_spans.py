"""``text.name_spans``: the literal search that replaced a compiled pattern per organisation candidate
finds exactly what that pattern finds."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.extraction.text import _touches, name_spans


def _by_pattern(text: str, forms: list[str]) -> list[tuple[int, int]]:
    rx = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])")
    return [m.span() for m in rx.finditer(text)]


def test_touching_characters_are_what_the_pattern_class_matches() -> None:
    word = re.compile(r"[\w-]")
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        assert _touches(ch) == bool(word.match(ch)), hex(code)


ALPHABET = st.sampled_from(list("AaBbÉé_-'’ .,\n1²Ⅻ") + ["Hôpital", "CHU", "Ab", "AbAb"])
TEXTS = st.lists(ALPHABET, max_size=40).map("".join)
FORMS = st.lists(st.lists(ALPHABET, min_size=1, max_size=4).map("".join), min_size=1, max_size=4)


@settings(max_examples=600, deadline=None)
@given(TEXTS, FORMS, st.integers(min_value=0, max_value=12))
def test_same_spans_as_the_alternation_pattern(text: str, forms: list[str], budget: int) -> None:
    # A small budget hands over to the pattern midway: the result must not change either.
    assert list(name_spans(text, forms, budget=budget)) == _by_pattern(text, forms)
    assert list(name_spans(text, forms)) == _by_pattern(text, forms)


def test_examples_from_articles() -> None:
    text = ("Le CHU de Rennes et le CHU-Nord. L'Hôpital Nord (HN) : CHU de Rennes, xCHU, CHU_2, CHU. "
            "Hôpital Nord-Est, Hôpital Nord")
    forms = ["CHU de Rennes", "Hôpital Nord", "CHU", "HN"]
    assert list(name_spans(text, forms)) == _by_pattern(text, forms)
    assert [text[a:b] for a, b in name_spans(text, forms)] == ["CHU de Rennes", "Hôpital Nord", "HN", "CHU de Rennes",
                                                              "CHU", "Hôpital Nord"]


def test_overlapping_forms_and_empty_ones_behave_like_the_pattern() -> None:
    for text, forms in [("abab ab aba", ["aba", "ab"]), ("a a", ["", "a"]), ("x", []), ("aaaa aa", ["aa"])]:
        assert list(name_spans(text, forms)) == _by_pattern(text, forms)


def test_a_name_repeated_without_end_hands_over_to_the_pattern() -> None:
    text = "Ab-" * 50_000 + " Ab"  # 50,000 occurrences touching a hyphen, one real mention at the end
    assert list(name_spans(text, ["Ab"])) == [(len(text) - 2, len(text))] == _by_pattern(text, ["Ab"])
