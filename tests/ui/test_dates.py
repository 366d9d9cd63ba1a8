"""Dates in the window: typed in any usual form, set from a selection, never silently cleared; local times
with their zone; a missing publication date asked for and re-resolving the relative dates as one reviewed step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit

from editor.model.report import IncidentReport
from tests.ui.conftest import wait_idle
from tests.ui.helpers import ARTICLE, sentence

# Invented, with no date line: "mardi" and "Vers 2h30" can only be resolved once the date is known.
UNDATED = (
    "Cyberattaque à la clinique de Valmoret\n\n"
    "La clinique de Valmoret a été victime d'une cyberattaque mardi. "
    "Vers 2h30, des alertes sont apparues sur plusieurs serveurs. "
    "Une heure plus tard, le réseau a été coupé de l'extérieur. Environ 40 serveurs ont été touchés.\n"
)


def _type(qtbot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_usual_date_forms_are_read_where_a_date_is_typed(loaded, qtbot):
    window = loaded
    field = window.focus_widget_for("/incident/detected_at")
    _type(qtbot, field, "17/10/2023 2h30")
    assert window.doc.value("/incident/detected_at") == "2023-10-17T02:30"
    assert field.text() == "2023-10-17 02:30"  # what was understood, shown back
    _type(qtbot, field, "Oct 17, 2023 2:30 PM")
    assert window.doc.value("/incident/detected_at") == "2023-10-17T14:30"
    _type(qtbot, field, "17.10.2023 02:30")
    assert window.doc.value("/incident/detected_at") == "2023-10-17T02:30"
    start = window.focus_widget_for("/incident/start_date")
    _type(qtbot, start, "16/10/2023")
    assert window.doc.value("/incident/start_date") == "2023-10-16"


def test_what_cannot_be_read_keeps_the_text_and_says_why(loaded, qtbot):
    window = loaded
    binding = window.form.bindings["/incident/start_date"]
    steps = window.doc.stack.count()
    _type(qtbot, binding.editor, "la semaine des quatre jeudis")
    assert window.doc.value("/incident/start_date") == "2026-03-14"  # the model is unchanged
    assert window.doc.stack.count() == steps
    assert binding.editor.text() == "la semaine des quatre jeudis"  # never a silent clear
    assert binding.message.isVisibleTo(window) and "cannot be read" in binding.message.text()
    assert binding.editor.toolTip() == binding.message.text()
    window.focus_widget_for("/organization/region").setFocus()  # leaving the field keeps it too
    assert binding.editor.text() == "la semaine des quatre jeudis" and binding.editor.property("invalid")
    window.doc.set("/organization/region", "Valmoret")  # other edits leave it alone
    assert binding.editor.text() == "la semaine des quatre jeudis"
    window.doc.stack.undo()
    _type(qtbot, binding.editor, "mardi")  # no publication date: the Tuesday before the field's own day
    assert window.doc.value("/incident/start_date") == "2026-03-10"
    assert not binding.message.isVisibleTo(window) and not binding.editor.property("invalid")
    detected = window.form.bindings["/incident/detected_at"]
    _type(qtbot, detected.editor, "mardi")  # relative, an empty field, and the article gives no date
    assert "publication date" in detected.message.text() and window.doc.value("/incident/detected_at") is None
    window.doc.set("/source/published", "2026-03-19")
    _type(qtbot, detected.editor, "mardi vers 2h30")
    assert window.doc.value("/incident/detected_at") == "2026-03-17T02:30"
    assert not detected.message.isVisibleTo(window)
    _type(qtbot, binding.editor, "jamais")
    window.doc.load(IncidentReport())  # another report: the text typed for the last one goes with it
    assert binding.editor.text() == "" and binding.message.isHidden() and not binding.editor.property("invalid")


def _cell_editor(window) -> QLineEdit | None:
    """The open cell editor of the timeline table, if any."""
    view = window.form.tables["/timeline"].view
    editors = [w for w in view.viewport().findChildren(QLineEdit) if w.isVisible()]
    return editors[0] if editors else None


def test_a_table_cell_reads_dates_and_reopens_with_text_it_cannot_read(loaded, qtbot):
    window = loaded
    window.doc.set("/source/published", "2026-03-19")
    table = window.form.tables["/timeline"]
    table.add_row()  # opens the editor of the new row's first cell, "When"
    qtbot.waitUntil(lambda: _cell_editor(window) is not None)
    editor = _cell_editor(window)
    editor.setText("jeudi de la mi-carême")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # Not stored; the editor opens again on the same cell with the text, the reason under the table.
    # (Qt commits a cell on Return from a queued call: wait for the message, then for the editor.)
    qtbot.waitUntil(lambda: table.message.isVisibleTo(window))
    assert "cannot be read" in table.message.text() and window.doc.value("/timeline/0/when") is None
    qtbot.waitUntil(lambda: _cell_editor(window) is not None and _cell_editor(window) is not editor)
    assert _cell_editor(window).text() == "jeudi de la mi-carême"
    editor = _cell_editor(window)
    editor.setText("mardi vers 2h30")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.doc.value("/timeline/0/when") == "2026-03-17T02:30")
    assert not table.message.isVisibleTo(window)
    assert table.zone is not None and "Europe/Paris" in table.zone.text()  # the stand-in report is French


def _select(window, start: int, end: int) -> None:
    cursor = QTextCursor(window.article.text.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    window.article.text.setTextCursor(cursor)


def test_set_from_selection_reads_the_phrases_the_extractor_resolves(loaded):
    window = loaded
    phrase = "Vers 2 heures du matin"
    start = ARTICLE.index(phrase)
    window.set_from_article("/incident/detected_at", start, start + len(phrase))
    assert window.doc.value("/incident/detected_at") is None  # a time alone, and no day to put it on
    assert "needs a day" in window.statusBar().currentMessage()
    window.doc.set("/source/published", "2026-03-15")
    window.set_from_article("/incident/detected_at", start, start + len(phrase))
    assert window.doc.value("/incident/detected_at") == "2026-03-15T02:00"
    assert window.doc.spans("/incident/detected_at")[0].start == start
    whole = sentence(ARTICLE, "dans la nuit de samedi à dimanche")
    window.set_from_article("/incident/start_date", whole["start"], whole["end"])  # a whole sentence, one date
    assert window.doc.value("/incident/start_date") == "2026-03-15"
    other = ARTICLE.index("radiologie")
    window.set_from_article("/incident/start_date", other, other + len("radiologie"))
    assert window.doc.value("/incident/start_date") == "2026-03-15"
    assert "cannot be read" in window.statusBar().currentMessage()


def test_times_show_the_organisations_zone_and_follow_its_country(loaded, qtbot):
    window = loaded
    binding = window.form.bindings["/incident/detected_at"]
    assert binding.zone is not None and binding.zone.text() == "Paris"  # no time yet: no offset
    assert binding.zone.toolTip().startswith("Europe/Paris\n")
    window.doc.set("/incident/detected_at", "2026-03-14T02:40")
    assert binding.zone.text() == "Paris (UTC+1)"  # the offset of that moment, not of today
    window.doc.set("/incident/detected_at", "2026-07-14T02:40")
    assert binding.zone.text() == "Paris (UTC+2)"
    window.doc.set("/organization/country", "BE")
    assert binding.zone.text() == "Brussels (UTC+2)"
    window.doc.set("/organization/timezone", "America/Martinique")
    assert binding.zone.text() == "Martinique (UTC-4)"
    zone_field = window.focus_widget_for("/organization/timezone")
    zone_field.setFocus()
    assert zone_field.completer() is not None  # the zone names to pick from
    _type(qtbot, zone_field, "Europe/Bruxelles")  # not a zone name: kept, with the reason, the model unchanged
    assert zone_field.text() == "Europe/Bruxelles"
    assert window.doc.value("/organization/timezone") == "America/Martinique"
    assert "time zone" in window.form.bindings["/organization/timezone"].message.text()
    window.focus_widget_for("/organization/region").setFocus()
    assert zone_field.text() == "Europe/Bruxelles"
    _type(qtbot, zone_field, "Europe/Brussels")
    assert window.doc.value("/organization/timezone") == "Europe/Brussels"
    assert binding.zone.toolTip().startswith("Europe/Brussels (UTC+2)\n")


def test_aware_since_in_a_new_notification_starts_from_detected_at(loaded):
    window = loaded
    window.doc.set("/incident/detected_at", "2026-03-14T02:40")
    window.form.tables["/notifications"].add_row()
    assert window.doc.value("/notifications/0") == {**window.doc.value("/notifications/0"), "regime": "nis2",
                                                    "awareness": "2026-03-14T02:40"}
    panel = window.form.clocks
    panel.refresh()
    early = panel.clocks.topLevelItem(0)
    assert early.text(1) == "2026-03-15 02:40 (01:40 UTC)"  # Paris time, UTC alongside
    assert "Europe/Paris" in panel.hint.text()


def _undated(tmp_path: Path) -> Path:
    path = tmp_path / "undated.txt"
    path.write_text(UNDATED, encoding="utf-8")
    return path


def test_a_missing_publication_date_is_asked_for_and_re_resolves_the_dates_in_one_reviewed_step(
        make_window, tmp_path, qtbot):
    window = make_window(published=["la semaine des quatre jeudis", "19/10/2023"])
    window.extractor = None  # the real extractor: it resolves "mardi" and "Vers 2h30"
    assert window.open_path(_undated(tmp_path))
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.doc.report.source.published == "2023-10-19", timeout=15000)
    asked = [kind for kind, _ in window.prompts.asked]
    assert asked[:3] == ["published", "published", "changes"]  # asked again with the reason, then reviewed
    assert "cannot be read" in window.prompts.asked[1][1]
    assert window.doc.value("/incident/start_date") == "2023-10-17"
    assert "2023-10-17T02:30" in [event["when"] for event in window.doc.value("/timeline")]
    assert window.doc.stack.count() == 1  # the date and the re-resolved dates: one undo step
    window.doc.stack.undo()
    assert window.doc.report.source.published is None and window.doc.value("/timeline") == []


def test_a_publication_date_typed_later_goes_through_the_review(make_window, tmp_path, qtbot):
    window = make_window()  # the question is not answered on open: the field carries the marker
    window.extractor = None
    assert window.open_path(_undated(tmp_path))
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: ("published", "") in window.prompts.asked)
    binding = window.form.bindings["/source/published"]
    assert binding.flagged and "publication date" in binding.marker.toolTip()
    _type(qtbot, binding.editor, "jeudi 19 octobre 2023")
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.doc.report.source.published == "2023-10-19")
    assert [kind for kind, _ in window.prompts.asked][-1] == "changes"
    assert window.doc.value("/incident/start_date") == "2023-10-17"
    assert window.doc.stack.count() == 1 and not binding.flagged
    window.doc.stack.undo()
    assert window.doc.report.source.published is None and window.doc.value("/incident/start_date") is None


def test_the_windows_date_kinds_are_the_readers():
    """The window names the kinds without importing the reader at start-up; they must not drift apart."""
    from editor.extraction import typed_dates
    from editor.ui.when_input import DATE_KINDS

    assert DATE_KINDS == typed_dates.KINDS


def test_the_publication_date_dialog_asks_with_the_reason_and_returns_what_was_typed(make_window):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog

    from editor.ui.prompts import DialogPrompts

    window = make_window()
    seen: list[str] = []

    def answer() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog) and w.isVisible()]
        if dialogs:
            seen.append(dialogs[0].labelText())
            dialogs[0].setTextValue("19/10/2023")
            dialogs[0].accept()
            timer.stop()

    timer = QTimer(window)
    timer.timeout.connect(answer)
    timer.start(20)
    assert DialogPrompts().ask_published(window, "Clinique", "“bof” cannot be read as a date.") == "19/10/2023"
    assert seen and seen[0].startswith("“bof” cannot be read") and "“Clinique” gives no publication date" in seen[0]
