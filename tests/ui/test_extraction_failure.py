"""The window says that extraction failed instead of showing an empty form (issue 14, point 11)."""

from __future__ import annotations

from editor.extraction import assemble
from tests.ui.conftest import wait_idle


def test_a_failing_extractor_is_reported_in_the_window(make_window, article_file, qtbot, monkeypatch):
    def boom(*args, **kwargs):
        raise IndexError("list index out of range")

    monkeypatch.setattr(assemble, "build_report", boom)
    window = make_window()
    window.extractor = None  # the real extractor, with its assembly stage broken
    window.open_path(article_file)
    wait_idle(qtbot, window)
    errors = [message for kind, message in window.prompts.asked if kind == "error"]
    assert len(errors) == 1
    assert "extraction failed" in errors[0] and "IndexError" in errors[0]
    assert "Traceback" not in errors[0]
