"""Markdown inline stripping: right on ordinary markup, linear on hostile lines."""

from __future__ import annotations

import pytest

from editor.sources import load


def _load(tmp_path, text: str):
    path = tmp_path / "a.md"
    path.write_text("# Title\n\n" + text + "\n", encoding="utf-8")
    return load(path)


def test_ordinary_markup_is_stripped(tmp_path):
    article = _load(tmp_path, "See [the **report**](https://example.org/a_(b)) and ![logo](a.png), `code`, "
                              "*emphasis*, ~~struck~~ and <b>bold</b>; snake_case stays.")
    assert "See the report and logo, code, emphasis, struck and bold; snake_case stays." in article.text


@pytest.mark.parametrize("unit", ["**a ", "*a ", "~~a ", "[", "[a](", "![", "<!--", "`a`` ", "__a "])
def test_hostile_lines_do_not_hang(tmp_path, unit):
    """200,000 unmatched marks on one line load (the quadratic patterns took minutes at 32,000)."""
    article = _load(tmp_path, unit * 200_000 + " end")
    assert article.text.rstrip().endswith("end")
