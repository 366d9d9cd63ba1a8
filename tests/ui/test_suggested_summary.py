"""The generated summary is real, editable text marked as generated, following the form until the user edits it."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from editor.export.summary import executive_summary

POINTER = "/incident/summary"


def _summary(window):
    return window.form.bindings[POINTER]


def test_the_generated_summary_is_text_that_typing_edits_not_wipes(loaded, qtbot):
    window = loaded
    binding = _summary(window)
    editor = binding.editor
    expected = executive_summary(window.doc.report, window.doc.report.report.language)
    qtbot.waitUntil(lambda: binding.text() == expected, timeout=10000)
    assert expected and window.doc.value(POINTER) is None  # shown, not stored: the report prints it anyway
    assert not binding.caption.isHidden() and editor.font().italic()  # marked as generated

    # It follows the form while the user has not touched it.
    window.doc.set("/organization/name", "Clinique du Val Fleuri")
    qtbot.waitUntil(lambda: "Clinique du Val Fleuri" in binding.text(), timeout=10000)
    assert window.doc.value(POINTER) is None
    generated = binding.text()

    editor.setFocus()
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, " Suite.")
    assert window.doc.value(POINTER) == generated + " Suite."  # the first keystroke kept the text
    assert window.doc.is_user_edited(POINTER)
    assert binding.caption.isHidden() and not editor.font().italic()

    # From now on it is the user's text: a change elsewhere never replaces it.
    window.doc.set("/organization/name", "Hôpital des Trois Ponts")
    qtbot.wait(300)
    assert binding.text() == generated + " Suite."
    assert window.doc.value(POINTER) == generated + " Suite."


def test_undo_and_use_generated_bring_the_generated_text_back(loaded, qtbot):
    window = loaded
    binding = _summary(window)
    editor = binding.editor
    qtbot.waitUntil(lambda: bool(binding.text()), timeout=10000)
    generated = binding.text()
    editor.setFocus()
    qtbot.keyClicks(editor, "X")
    assert window.doc.value(POINTER) == "X" + generated
    window.doc.stack.undo()
    assert window.doc.value(POINTER) is None and binding.text() == generated
    assert not window.doc.is_user_edited(POINTER)

    editor.selectAll()
    qtbot.keyClicks(editor, "Written by hand.")
    assert window.doc.value(POINTER) == "Written by hand."
    assert not binding.use_generated.isHidden()
    binding.use_generated.click()
    assert window.doc.value(POINTER) is None and not window.doc.is_user_edited(POINTER)
    assert binding.text() == generated and binding.use_generated.isHidden()
    window.doc.stack.undo()  # one undo step gives the user's text back
    assert window.doc.value(POINTER) == "Written by hand."
    assert binding.text() == "Written by hand."
