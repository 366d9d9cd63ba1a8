"""A file named on the command line that fails to load still shows the window, with the error in it."""

from __future__ import annotations

from concurrent.futures import Future

import pytest


@pytest.mark.parametrize("failure", [
    ImportError("lxml.html.clean module is now a separate project lxml_html_clean"),  # a broken installation
    ValueError("unexpected state in a loader"),  # a bug in a loader
])
def test_a_file_that_fails_to_load_at_start_up_shows_the_window_with_the_error(failure, monkeypatch, tmp_path):
    from editor.ui import app as app_module
    from editor.ui import prefetch, prompts

    page = tmp_path / "page.html"
    page.write_text("<html><body><p>Une cyberattaque.</p></body></html>", encoding="utf-8")
    # The start-up prefetch has already failed when the window is ready to be filled (a fast failure).
    done: Future = Future()
    done.set_exception(failure)
    monkeypatch.setattr(prefetch, "start", lambda target: done)
    shown: list[tuple[bool, str]] = []

    class Recording(prompts.FakePrompts):
        def error(self, parent, message):
            shown.append((bool(parent is not None and parent.isVisible()), message))
            super().error(parent, message)

    monkeypatch.setattr(prompts, "DialogPrompts", Recording)
    monkeypatch.setenv("INCIDENT_EDITOR_EXIT_WHEN_READY", "1")  # quit once the window is ready
    assert app_module.run_app(page) == 1
    assert len(shown) == 1, shown
    visible, message = shown[0]
    assert visible  # the error is shown over the window, not instead of it
    assert type(failure).__name__ in message and str(failure) in message
