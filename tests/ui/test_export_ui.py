"""Export from the window: replacing asks first, name and format agree, 0600 files, dialogs start in the documents."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths

from editor import resources
from tests.ui.conftest import wait_idle


def _script_dialog(monkeypatch, target: Path, runs: list[str]) -> None:
    """ExportDialog.exec accepts with ``target`` typed in, once per entry of ``runs`` then cancels."""
    from editor.ui.dialogs import ExportDialog

    answers = iter(runs)

    def fake_exec(dialog) -> int:
        if next(answers, "cancel") == "cancel":
            return ExportDialog.DialogCode.Rejected
        dialog.target.setText(str(target))
        return ExportDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", fake_exec)


def test_exporting_over_an_existing_file_asks_first(make_window, article_file, tmp_path, qtbot, monkeypatch):
    target = tmp_path / "old.docx"
    target.write_bytes(b"a report someone else wrote")
    window = make_window(replace=False)
    window.open_path(article_file)
    wait_idle(qtbot, window)
    _script_dialog(monkeypatch, target, ["accept", "cancel"])
    window.export_dialog()
    wait_idle(qtbot, window)
    assert ("replace", str(target)) in window.prompts.asked
    assert target.read_bytes() == b"a report someone else wrote"  # refused: left alone

    window.prompts.replace = True
    _script_dialog(monkeypatch, target, ["accept"])
    window.export_dialog()
    wait_idle(qtbot, window, 60000)
    assert target.read_bytes().startswith(b"PK")  # replaced by the Word report
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600


def test_a_new_file_is_not_asked_about(loaded, tmp_path, qtbot, monkeypatch):
    target = tmp_path / "new.md"
    _script_dialog(monkeypatch, target, ["accept"])
    loaded.export_dialog()
    wait_idle(qtbot, loaded, 60000)
    assert not [a for a in loaded.prompts.asked if a[0] == "replace"]
    assert target.read_text(encoding="utf-8").startswith("#")  # .md typed: Markdown written, not Word


def test_the_format_follows_the_name_and_the_name_the_format(loaded, tmp_path):
    from editor.ui.dialogs import ExportDialog

    dialog = ExportDialog(loaded.doc.report, loaded.settings, tmp_path / "case", loaded)
    dialog.target.setText(str(tmp_path / "case.md"))
    assert dialog.choice()["fmt"] == "md" and dialog.choice()["target"] == tmp_path / "case.md"
    dialog.target.setText(str(tmp_path / "case.veris.json"))
    assert dialog.choice()["fmt"] == "veris"
    dialog.target.setText(str(tmp_path / "case.txt"))  # no format's extension: the format's is added, and said
    assert dialog.choice()["target"] == tmp_path / "case.txt.veris.json"
    assert not dialog.name_note.isHidden() and "case.txt.veris.json" in dialog.name_note.text()
    dialog.format.setCurrentIndex(dialog.format.findData("docx"))
    assert dialog.choice()["target"].name.endswith(".docx") and dialog.choice()["fmt"] == "docx"


@pytest.fixture
def documents(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    assert str(folder).startswith(str(tmp_path))
    folder.mkdir(parents=True)
    return folder


def test_save_and_export_start_in_the_documents_not_in_the_package(make_window, documents, qtbot, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from editor.ui.dialogs import ExportDialog

    window = make_window()
    sample = resources.sample_article("fr")
    window.open_path(sample)  # the bundled sample lives inside the installation
    wait_idle(qtbot, window)
    starts: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (starts.append(a[2]), ("", ""))[1])
    window.save_as()
    assert Path(starts[-1]).parent == documents
    dialog = ExportDialog(window.doc.report, window.settings, window.save_folder() / "case", window)
    dialog._pick_target()
    assert Path(starts[-1]).parent == documents
    for start in starts:
        assert resources.root().resolve() not in Path(start).resolve().parents
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (starts.append(a[2]), ("", ""))[1])
    window.open_dialog()  # the recent file is the sample: Open does not start inside the package either
    assert Path(starts[-1]) == documents
