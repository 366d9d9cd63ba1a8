"""The article's publication date: asked for when an article gives none; entering it re-resolves the relative dates.

"Mardi", "hier", "vers 3h" are resolved against the publication date. Without one they stay
unresolved, so the window asks for it when such an article opens, marks the empty field, and
sends a date entered later through the re-extraction review: the date and the accepted changes
are one undo step (files.FileActions.reextract with ``published``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer

from editor.ui.when_input import read_typed

if TYPE_CHECKING:
    from editor.ui.main_window import MainWindow

POINTER = "/source/published"
MAX_ASKS = 3  # a text that cannot be read is asked again, with the reason, this many times at most


def install(window: MainWindow) -> None:
    """Ask for a missing date when an article opens; route a date typed in the Published field."""
    # Once the window shows the article (and never after the window is gone: it is the timer's context).
    window.doc.reset.connect(lambda: QTimer.singleShot(0, window, lambda: ask_if_missing(window)))
    window.form.value_entered.connect(lambda pointer, value: _entered(window, pointer, value))


def is_missing(window: MainWindow) -> bool:
    """The open article has text but no publication date."""
    source = window.doc.report.source
    return bool(source.text.strip()) and not source.published


def ask_if_missing(window: MainWindow) -> bool:
    """Ask for the publication date of a newly opened article that gives none; True if one was entered."""
    doc = window.doc
    if not is_missing(window) or doc.path is not None:  # a saved project: its author has seen the marker
        return False
    source = doc.report.source
    name = source.title or (Path(doc.origin).name if doc.origin else "") or QCoreApplication.translate(
        "Published", "The article")
    problem = ""
    for _ in range(MAX_ASKS):
        typed = window.prompts.ask_published(window, name, problem)
        if typed is None:
            return False  # not now: the Published field keeps its marker
        read, value, why = read_typed(doc, "date", typed)
        if read and value:
            set_published(window, value)
            return True
        problem = why or QCoreApplication.translate("Published", "Type a date, e.g. 17/10/2023.")
    return False


def set_published(window: MainWindow, value: str | None) -> None:
    """Give the article a publication date: with its text, through the review of the re-resolved dates."""
    doc = window.doc
    if value == doc.report.source.published:
        return
    label = QCoreApplication.translate("Published", "Set the publication date")
    if not doc.report.source.text.strip() or not window.reextract(published=value):
        doc.set(POINTER, value, typed=True, text=label)  # no article (or busy): the date alone, nothing lost


def _entered(window: MainWindow, pointer: str, value: Any) -> None:
    if pointer == POINTER:
        set_published(window, value)
    else:
        window.doc.set(pointer, value, typed=True)
