"""The open document: the report, its file, and the QUndoStack every change goes through.

Commands hold (pointer, old, new) in JSON form, never widgets or report copies. Widgets
call ``Document.set`` (or push a command); only commands call ``Document.apply``.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from editor.model.report import IncidentReport, Span, ValidationError, error_location, validate_value
from editor.ui.values import MISSING, get_value, is_under, remap_index, set_value, to_plain

TYPING_ID = 4201  # commands with this id merge while the user types in one field


class Document(QObject):
    """The report being edited, with its undo stack and file."""

    changed = Signal(str)  # the pointer whose value changed ("" = everything)
    reset = Signal()  # a different report was loaded

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report = IncidentReport()
        self.stack = QUndoStack(self)
        self.path: Path | None = None  # the project file, when saved
        self.origin: str | None = None  # the article/.docx the report came from
        self.session = uuid.uuid4().hex
        self.typing_session = 0  # bumped when the user leaves a field: ends an undo merge

    # --- reading -------------------------------------------------------------------------------
    def value(self, pointer: str, default: Any = None) -> Any:
        """The value at ``pointer`` in JSON form."""
        return get_value(self.report, pointer, default)

    def spans(self, pointer: str) -> list[Span]:
        """Evidence spans for ``pointer`` itself, else for the values inside it (list rows)."""
        own = self.report.evidence.get(pointer)
        if own:
            return list(own)
        found: list[Span] = []
        for key, spans in self.report.evidence.items():
            if is_under(key, pointer):
                found.extend(spans)
        return sorted(found, key=lambda s: s.start)

    def confidence(self, pointer: str) -> float | None:
        """The extractor's confidence for ``pointer``, if it gave one."""
        return self.report.confidence.get(pointer)

    def is_user_edited(self, pointer: str) -> bool:
        """The user typed this value (or one containing it)."""
        return any(is_under(pointer, p) for p in self.report.user_edited)

    # --- loading -------------------------------------------------------------------------------
    def load(self, report: IncidentReport, *, path: Path | None = None, origin: str | None = None) -> None:
        """Replace the report (opening a file is not an undoable edit)."""
        self.report = report
        self.path = path
        self.origin = origin
        self.stack.clear()
        self.stack.setClean()
        self.reset.emit()

    # --- writing -------------------------------------------------------------------------------
    def apply(self, pointer: str, value: Any) -> None:
        """Set a value and announce it. Only undo commands call this."""
        set_value(self.report, pointer, value)
        self.changed.emit(pointer)

    def check(self, pointer: str, value: Any) -> str | None:
        """Why ``value`` cannot go at ``pointer`` (one line), or None when it can."""
        old = self.value(pointer, MISSING)
        try:
            set_value(self.report, pointer, value)
        except ValidationError as exc:
            return error_location(exc)[1]
        except (KeyError, ValueError, TypeError) as exc:
            return str(exc)
        set_value(self.report, pointer, old)
        return None

    def set(self, pointer: str, value: Any, *, typed: bool = True, merge: bool = False, text: str = "") -> bool:
        """Push a command setting ``pointer`` to ``value``; False (nothing pushed) when invalid or unchanged."""
        old = self.value(pointer, MISSING)
        if to_plain(value) == old or self.check(pointer, value) is not None:
            return False
        self.stack.push(SetValueCommand(self, pointer, old, to_plain(value), typed=typed, merge=merge, text=text))
        return True

    def set_user_edited(self, pointer: str, edited: bool) -> None:
        """Add or remove ``pointer`` from ``user_edited`` (commands only)."""
        current = list(self.report.user_edited)
        if edited and pointer not in current:
            current.append(pointer)
        elif not edited and pointer in current:
            current.remove(pointer)
        else:
            return
        self.report.user_edited = current
        self.changed.emit("/user_edited")

    def meta_under(self, prefix: str) -> tuple[dict, dict, list[str]]:
        """Evidence, confidence and user_edited entries at or under ``prefix``."""
        rep = self.report
        evidence = {k: to_plain(v) for k, v in rep.evidence.items() if is_under(k, prefix)}
        confidence = {k: v for k, v in rep.confidence.items() if is_under(k, prefix)}
        edited = [p for p in rep.user_edited if is_under(p, prefix) and p != prefix]
        return evidence, confidence, edited

    def replace_meta(self, prefix: str, meta: tuple[dict, dict, list[str]]) -> None:
        """Swap the evidence/confidence/user_edited entries under ``prefix`` for ``meta`` (commands only)."""
        evidence, confidence, edited = meta
        rep = self.report
        new_ev = {k: to_plain(v) for k, v in rep.evidence.items() if not is_under(k, prefix)} | evidence
        new_conf = {k: v for k, v in rep.confidence.items() if not is_under(k, prefix)} | confidence
        keep = [p for p in rep.user_edited if not (is_under(p, prefix) and p != prefix)]
        rep.evidence = validate_value(IncidentReport, "evidence", new_ev)
        rep.confidence = new_conf
        rep.user_edited = keep + [p for p in edited if p not in keep]
        self.changed.emit("/evidence")

    def edit_list(self, pointer: str, new_list: list, mapping: dict[int, int | None], text: str) -> None:
        """Push a list change (add, remove, move rows); evidence follows the rows (``mapping``: old → new index)."""
        old_list = self.value(pointer, [])
        if new_list == old_list:
            return
        if self.check(pointer, new_list) is not None:
            return
        old_meta = self.meta_under(pointer)
        ev, conf, edited = old_meta
        new_ev = {}
        for key, spans in ev.items():
            moved = remap_index(key, pointer, mapping)
            if moved is not None:
                new_ev[moved] = spans
        new_conf = {}
        for key, score in conf.items():
            moved = remap_index(key, pointer, mapping)
            if moved is not None:
                new_conf[moved] = score
        new_edited = [m for m in (remap_index(p, pointer, mapping) for p in edited) if m is not None]
        self.stack.push(ListCommand(self, pointer, old_list, new_list, old_meta, (new_ev, new_conf, new_edited), text))


