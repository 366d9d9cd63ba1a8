"""Fixtures for the desktop editor tests: a main window with scripted prompts and the stand-in extractor."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.helpers import ARTICLE, fake_extract


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    """The invented article as a UTF-8 text file."""
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def make_window(qtbot):
    """Main windows (shown unless show=False) with FakePrompts and the stand-in extractor; closed without prompting."""
    from editor.ui.app import create_application
    from editor.ui.main_window import MainWindow
    from editor.ui.prompts import FakePrompts

    create_application()
    windows = []

    def make(*, show: bool = True, lazy_form: bool = False, **prompt_answers) -> MainWindow:
        window = MainWindow(prompts=FakePrompts(**prompt_answers), lazy_form=lazy_form)
        window.extractor = fake_extract
        qtbot.addWidget(window)
        if show:
            window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.runner.cancel()
        window.runner.wait(5000)
        window.doc.stack.setClean()
        window.close()


def wait_idle(qtbot, window, timeout: int = 15000) -> None:
    """Wait until the window's background task has finished."""
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=timeout)


@pytest.fixture
def loaded(make_window, article_file, qtbot):
    """A window with the invented article opened and extracted."""
    window = make_window()
    assert window.open_path(article_file)
    wait_idle(qtbot, window)
    return window


@pytest.fixture
def french(qapp):
    """The French interface (translators installed for the test, removed after)."""
    from editor.ui.app import install_translators

    installed = install_translators(qapp, "fr")
    assert installed, "the French translation is not built"
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
