"""A text field whose value, until the user writes one, is generated from the rest of the form.

The generated text (e.g. the executive summary the report prints) shows as real, editable text,
in italics with a caption saying it is generated, and follows the form while the field is the
form's. The first keystroke edits that text instead of wiping it, and from then on the value is
the user's: it is never replaced, until the user asks for the generated text again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QToolButton, QVBoxLayout, QWidget

from editor.ui.document import Document
from editor.ui.fields import FieldBinding, FieldSpec
from editor.ui.values import is_empty


class UseGeneratedCommand(QUndoCommand):
    """The field goes back to the generated text: its value cleared and no longer marked as typed."""

    def __init__(self, doc: Document, pointer: str, text: str) -> None:
        super().__init__(text)
        self.doc, self.pointer = doc, pointer
        self.old = doc.value(pointer)
        self.was_edited = pointer in doc.report.user_edited

    def redo(self) -> None:
        self.doc.apply(self.pointer, None)
        self.doc.set_user_edited(self.pointer, False)

    def undo(self) -> None:
        self.doc.apply(self.pointer, self.old)
        self.doc.set_user_edited(self.pointer, self.was_edited)


class SuggestedTextBinding(FieldBinding):
    """A multi-line field showing its generated text as editable text while the user has written none."""

    generated_text = ""  # the newest generated text

    def __init__(self, doc: Document, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(doc, spec, parent)
        # A generated summary is a paragraph: room for eight lines, not the five of a short note.
        self.editor.setFixedHeight(self.editor.fontMetrics().lineSpacing() * 8 + 12)
        inner = self.container
        self.caption = QLabel(self.tr("Generated from the form: it follows the form until you edit it."))
        self.caption.setObjectName("generatedCaption")
        self.caption.setWordWrap(True)
        font = self.caption.font()
        font.setItalic(True)
        font.setPointSizeF(font.pointSizeF() * 0.92)
        self.caption.setFont(font)
        self.use_generated = QToolButton()
        self.use_generated.setObjectName("useGenerated")
        self.use_generated.setText(self.tr("Use the generated text"))
        self.use_generated.setToolTip(self.tr("Replace your text with the text generated from the form"))
        self.use_generated.clicked.connect(self.restore_generated)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 18, 0)
        row.addWidget(self.caption, 1)
        row.addWidget(self.use_generated)
        self.container = QWidget(parent)
        outer = QVBoxLayout(self.container)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        outer.addWidget(inner)
        outer.addLayout(row)
        self._show_mode()

    def is_generated(self) -> bool:
        """The field shows the generated text: the user has not written this value."""
        return is_empty(self.doc.value(self.spec.pointer)) and not self.doc.is_user_edited(self.spec.pointer)

    def text(self) -> str:
        """What the editor shows, with its no-break spaces (toPlainText would make them plain spaces)."""
        raw = self.editor.document().toRawText()
        return raw.replace("\u2029", "\n").replace("\u2028", "\n")

    def _read(self) -> tuple[bool, Any]:
        if self.is_generated() and self.text() == self.generated_text:
            return True, None  # the generated text on screen is not a value the user wrote
        return super()._read()

    def refresh(self) -> None:
        """Show the user's value, or the newest generated text while there is none."""
        if self.is_generated():
            self._put(self.generated_text)
            self.queue_hint()
            self.refresh_evidence()
        else:
            if self.text() == self.generated_text and is_empty(self.doc.value(self.spec.pointer)):
                self._put("")  # written empty by the user (or undone to it): not the generated text
            super().refresh()
        self._show_mode()

    def refresh_evidence(self) -> None:
        """Also follow a change of the typed mark alone (an undo clears it after the value)."""
        super().refresh_evidence()
        if self.is_generated():
            self._put(self.generated_text)
        self._show_mode()

    def _put(self, text: str) -> None:
        if self.text() == text:
            return
        self._updating = True
        try:
            assert isinstance(self.editor, QPlainTextEdit)
            self.editor.setPlainText(text)
        finally:
            self._updating = False

    def _show_hint(self, token: int, hint: str) -> None:
        if token != self._hint_token:
            return  # an answer to an older state of the form
        self.generated_text = hint
        if self.is_generated():
            self._put(hint)
        # Emptied by the user, the field still says what the report prints instead.
        self.editor.setPlaceholderText(hint or self.spec.placeholder)
        self._show_mode()

    def _show_mode(self) -> None:
        if not hasattr(self, "caption"):
            return  # the first refresh runs before the caption exists
        generated = self.is_generated()
        font = self.editor.font()
        if font.italic() != generated:
            font.setItalic(generated)
            self.editor.setFont(font)
        self.caption.setVisible(generated and bool(self.generated_text))
        self.use_generated.setVisible(not generated)

    def restore_generated(self) -> None:
        """Drop the user's text for the generated one (one undo step); the field follows the form again."""
        self.doc.stack.push(UseGeneratedCommand(self.doc, self.spec.pointer,
                                                self.tr("Use the generated “%1”").replace("%1", self.spec.label)))
