"""The greyed suggestion of a field is computed off the UI thread, and only the newest one is shown."""

from __future__ import annotations

import threading

from editor.model.report import IncidentReport
from editor.ui.document import Document
from editor.ui.fields import FieldBinding, FieldSpec


_HOSTS: list = []  # qtbot keeps only weak references to widgets


def _binding(qtbot, suggestion) -> FieldBinding:
    from PySide6.QtWidgets import QWidget

    host = QWidget()
    qtbot.addWidget(host)
    _HOSTS.append(host)
    doc = Document(host)
    doc.load(IncidentReport())
    return FieldBinding(doc, FieldSpec("/incident/summary", "Summary", "multiline", placeholder="plain",
                                       suggestion=suggestion), host)


def test_the_suggestion_runs_off_the_ui_thread(qtbot):
    seen: list[threading.Thread] = []

    def suggestion(report) -> str:
        seen.append(threading.current_thread())
        return "suggested"

    binding = _binding(qtbot, suggestion)
    qtbot.waitUntil(lambda: binding.editor.placeholderText() == "suggested", timeout=5000)
    assert seen and all(thread is not threading.main_thread() for thread in seen)


def test_a_late_answer_to_an_older_state_is_dropped(qtbot):
    first_running, release_first = threading.Event(), threading.Event()
    answers = iter(["old", "new"])

    def suggestion(report) -> str:
        answer = next(answers)
        if answer == "old":
            first_running.set()
            release_first.wait(10)
        return answer

    binding = _binding(qtbot, suggestion)
    qtbot.waitUntil(first_running.is_set, timeout=5000)
    binding._refresh_hint()  # an edit meanwhile: a newer request
    qtbot.waitUntil(lambda: binding.editor.placeholderText() == "new", timeout=5000)
    release_first.set()  # the older answer arrives last ...
    qtbot.wait(200)
    assert binding.editor.placeholderText() == "new"  # ... and is not shown


def test_a_failing_suggestion_leaves_the_plain_placeholder(qtbot):
    def suggestion(report) -> str:
        raise ValueError("broken formatter")

    binding = _binding(qtbot, suggestion)
    qtbot.wait(300)
    assert binding.editor.placeholderText() == "plain"
