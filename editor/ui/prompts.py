"""Questions the app asks the user, behind one interface (git-cola's Interaction).

Controllers ask a ``Prompts`` object; the GUI installs ``DialogPrompts`` (QMessageBox),
tests install ``FakePrompts`` with scripted answers. No message box in logic code.
"""

from __future__ import annotations

import sys
from typing import Any, Literal

import msgspec
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

CloseAnswer = Literal["save", "discard", "cancel"]
# Restore the autosave; discard it (deleted); keep it for later (the saved version opens, the autosave stays).
RecoveryAnswer = Literal["restore", "discard", "keep"]


class Change(msgspec.Struct):
    """One field a re-extraction would change."""

    pointer: str
    label: str
    old: Any
    new: Any
    user_edited: bool


class Prompts:
    """The interface; every method has a safe default for headless use."""

    def ask_unsaved(self, parent: QWidget | None, name: str) -> CloseAnswer:
        """Save, discard or cancel before closing a modified document."""
        return "cancel"

    def offer_recovery(self, parent: QWidget | None, description: str) -> RecoveryAnswer:
        """Restore, discard or keep for later the autosave an editor that did not close properly left."""
        return "keep"  # headless: nothing typed may vanish unasked

    def choose_changes(self, parent: QWidget | None, changes: list[Change]) -> list[str] | None:
        """Which of a re-extraction's changes to apply (pointers), None to cancel."""
        return None

    def confirm_replace(self, parent: QWidget | None, path: str) -> bool:
        """Replace the existing file ``path``?"""
        return False

    def ask_published(self, parent: QWidget | None, name: str, problem: str = "") -> str | None:
        """The publication date of an article that gives none, as typed (None: not now)."""
        return None

    def error(self, parent: QWidget | None, message: str) -> None:
        """Show a one-line error."""
        print(message, file=sys.stderr)

    def info(self, parent: QWidget | None, message: str) -> None:
        """Show a short notice."""



