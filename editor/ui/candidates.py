"""The alternatives of a field one click away: a small button beside the field opens a menu of the readings
the article supports (report.candidates), each with its confidence and its sentence; choosing one is one
undo step (value, evidence and confidence together)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QLabel, QMenu, QToolButton, QVBoxLayout, QWidget, QWidgetAction

from editor.model.report import Candidate
from editor.ui.article_view import evidence_text
from editor.ui.document import Document, EvidenceCommand, SetValueCommand
from editor.ui.icons import icon
from editor.ui.labels import enum_labels
from editor.ui.values import to_plain

SENTENCE_CHARS = 150
ROW_WIDTH = 440


def why_text(features: list[str]) -> str:
    """The reasons a value's confidence is low, as the tooltip says them."""
    reasons = {
        "engine": QCoreApplication.translate("Candidates", "the extractor's own score is low"),
        "sentences": QCoreApplication.translate("Candidates", "few sentences support it"),
        "early": QCoreApplication.translate("Candidates", "not stated in the headline or the lead"),
        "context": QCoreApplication.translate("Candidates", "the article also tells of other incidents"),
        "length": QCoreApplication.translate("Candidates", "a long article"),
        "repeated": QCoreApplication.translate("Candidates", "the article rarely repeats it"),
        "no_evidence": QCoreApplication.translate("Candidates", "no sentence states it"),
    }
    said = [reasons[f] for f in features if f in reasons]
    return QCoreApplication.translate("Candidates", "Why: %1.").replace("%1", "; ".join(said)) if said else ""


class ConfidenceCommand(QUndoCommand):
    """The confidence of one pointer replaced (a chosen candidate brings its own)."""

    def __init__(self, doc: Document, pointer: str, new: float | None, parent: QUndoCommand | None = None) -> None:
        super().__init__(parent)
        self.doc, self.pointer, self.new = doc, pointer, new
        self.old = doc.report.confidence.get(pointer)

    def _put(self, value: float | None) -> None:
        scores = dict(self.doc.report.confidence)
        if value is None:
            scores.pop(self.pointer, None)
        else:
            scores[self.pointer] = value
        self.doc.report.confidence = scores
        self.doc.changed.emit("/confidence")

    def redo(self) -> None:
        self._put(self.new)

    def undo(self) -> None:
        self._put(self.old)


def choose(doc: Document, pointer: str, candidate: Candidate) -> bool:
    """Put ``candidate`` in the field: value, its sentences as evidence, its confidence — one undo step."""
    old = doc.value(pointer)
    value = to_plain(candidate.value)
    if value == old or doc.check(pointer, value) is not None:
        return False
    label = QCoreApplication.translate("Candidates", "Choose “%1”").replace("%1", display(pointer, value))
    doc.stack.push(ChooseCommand(label, [
        SetValueCommand(doc, pointer, old, value, typed=True, text=label),
        EvidenceCommand(doc, pointer, [to_plain(s) for s in candidate.evidence], label),
        ConfidenceCommand(doc, pointer, candidate.confidence),
    ]))
    return True


class ChooseCommand(QUndoCommand):
    """A candidate chosen: its value, evidence and confidence commands as one undo step."""

    def __init__(self, text: str, parts: list[QUndoCommand]) -> None:
        super().__init__(text)
        self.parts = parts  # held here, not as Qt children: Python owns them for as long as the step lives

    def redo(self) -> None:
        for part in self.parts:
            part.redo()

    def undo(self) -> None:
        for part in reversed(self.parts):
            part.undo()


_ENUMS = {"/organization/sector": "Sector", "/ransom/status": "RansomStatus", "/incident/type": "IncidentType",
          "/impact/data_exfiltration": "DataExfiltration"}


def display(pointer: str, value: Any) -> str:
    """A candidate's value as the form shows it (an enumeration by its label)."""
    if pointer in _ENUMS:
        return enum_labels(_ENUMS[pointer]).get(str(value), str(value))
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}".replace(",", "\u202f")
    if isinstance(value, int):
        return f"{value:,}".replace(",", "\u202f")
    return str(value)


