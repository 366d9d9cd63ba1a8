"""The organisation's name in generated sentences, with the definite article the article itself uses.

A name that begins with a common noun takes the definite article in running text ("Cyberattaque contre
le Groupe hospitalier du Bocage", "The University of Kent was hit…"); a proper name does not ("…contre
Valmonde"). Which of the two a name is, is read from the source article: when at least two thirds of the
name's occurrences follow a definite article (in French also its contractions "du", "au", "des", "aux"),
generated titles and summaries put the same article before it. Only when the report is written in the
article's language. The articles of each language are data (``resources/report/articles.json``); a word
that does not tell the article for certain (German "der", "dem", …) counts as an article but chooses none,
and French "les" is not put before a singular verb ("Les Hôpitaux X a été victime").
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

from editor import resources

ROLES = ("subject", "object")


@lru_cache(maxsize=None)
def _articles() -> dict[str, Any]:
    try:
        data = json.loads(resources.path("report", "articles.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


@lru_cache(maxsize=8)  # keeps the texts alive: a few
def article_of(name: str, text: str, language: str) -> str | None:
    """The definite article ``text`` (in ``language``) uses before ``name``, or None."""
    table = _articles().get(language)
    if not name or not isinstance(table, dict) or not isinstance(table.get("before"), dict):
        return None
    before: dict[str, str | None] = table["before"]
    elided = sorted((w for w in before if w.endswith(("'", "’"))), key=len, reverse=True)
    spaced = sorted((w for w in before if w not in elided), key=len, reverse=True)
    parts = [rf"(?P<w>{'|'.join(map(re.escape, spaced))})\s+"] if spaced else []
    if elided:
        parts.append(rf"(?P<e>{'|'.join(map(re.escape, elided))})")
    prefix = rf"(?i:(?<![\w'’])(?:{'|'.join(parts)}))?" if parts else ""
    occurrences = re.finditer(rf"{prefix}(?<![\w-]){re.escape(name)}(?![\w-])", text)
    total, votes = 0, {}
    for m in occurrences:
        total += 1
        word = (m.groupdict().get("w") or m.groupdict().get("e") or "").lower()
        if word:
            article = before.get(word)
            votes[article] = votes.get(article, 0) + 1
    with_article = sum(votes.values())
    if total == 0 or with_article * 3 < total * 2:
        return None
    chosen = [(count, art) for art, count in votes.items() if art is not None]
    return max(chosen)[1] if chosen else None


def org_phrase(name: str, text: str, text_language: str | None, language: str, role: str) -> str:
    """``name`` as the ``role`` ("subject": starting a sentence, "object": after a preposition) of a sentence
    in ``language``, with the article the source ``text`` (in ``text_language``) uses before it."""
    if role not in ROLES or not name or text_language != language:
        return name
    article = article_of(name, text or "", language)
    written = (_articles().get(language) or {}).get(role, {}).get(article) if article else None
    return f"{written}{name}" if isinstance(written, str) else name
