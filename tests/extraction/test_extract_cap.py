"""Extraction reads at most MAX_EXTRACT_CHARS of a huge text (issue 15): the JSON keeps the whole
text, evidence indexes its beginning, the CLI and the window say so, and time stops growing."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from editor.cli import main
from editor.extraction import MAX_EXTRACT_CHARS, capped_note, extract, extract_limit
from editor.sources.article import Article
from tests.sources.hostile import FRENCH

FILLER = ("Le conseil municipal a débattu du budget des routes et des écoles pendant la séance ordinaire "
          "du mois, sans rapport avec l'informatique de l'établissement.\n\n")


def _huge(size: int) -> str:
    return FRENCH + "\n" + FILLER * (size // len(FILLER) + 1)


def test_huge_text_keeps_the_whole_text_and_valid_offsets() -> None:
    text = _huge(3 * MAX_EXTRACT_CHARS)
    report = extract(Article(text=text, language="fr"), published=date(2022, 5, 15))
    assert report.source.text == text
    assert report.evidence  # the story at the top is still read
    limit = extract_limit(text)
    assert MAX_EXTRACT_CHARS // 2 < limit <= MAX_EXTRACT_CHARS and text[limit:limit + 1] in ("\n", " ")
    for spans in report.evidence.values():
        for span in spans:
            assert 0 <= span.start < span.end <= limit
    assert capped_note(text) is not None and "200,000" in capped_note(text)
    assert capped_note(FRENCH) is None


def test_extraction_time_stops_growing_past_the_cap() -> None:
    """×1 and ×4 of the cap take about the same CPU time (a ratio, never an absolute time)."""
    times = []
    for factor in (1, 4):
        text = _huge(factor * MAX_EXTRACT_CHARS)
        started = time.process_time()
        extract(Article(text=text, language="fr"), published=date(2022, 5, 15))
        times.append(time.process_time() - started)
    assert times[1] < 2.0 * times[0] + 0.2


def test_cli_warns_on_one_stderr_line(tmp_path: Path, capsys) -> None:
    path = tmp_path / "huge.txt"
    path.write_text(_huge(2 * MAX_EXTRACT_CHARS), encoding="utf-8")
    assert main(["extract", str(path), "--json"]) == 0
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"incident-editor: warning: {path}: ")
    assert '"text"' in captured.out


def test_cli_is_silent_on_a_normal_article(tmp_path: Path, capsys) -> None:
    path = tmp_path / "article.txt"
    path.write_text(FRENCH, encoding="utf-8")
    assert main(["extract", str(path), "--json"]) == 0
    assert capsys.readouterr().err == ""
