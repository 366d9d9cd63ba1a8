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

    def offer_recovery(self, parent: QWidget | None, description: str) -> bool:
        """Restore an autosaved document left by a crash?"""
        return False

    def choose_changes(self, parent: QWidget | None, changes: list[Change]) -> list[str] | None:
        """Which of a re-extraction's changes to apply (pointers), None to cancel."""
        return None

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

    def offer_recovery(self, parent: QWidget | None, description: str) -> bool:
        from PySide6.QtWidgets import QMessageBox  # loaded when a dialog is first needed

        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("Prompts", "Recover unsaved work"),
                          QCoreApplication.translate(
                              "Prompts", "The editor was not closed properly. Restore the autosaved document?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
        box.setInformativeText(description)
        box.button(QMessageBox.StandardButton.Yes).setText(QCoreApplication.translate("Prompts", "Restore"))
        box.button(QMessageBox.StandardButton.No).setText(QCoreApplication.translate("Prompts", "Discard"))
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


class FakePrompts(Prompts):
    """Scripted answers for tests; records what was asked."""

    def __init__(self, unsaved_answer: CloseAnswer = "cancel", recover: bool = False,
                 accept_changes: list[str] | None = None, published: list[str] | None = None) -> None:
        self.unsaved_answer = unsaved_answer
        self.recover = recover
        self.accept_changes = accept_changes  # None = accept every proposed change not typed by the user
        self.published = list(published or [])  # answers to the publication-date question, in turn
        self.asked: list[tuple[str, Any]] = []

    def ask_unsaved(self, parent: QWidget | None, name: str) -> CloseAnswer:
        self.asked.append(("unsaved", name))
        return self.unsaved_answer

    def offer_recovery(self, parent: QWidget | None, description: str) -> bool:
        self.asked.append(("recovery", description))
        return self.recover

    def choose_changes(self, parent: QWidget | None, changes: list[Change]) -> list[str] | None:
        self.asked.append(("changes", changes))
        if self.accept_changes is None:
            return [c.pointer for c in changes if not c.user_edited]
        return list(self.accept_changes)

    def ask_published(self, parent: QWidget | None, name: str, problem: str = "") -> str | None:
        self.asked.append(("published", problem))
        return self.published.pop(0) if self.published else None

    def error(self, parent: QWidget | None, message: str) -> None:
        self.asked.append(("error", message))

    def info(self, parent: QWidget | None, message: str) -> None:
        self.asked.append(("info", message))
