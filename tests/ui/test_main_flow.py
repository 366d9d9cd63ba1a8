"""Drive the real widgets: open → fields → evidence → edit → undo/redo → save → reopen → export → close."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor

from editor.storage import load_project
from tests.ui.conftest import wait_idle
from tests.ui.helpers import ARTICLE, sentence


def _highlighted_background(window, start: int) -> QColor | None:
    for sel in window.article.text.extraSelections():
        if sel.cursor.selectionStart() <= start < sel.cursor.selectionEnd():
            return sel.format.background().color()
    return None


def test_open_fills_fields_and_shows_article(loaded):
    window = loaded
    org = window.focus_widget_for("/organization/name")
    assert org.text() == "Centre hospitalier de Valmoret"
    assert window.focus_widget_for("/impact/servers_affected").text() == "120"
    assert window.focus_widget_for("/incident/type").currentData() == "malware"
    assert window.article.text.toPlainText() == ARTICLE
    assert window.article.title.text() == "Cyberattaque au Centre hospitalier de Valmoret"
    services = window.form.tables["/impact/services"].model
    assert services.rowCount() == 2
    assert services.index(1, 1).data() == "Degraded"  # readable label, not the enum value
    assert not window.isWindowModified()


def test_focusing_a_field_highlights_and_scrolls_to_its_evidence(loaded, qtbot):
    window = loaded
    window.resize(900, 300)  # small article view: the sentence must be scrolled into view
    editor = window.focus_widget_for("/response/actions")
    assert editor is None  # tables are not single fields
    window.form.focus_field("/impact/appointments_affected")
    qtbot.waitUntil(lambda: bool(window.article.text.extraSelections()))
    span = sentence(ARTICLE, "600 rendez-vous")
    assert window.article.highlighted_ranges() == [(span["start"], span["end"])]
    assert _highlighted_background(window, span["start"]) is not None
    assert _highlighted_background(window, span["end"] + 5) is None
    cursor = QTextCursor(window.article.text.document())
    cursor.setPosition(span["start"])
    rect = window.article.text.cursorRect(cursor)
    assert 0 <= rect.top() <= window.article.text.viewport().height()


def test_table_cell_focus_highlights_row_evidence(loaded):
    window = loaded
    table = window.form.tables["/impact/services"]
    table.view.setCurrentIndex(table.model.index(1, 1))
    span = sentence(ARTICLE, "radiologie")
    assert window.article.highlighted_ranges() == [(span["start"], span["end"])]


def test_values_without_evidence_or_low_confidence_are_marked(loaded):
    window = loaded
    form = window.form
    assert form.bindings["/incident/type"].flagged  # confidence 0.45
    assert "45" in form.bindings["/incident/type"].marker.toolTip()
    assert form.bindings["/incident/start_date"].flagged  # no evidence
    assert not form.bindings["/organization/name"].flagged
    assert not form.bindings["/organization/region"].flagged  # empty: nothing to check
    tip = window.focus_widget_for("/impact/servers_affected").toolTip()
    assert "120 serveurs" in tip  # hovering shows the source sentence


def test_typing_is_one_undo_step_then_undo_redo(loaded, qtbot):
    window = loaded
    org = window.focus_widget_for("/organization/name")
    org.setFocus()
    org.end(False)
    before = window.doc.stack.count()
    qtbot.keyClicks(org, " Sud")
    assert window.doc.value("/organization/name") == "Centre hospitalier de Valmoret Sud"
    assert window.doc.stack.count() == before + 1  # four keystrokes merged
    assert "/organization/name" in window.doc.report.user_edited
    assert window.isWindowModified()
    assert "[*]" in window.windowTitle()
    window.act_undo.trigger()
    assert org.text() == "Centre hospitalier de Valmoret"
    assert "/organization/name" not in window.doc.report.user_edited
    assert not window.isWindowModified()
    window.act_redo.trigger()
    assert org.text() == "Centre hospitalier de Valmoret Sud"
    assert window.isWindowModified()


def test_leaving_a_field_ends_the_merge(loaded, qtbot):
    window = loaded
    servers = window.focus_widget_for("/impact/servers_affected")
    servers.setFocus()
    servers.selectAll()
    qtbot.keyClicks(servers, "130")
    window.focus_widget_for("/organization/region").setFocus()
    servers.setFocus()
    servers.end(False)
    qtbot.keyClicks(servers, "5")
    assert window.doc.value("/impact/servers_affected") == 1305
    window.doc.stack.undo()
    assert window.doc.value("/impact/servers_affected") == 130


def test_partial_date_is_not_stored_until_complete(loaded, qtbot):
    window = loaded
    date = window.focus_widget_for("/incident/start_date")
    date.setFocus()
    date.selectAll()
    qtbot.keyClicks(date, "2026-03")
    assert window.doc.value("/incident/start_date") == "2026-03-14"  # incomplete: not pushed
    qtbot.keyClick(date, Qt.Key.Key_Return)  # read on Enter: a month is no day, said under the field
    assert date.property("invalid") and date.text() == "2026-03"
    assert window.form.bindings["/incident/start_date"].message.isVisibleTo(window)
    qtbot.keyClicks(date, "-15")
    assert window.doc.value("/incident/start_date") == "2026-03-15"
    assert not date.property("invalid")
    date.selectAll()
    qtbot.keyClick(date, Qt.Key.Key_Delete)
    assert window.doc.value("/incident/start_date") is None  # empty means unknown


def test_combo_edit_and_table_rows(loaded, qtbot):
    window = loaded
    combo = window.focus_widget_for("/ransom/status")
    combo.setCurrentIndex(combo.findData("refused"))
    combo.activated.emit(combo.currentIndex())
    assert window.doc.value("/ransom/status") == "refused"
    table = window.form.tables["/impact/services"]
    table.view.setCurrentIndex(table.model.index(1, 0))
    table.move_row(-1)
    assert [s["service"] for s in window.doc.value("/impact/services")] == ["radiology", "emergency"]
    # the evidence moved with the row
    assert window.doc.spans("/impact/services/0")[0].start == sentence(ARTICLE, "radiologie")["start"]
    table.add_row()
    assert len(window.doc.value("/impact/services")) == 3
    assert table.model.setData(table.model.index(2, 1), "unavailable")
    assert window.doc.value("/impact/services/2/status") == "unavailable"
    window.doc.stack.undo()
    window.doc.stack.undo()
    window.doc.stack.undo()
    assert [s["service"] for s in window.doc.value("/impact/services")] == ["emergency", "radiology"]
    assert window.doc.spans("/impact/services/0")[0].start == sentence(ARTICLE, "urgences")["start"]


def test_set_value_from_article_selection(loaded):
    window = loaded
    text = ARTICLE
    start = text.index("deux") if "deux" in text else text.index("2 heures")
    end = start + len("2 heures du matin")
    window.set_from_article("/incident/summary", start, end)
    assert window.doc.value("/incident/summary") == "2 heures du matin"
    assert [(s.start, s.end) for s in window.doc.report.evidence["/incident/summary"]] == [(start, end)]
    window.doc.stack.undo()  # one step for value and evidence
    assert window.doc.value("/incident/summary") is None
    assert "/incident/summary" not in window.doc.report.evidence
    start = ARTICLE.index("Environ 120")
    window.set_from_article("/impact/people_affected", start, start + len("Environ 120 serveurs et 900"))
    assert window.doc.value("/impact/people_affected") == 120  # the first number of the selection
    span = sentence(ARTICLE, "900 ordinateurs")
    window.add_evidence_from_article("/organization/region", span["start"], span["end"])
    assert window.doc.spans("/organization/region")


def test_save_reopen_and_permissions(loaded, make_window, tmp_path, qtbot):
    window = loaded
    window.doc.set("/organization/region", "Haute-Lune", typed=True)
    target = tmp_path / "case.incident.json"
    assert window.save_to(target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("case.incident.json")
    assert load_project(target).organization.region == "Haute-Lune"
    other = make_window()
    assert other.open_path(target)
    wait_idle(qtbot, other)
    assert other.focus_widget_for("/organization/region").text() == "Haute-Lune"
    assert other.doc.path == target
    assert "/organization/region" in other.doc.report.user_edited
    assert str(target.resolve()) in other.store.recent_files()


def test_export_docx_and_read_back(loaded, tmp_path, qtbot):
    try:
        from editor.export import write  # noqa: F401
    except ImportError:
        pytest.skip("exporter not available")
    window = loaded
    window.doc.set("/organization/region", "Haute-Lune", typed=True)
    target = tmp_path / "report.docx"
    results = []
    assert window.export_to(target, "docx", language="fr", tlp="TLP:GREEN", on_done=results.append)
    wait_idle(qtbot, window, 60000)
    assert results == [True], window.prompts.asked
    assert target.stat().st_size > 0
    from editor.pipeline import open_any

    back = open_any(target)
    assert back.organization.name == "Centre hospitalier de Valmoret"
    assert back.organization.region == "Haute-Lune"


def test_close_with_unsaved_changes_asks(make_window, article_file, qtbot):
    window = make_window(unsaved_answer="cancel")
    window.open_path(article_file)
    wait_idle(qtbot, window)
    window.doc.set("/organization/region", "Haute-Lune")
    assert not window.close()
    assert window.prompts.asked[-1][0] == "unsaved"
    assert window.isVisible()
    window.prompts.unsaved_answer = "discard"
    assert window.close()


def test_open_error_is_one_line_and_keeps_the_document(loaded, tmp_path, qtbot):
    window = loaded
    window.doc.set("/organization/region", "Haute-Lune")
    window.prompts.unsaved_answer = "discard"
    bad = tmp_path / "broken.incident.json"
    bad.write_text("{not json", encoding="utf-8")
    window.open_path(bad)
    wait_idle(qtbot, window)
    kind, message = window.prompts.asked[-1]
    assert kind == "error" and "broken.incident.json" in message and "\n" not in message
    assert window.doc.value("/organization/region") == "Haute-Lune"  # nothing typed is lost


def test_paste_article_extracts(make_window, qtbot):
    from PySide6.QtGui import QGuiApplication

    window = make_window()
    QGuiApplication.clipboard().setText(ARTICLE)
    window.act_paste.trigger()
    wait_idle(qtbot, window)
    assert window.doc.value("/organization/name") == "Centre hospitalier de Valmoret"


def test_cancel_leaves_the_ui_free(make_window, article_file, qtbot):
    import threading

    gate = threading.Event()
    window = make_window()
    from tests.ui.helpers import fake_extract

    window.extractor = lambda article, language=None: (gate.wait(10), fake_extract(article, language))[1]
    window.open_path(article_file)
    assert window.runner.busy and window.cancel_button.isVisibleTo(window)
    window.cancel_button.click()
    assert not window.runner.busy
    assert window.act_open.isEnabled()
    gate.set()
    window.runner.wait(5000)
    qtbot.wait(50)
    assert window.doc.value("/organization/name") is None  # the late result was dropped


def test_reextraction_keeps_typed_values_and_is_one_step(loaded, qtbot):
    window = loaded
    window.doc.set("/impact/servers_affected", 150, typed=True)
    before = window.doc.stack.count()
    results = []
    window.change_article_language("en")
    wait_idle(qtbot, window)
    kind, changes = window.prompts.asked[-1]
    assert kind == "changes"
    by_pointer = {c.pointer: c for c in changes}
    assert by_pointer["/impact/servers_affected"].user_edited
    assert by_pointer["/organization/name"].new == "Valmoret Hospital Centre"
    assert window.doc.value("/impact/servers_affected") == 150  # typed: kept
    assert window.doc.value("/organization/name") == "Valmoret Hospital Centre"
    assert window.doc.value("/source/language") == "en"
    assert window.doc.stack.count() == before + 1
    window.doc.stack.undo()
    assert window.doc.value("/organization/name") == "Centre hospitalier de Valmoret"
    assert window.doc.value("/source/language") == "fr"
    assert results == []


def test_notifications_clocks_and_missing_items(loaded):
    window = loaded
    panel = window.form.clocks
    missing = [panel.missing.topLevelItem(i).text(0) for i in range(panel.missing.topLevelItemCount())]
    assert any("Awareness" in m for m in missing)
    table = window.form.tables["/notifications"]
    table.add_row()
    window.doc.set("/notifications/0/awareness", "2026-03-14T02:00Z")
    panel.refresh()
    rows = [(panel.clocks.topLevelItem(i).text(0), panel.clocks.topLevelItem(i).text(1))
            for i in range(panel.clocks.topLevelItemCount())]
    # An explicit UTC awareness; the clocks show the organisation's local time (Belgium), UTC alongside.
    assert ("NIS2 early warning", "2026-03-15 03:00 (02:00 UTC)") in rows
    assert ("NIS2 incident notification", "2026-03-17 03:00 (02:00 UTC)") in rows


def test_accessible_names_on_every_input(loaded):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QTableView

    window = loaded
    for cls in (QLineEdit, QPlainTextEdit, QComboBox, QTableView, QAbstractButton):
        for widget in window.form.findChildren(cls):
            if widget.isVisibleTo(window) and not widget.parent().inherits("QComboBox"):
                assert widget.accessibleName(), widget.objectName() or repr(widget)


def test_tab_order_follows_the_form(loaded):
    window = loaded
    title = window.focus_widget_for("/report/title")
    assert title.nextInFocusChain() is window.focus_widget_for("/report/stage") or \
        title.nextInFocusChain().parent() is window.focus_widget_for("/report/stage")


def test_sections_scroll(loaded):
    window = loaded
    window.resize(1200, 500)
    assert window.form.scroll_to("notifications")
    assert window.form.scroll.verticalScrollBar().value() > 0
    assert not window.form.scroll_to("nope")


def test_save_path_gets_suffix_and_title(loaded, tmp_path: Path):
    window = loaded
    assert window.save_to(tmp_path / "x.incident.json")
    assert window.doc.path.name == "x.incident.json"


def test_ctrl_z_in_a_field_undoes_the_document(loaded, qtbot):
    window = loaded
    org = window.focus_widget_for("/organization/name")
    org.setFocus()
    qtbot.waitUntil(org.hasFocus)
    org.end(False)
    qtbot.keyClicks(org, " Nord")
    index = window.doc.stack.index()
    qtbot.keyClick(org, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.stack.index() == index - 1  # the document's undo, not the line edit's own
    assert org.text() == "Centre hospitalier de Valmoret"
    qtbot.keyClick(org, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert org.text() == "Centre hospitalier de Valmoret Nord"


def test_rows_the_user_added_survive_reextraction(loaded, qtbot):
    window = loaded
    table = window.form.tables["/impact/services"]
    table.add_row()
    assert window.doc.is_user_edited("/impact/services")
    window.reextract()
    wait_idle(qtbot, window)
    kind, changes = window.prompts.asked[-1]
    services = next(c for c in changes if c.pointer == "/impact/services")
    assert services.user_edited
    assert len(window.doc.value("/impact/services")) == 3  # kept: not ticked by default
    assert window.doc.stack.count() == 1  # nothing accepted: no re-extraction step
    window.doc.stack.undo()
    assert len(window.doc.value("/impact/services")) == 2
    assert not window.doc.is_user_edited("/impact/services")


@pytest.mark.parametrize("fmt,name", [("json", "r.json"), ("md", "r.md"), ("veris", "r.veris.json"),
                                      ("stix", "r.stix.json")])
def test_export_other_formats(loaded, tmp_path, qtbot, fmt, name):
    try:
        from editor.export import write  # noqa: F401
    except ImportError:
        pytest.skip("exporter not available")
    window = loaded
    results = []
    window.export_to(tmp_path / name, fmt, language="en", tlp="TLP:CLEAR", on_done=results.append)
    wait_idle(qtbot, window, 60000)
    assert results == [True], window.prompts.asked
    text = (tmp_path / name).read_text(encoding="utf-8")
    assert "Valmoret" in text


def test_export_to_a_missing_folder_is_one_line(loaded, tmp_path, qtbot):
    try:
        from editor.export import write  # noqa: F401
    except ImportError:
        pytest.skip("exporter not available")
    window = loaded
    results = []
    window.export_to(tmp_path / "nowhere" / "r.json", "json", on_done=results.append)
    wait_idle(qtbot, window, 60000)
    assert results == [False]
    kind, message = window.prompts.asked[-1]
    assert kind == "error" and "nowhere" in message and "\n" not in message


def test_second_task_while_busy_is_refused_with_a_message(make_window, article_file, qtbot):
    import threading

    from tests.ui.helpers import fake_extract

    gate = threading.Event()
    window = make_window()
    window.extractor = lambda article, language=None: (gate.wait(10), fake_extract(article, language))[1]
    assert window.open_path(article_file)
    assert not window.open_path(article_file)
    assert "Busy" in window.statusBar().currentMessage()
    gate.set()
    wait_idle(qtbot, window)
    assert window.doc.value("/organization/name") == "Centre hospitalier de Valmoret"


def test_summary_shows_the_reports_own_summary_greyed_until_written(loaded, qtbot):
    from editor.export.summary import executive_summary

    window = loaded
    summary = window.form.bindings["/incident/summary"].editor
    expected = executive_summary(window.doc.report, window.doc.report.report.language)
    assert expected and window.doc.value("/incident/summary") is None
    qtbot.waitUntil(lambda: summary.placeholderText() == expected, timeout=5000)
    window.doc.set("/organization/name", None)  # no organisation: no suggestion, the plain hint comes back
    qtbot.waitUntil(lambda: summary.placeholderText() != expected, timeout=5000)


def test_restoration_order_shows_known_services_by_name_and_keeps_free_text(loaded, qtbot):
    from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem

    window = loaded
    window.doc.set("/response/restoration_order", ["medical_records", "Active Directory"], typed=True)
    table = window.form.tables["/response/restoration_order"]
    model = table.model
    assert [model.data(model.index(r, 0)) for r in range(2)] == ["Medical records", "Active Directory"]
    delegate = table.view.itemDelegate()
    editor = delegate.createEditor(table.view, QStyleOptionViewItem(), model.index(0, 0))
    assert isinstance(editor, QComboBox) and editor.isEditable()
    delegate.setEditorData(editor, model.index(0, 0))
    assert editor.currentData() == "medical_records"
    editor.setEditText("laboratory")  # a label typed in any case stores the service's key
    delegate.setModelData(editor, model, model.index(0, 0))
    assert window.doc.value("/response/restoration_order/0") == "laboratory"
    delegate.setEditorData(editor, model.index(1, 0))
    assert editor.currentText() == "Active Directory"
    editor.setEditText("  Backup servers ")  # anything else is kept as typed
    delegate.setModelData(editor, model, model.index(1, 0))
    assert window.doc.value("/response/restoration_order") == ["laboratory", "Backup servers"]
    window.doc.stack.undo()
    assert window.doc.value("/response/restoration_order/1") == "Active Directory"


def test_times_read_with_a_space_and_are_stored_in_iso_8601(loaded, qtbot):
    window = loaded
    window.doc.set("/timeline", [{"when": "2026-03-14T02:00", "what": "Alertes"}], typed=True)
    table = window.form.tables["/timeline"]
    model = table.model
    assert model.data(model.index(0, 0)) == "2026-03-14 02:00"
    assert model.setData(model.index(0, 0), "2026-03-15 04:30")  # typed as it reads
    assert window.doc.value("/timeline/0/when") == "2026-03-15T04:30"
    assert model.setData(model.index(0, 0), "2026-03-15T05:00")  # ISO 8601 as typed still works
    assert window.doc.value("/timeline/0/when") == "2026-03-15T05:00"
    assert not model.setData(model.index(0, 0), "2026-03-15 5h")
    assert window.doc.value("/timeline/0/when") == "2026-03-15T05:00"


def test_outside_the_eu_the_panel_says_nis2_does_not_apply(loaded):
    window = loaded
    panel = window.form.clocks
    window.doc.set("/organization/country", "US", typed=True)
    panel.refresh()
    assert "NIS2 does not apply" in panel.hint.text() and "(US)" in panel.hint.text()
    missing = [panel.missing.topLevelItem(i).text(0) for i in range(panel.missing.topLevelItemCount())]
    assert not any("Awareness" in m for m in missing)