class SetValueCommand(QUndoCommand):
    """One value changed: (pointer, old, new); typing in one field merges into one step."""

    def __init__(self, doc: Document, pointer: str, old: Any, new: Any, *, typed: bool = True,
                 merge: bool = False, text: str = "", parent: QUndoCommand | None = None) -> None:
        super().__init__(text or pointer, parent)
        self.doc = doc
        self.pointer = pointer
        self.old = old
        self.new = new
        self.typed = typed
        self.merge = merge
        self.session = doc.typing_session
        self.was_edited = pointer in doc.report.user_edited

    def id(self) -> int:  # noqa: A003 - Qt API
        return TYPING_ID if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt API
        if not isinstance(other, SetValueCommand) or other.pointer != self.pointer or other.session != self.session:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.doc.apply(self.pointer, self.new)
        if self.typed:
            self.doc.set_user_edited(self.pointer, True)

    def undo(self) -> None:
        self.doc.apply(self.pointer, self.old)
        if self.typed and not self.was_edited:
            self.doc.set_user_edited(self.pointer, False)


class ListCommand(QUndoCommand):
    """Rows added, removed or moved: (pointer, old list, new list) plus the evidence that follows the rows."""

    def __init__(self, doc: Document, pointer: str, old: list, new: list, old_meta: tuple, new_meta: tuple,
                 text: str, parent: QUndoCommand | None = None) -> None:
        super().__init__(text, parent)
        self.doc, self.pointer, self.old, self.new = doc, pointer, old, new
        self.old_meta, self.new_meta = old_meta, new_meta
        self.was_edited = pointer in doc.report.user_edited

    def redo(self) -> None:
        self.doc.replace_meta(self.pointer, self.new_meta)
        self.doc.apply(self.pointer, self.new)
        # A list the user curated (rows added, removed, moved) is theirs: re-extraction must not replace it unasked.
        self.doc.set_user_edited(self.pointer, True)

    def undo(self) -> None:
        self.doc.replace_meta(self.pointer, self.old_meta)
        self.doc.apply(self.pointer, self.old)
        if not self.was_edited:
            self.doc.set_user_edited(self.pointer, False)


class EvidenceCommand(QUndoCommand):
    """Evidence spans of one pointer replaced (the user added a sentence as evidence)."""

    def __init__(self, doc: Document, pointer: str, new_spans: list[dict], text: str,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(text, parent)
        self.doc, self.pointer = doc, pointer
        self.old = [to_plain(s) for s in doc.report.evidence.get(pointer, [])] or MISSING
        self.new = new_spans

    def _put(self, spans: Any) -> None:
        evidence = {k: to_plain(v) for k, v in self.doc.report.evidence.items()}
        if spans is MISSING:
            evidence.pop(self.pointer, None)
        else:
            evidence[self.pointer] = spans
        self.doc.report.evidence = validate_value(IncidentReport, "evidence", evidence)
        self.doc.changed.emit("/evidence")

    def redo(self) -> None:
        self._put(self.new)

    def undo(self) -> None:
        self._put(self.old)


class ReplaceFieldsCommand(QUndoCommand):
    """A re-extraction accepted for some fields: one undo step holding (pointer, old, new) per field."""

    def __init__(self, doc: Document, changes: list[tuple[str, Any, Any]], old_meta: dict[str, tuple],
                 new_meta: dict[str, tuple], extra: list[tuple[str, Any, Any]], text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.changes = changes  # (pointer, old, new)
        self.old_meta, self.new_meta = old_meta, new_meta  # pointer → meta_under(pointer)
        self.extra = extra  # source fields (language, …) changed with the re-extraction

    def redo(self) -> None:
        for pointer, _old, new in self.extra + self.changes:
            self.doc.apply(pointer, new)
        for pointer, meta in self.new_meta.items():
            self.doc.replace_meta(pointer, meta)

    def undo(self) -> None:
        for pointer, old, _new in reversed(self.extra + self.changes):
            self.doc.apply(pointer, old)
        for pointer, meta in self.old_meta.items():
            self.doc.replace_meta(pointer, meta)
