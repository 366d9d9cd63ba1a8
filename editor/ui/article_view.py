"""The article, read-only, with its title/outlet/date, evidence highlights and a context menu."""

from __future__ import annotations

import re
from bisect import bisect_right

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPalette, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QStackedLayout,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.model.report import Source, Span
from editor.ui.theme import highlight_color


# Spans highlighted at once: real evidence has a handful; a tampered report may carry 10^5, which
# would take Qt seconds per click to lay out.
MAX_HIGHLIGHTS = 500
TYPESET_LIMIT = 200_000  # beyond this, airy line spacing costs seconds of layout: plain spacing instead
ZOOM_STEPS = (70, 80, 90, 100, 110, 125, 140, 160, 180, 200, 240)  # percent of the article's base size
SENTENCE_REACH = 1_000  # tooltips show 400 characters: never look further for a sentence's end
_WIDE = re.compile("[\U00010000-\U0010FFFF]")


class OffsetMap:
    """Python str indices ↔ QTextDocument positions (which count UTF-16 units)."""

    def __init__(self, text: str) -> None:
        # Positions differ only after characters outside the BMP (two UTF-16 units each).
        self.wide = [match.start() for match in _WIDE.finditer(text)]  # a regex scan: 5 MB in ms, not 1 s
        self.length = len(text)

    def to_qt(self, index: int) -> int:
        """Document position of Python index ``index``."""
        index = max(0, min(index, self.length))
        return index + bisect_right(self.wide, index - 1)

    def from_qt(self, position: int) -> int:
        """Python index of document position ``position``."""
        index = position
        for wide in self.wide:
            if wide < index:
                index -= 1
            else:
                break
        return max(0, min(index, self.length))


def sentence_bounds(text: str, span: Span) -> tuple[int, int]:
    """The span widened to whole sentences (for tooltips), by at most SENTENCE_REACH each side."""
    start = span.start
    floor = max(0, start - SENTENCE_REACH)  # a 5 MB text without a full stop took 2 s per tooltip
    while start > floor and text[start - 1] not in ".!?\n":
        start -= 1
    end = span.end
    ceiling = min(len(text), end + SENTENCE_REACH)
    while end < ceiling and text[end - 1:end] not in (".", "!", "?", "\n"):
        end += 1
    return start, end


def evidence_text(text: str, spans: list[Span], limit: int = 400) -> str:
    """The supporting sentences of ``spans``, joined, for a tooltip."""
    parts = []
    for span in spans[:3]:
        if span.end > len(text):
            continue
        start, end = sentence_bounds(text, span)
        parts.append(text[start:end].strip())
    joined = " … ".join(p for p in parts if p)
    return joined if len(joined) <= limit else joined[: limit - 1] + "…"


