"""List values as real tables (model/view) with add, remove and reorder, all through the undo stack."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import msgspec
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QPalette, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.ui.article_view import evidence_text
from editor.ui.document import Document
from editor.ui.fields import FORMATS, evidence_status, format_value, parse_text
from editor.ui.icons import icon
from editor.ui.labels import enum_labels, unknown_label
from editor.ui.theme import AMBER
from editor.ui.values import is_under
from editor.ui.when_input import DATE_KINDS, read_typed, zone_text

AnyIndex = QModelIndex | QPersistentModelIndex


DATE_SAMPLES = {"date": "2023-10-17", "datetime": "2023-10-17 02:30", "partial": "2023-10-17 02:30"}


class Column(msgspec.Struct, frozen=True):
    """One table column: the row key it edits (None for a list of strings) and how."""

    key: str | None
    header: str
    kind: str = "text"  # text, enum, bool, date, datetime, partial, int; "known" = text or one of ``choices``
    choices: str | None = None
    optional: bool = True
    width: int = 0


class ListModel(QAbstractTableModel):
    """The list at ``pointer`` as a table; edits become commands."""

    rejected = Signal(int, int, str, str)  # row, column, the text typed, why it could not be read

    def __init__(self, doc: Document, pointer: str, columns: list[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.doc, self.pointer, self.columns = doc, pointer, columns
        self.rows: list[Any] = list(doc.value(pointer, []) or [])

    def cell_pointer(self, row: int, column: int | None = None) -> str:
        """The pointer of a row, or of one cell."""
        base = f"{self.pointer}/{row}"
        key = self.columns[column].key if column is not None else None
        return f"{base}/{key}" if key else base

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role in (Qt.ItemDataRole.DisplayRole,
                                                                 Qt.ItemDataRole.ToolTipRole):
            return self.columns[section].header  # the tooltip gives a narrowed column's whole title
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def raw(self, row: int, column: int) -> Any:
        """The cell's model value."""
        item = self.rows[row]
        key = self.columns[column].key
        return item if key is None else (item.get(key) if isinstance(item, dict) else None)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        col = self.columns[index.column()]
        value = self.raw(index.row(), index.column())
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col.kind == "enum":
                return enum_labels(col.choices or "").get(value, "") if value is not None else ""
            if col.kind == "known":  # "medical_records" reads "Medical records"; anything else as typed
                return enum_labels(col.choices or "").get(value, value or "") if isinstance(value, str) else ""
            if col.kind == "bool":
                return "" if value is None else enum_labels("Bool")["true" if value else "false"]
            return format_value(col.kind, value)
        if role == Qt.ItemDataRole.ToolTipRole:
            spans = self.doc.spans(self.cell_pointer(index.row(), index.column())) or self.doc.spans(
                self.cell_pointer(index.row()))
            tip = evidence_text(self.doc.report.source.text, spans) if spans else ""
            flagged, why = evidence_status(self.doc, self.cell_pointer(index.row()))
            parts = [self.tr("Source: “%1”").replace("%1", tip) if tip else "", why if flagged else ""]
            return "\n".join(p for p in parts if p) or None
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            flagged, _why = evidence_status(self.doc, self.cell_pointer(index.row()))
            return icon("marker") if flagged else None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0:
            flagged, _why = evidence_status(self.doc, self.cell_pointer(index.row()))
            return QBrush(QColor(AMBER)) if flagged and not value else None
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        col = self.columns[index.column()]
        if col.kind == "known":
            value = str(value or "").strip()
        elif col.kind in DATE_KINDS:
            typed = str(value or "")
            read, value, why = read_typed(self.doc, col.kind, typed, self.raw(index.row(), index.column()))
            if not read:  # the editor opens again with the text; nothing is stored, nothing is lost
                self.rejected.emit(index.row(), index.column(), typed, why)
                return False
        elif col.kind not in ("enum", "bool"):
            valid, value = parse_text(col.kind, str(value or ""), col.optional)
            if not valid:
                return False
        if value is None and not col.optional:
            return False
        text = self.tr("Edit %1").replace("%1", col.header)
        return self.doc.set(self.cell_pointer(index.row(), index.column()), value, typed=True, text=text)

    def reload(self, pointer: str) -> None:
        """Follow a change at ``pointer`` (a cell, or the whole list)."""
        rows = list(self.doc.value(self.pointer, []) or [])
        if pointer != self.pointer and is_under(pointer, self.pointer) and len(rows) == len(self.rows):
            self.rows = rows
            row = int(pointer[len(self.pointer) + 1:].split("/")[0])
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def refresh_decorations(self) -> None:
        """Evidence or user_edited changed: repaint markers and tooltips."""
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))


