"""Single-value form fields bound to a report pointer: text, numbers, dates, choices.

Each binding reads its value from the Document and pushes a command when the user edits;
it never writes the model itself. Typing in one field merges into one undo step.
"""

from __future__ import annotations

import re
from typing import Any, Callable

import msgspec
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRegularExpression, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette, QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from editor.model.report import DATE_PATTERN, DATETIME_PATTERN, PARTIAL_WHEN_PATTERN
from editor.ui.article_view import evidence_text
from editor.ui.candidates import CandidateButton, why_text
from editor.ui.document import Document
from editor.ui.icons import icon
from editor.ui.labels import enum_labels, unknown_label
from editor.ui.values import is_empty
from editor.ui.when_input import DATE_KINDS, read_typed, zone_text

LOW_CONFIDENCE = 0.6
NOT_EXTRACTED = ("/report/", "/source/", "/sources")  # metadata: never backed by article sentences

# Validators accept prefixes as "intermediate", so typing is never blocked; only complete values are pushed.
# Date fields have none: "17/10/2023 2h30", "mardi" are read when the user leaves the field (when_input).
FORMATS = {
    "date": (r"\d{4}-\d{2}-\d{2}", DATE_PATTERN),
    "datetime": (r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?", DATETIME_PATTERN),
    "partial": (r"\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?)?)?", PARTIAL_WHEN_PATTERN),
    "int": (r"\d{0,9}", r"^\d{1,9}$"),
    "float": (r"\d{0,12}([.,]\d{0,4})?", r"^\d{1,12}([.,]\d{1,4})?$"),
    "country": (r"[A-Za-z]{0,2}", r"^[A-Za-z]{2}$"),
    "currency": (r"[A-Za-z]{0,3}", r"^[A-Za-z]{3}$"),
}


# Fields read when the user leaves them (or presses Enter), keeping what cannot be read with the reason.
READ_ON_LEAVING = (*DATE_KINDS, "timezone")

# Dates with a time read "2023-10-17 02:30" in fields and tables; the model keeps ISO 8601's "T".
_SPACED_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})")
_ISO_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})")


class FieldSpec(msgspec.Struct, frozen=True):
    """One form field: where its value lives and how it is edited."""

    pointer: str
    label: str
    kind: str = "text"  # text, multiline, int, float, date, datetime, partial, country, currency, enum, bool
    choices: str | None = None  # enumeration name for enum fields (see labels.enum_labels)
    optional: bool = True
    placeholder: str = ""
    # Text shown greyed while the field is empty, computed from the report (e.g. the summary the report
    # will print when the user writes none).
    suggestion: Callable[[Any], str] | None = None
    # The value goes to the window (``FieldBinding.entered``) rather than straight to the model: the
    # publication date re-resolves the relative dates through the re-extraction review.
    review: bool = False


def parse_text(kind: str, text: str, optional: bool = True) -> tuple[bool, Any]:
    """(valid, value) for text typed in a field of ``kind``; empty means unknown."""
    text = text.strip()
    if not text:
        return True, (None if optional else "")
    if kind in ("text", "multiline"):
        return True, text
    if kind in ("datetime", "partial"):
        text = _SPACED_TIME.sub(r"\1T\2", text)
    pattern = FORMATS.get(kind)
    if pattern and not re.match(pattern[1], text):
        return False, None
    if kind == "int":
        return True, int(text)
    if kind == "float":
        return True, float(text.replace(",", "."))
    if kind in ("country", "currency"):
        return True, text.upper()
    if kind == "timezone":  # an IANA name this machine's time-zone data knows
        from editor.model.timezones import get_zone

        return get_zone(text) is not None, text
    return True, text



def format_value(kind: str, value: Any) -> str:
    """A model value as field text."""
    if value is None:
        return ""
    if kind == "float" and isinstance(value, float) and value.is_integer():
        return str(int(value))
    if kind in ("datetime", "partial") and isinstance(value, str):
        return _ISO_TIME.sub(r"\1 \2", value)
    return str(value)