class _Row(QLabel):
    """One menu row: the value and its confidence, the sentence under it in a smaller grey line."""

    def __init__(self, pointer: str, candidate: Candidate, chosen: bool, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        sentence = evidence_text(text, candidate.evidence, SENTENCE_CHARS) if candidate.evidence else ""
        if not sentence:
            sentence = QCoreApplication.translate("Candidates", "no supporting sentence")
        percent = QCoreApplication.translate("Candidates", "%1 %").replace("%1", str(round(candidate.confidence * 100)))
        tick = "<span style='color:palette(highlight)'>✓</span>&nbsp;" if chosen else ""
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(f"<table width='100%' cellspacing='0' cellpadding='0'><tr>"
                     f"<td>{tick}<b>{_escape(display(pointer, candidate.value))}</b></td>"
                     f"<td align='right' style='color:#5b6b7a'>{_escape(percent)}</td></tr></table>"
                     f"<div style='color:#6b7785; font-size:small; margin-top:2px'>{_escape(sentence)}</div>")
        self.setWordWrap(True)
        self.setFixedWidth(ROW_WIDTH)
        self.setContentsMargins(10, 6, 10, 6)
        self.setObjectName("candidateRow")
        self.setToolTip(QCoreApplication.translate("Candidates", "Use this value"))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class CandidateButton(QToolButton):
    """The button beside a field that opens its candidates; hidden when the article supports one reading only."""

    def __init__(self, doc: Document, pointer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.pointer = doc, pointer
        self.setIcon(icon("candidates"))
        self.setAutoRaise(True)
        self.setFixedSize(22, 22)
        self.setToolTip(self.tr("Other readings the article supports"))
        self.setAccessibleName(self.tr("Alternatives"))
        self.setObjectName("candidates:" + pointer)
        self.menu_ = QMenu(self)
        self.menu_.setObjectName("candidateMenu")
        # The active row takes a light tint of the accent blue: its text stays readable in light and dark themes.
        self.menu_.setStyleSheet("QMenu#candidateMenu { padding: 4px 0; }"
                                 " QLabel#candidateRow { border-radius: 4px; }"
                                 " QLabel#candidateRow[active=\"true\"] { background: rgba(47, 111, 196, 0.14); }")
        # The row under the mouse or the arrow keys: QMenu does not paint a widget action's highlight itself.
        self.menu_.hovered.connect(self._mark)
        self._rows: dict[QWidgetAction, _Row] = {}
        self.clicked.connect(self.show_menu)
        self.refresh()

    def show_menu(self) -> None:
        """Open the menu under the field, its right edge on the button's (it reads beside the value)."""
        self.fill()
        width = self.menu_.sizeHint().width()
        self.menu_.popup(self.mapToGlobal(QPoint(self.width() - width, self.height())))

    def candidates(self) -> list[Candidate]:
        """The field's candidates (none when the user typed the value)."""
        return list(self.doc.report.candidates.get(self.pointer, []))

    def refresh(self) -> None:
        """Show the button only when there is something to choose."""
        self.setVisible(len(self.candidates()) > 1)

    def fill(self) -> None:
        """Rebuild the menu from the current candidates."""
        self.menu_.clear()
        self._rows = {}
        title = QWidgetAction(self.menu_)
        head = QLabel(self.tr("What the article supports"))
        head.setContentsMargins(10, 4, 10, 4)
        head.setStyleSheet("color: #5b6b7a; font-weight: 600;")
        title.setDefaultWidget(head)
        title.setEnabled(False)
        self.menu_.addAction(title)
        self.menu_.addSeparator()
        current = to_plain(self.doc.value(self.pointer))
        text = self.doc.report.source.text
        for candidate in self.candidates():
            action = QWidgetAction(self.menu_)
            holder = QWidget(self.menu_)
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            row = _Row(self.pointer, candidate, to_plain(candidate.value) == current, text, holder)
            layout.addWidget(row)
            self._rows[action] = row
            action.setDefaultWidget(holder)
            action.triggered.connect(lambda _c=False, c=candidate: choose(self.doc, self.pointer, c))
            self.menu_.addAction(action)

    def _mark(self, active: object) -> None:
        for action, row in self._rows.items():
            on = action is active
            if row.property("active") != on:
                row.setProperty("active", on)
                row.style().unpolish(row)
                row.style().polish(row)

    def active_row(self) -> QLabel | None:
        """The highlighted row, if any."""
        return next((row for row in self._rows.values() if row.property("active")), None)

    def actions_for_test(self) -> list[QWidgetAction]:
        """The menu's candidate actions (after ``fill``), in order."""
        return [a for a in self.menu_.actions() if isinstance(a, QWidgetAction) and a.isEnabled()]
