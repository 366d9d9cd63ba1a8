"""Light language detection for fr/en/nl/de: stopword coverage over the article's opening.

Deliberately tiny (no model, no heavy import) so `extract` stays fast; the word lists are data in
resources/language/stopwords.json.
"""

from __future__ import annotations

import re
import json
from functools import cache

from editor import resources

SAMPLE_CHARS = 5000
MIN_HITS = 3  # fewer stopword hits than this is too little evidence to name a language
LANGUAGES = ("fr", "en", "nl", "de")

# Letters only: apostrophes split "l'hôpital" into "l" + "hôpital", which the French list expects.
_WORD = re.compile(r"[^\W\d_]+")


@cache
def stopwords() -> dict[str, frozenset[str]]:
    """The stopword sets per language, read once from the resources folder."""
    with open(resources.path("language", "stopwords.json"), encoding="utf-8") as fh:
        data = json.load(fh)
    return {lang: frozenset(w.lower() for w in data[lang]) for lang in LANGUAGES if lang in data}


def language_scores(text: str, *, sample: int = SAMPLE_CHARS) -> dict[str, int]:
    """How many tokens of the opening sample are stopwords of each language."""
    words = _WORD.findall(text[:sample].lower())
    sets = stopwords()
    return {lang: sum(1 for w in words if w in words_of) for lang, words_of in sets.items()}


def detect_language(text: str) -> str | None:
    """'fr', 'en', 'nl' or 'de' for the text's language, None when there is too little evidence."""
    if not text:
        return None
    scores = language_scores(text)
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    if not ranked:
        return None
    best, best_score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if best_score < MIN_HITS or best_score == runner_up:
        return None
    # A near tie between two languages sharing many words (nl/de, fr/nl "en") means mixed or unknown text.
    if runner_up and best_score < runner_up * 1.2 and best_score - runner_up < 3:
        return None
    return best


__all__ = ["detect_language", "language_scores", "stopwords"]
