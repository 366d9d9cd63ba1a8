"""Each stage's export can be recorded as its submission; the next stage's report says what changed since (issue 13)."""

from __future__ import annotations

import docx

from editor.export.roundtrip import read_embedded_report
from tests.ui.conftest import wait_idle


def _text(path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def test_recorded_exports_keep_every_stage_and_undo_in_one_step(loaded, qtbot, tmp_path):
    window = loaded
    first = tmp_path / "early.docx"
    assert window.export_to(first, "docx", record=True)
    wait_idle(qtbot, window)
    recorded = window.doc.value("/submissions")
    assert [s["stage"] for s in recorded] == ["early_warning"] and recorded[0]["version"] == "1.0"
    assert recorded[0]["values"]["/impact/servers_affected"] == 120
    assert read_embedded_report(first).submissions[0].stage.value == "early_warning"  # the file keeps it too
    assert window.isWindowModified()  # the project has to be saved to keep it

    assert window.doc.set("/report/stage", "incident_notification")
    window.doc.set("/report/version", "2.0")
    window.doc.set("/impact/servers_affected", 150)
    second = tmp_path / "notification.docx"
    assert window.export_to(second, "docx", record=True)
    wait_idle(qtbot, window)
    assert [s["stage"] for s in window.doc.value("/submissions")] == ["early_warning", "incident_notification"]
    text = _text(second)
    assert "Depuis l’étape précédente (Alerte précoce" in text  # the (French) Evolution of the second, against the first
    assert "150" in text

    undo_text = window.doc.stack.undoText()
    window.doc.stack.undo()  # the recording alone, one step
    assert [s["stage"] for s in window.doc.value("/submissions")] == ["early_warning"]
    assert "submission" in undo_text.lower() or "soumission" in undo_text.lower()


def test_an_export_not_recorded_leaves_the_report_as_it_was(loaded, qtbot, tmp_path):
    window = loaded
    window.doc.stack.setClean()
    assert window.export_to(tmp_path / "draft.docx", "docx")
    wait_idle(qtbot, window)
    assert window.doc.value("/submissions") == []
    assert not window.isWindowModified()


def test_the_export_dialog_offers_recording_for_reports_only(loaded):
    from editor.ui.dialogs import ExportDialog

    window = loaded
    dialog = ExportDialog(window.doc.report, window.settings, window.default_folder() / "x"
                          if hasattr(window, "default_folder") else __import__("pathlib").Path("/tmp/x"))
    assert dialog.record.isEnabled() and "Early warning" in dialog.record.text()
    dialog.record.setChecked(True)
    assert dialog.choice()["record"] is True
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    assert not dialog.record.isEnabled() and dialog.choice()["record"] is False