class CellDelegate(QStyledItemDelegate):
    """Combo boxes for choices, validated line edits for dates and numbers."""

    def __init__(self, columns: list[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.pending: dict[tuple[int, int], str] = {}  # text typed in a cell that could not be read

    def createEditor(self, parent: QWidget, option: Any, index: AnyIndex) -> QWidget:  # noqa: N802
        col = self.columns[index.column()]
        if col.kind in ("enum", "bool", "known"):
            combo = QComboBox(parent)
            if col.kind == "known":  # a known item to pick, or any text to type
                combo.setEditable(True)
                combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            elif col.optional:
                combo.addItem(unknown_label(), None)
            labels = enum_labels("Bool" if col.kind == "bool" else col.choices or "")
            for value, label in labels.items():
                combo.addItem(label, {"true": True, "false": False}.get(value, value) if col.kind == "bool" else value)
            combo.setAccessibleName(col.header)
            return combo
        edit = QLineEdit(parent)
        edit.setAccessibleName(col.header)
        if col.kind in FORMATS and col.kind not in DATE_KINDS:
            edit.setValidator(QRegularExpressionValidator(QRegularExpression(FORMATS[col.kind][0]), edit))
        return edit

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            found = editor.findData(value)
            if found >= 0 or not editor.isEditable():
                editor.setCurrentIndex(max(found, 0))
            else:  # text that is no known item
                editor.setEditText(value if isinstance(value, str) else "")
        elif isinstance(editor, QLineEdit):
            pending = self.pending.pop((index.row(), index.column()), None)
            editor.setText(pending if pending is not None else format_value(self.columns[index.column()].kind, value))

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox) and editor.isEditable():
            text = editor.currentText().strip()  # a label typed or picked stores its item; other text as typed
            found = editor.findText(text, Qt.MatchFlag.MatchFixedString) if text else -1
            model.setData(index, editor.itemData(found) if found >= 0 else text)
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())


