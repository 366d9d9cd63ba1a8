"""Exported reports whose embedded incident is valid but enormous (issue 15): the window opens
them, stays usable and never aborts; the Qt binding does not eat None's reference count."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.ui.conftest import wait_idle
from tests.ui.helpers import ARTICLE, fake_extract


def _tampered_report(tmp_path: Path, case: str, count: int) -> Path:
    """An exported-style .docx whose custom XML part carries ``count`` spans, notifications or rows."""
    import docx

    from editor.export.roundtrip import embed_report
    from editor.model.report import IncidentReport
    from editor.sources.article import Article

    data = fake_extract(Article(text=ARTICLE, language="fr")).to_json_dict()
    length = len(ARTICLE)
    if case == "spans":
        data["evidence"]["/organization/name"] = [{"start": i % (length - 5), "end": i % (length - 5) + 5}
                                                  for i in range(count)]
    elif case == "pointers":
        data["timeline"] = [{"what": f"event {i}"} for i in range(count)]
        data["evidence"].update({f"/timeline/{i}": [{"start": 0, "end": 5}] for i in range(count)})
    elif case == "notifications":
        data["notifications"] = [{"regime": "nis2", "awareness": "2026-03-14T02:00:00+00:00", "note": f"n{i}"}
                                 for i in range(count)]
    report = IncidentReport.from_json_dict(data)
    document = docx.Document()
    document.add_paragraph("Rapport")
    embed_report(document, report)
    path = tmp_path / f"{case}-{count}.docx"
    document.save(str(path))
    return path


def test_void_qt_calls_do_not_drop_references_to_none(qtbot) -> None:
    """PySide6 6.12.0 on Python 3.11 releases a reference to None on every call of a method returning
    nothing; after some 10^4 calls (30,000 evidence highlights) None is freed and the process aborts."""
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        label.setVisible(False)
    assert sys.getrefcount(None) > before - 100


@pytest.mark.parametrize(("case", "count"), [("spans", 50_000), ("pointers", 20_000), ("notifications", 20_000)])
def test_enormous_embedded_report_opens_in_the_window(make_window, qtbot, tmp_path: Path, case: str,
                                                      count: int) -> None:
    from editor.ui.article_view import MAX_HIGHLIGHTS
    from editor.ui.notifications import MAX_CLOCK_ROWS

    path = _tampered_report(tmp_path, case, count)
    window = make_window()
    assert window.open_path(path)
    wait_idle(qtbot, window, timeout=60000)
    assert not [a for a in window.prompts.asked if a[0] == "error"]
    assert window.doc.report.source.text == ARTICLE
    window.show_evidence("/organization/name")
    window.show_evidence("/timeline/0")
    assert len(window.article.highlighted_ranges()) <= MAX_HIGHLIGHTS
    from editor.ui.notifications import ClocksPanel

    panels = window.findChildren(ClocksPanel)
    assert panels
    for panel in window.findChildren(ClocksPanel):
        assert panel.clocks.topLevelItemCount() <= 3 * MAX_CLOCK_ROWS + 1
    if case == "spans":
        window.show_evidence("/organization/name")
        assert len(window.article.highlighted_ranges()) == MAX_HIGHLIGHTS


def test_window_says_when_only_the_beginning_was_extracted(make_window, qtbot, tmp_path: Path) -> None:
    from editor.extraction import MAX_EXTRACT_CHARS

    path = tmp_path / "huge.txt"
    text = ARTICLE + ("Un paragraphe sans rapport avec l'attaque, répété pour grossir le fichier.\n\n"
                      * (2 * MAX_EXTRACT_CHARS // 70))
    path.write_text(text, encoding="utf-8")
    window = make_window()
    assert window.open_path(path)
    wait_idle(qtbot, window)
    assert window.doc.report.source.text == text
    message = window.statusBar().currentMessage()
    assert f"{MAX_EXTRACT_CHARS:,}" in message and f"{len(text):,}" in message


def test_tooltip_sentence_of_a_text_without_full_stops_is_bounded() -> None:
    """A 5 MB text without a sentence end: the tooltip looks at most SENTENCE_REACH characters away
    (it walked the whole text, 2 s per tooltip, 6.5 s to open the window)."""
    from editor.model.report import Span
    from editor.ui.article_view import SENTENCE_REACH, OffsetMap, sentence_bounds

    text = "mot " * 1_000_000
    start, end = sentence_bounds(text, Span(start=2_000_000, end=2_000_010))
    assert 2_000_000 - SENTENCE_REACH <= start and end <= 2_000_010 + SENTENCE_REACH
    assert sentence_bounds("Une phrase. Une autre ici.", Span(start=13, end=18)) == (11, 26)
    offsets = OffsetMap("a🙂b" + text)
    assert offsets.wide == [1] and offsets.to_qt(2) == 3 and offsets.from_qt(3) == 2


def test_app_refuses_a_binding_that_loses_references_to_none() -> None:
    from editor.errors import EditorError
    from editor.ui.app import check_binding

    check_binding()  # the installed binding is sound
    nones = [None] * 1000
    with pytest.raises(EditorError, match="loses references to None"):
        check_binding(call=nones.pop)  # each call drops one reference, like PySide6 6.12.0's void methods
