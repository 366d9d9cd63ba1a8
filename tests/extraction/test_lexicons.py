"""The lexicons: same shape in every language, every pattern compiles, no corpus names inside."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from editor import resources
from editor.extraction.lexicon import LANGUAGES, lexicon

REQUIRED = ["stopwords", "months", "weekdays", "number_words", "scales", "currencies", "nouns", "services", "status",
            "actions", "ransom", "ransom_mention", "actor_patterns", "type", "exfiltration", "attack_cues",
            "comparison_cues", "org_heads", "sector_cues", "distractor_words", "org_connectors", "demonyms"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_lexicon_has_every_section_and_compiles(language: str) -> None:
    lex = lexicon(language)
    for key in REQUIRED:
        assert lex.get(key), f"{language}: {key} missing or empty"
    for key, value in lex.data.items():
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value) and key not in (
                "time", "later", "night_span", "actor_patterns"):
            assert lex.words(key) is not None
        elif isinstance(value, dict) and value and all(isinstance(v, list) for v in value.values()):
            assert lex.groups(key) is not None
    en = lexicon("en")
    assert set(lex.get("services")) == set(en.get("services"))
    assert set(lex.get("actions")) == set(en.get("actions"))
    assert set(lex.get("status")) == {"operational", "degraded", "unavailable"}


def _corpus_names(corpus: Path) -> set[str]:
    """Organisation names, sites and threat actors of every gold file (lower case, longer than 3)."""
    names: set[str] = set()
    for gold in corpus.glob("*.gold.json"):
        data = json.loads(gold.read_text(encoding="utf-8"))
        for value in (data["organization"]["name"], data.get("sites", []), data["ransom"].get("threat_actor")):
            for name in value if isinstance(value, list) else [value]:
                if isinstance(name, str) and len(name) > 3:
                    names.add(name.lower())
    return names


def test_lexicons_name_no_corpus_organisation_or_place(corpus: Path) -> None:
    names = _corpus_names(corpus)
    for language in LANGUAGES:
        text = (resources.lexicon_dir() / f"{language}.json").read_text(encoding="utf-8").lower()
        for name in names:
            assert not re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text), f"{language}.json names {name!r}"


def test_code_names_no_corpus_organisation_place_or_actor(corpus: Path) -> None:
    """The mechanism is tuned on no article: no corpus name in any module or tool, comments included."""
    names = _corpus_names(corpus)
    root = Path(__file__).resolve().parents[2]
    for path in [*sorted((root / "editor").rglob("*.py")), *sorted((root / "tools").glob("*.py"))]:
        text = path.read_text(encoding="utf-8").lower()
        for name in names:
            assert not re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text), f"{path.name} names {name!r}"