class DialogPrompts(Prompts):
    """Prompts as Qt dialogs."""

    def ask_unsaved(self, parent: QWidget | None, name: str) -> CloseAnswer:
        from PySide6.QtWidgets import QMessageBox  # loaded when a dialog is first needed

        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Prompts", "Unsaved changes"),
                          QCoreApplication.translate("Prompts", "Save the changes to “%1” before closing?")
                          .replace("%1", name),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, parent)
        box.setInformativeText(QCoreApplication.translate("Prompts", "Your changes are lost if you do not save them."))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        if answer == QMessageBox.StandardButton.Discard:
            return "discard"
        return "cancel"

    def offer_recovery(self, parent: QWidget | None, description: str) -> RecoveryAnswer:
        box = recovery_box(parent, description)
        box.exec()
        return box.property("answer") or "keep"

    def confirm_replace(self, parent: QWidget | None, path: str) -> bool:
        from pathlib import Path

        from PySide6.QtWidgets import QMessageBox  # loaded when a dialog is first needed

        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Prompts", "Replace the file?"),
                          QCoreApplication.translate("Prompts", "“%1” already exists. Replace it?")
                          .replace("%1", Path(path).name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
        box.setInformativeText(QCoreApplication.translate("Prompts", "Its current content is lost: %1")
                               .replace("%1", str(Path(path).parent)))
        box.button(QMessageBox.StandardButton.Yes).setText(QCoreApplication.translate("Prompts", "Replace"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def choose_changes(self, parent: QWidget | None, changes: list[Change]) -> list[str] | None:
        from editor.ui.dialogs import ReextractDialog

        dialog = ReextractDialog(changes, parent)
        if dialog.exec() != ReextractDialog.DialogCode.Accepted:
            return None
        return dialog.accepted_pointers()

    def ask_published(self, parent: QWidget | None, name: str, problem: str = "") -> str | None:
        from PySide6.QtWidgets import QInputDialog, QLabel  # loaded when a dialog is first needed

        question = QCoreApplication.translate(
            "Prompts", "“%1” gives no publication date. Relative dates in it (“yesterday”, “Tuesday”, “around 2:30”) "
                       "are counted from that date.\n\nWhen was it published? (e.g. 17/10/2023)").replace("%1", name)
        dialog = QInputDialog(parent)
        dialog.setWindowTitle(QCoreApplication.translate("Prompts", "Publication date"))
        dialog.setLabelText((problem + "\n\n" if problem else "") + question)
        label = dialog.findChild(QLabel)
        if label is not None:  # a readable paragraph, not one line as wide as the screen
            label.setWordWrap(True)
        dialog.resize(460, dialog.sizeHint().height())
        if dialog.exec() != QInputDialog.DialogCode.Accepted:
            return None
        text = dialog.textValue()
        return text if text.strip() else None

    def error(self, parent: QWidget | None, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # loaded when a dialog is first needed

        print(message, file=sys.stderr)
        QMessageBox.warning(parent, QCoreApplication.translate("Prompts", "Incident Report Editor"), message)

    def info(self, parent: QWidget | None, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # loaded when a dialog is first needed

        QMessageBox.information(parent, QCoreApplication.translate("Prompts", "Incident Report Editor"), message)


def recovery_box(parent: QWidget | None, description: str) -> Any:
    """The recovery question: Restore, Keep for later (also Escape and closing the box) or Discard."""
    from PySide6.QtWidgets import QMessageBox  # loaded when a dialog is first needed

    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("Prompts", "Recover unsaved work"),
                      QCoreApplication.translate(
                          "Prompts", "Unsaved work on this document was autosaved before the editor stopped "
                                     "unexpectedly. Restore it?"),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(description + "\n\n" + QCoreApplication.translate(
        "Prompts", "“Keep for later” opens the saved version and keeps the autosaved work, to be offered again."))
    restore = box.addButton(QCoreApplication.translate("Prompts", "Restore"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(QCoreApplication.translate("Prompts", "Keep for later"), QMessageBox.ButtonRole.RejectRole)
    discard = box.addButton(QCoreApplication.translate("Prompts", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(restore)
    # Wide enough for a title and a path on one line each (a message box otherwise wraps at ~400 px).
    from PySide6.QtWidgets import QGridLayout, QSizePolicy, QSpacerItem

    grid = box.layout()
    if isinstance(grid, QGridLayout):
        grid.addItem(QSpacerItem(560, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding),
                     grid.rowCount(), 0, 1, grid.columnCount())
    box.setEscapeButton(keep)  # Escape or the title bar's close must never delete the work
    answers = {restore: "restore", keep: "keep", discard: "discard"}
    box.buttonClicked.connect(lambda button: box.setProperty("answer", answers.get(button, "keep")))
    return box


class FakePrompts(Prompts):
    """Scripted answers for tests; records what was asked."""

    def __init__(self, unsaved_answer: CloseAnswer = "cancel", recover: bool | RecoveryAnswer = False,
                 accept_changes: list[str] | None = None, replace: bool = False,
                 published: list[str] | None = None) -> None:
        self.unsaved_answer = unsaved_answer
        self.replace = replace
        self.recover = recover  # True = "restore", False = "discard"; or the answer itself
        self.accept_changes = accept_changes  # None = accept every proposed change not typed by the user
        self.published = list(published or [])  # answers to the publication-date question, in turn
        self.asked: list[tuple[str, Any]] = []

    def ask_unsaved(self, parent: QWidget | None, name: str) -> CloseAnswer:
        self.asked.append(("unsaved", name))
        return self.unsaved_answer

    def offer_recovery(self, parent: QWidget | None, description: str) -> RecoveryAnswer:
        self.asked.append(("recovery", description))
        if isinstance(self.recover, str):
            return self.recover
        return "restore" if self.recover else "discard"

    def choose_changes(self, parent: QWidget | None, changes: list[Change]) -> list[str] | None:
        self.asked.append(("changes", changes))
        if self.accept_changes is None:
            return [c.pointer for c in changes if not c.user_edited]
        return list(self.accept_changes)

    def confirm_replace(self, parent: QWidget | None, path: str) -> bool:
        self.asked.append(("replace", path))
        return self.replace

    def ask_published(self, parent: QWidget | None, name: str, problem: str = "") -> str | None:
        self.asked.append(("published", problem))
        return self.published.pop(0) if self.published else None

    def error(self, parent: QWidget | None, message: str) -> None:
        self.asked.append(("error", message))

    def info(self, parent: QWidget | None, message: str) -> None:
        self.asked.append(("info", message))
