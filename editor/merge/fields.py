"""What each field of the report is to a merge (evolving, stable, a list), and the merge's language data."""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from typing import Any

from editor import resources

LANGUAGES = ("fr", "en", "nl", "de")

# Values that change as the incident unfolds: the newest source's value wins, history keeps the others.
EVOLVING = (
    "/incident/type", "/impact/data_exfiltration", "/impact/network_disconnected", "/impact/patients_diverted",
    "/ransom/status", "/ransom/threat_actor", "/ransom/claimed", "/ransom/leak_published",
)
# Facts that should not change: the oldest source's value is kept; a differing one is a conflict.
STABLE = (
    "/organization/sector", "/organization/country", "/incident/start_date", "/incident/detected_at",
    "/impact/servers_affected", "/impact/workstations_affected", "/impact/appointments_affected",
    "/impact/people_affected", "/impact/records_affected", "/ransom/amount", "/ransom/currency",
)
# The oldest source's value, silently: names differ by language by nature, the region is descriptive.
FIRST = ("/organization/name", "/organization/region")
# The newest source's value, without history: follows another field or restates the article.
NEWEST = ("/ransom/as_of", "/incident/summary")
SCALARS = EVOLVING + STABLE + FIRST + NEWEST

# Lists united without duplicates; services and timeline are handled apart (status history, one order).
PLAIN_LISTS = ("/sites", "/impact/data_categories", "/response/restoration_order", "/response/actions")
SERVICES = "/impact/services"
TIMELINE = "/timeline"
LISTS = PLAIN_LISTS + (SERVICES, TIMELINE)


@cache
def merge_lexicon(language: str | None) -> dict[str, Any]:
    """The merge's data for one language (English for anything else)."""
    lang = language if language in LANGUAGES else "en"
    with open(resources.merge_lexicon_file(lang), encoding="utf-8") as fh:
        return json.load(fh)


@cache
def correction_rx(language: str | None) -> re.Pattern[str] | None:
    """The cues of an explicitly corrected figure ("a new count", "revised", "instead of")."""
    cues = merge_lexicon(language).get("correction_cues", [])
    return re.compile(r"\b(?:" + "|".join(f"(?:{c})" for c in cues) + r")", re.IGNORECASE) if cues else None


@cache
def name_words(kind: str) -> frozenset[str]:
    """``stopwords`` or ``generic_name_words`` of every language, folded (a name may cross languages)."""
    return frozenset(fold(w) for lang in LANGUAGES for w in merge_lexicon(lang).get(kind, []))


def fold(text: str) -> str:
    """Case- and accent-insensitive form of a word or phrase."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def key_text(text: Any) -> str:
    """A phrase reduced to letters and digits for duplicate detection."""
    return " ".join(re.findall(r"\w+", fold(str(text or ""))))


def list_key(pointer: str, item: Any) -> Any:
    """What makes two items of a list the same item (across languages where the value allows it)."""
    if pointer == "/response/actions":
        # the category is language-neutral; the description is one article's wording of the same action
        return (item.get("category"), key_text(item.get("actor")))
    if pointer == SERVICES:
        return (item.get("service"), key_text(item.get("label")) if item.get("service") == "other" else "")
    if isinstance(item, dict):
        return json.dumps(item, sort_keys=True)
    return key_text(item)