def evidence_status(doc: Document, pointer: str) -> tuple[bool, str]:
    """(needs a marker, why) for the value at ``pointer``."""
    if pointer == "/source/published" and not doc.report.source.published and doc.report.source.text.strip():
        return True, QCoreApplication.translate("Evidence", "The article gives no publication date: relative dates "
                                                            "(“yesterday”, “Tuesday”) cannot be resolved. Enter it.")
    if is_empty(doc.value(pointer)) or doc.is_user_edited(pointer) or pointer.startswith(NOT_EXTRACTED):
        return False, ""
    spans = doc.spans(pointer)
    score = doc.confidence(pointer)
    if not spans:
        return True, QCoreApplication.translate("Evidence", "No supporting sentence in the article: check this value.")
    if score is not None and score < LOW_CONFIDENCE:
        why = QCoreApplication.translate("Evidence", "Low confidence (%1 %): check this value.")
        why = why.replace("%1", str(round(score * 100)))
        reasons = why_text(doc.report.confidence_why.get(pointer, []))
        return True, f"{why}\n{reasons}" if reasons else why
    return False, ""


def _zone_completer(parent: QObject) -> QCompleter:
    from zoneinfo import available_timezones

    completer = QCompleter(sorted(available_timezones()), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


HINT_DELAY_MS = 40  # after the first paint of the values


class _HintTask(QRunnable):
    """Computes a field's greyed suggestion from a copy of the report, off the UI thread."""

    def __init__(self, suggestion: Callable[[Any], str], report: Any, token: int, done: Any) -> None:
        super().__init__()
        self.suggestion, self.report, self.token, self.done = suggestion, report, token, done

    def run(self) -> None:
        try:
            hint = self.suggestion(self.report)
        except Exception:  # noqa: BLE001 - a hint must never break the form
            hint = ""
        try:
            self.done.emit(self.token, hint or "")
        except RuntimeError:  # the field was closed meanwhile
            pass


class FieldBinding(QObject):
    """An editor widget bound to one pointer, with its evidence marker."""

    focused = Signal(str)
    entered = Signal(str, object)  # pointer, value: a field with ``review`` was given a new value
    _hint_done = Signal(int, str)  # token, hint: from the hint task back to the UI thread

    def __init__(self, doc: Document, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.spec = doc, spec
        self._updating = False
        self._hint_queued = False
        self._hint_token = 0
        self._hint_answered = 0  # the newest token whose hint came back
        self._hint_done.connect(self._note_answer)
        self._hint_done.connect(self._show_hint)
        self._rejected_over: Any = None  # the model value under text that could not be read
        doc.reset.connect(self._forget_rejected)  # another report: text typed for the last one goes
        self.container = QWidget(parent)
        column = QVBoxLayout(self.container)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        column.addLayout(layout)
        self.editor = self._make_editor()
        self.editor.setAccessibleName(spec.label)
        self.editor.setObjectName("field:" + spec.pointer)
        self.editor.installEventFilter(self)
        self.marker = QLabel(self.container)
        self.marker.setPixmap(icon("marker").pixmap(12, 12))
        self.marker.setFixedWidth(14)
        self.marker.setAccessibleName(self.tr("Check this value"))
        self.choices = CandidateButton(doc, spec.pointer, self.container)  # the alternatives, one click away
        layout.addWidget(self.editor, 1)
        # Times are the organisation's local time: its zone stands next to them.
        self.zone: QLabel | None = None
        if spec.kind in ("datetime", "partial"):
            self.zone = QLabel(self.container)
            self.zone.setObjectName("zone:" + spec.pointer)
            self.zone.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            layout.addWidget(self.zone, 0, Qt.AlignmentFlag.AlignVCenter)
            doc.changed.connect(self._zone_changed)
            doc.reset.connect(self.refresh_zone)
            QTimer.singleShot(0, self.refresh_zone)  # after the first paint: the zone data loads on first use
        layout.addWidget(self.choices, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.marker, 0, Qt.AlignmentFlag.AlignVCenter)
        # Why the text typed could not be read: shown under the field, which keeps the text.
        self.message = QLabel(self.container)
        self.message.setObjectName("message:" + spec.pointer)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b;")
        self.message.hide()
        column.addWidget(self.message)
        self.refresh()

    # --- widgets -------------------------------------------------------------------------------
    def _make_editor(self) -> QWidget:
        kind = self.spec.kind
        if kind in ("enum", "bool"):
            combo = QComboBox()
            if self.spec.optional:
                combo.addItem(unknown_label(), None)
            labels = enum_labels("Bool" if kind == "bool" else self.spec.choices or "")
            for value, label in labels.items():
                combo.addItem(label, {"true": True, "false": False}.get(value, value) if kind == "bool" else value)
            combo.activated.connect(lambda _i: self._commit(merge=False))
            return combo
        if kind == "multiline":
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(84)
            edit.setPlaceholderText(self.spec.placeholder)
            edit.textChanged.connect(lambda: self._commit(merge=True))
            return edit
        line = QLineEdit()
        line.setPlaceholderText(self.spec.placeholder)
        if kind in READ_ON_LEAVING:
            line.editingFinished.connect(self._finish_reading)
        elif kind in FORMATS:
            line.setValidator(QRegularExpressionValidator(QRegularExpression(FORMATS[kind][0]), line))
        line.textEdited.connect(lambda _t: self._commit(merge=True))
        return line

    def text(self) -> str:
        """What the editor shows."""
        if isinstance(self.editor, QPlainTextEdit):
            return self.editor.toPlainText()
        if isinstance(self.editor, QComboBox):
            return self.editor.currentText()
        return self.editor.text()

    def _read(self) -> tuple[bool, Any]:
        if isinstance(self.editor, QComboBox):
            return True, self.editor.currentData()
        return parse_text(self.spec.kind, self.text(), self.spec.optional)

    def _commit(self, merge: bool) -> None:
        if self._updating:
            return
        valid, value = self._read()
        if self.spec.kind in READ_ON_LEAVING:
            # While typing, only a complete value goes in; anything else is read on leaving the field.
            if valid and not self.spec.review:
                self._show_message("")
                self._push(value, merge)
            return
        self._set_invalid(not valid)
        if valid:
            self._push(value, merge)

    def _push(self, value: Any, merge: bool) -> None:
        text = self.tr("Edit “%1”").replace("%1", self.spec.label)
        self.doc.set(self.spec.pointer, value, typed=True, merge=merge, text=text)

    def _finish_reading(self) -> None:
        """The user left a date or zone field (or pressed Enter): read what they typed, or say why it cannot be."""
        if self._updating:
            return
        current = self.doc.value(self.spec.pointer)
        if self.spec.kind == "timezone":
            read, value = parse_text("timezone", self.text(), self.spec.optional)
            why = "" if read else self.tr("“%1” is no time zone name: pick one from the list (e.g. Europe/Brussels).") \
                .replace("%1", self.text().strip())
        else:
            read, value, why = read_typed(self.doc, self.spec.kind, self.text(), current)
        if not read:
            self._rejected_over = current
            self._show_message(why)  # the text stays as typed; the model is unchanged
            return
        self._show_message("")
        if value is None and not self.spec.optional:
            value = ""
        if self.spec.review:
            if value != current:
                self.entered.emit(self.spec.pointer, value)
            return
        self._push(value, merge=True)
        if self.doc.value(self.spec.pointer) == value:
            self._updating = True
            try:  # show what was understood, in the field's own format
                self.editor.setText(format_value(self.spec.kind, self.doc.value(self.spec.pointer)))
            finally:
                self._updating = False

    def _show_message(self, why: str) -> None:
        self._set_invalid(bool(why))
        self.message.setText(why)
        self.message.setVisible(bool(why))
        # The form row grows to the wrapped message (or shrinks back): its height depends on its width.
        self.container.layout().invalidate()
        self.container.updateGeometry()
        if not why:
            self._rejected_over = None
            self.refresh_evidence()
        else:
            self.editor.setToolTip(why)

    def _forget_rejected(self) -> None:
        if not self.message.isHidden():
            self._show_message("")
            self.refresh()

    def _zone_changed(self, pointer: str) -> None:
        if pointer in ("", self.spec.pointer) or pointer.startswith("/organization"):
            self.refresh_zone()

    def refresh_zone(self) -> None:
        """Show the organisation's time zone next to the field, with its offset at the field's time."""
        if self.zone is not None:
            value = self.doc.value(self.spec.pointer)
            at = value if isinstance(value, str) and "T" in value else None
            # Beside the field the city is enough (the field keeps its width); the tooltip names the zone.
            self.zone.setText(zone_text(self.doc, at, short=True))
            self.zone.setToolTip(zone_text(self.doc, at) + "\n" + self.tr(
                "Times are the organisation’s local time (its country’s time zone unless one is set)."))

    def _set_invalid(self, invalid: bool) -> None:
        if self.editor.property("invalid") != invalid:
            self.editor.setProperty("invalid", invalid)
            self.editor.setStyleSheet("border: 1px solid #c0392b;" if invalid else "")

    # --- model → widget ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the model's value, marker and evidence tooltip."""
        value = self.doc.value(self.spec.pointer)
        self._updating = True
        try:
            if isinstance(self.editor, QComboBox):
                index = self.editor.findData(value)
                self.editor.setCurrentIndex(index if index >= 0 else (0 if self.spec.optional else -1))
            elif not self.message.isHidden() and value == self._rejected_over:
                pass  # text the user typed and that could not be read stays until they change it
            else:
                if not self.message.isHidden():
                    self._show_message("")
                valid, current = self._read()
                if not (valid and current == value):
                    text = format_value(self.spec.kind, value)
                    if isinstance(self.editor, QPlainTextEdit):
                        self.editor.setPlainText(text)
                    else:
                        self.editor.setText(text)
                        if not self.editor.hasFocus():  # a long value shows its start, not its end
                            self.editor.setCursorPosition(0)
                    self._set_invalid(False)
        finally:
            self._updating = False
        self.queue_hint()
        self.refresh_evidence()

    def queue_hint(self) -> None:
        """Recompute the greyed suggestion soon (it depends on other values, so any edit may change it)."""
        if self.spec.suggestion is not None and hasattr(self.editor, "setPlaceholderText") and not self._hint_queued:
            # A suggestion may need the report's formatter (the first use of Babel's date formats costs
            # ~0.1 s): it follows shortly after the values, so opening a file shows them first.
            self._hint_queued = True
            QTimer.singleShot(HINT_DELAY_MS, self._refresh_hint)

    def _refresh_hint(self) -> None:
        # The suggestion is computed in the thread pool from a copy of the report: its first run loads
        # Babel's locale data and local time zone (~0.15 s) and the form must stay responsive meanwhile.
        # A later edit makes a newer token, and an older answer arriving late is dropped.
        self._hint_queued = False
        self._hint_token += 1
        assert self.spec.suggestion is not None
        QThreadPool.globalInstance().start(
            _HintTask(self.spec.suggestion, self.doc.report.deep_copy(), self._hint_token, self._hint_done))

    def _note_answer(self, token: int, _hint: str) -> None:
        self._hint_answered = max(self._hint_answered, token)

    def hint_pending(self) -> bool:
        """A generated hint is queued or being computed: what the field shows will still change."""
        return self._hint_queued or self._hint_answered < self._hint_token

    def _show_hint(self, token: int, hint: str) -> None:
        if token == self._hint_token:
            self.editor.setPlaceholderText(hint or self.spec.placeholder)

    def refresh_evidence(self) -> None:
        """Update the marker and the tooltip showing the source sentence."""
        flagged, why = evidence_status(self.doc, self.spec.pointer)
        # The marker keeps its place when clear, so fields do not change width.
        self.marker.setPixmap(icon("marker").pixmap(12, 12) if flagged else QPixmap())
        self.marker.setToolTip(why)
        self.flagged = flagged
        self.choices.refresh()
        spans = self.doc.spans(self.spec.pointer)
        sentence = evidence_text(self.doc.report.source.text, spans) if spans else ""
        tip = self.tr("Source: “%1”").replace("%1", sentence) if sentence else ""
        if self.doc.is_user_edited(self.spec.pointer):
            tip = (tip + "\n" if tip else "") + self.tr("Typed by you: re-extraction keeps this value.")
        if not self.message.isHidden():
            tip = self.message.text()
        self.editor.setToolTip(tip)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and (
                event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)):
            # Undo belongs to the document: the editor's private undo would fork the history.
            event.ignore()
            return True
        if event.type() == QEvent.Type.FocusIn:
            if self.spec.kind == "timezone" and isinstance(self.editor, QLineEdit) and self.editor.completer() is None:
                self.editor.setCompleter(_zone_completer(self.editor))  # built when first needed
            self.focused.emit(self.spec.pointer)
        elif event.type() == QEvent.Type.FocusOut:
            self.doc.typing_session += 1  # the next keystroke starts a new undo step
            if self.spec.kind not in READ_ON_LEAVING and watched.property("invalid"):
                self.refresh()  # an incomplete number goes back to the stored value
        return False
