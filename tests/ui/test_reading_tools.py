"""Find in the article, zoom, printing, the shortcuts list, and going to the values to check."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import ARTICLE


def _press(window, sequence: str) -> None:
    """Trigger what ``sequence`` is bound to, as the key press would (offscreen windows get no shortcut events)."""
    wanted = QKeySequence(sequence)
    for action in window.actions():
        if any(k.matches(wanted) == QKeySequence.SequenceMatch.ExactMatch for k in action.shortcuts()):
            action.trigger()
            return
    raise AssertionError(f"no action on {sequence}")


def test_ctrl_f_finds_in_the_article_with_a_count_and_next_previous(loaded, qtbot):
    window = loaded
    article = window.article
    _press(window, "Ctrl+F")
    assert article.find_bar.isVisible() and article.find_edit.hasFocus()
    qtbot.keyClicks(article.find_edit, "SERVEURS")  # any case
    expected = [i for i in range(len(ARTICLE)) if ARTICLE.lower().startswith("serveurs", i)]
    assert len(expected) == 2
    assert [start for start, _end in article.matches] == expected
    assert article.find_count.text() == "1 of 2"
    assert article.selection_range() == (expected[0], expected[0] + len("serveurs"))
    _press(window, "F3")
    assert article.find_count.text() == "2 of 2"
    qtbot.keyClick(article.find_edit, Qt.Key.Key_Return)  # Enter: next, wrapping round
    assert article.find_count.text() == "1 of 2"
    qtbot.keyClick(article.find_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert article.find_count.text() == "2 of 2"
    article.find_edit.setText("licorne")
    assert article.find_count.text() == "No match" and not article.matches
    qtbot.keyClick(article.find_edit, Qt.Key.Key_Escape)
    assert not article.find_bar.isVisible()
    window.show_evidence("/impact/servers_affected")  # evidence highlights are not find matches
    assert len(article.highlighted_ranges()) == 1


def test_zoom_changes_the_article_text_and_is_remembered(make_window):
    window = make_window()
    size = window.article.rich.font().pointSizeF()
    _press(window, "Ctrl++")
    _press(window, "Ctrl++")
    assert window.article.zoom == 125
    assert window.article.rich.font().pointSizeF() == pytest.approx(size * 1.25)
    _press(window, "Ctrl+-")
    assert window.article.zoom == 110
    assert window.store.load().article_zoom == 110
    again = make_window()  # a new window (a restart) reads it back
    assert again.article.zoom == 110
    assert again.article.rich.font().pointSizeF() == pytest.approx(size * 1.1)
    _press(again, "Ctrl+0")
    assert again.article.zoom == 100 and again.store.load().article_zoom == 100
    assert again.article.rich.font().pointSizeF() == pytest.approx(size)


def _pdf_pages_and_text(path) -> tuple[int, str]:
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    if shutil.which("pdftotext") is None:
        return data.count(b"/Type /Page") - data.count(b"/Type /Pages"), ""
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return pages, text


@pytest.mark.parametrize("what", ["article", "report"])
def test_printing_the_article_and_the_report(loaded, tmp_path, what):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / f"{what}.pdf"
    printer.setOutputFileName(str(target))
    printed = loaded.print_article(printer) if what == "article" else loaded.print_report(printer)
    assert printed
    pages, text = _pdf_pages_and_text(target)
    assert pages >= 1
    if text:
        flat = " ".join(text.split())
        assert "Valmoret" in flat
        if what == "article":
            assert "Environ 120 serveurs et 900 ordinateurs" in flat
        else:
            assert "120" in flat and "TLP" in flat


def test_print_preview_dialogs_open(loaded, monkeypatch):
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    shown = []
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda dialog: shown.append(dialog.windowTitle()) or 0)
    loaded.preview_article()
    loaded.preview_report()
    assert len(shown) == 2


def test_the_help_menu_lists_the_shortcuts(loaded, monkeypatch):
    from editor.ui.dialogs import ShortcutsDialog

    menus = [a.text().replace("&", "") for a in loaded.menuBar().actions()]
    assert "Help" in menus
    shown = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    _press(loaded, "F1")
    tree = shown[0].tree
    rows = {tree.topLevelItem(i).text(0): tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())}
    assert rows["Find in the article"].startswith("Ctrl+F")
    assert rows["Next value to check"] == "F8" and rows["Previous value to check"] == "Shift+F8"
    assert rows["Print the article"] == "Ctrl+P" and "Ctrl+0" in rows["Actual size"]


def test_the_count_of_values_to_check_and_f8_go_to_them(loaded, qtbot):
    window = loaded
    QApplication.processEvents()
    flagged = window.form.flagged_pointers()
    assert len(flagged) >= 3
    label = window.check_label
    assert label.text() == f"{len(flagged)} values to check"
    label.click()
    assert window.article.current_target[0] == flagged[0]
    assert window.focus_widget_for(flagged[0]).hasFocus()
    _press(window, "F8")
    assert window.article.current_target[0] == flagged[1]
    assert window.focus_widget_for(flagged[1]).hasFocus()
    _press(window, "Shift+F8")
    assert window.article.current_target[0] == flagged[0]
    _press(window, "Shift+F8")  # before the first: the last
    assert window.article.current_target[0] == flagged[-1]