class ListEditor(QWidget):
    """A table with Add / Remove / Move up / Move down, bound to a list pointer."""

    focused = Signal(str)

    def __init__(self, doc: Document, pointer: str, label: str, columns: list[Column],
                 new_row: Callable[[], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.pointer, self.label, self.new_row = doc, pointer, label, new_row
        self.model = ListModel(doc, pointer, columns, self)
        self.view = QTableView(self)
        self.view.setObjectName("table:" + pointer)
        self.view.setAccessibleName(label)
        self.view.setModel(self.model)
        self.view.setItemDelegate(CellDelegate(columns, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setAlternatingRowColors(True)
        self.view.setTabKeyNavigation(False)  # Tab moves through the form; arrow keys move between cells
        self.view.setCornerButtonEnabled(False)
        for corner in self.view.findChildren(QAbstractButton):
            corner.setAccessibleName(self.tr("Select all rows"))
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)  # resizeEvent sizes every column, the last one included
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a narrow column says so ("Échéance (f…")
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.weights = [col.width or 120 for col in columns]
        self._fitting = False
        header.sectionResized.connect(self._section_resized)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(2)
        self.buttons = {}
        for name, tip, slot in (("add", self.tr("Add a row"), self.add_row),
                                ("remove", self.tr("Remove the selected row"), self.remove_row),
                                ("up", self.tr("Move the selected row up"), lambda: self.move_row(-1)),
                                ("down", self.tr("Move the selected row down"), lambda: self.move_row(1))):
            button = QToolButton(self)
            button.setIcon(icon(name))
            button.setToolTip(tip)
            button.setAccessibleName(f"{label}: {tip}")
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[name] = button
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.message = QLabel(self)  # why a typed date could not be read
        self.message.setObjectName("message:" + pointer)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b;")
        self.message.hide()
        layout.addWidget(self.message)
        self.model.rejected.connect(self._rejected)
        self.model.dataChanged.connect(lambda *_a: self.message.hide())
        self.model.modelReset.connect(self._forget_rejected)  # rows changed under it: the text typed goes
        # Times in the table are the organisation's local time: its zone stands under the table.
        self.zone: QLabel | None = None
        if any(col.kind in ("datetime", "partial") for col in columns):
            self.zone = QLabel(self)
            self.zone.setObjectName("zone:" + pointer)
            self.zone.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            buttons.addWidget(self.zone)
            doc.changed.connect(self._zone_changed)
            doc.reset.connect(self.refresh_zone)
            QTimer.singleShot(0, self.refresh_zone)  # after the first paint: the zone data loads on first use
        self.model.modelReset.connect(self._fit)
        self._fit()

    def _rejected(self, row: int, column: int, text: str, why: str) -> None:
        # Deferred: the view is still closing the editor that sent the text.
        delegate = self.view.itemDelegate()
        if isinstance(delegate, CellDelegate):
            delegate.pending[(row, column)] = text
        self.message.setText(why)
        self.message.show()
        index = self.model.index(row, column)
        QTimer.singleShot(0, lambda: (self.view.setCurrentIndex(index), self.view.edit(index)))

    def _forget_rejected(self) -> None:
        self.message.hide()
        delegate = self.view.itemDelegate()
        if isinstance(delegate, CellDelegate):
            delegate.pending.clear()

    def _zone_changed(self, pointer: str) -> None:
        if pointer == "" or pointer.startswith("/organization"):
            self.refresh_zone()

    def refresh_zone(self) -> None:
        """Show the organisation's time zone under the table."""
        if self.zone is not None:
            self.zone.setText(self.tr("Times: %1").replace("%1", zone_text(self.doc)))
            self.zone.setToolTip(self.tr("Times are the organisation’s local time (its country’s time zone "
                                         "unless one is set)."))

    def _fit(self) -> None:
        # One spare line below the rows, and room for the horizontal scroll bar, so no row is ever cut.
        rows = max(2, min(len(self.model.rows) + 1, 9))
        bar = self.view.horizontalScrollBar().sizeHint().height()
        row_height = self.view.verticalHeader().defaultSectionSize()
        height = self.view.horizontalHeader().sizeHint().height() + rows * row_height + bar + 2 * self.view.frameWidth()
        self.view.setFixedHeight(max(height, 80))
        self._fit_columns()  # row numbers may have widened the vertical header

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        # Share the width among the columns by their weights: no horizontal scrolling in the form.
        # The view's own width (the layout has set it); its viewport may not have followed yet.
        header = self.view.horizontalHeader()
        available = self.view.width() - 2 * self.view.frameWidth() - self.view.verticalHeader().sizeHint().width() - 4
        if self.view.verticalScrollBar().isVisible():  # many rows: the bar takes its width from the columns
            available -= self.view.verticalScrollBar().sizeHint().width()
        total = sum(self.weights)
        floors = self._floors()
        if sum(floors) > available > 0:  # even the floors do not fit: the columns without a date shrink first
            dated = [i for i, f in enumerate(floors) if f > self.weights[i] // 2]
            free = sum(f for i, f in enumerate(floors) if i not in dated)
            room = available - sum(floors[i] for i in dated)
            scale = room / free if free and room > 0 else available / sum(floors)
            floors = [f if i in dated and room > 0 else max(12, int(f * scale)) for i, f in enumerate(floors)]
        sizes = [max(floor, available * weight // total) for floor, weight in zip(floors, self.weights, strict=True)]
        over = sum(sizes) - available
        if over > 0:  # a date's floor took room: the widest free columns give it back
            for i in sorted(range(len(sizes)), key=lambda i: -sizes[i]):
                give = min(over, sizes[i] - floors[i])
                sizes[i] -= give
                over -= give
        sizes[-1] = max(floors[-1], available - sum(sizes[:-1]))
        self._fitting = True
        try:
            for i, size in enumerate(sizes):
                header.resizeSection(i, size)
        finally:
            self._fitting = False

    def _floors(self) -> list[int]:
        """Each column's least width: half its weight; a date with a time in it whole (cut, it loses the time)."""
        metrics = self.view.fontMetrics()
        rows = self.model.rowCount()
        floors = []
        for index, (column, weight) in enumerate(zip(self.model.columns, self.weights, strict=True)):
            floor = weight // 2
            if column.kind in DATE_SAMPLES and not getattr(self, "_user_sized", False) and any(
                    self.model.index(row, index).data() for row in range(rows)):
                floor = max(floor, metrics.horizontalAdvance(DATE_SAMPLES[column.kind]) + 16)
            floors.append(floor)
        return floors

    def _section_resized(self, _index: int, _old: int, _new: int) -> None:
        # A column the user dragged keeps its share of the width when the window is resized later.
        if not self._fitting:
            header = self.view.horizontalHeader()
            self.weights = [max(header.sectionSize(i), 20) for i in range(len(self.weights))]
            self._user_sized = True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.focused.emit(self.model.cell_pointer(current.row(), current.column()))

    def focusInEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().focusInEvent(event)
        self.focused.emit(self.pointer)

    def current_row(self) -> int:
        """The selected row, or -1."""
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def add_row(self) -> None:
        """Append a row and start editing it."""
        rows = list(self.model.rows)
        mapping: dict[int, int | None] = {i: i for i in range(len(rows))}
        rows.append(self.new_row())
        self.doc.edit_list(self.pointer, rows, mapping, self.tr("Add a row to %1").replace("%1", self.label))
        index = self.model.index(len(rows) - 1, 0)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def remove_row(self) -> None:
        """Remove the selected row."""
        row = self.current_row()
        if row < 0:
            return
        rows = list(self.model.rows)
        del rows[row]
        mapping: dict[int, int | None] = {i: (i if i < row else i - 1) for i in range(len(rows) + 1)}
        mapping[row] = None
        self.doc.edit_list(self.pointer, rows, mapping, self.tr("Remove a row from %1").replace("%1", self.label))

    def move_row(self, delta: int) -> None:
        """Move the selected row up (-1) or down (+1)."""
        row = self.current_row()
        other = row + delta
        if row < 0 or not 0 <= other < len(self.model.rows):
            return
        rows = list(self.model.rows)
        rows[row], rows[other] = rows[other], rows[row]
        mapping: dict[int, int | None] = {i: i for i in range(len(rows))}
        mapping[row], mapping[other] = other, row
        self.doc.edit_list(self.pointer, rows, mapping, self.tr("Reorder %1").replace("%1", self.label))
        self.view.setCurrentIndex(self.model.index(other, max(self.view.currentIndex().column(), 0)))