class ArticleView(QWidget):
    """Header (title, outlet, date) above the read-only article text, with evidence highlights.

    Articles up to TYPESET_LIMIT characters show in a QTextEdit with airy line spacing; longer ones
    in a QPlainTextEdit, whose lazy layout keeps a multi-megabyte text instant (it ignores line height).
    """

    set_value_requested = Signal(str, int, int)  # pointer, start, end (Python indices)
    add_evidence_requested = Signal(str, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("articleTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.byline = QLabel()
        self.byline.setObjectName("articleByline")
        self.byline.setWordWrap(True)
        self.offsets = OffsetMap("")
        self.targets: list[tuple[str, str]] = []  # (pointer, label) fields text can be set into
        self.current_target: tuple[str, str] | None = None
        self.rich = self._configure(QTextEdit())
        self.rich.document().setDocumentMargin(14)
        self.plain: QPlainTextEdit | None = None  # made on the first very long article
        self.text: QTextEdit | QPlainTextEdit = self.rich
        self.placeholder = self.tr("Open an article (File ▸ Open, drag and drop, or Paste article) "
                                   "to extract an incident report from it.")
        # An empty article shows what to do instead of a blank page.
        self.empty = QLabel(self.placeholder)
        self.empty.setObjectName("articleEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setContentsMargins(32, 32, 32, 32)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        font = self.empty.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.empty.setFont(font)
        self.pages = QStackedLayout()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.rich)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.byline)
        layout.addLayout(self.pages, 1)
        self.source_text = ""
        self.dark = False
        self.zoom = 100
        self._evidence: list[QTextEdit.ExtraSelection] = []
        self.matches: list[tuple[int, int]] = []  # the find bar's matches, as Python indices
        self.match_index = -1
        self.find_bar = self._build_find_bar()
        layout.addWidget(self.find_bar)
        self.show_source(Source())

    def _configure(self, editor: QTextEdit | QPlainTextEdit) -> QTextEdit | QPlainTextEdit:
        editor.setObjectName("articleText")
        editor.setAccessibleName(self.tr("Article text"))
        editor.setReadOnly(True)
        editor.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                       | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        editor.setAcceptDrops(False)  # drops go to the main window
        body = editor.font()
        body.setPointSizeF(max(body.pointSizeF(), 10.0) * 1.1 * getattr(self, "zoom", 100) / 100)
        editor.setFont(body)
        editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        editor.customContextMenuRequested.connect(self._context_menu)
        return editor

    # --- showing -------------------------------------------------------------------------------
    def show_source(self, source: Source) -> None:
        """Show an article (title, outlet, date, text)."""
        self.title.setText(source.title or (self.tr("Untitled article") if source.text else self.tr("No article")))
        parts = [p for p in (source.publisher, source.published, source.url) if p]
        if source.language:
            parts.append(source.language.upper())
        self.byline.setText(" · ".join(parts))
        self.byline.setVisible(bool(parts))
        if source.text != self.source_text or self.text.document().isEmpty() != (not source.text):
            self.source_text = source.text
            self.offsets = OffsetMap(source.text)
            self._use(self.rich if len(source.text) <= TYPESET_LIMIT else self._plain())
            # QTextDocument drops "\r"; a space keeps document positions one-to-one with the offsets.
            self.text.setPlainText(source.text.replace("\r", " "))
            if self.text is self.rich:
                self._typeset()
            self.matches, self.match_index = [], -1
            if self.find_bar.isVisible():
                self.find(self.find_edit.text())
        self._evidence = []
        self.apply_selections()
        self.pages.setCurrentWidget(self.text if source.text else self.empty)

    def _plain(self) -> QPlainTextEdit:
        if self.plain is None:
            self.plain = self._configure(QPlainTextEdit())
            self.pages.addWidget(self.plain)
        return self.plain

    def _use(self, editor: QTextEdit | QPlainTextEdit) -> None:
        if editor is not self.text:
            self.text.clear()  # free the other document's memory
            self.text = editor

    def _typeset(self) -> None:
        cursor = QTextCursor(self.text.document())
        cursor.select(QTextCursor.SelectionType.Document)
        fmt = QTextBlockFormat()
        fmt.setLineHeight(140, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.mergeBlockFormat(fmt)

    def highlight(self, spans: list[Span]) -> None:
        """Highlight evidence spans and scroll to the first."""
        selections = []
        color = highlight_color(self.dark)
        for span in spans:
            if span.end > len(self.source_text) or span.end <= span.start:
                continue
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(self.offsets.to_qt(span.start))
            cursor.setPosition(self.offsets.to_qt(span.end), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(color)
            sel.format = fmt
            selections.append(sel)
            if len(selections) >= MAX_HIGHLIGHTS:
                break
        self._evidence = selections
        self.apply_selections()
        if selections:
            self._scroll_to(selections[0].cursor.selectionStart())

    def apply_selections(self) -> None:
        """Evidence highlights, then the find bar's matches over them (again after a theme change)."""
        found = []
        if self.find_bar.isVisible():
            color = QColor("#2e5c8a") if self.dark else QColor("#cfe3ff")
            for start, end in self.matches:
                sel = QTextEdit.ExtraSelection()
                cursor = QTextCursor(self.text.document())
                cursor.setPosition(self.offsets.to_qt(start))
                cursor.setPosition(self.offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
                sel.cursor = cursor
                fmt = QTextCharFormat()
                fmt.setBackground(color)
                sel.format = fmt
                found.append(sel)
        self.text.setExtraSelections(self._evidence + found)

    def _scroll_to(self, position: int) -> None:
        # Scroll the sentence into view without moving the user's own selection.
        bar = self.text.verticalScrollBar()
        if isinstance(self.text, QPlainTextEdit):  # its scroll bar counts lines, not pixels
            block = self.text.document().findBlock(position).blockNumber()
            height = self.text.viewport().height()
            line = max(1, self.text.fontMetrics().lineSpacing())
            if not self.text.viewport().rect().contains(self.text.cursorRect(self._cursor_at(position))):
                bar.setValue(min(block, bar.maximum()))  # a first guess: wrapped blocks take several lines
                for _ in range(64):  # then walk to a third of the way down the view
                    top = self.text.cursorRect(self._cursor_at(position)).top()
                    wanted = min(max(0, bar.value() + (top - height // 3) // line), bar.maximum())
                    if wanted == bar.value():
                        break
                    bar.setValue(wanted)  # the maximum grows as blocks get laid out: go again
            return
        rect = self.text.cursorRect(self._cursor_at(position))
        if rect.top() < 0 or rect.bottom() > self.text.viewport().height():
            bar.setValue(bar.value() + rect.top() - self.text.viewport().height() // 3)

    def _cursor_at(self, position: int) -> QTextCursor:
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(position)
        return cursor

    def highlighted_ranges(self) -> list[tuple[int, int]]:
        """The highlighted ranges as Python indices (tests, accessibility)."""
        return [(self.offsets.from_qt(sel.cursor.selectionStart()), self.offsets.from_qt(sel.cursor.selectionEnd()))
                for sel in self._evidence]

    # --- the selection as a value or as evidence ----------------------------------------------------
    def selection_range(self) -> tuple[int, int] | None:
        """The selected text as Python indices, or None."""
        cursor = self.text.textCursor()
        if not cursor.hasSelection():
            return None
        return self.offsets.from_qt(cursor.selectionStart()), self.offsets.from_qt(cursor.selectionEnd())

    def build_menu(self, position: QPoint) -> QMenu:
        """The context menu: Qt's own entries plus, for a selection, "Set as value of…" / "Add as evidence for…"."""
        menu = self.text.createStandardContextMenu(position)
        selection = self.selection_range()
        if selection and self.targets:
            start, end = selection
            menu.addSeparator()
            if self.current_target:
                current, label = self.current_target
                menu.addAction(self.tr("Set as value of “%1”").replace("%1", label),
                               lambda p=current: self.set_value_requested.emit(p, start, end))
                menu.addAction(self.tr("Add as evidence for “%1”").replace("%1", label),
                               lambda p=current: self.add_evidence_requested.emit(p, start, end))
            set_menu = menu.addMenu(self.tr("Set as value of…"))
            ev_menu = menu.addMenu(self.tr("Add as evidence for…"))
            for pointer, label in self.targets:
                set_menu.addAction(label, lambda p=pointer: self.set_value_requested.emit(p, start, end))
                ev_menu.addAction(label, lambda p=pointer: self.add_evidence_requested.emit(p, start, end))
        return menu

    def _context_menu(self, position: QPoint) -> None:
        menu = self.build_menu(position)
        menu.exec(self.text.viewport().mapToGlobal(position))
        menu.deleteLater()

    # --- find in the article --------------------------------------------------------------------
    def _build_find_bar(self) -> QWidget:
        bar = QWidget(self)
        bar.setObjectName("findBar")
        self.find_edit = QLineEdit(bar)
        self.find_edit.setObjectName("findText")
        self.find_edit.setPlaceholderText(self.tr("Find in the article"))
        self.find_edit.setAccessibleName(self.tr("Find in the article"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.textChanged.connect(self.find)
        self.find_edit.installEventFilter(self)
        self.find_count = QLabel(bar)
        self.find_count.setObjectName("findCount")
        self.find_count.setMinimumWidth(self.find_count.fontMetrics().horizontalAdvance("0000 / 0000") + 8)
        buttons = []
        for name, text, tip, slot in (
                ("findPrevious", "▲", self.tr("Previous match (Shift+F3)"), self.find_previous),
                ("findNext", "▼", self.tr("Next match (F3)"), self.find_next),
                ("findClose", "✕", self.tr("Close the find bar (Esc)"), self.close_find)):
            button = QToolButton(bar)
            button.setObjectName(name)
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setAutoRaise(True)
            button.clicked.connect(slot)
            buttons.append(button)
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 2, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.find_edit, 1)
        row.addWidget(self.find_count)
        for button in buttons:
            row.addWidget(button)
        bar.hide()
        return bar

    def open_find(self) -> None:
        """Show the find bar with the selection (or the last search) in it, ready to type."""
        cursor = self.text.textCursor()
        selected = cursor.selectedText().strip() if cursor.hasSelection() else ""
        self.find_bar.show()
        if selected and "\u2029" not in selected and len(selected) < 200:
            self.find_edit.setText(selected)
        else:
            self.find(self.find_edit.text())
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    def close_find(self) -> None:
        """Hide the find bar and its highlights."""
        self.find_bar.hide()
        self.apply_selections()
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def find(self, query: str) -> int:
        """Highlight every match of ``query`` (any case) and go to the first; returns how many there are."""
        query = query.strip()
        self.matches = [(m.start(), m.end()) for m in re.finditer(re.escape(query), self.source_text, re.IGNORECASE)] \
            if query else []
        self.match_index = -1
        if self.matches:
            self._go_to_match(0)
        else:
            self._show_count()
            self.apply_selections()
        return len(self.matches)

    def find_next(self) -> None:
        """Go to the next match (after the last, the first)."""
        self._step(1)

    def find_previous(self) -> None:
        """Go to the previous match (before the first, the last)."""
        self._step(-1)

    def _step(self, delta: int) -> None:
        if not self.find_bar.isVisible():
            self.open_find()
            return
        if self.matches:
            self._go_to_match((self.match_index + delta) % len(self.matches))

    def _go_to_match(self, index: int) -> None:
        self.match_index = index
        start, end = self.matches[index]
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self.offsets.to_qt(start))
        cursor.setPosition(self.offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)  # the current match is the selection: Copy and the menu work on it
        self.text.ensureCursorVisible()
        self._show_count()
        self.apply_selections()

    def _show_count(self) -> None:
        if not self.find_edit.text().strip():
            self.find_count.setText("")
        elif not self.matches:
            self.find_count.setText(self.tr("No match"))
        else:
            self.find_count.setText(self.tr("%1 of %2").replace("%1", str(self.match_index + 1))
                                    .replace("%2", str(len(self.matches))))
        self.find_edit.setProperty("noMatch", bool(self.find_edit.text().strip()) and not self.matches)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.find_edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._step(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_find()
                return True
        return super().eventFilter(watched, event)

    # --- zoom ------------------------------------------------------------------------------------
    def set_zoom(self, percent: int) -> int:
        """Show the article text at ``percent`` of its base size (clamped to ZOOM_STEPS); returns it."""
        percent = min(max(int(percent), ZOOM_STEPS[0]), ZOOM_STEPS[-1])
        old = self.zoom
        self.zoom = percent
        for editor in (self.rich, self.plain):
            if editor is not None:
                font = editor.font()
                font.setPointSizeF(font.pointSizeF() * percent / old)
                editor.setFont(font)
        return percent

    def zoom_in(self) -> int:
        """One step larger."""
        return self.set_zoom(next((z for z in ZOOM_STEPS if z > self.zoom), ZOOM_STEPS[-1]))

    def zoom_out(self) -> int:
        """One step smaller."""
        return self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < self.zoom), ZOOM_STEPS[0]))
