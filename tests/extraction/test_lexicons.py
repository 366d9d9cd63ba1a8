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


def _strings(node) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for k, v in node.items() for s in _strings(k) + _strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return []


def _translate_by_substitution(pattern: str) -> str:
    """The pattern translation as first written: two regex substitutions on every pattern."""
    from editor.extraction.lexicon import CLAUSE_GAP, GAP, WIDE_GAP

    pattern = pattern.replace(" ~~~ ", "\x02").replace(" ~~ ", "\x01").replace(" ~ ", "\x00")
    pattern = re.sub(r"(?<!\\) \?", r"\\s?", pattern)
    pattern = re.sub(r"(?<!\\) (?![?*+{])", r"\\s+", pattern)
    return pattern.replace("\x00", GAP).replace("\x01", WIDE_GAP).replace("\x02", CLAUSE_GAP)


def test_pattern_translation_shortcut_gives_the_substitutions_result() -> None:
    from editor.extraction.lexicon import _translate

    samples = [s for lang in LANGUAGES for s in _strings(lexicon(lang).data)]
    samples += ["cyber ?security", "a\\ b c", "x +y", "a  b", " lead", "trail ", "a {2}b", "a *b", "a ~ b ~~ c ~~~ d",
                "a\\\\ b", "x ? y", "", " "]
    assert len(samples) > 4000
    for text in samples:
        assert _translate(text) == _translate_by_substitution(text), text
