"""A bug in the extractor is said, never turned into an empty report (issue 14, point 11)."""

from __future__ import annotations

import pytest

from editor import cli
from editor.errors import EditorError, ExtractionError
from editor.extraction import assemble, extract
from editor.sources.article import Article

TEXT = "Cyberattaque contre un hôpital\nL'hôpital de Valmoret a été victime d'une cyberattaque lundi.\n"


@pytest.fixture
def broken(monkeypatch):
    """The extractor's assembly stage raising as a bug would."""
    def boom(*args, **kwargs):
        raise KeyError("no such slot")

    monkeypatch.setattr(assemble, "build_report", boom)


def test_a_bug_raises_extraction_error_with_the_article_kept(broken):
    with pytest.raises(ExtractionError) as info:
        extract(Article(text=TEXT, path="/tmp/a.txt"))
    assert isinstance(info.value, EditorError)
    assert "extraction failed" in str(info.value) and "KeyError" in str(info.value)
    assert str(info.value).startswith("/tmp/a.txt: ")
    assert info.value.report.source.text == TEXT  # the article is still there for the window
    assert isinstance(info.value.__cause__, KeyError)  # --debug shows the original traceback


def test_the_cli_says_it_in_one_line(broken, tmp_path, capsys):
    article = tmp_path / "article.txt"
    article.write_text(TEXT, encoding="utf-8")
    assert cli.main(["extract", str(article), "--json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""  # no empty report on stdout
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"incident-editor: error: {article}: extraction failed (internal error: KeyError")
    assert "--debug" in lines[0]


def test_debug_shows_the_traceback(broken, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(TEXT, encoding="utf-8")
    with pytest.raises(ExtractionError) as info:
        cli.main(["extract", str(article), "--json", "--debug"])
    assert isinstance(info.value.__cause__, KeyError)


def test_an_ordinary_article_still_extracts():
    report = extract(Article(text=TEXT))
    assert report.source.text == TEXT
