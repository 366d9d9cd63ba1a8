"""The structured form: one section per part of the report, fields and tables bound to pointers."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, Callable

import msgspec
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from editor.ui.document import Document
from editor.ui.fields import FieldBinding, FieldSpec
from editor.ui.tables import Column, ListEditor

if TYPE_CHECKING:  # the panel (and the regulatory clocks) load with the Notifications section
    from editor.ui.notifications import ClocksPanel

LABEL_WIDTH = 170  # one label column width in every section, so fields line up
EAGER_SECTIONS = 2  # built before the window is first shown: what a 900-pixel-high window shows of the form
ANCHOR_SECONDS = 1.0  # how long a section chosen in the list stays on top while late widgets settle
TEXT_KINDS = ("text", "multiline", "int", "float", "date", "datetime", "country", "currency")


class TableSpec(msgspec.Struct, frozen=True):
    """One list shown as a table: where it lives, its caption, its columns and what a new row holds."""

    pointer: str
    label: str
    columns: tuple[Column, ...]
    new_row: Callable[[], Any]


class Subheading(msgspec.Struct, frozen=True):
    """A bold line inside a section."""

    text: str


class ClocksSpec(msgspec.Struct, frozen=True):
    """The NIS2/GDPR deadline panel."""


class SectionSpec(msgspec.Struct, frozen=True):
    """One section of the form: its key, its title and what it shows, top to bottom."""

    key: str
    title: str
    items: tuple[FieldSpec | TableSpec | Subheading | ClocksSpec, ...]


class FormView(QWidget):
    """Section list on the left, the scrolling form on the right.

    The form is described by ``specs`` (data); widgets are built from it. With ``lazy``, only the
    first ``EAGER_SECTIONS`` sections are built at once, the rest one per event-loop turn after the
    form is first painted (so a new window shows sooner). Anything that needs a widget of a later
    section (``bindings``, ``tables``, ``clocks``, focus, scrolling) builds the rest first; labels,
    targets, descriptions and the count of values to check come from the specs and need none.
    """

    focused = Signal(str)  # pointer of the field or cell the user is in
    value_entered = Signal(str, object)  # pointer, value of a field whose edits the window reviews first
    completed = Signal()  # every section is built

    def __init__(self, doc: Document, parent: QWidget | None = None, *, lazy: bool = False) -> None:
        super().__init__(parent)
        self.doc = doc
        self._bindings: dict[str, FieldBinding] = {}
        self._tables: dict[str, ListEditor] = {}
        self._clocks: ClocksPanel | None = None
        self.sections: dict[str, QWidget] = {}
        self._forms: dict[str, QFormLayout] = {}
        self._chain: list[QWidget] = []
        self.specs = self._specs()
        self.labels: dict[str, str] = {item.pointer: item.label for section in self.specs for item in section.items
                                       if isinstance(item, (FieldSpec, TableSpec))}
        self.nav = QListWidget(self)
        self.nav.setObjectName("sectionList")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setStyleSheet("QListWidget#sectionList { background: palette(window); padding-top: 6px; }"
                               "QListWidget#sectionList::item { padding: 5px 10px; border-radius: 4px; }"
                               "QListWidget#sectionList::item:selected { background: palette(highlight);"
                               " color: palette(highlighted-text); }")
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("formBody")
        self.column = QVBoxLayout(body)
        self.column.setContentsMargins(12, 8, 16, 24)
        self.column.setSpacing(18)
        for section in self.specs:
            self._section(section.key, section.title)
        self.column.addStretch(1)
        # Room after the last section, so that any section (Sources too) can come to the top when chosen
        # in the list; without it the list's highlight jumped to the section the form could reach.
        self._tail = QWidget(body)
        self._tail.setObjectName("formTail")
        self.column.addWidget(self._tail)
        self._tail_timer = QTimer(self)  # after the layout has placed the sections: it reads their sizes
        self._tail_timer.setSingleShot(True)
        self._tail_timer.setInterval(0)
        self._tail_timer.timeout.connect(self._fit_tail)
        self._unbuilt = [section.key for section in self.specs]
        self.build_later = True  # build the sections left for later after the first paint (off: only on demand)
        for _ in range(len(self._unbuilt) if not lazy else min(EAGER_SECTIONS, len(self._unbuilt))):
            self._build_next()
        widest = max(self.nav.fontMetrics().horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count()))
        self.nav.setFixedWidth(widest + 40)
        self.scroll.setWidget(body)
        self.scroll.viewport().installEventFilter(self)
        body.installEventFilter(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.scroll, 1)
        self.nav.setCurrentRow(0)
        self.nav.currentRowChanged.connect(self._nav_clicked)
        self.scroll.verticalScrollBar().valueChanged.connect(self._follow_scroll)
        self.scroll.verticalScrollBar().sliderPressed.connect(lambda: setattr(self, "_anchor", None))
        self._anchor: tuple[QWidget, float] | None = None
        self._chain_tab_order()
        self._panel_timer = QTimer(self)
        self._panel_timer.setSingleShot(True)
        self._panel_timer.setInterval(0)
        self._panel_timer.timeout.connect(self._refresh_clocks)
        self._later = QTimer(self)  # builds the next section once the event loop is free
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self._build_later)
        doc.changed.connect(self.on_changed)
        doc.reset.connect(self.on_reset)

    # --- what the form shows -------------------------------------------------------------------
    def _specs(self) -> list[SectionSpec]:
        unknown_date = self.tr("unknown — YYYY-MM-DD")
        unknown = self.tr("unknown")
        return [
            SectionSpec("report", self.tr("Report"), (
                FieldSpec("/report/title", self.tr("Title"), suggestion=_generated_title),
                FieldSpec("/report/stage", self.tr("Stage"), "enum", "ReportStage", optional=False),
                FieldSpec("/report/tlp", self.tr("TLP"), "enum", "TLP", optional=False),
                FieldSpec("/report/author", self.tr("Author")),
                FieldSpec("/report/author_organization", self.tr("Author's organisation")),
                FieldSpec("/report/language", self.tr("Report language"), "enum", "Language", optional=False),
                FieldSpec("/report/version", self.tr("Version"), optional=False))),
            SectionSpec("organisation", self.tr("Organisation and incident"), (
                FieldSpec("/organization/name", self.tr("Organisation")),
                FieldSpec("/organization/sector", self.tr("Sector"), "enum", "Sector"),
                FieldSpec("/organization/country", self.tr("Country"), "country",
                          placeholder=self.tr("ISO code, e.g. BE")),
                FieldSpec("/organization/region", self.tr("Region")),
                FieldSpec("/organization/timezone", self.tr("Time zone"), "timezone", suggestion=_country_zone),
                TableSpec("/sites", self.tr("Sites"), (Column(None, self.tr("Site")),), lambda: ""),
                FieldSpec("/incident/type", self.tr("Incident type"), "enum", "IncidentType"),
                FieldSpec("/incident/start_date", self.tr("Start date"), "date", placeholder=unknown_date),
                FieldSpec("/incident/detected_at", self.tr("Detected at"), "datetime",
                          placeholder=self.tr("unknown — YYYY-MM-DD or YYYY-MM-DD HH:MM")),
                FieldSpec("/incident/summary", self.tr("Summary"), "multiline", suggestion=_generated_summary))),
            SectionSpec("timeline", self.tr("Timeline"), (
                TableSpec("/timeline", self.tr("Events"), (
                    Column("when", self.tr("When"), "partial", width=130),
                    Column("when_text", self.tr("As written"), width=130),
                    Column("what", self.tr("What happened"), width=260),
                    Column("source", self.tr("Source"))), lambda: {"what": ""}),)),
            SectionSpec("impact", self.tr("Impact"), (
                Subheading(self.tr("Systems")),
                FieldSpec("/impact/servers_affected", self.tr("Servers affected"), "int", placeholder=unknown),
                FieldSpec("/impact/workstations_affected", self.tr("Workstations affected"), "int",
                          placeholder=unknown),
                FieldSpec("/impact/network_disconnected", self.tr("Network disconnected"), "bool"),
                Subheading(self.tr("Services")),
                TableSpec("/impact/services", self.tr("Service status"), (
                    Column("service", self.tr("Service"), "enum", "ServiceName", optional=False, width=170),
                    Column("status", self.tr("Status"), "enum", "ServiceStatus", optional=False, width=110),
                    Column("label", self.tr("Name in the article"), width=150),
                    Column("note", self.tr("Note"), width=200),
                    Column("as_of", self.tr("As of"), "date")),
                    lambda: {"service": "other", "status": "degraded", "note": ""}),
                Subheading(self.tr("Patient care")),
                FieldSpec("/impact/appointments_affected", self.tr("Appointments affected"), "int",
                          placeholder=unknown),
                FieldSpec("/impact/patients_diverted", self.tr("Patients diverted"), "bool"),
                Subheading(self.tr("Data")),
                FieldSpec("/impact/data_exfiltration", self.tr("Data exfiltration"), "enum", "DataExfiltration"),
                TableSpec("/impact/data_categories", self.tr("Data categories"),
                          (Column(None, self.tr("Category")),), lambda: ""),
                FieldSpec("/impact/people_affected", self.tr("People affected"), "int", placeholder=unknown),
                FieldSpec("/impact/records_affected", self.tr("Records affected"), "int", placeholder=unknown))),
            SectionSpec("response", self.tr("Response"), (
                TableSpec("/response/actions", self.tr("Actions"), (
                    Column("category", self.tr("Category"), "enum", "ActionCategory", optional=False, width=170),
                    Column("description", self.tr("Description"), width=240),
                    Column("actor", self.tr("Actor"), width=110),
                    Column("when", self.tr("When"), "partial", width=110),
                    Column("status", self.tr("Status"), "enum", "ActionStatus")),
                    lambda: {"category": "containment", "description": ""}),
                TableSpec("/response/restoration_order", self.tr("Restoration order"),
                          (Column(None, self.tr("System or service"), "known", "ServiceName"),), lambda: ""))),
            SectionSpec("ransom", self.tr("Ransom and extortion"), (
                FieldSpec("/ransom/status", self.tr("Ransom"), "enum", "RansomStatus"),
                FieldSpec("/ransom/amount", self.tr("Amount"), "float", placeholder=unknown),
                FieldSpec("/ransom/currency", self.tr("Currency"), "currency", placeholder=self.tr("EUR, USD, BTC…")),
                FieldSpec("/ransom/threat_actor", self.tr("Threat actor")),
                FieldSpec("/ransom/claimed", self.tr("Attack claimed"), "bool"),
                FieldSpec("/ransom/leak_published", self.tr("Data published on a leak site"), "bool"),
                FieldSpec("/ransom/as_of", self.tr("As of"), "date", placeholder=unknown_date))),
            SectionSpec("notifications", self.tr("Notifications"), (
                TableSpec("/notifications", self.tr("Notifications"), (
                    Column("regime", self.tr("Regime"), "enum", "Regime", optional=False, width=90),
                    Column("authority", self.tr("Authority"), width=120),
                    Column("awareness", self.tr("Aware since"), "datetime", width=140),
                    Column("submitted", self.tr("Submitted"), "datetime", width=140),
                    Column("stage", self.tr("Stage"), "enum", "ReportStage", width=150),
                    Column("due", self.tr("Due (override)"), "datetime", width=130),
                    Column("reference", self.tr("Reference"), width=100), Column("note", self.tr("Note"))),
                    lambda: _new_notification(self.doc)),
                ClocksSpec())),
            SectionSpec("lessons", self.tr("Lessons learned"), (
                FieldSpec("/lessons_learned/text", self.tr("Lessons learned"), "multiline", optional=False),
                TableSpec("/lessons_learned/items", self.tr("Items"), (Column(None, self.tr("Lesson")),), lambda: ""))),
            SectionSpec("sources", self.tr("Sources"), (
                FieldSpec("/source/title", self.tr("Article title")),
                FieldSpec("/source/publisher", self.tr("Outlet")),
                FieldSpec("/source/published", self.tr("Published"), "date", placeholder=unknown_date, review=True),
                FieldSpec("/source/url", self.tr("URL")),
                TableSpec("/sources", self.tr("Further sources"), (
                    Column("title", self.tr("Title"), width=200), Column("publisher", self.tr("Outlet"), width=120),
                    Column("published", self.tr("Published"), "date", width=100), Column("url", self.tr("URL"))),
                    lambda: {}))),
        ]

    # --- building ------------------------------------------------------------------------------
    @property
    def complete(self) -> bool:
        """Every section is built."""
        return not self._unbuilt

    @property
    def bindings(self) -> dict[str, FieldBinding]:
        """Every field's binding by pointer (builds the sections not built yet)."""
        self.ensure_built()
        return self._bindings

    @property
    def tables(self) -> dict[str, ListEditor]:
        """Every table by list pointer (builds the sections not built yet)."""
        self.ensure_built()
        return self._tables

    @property
    def clocks(self) -> ClocksPanel:
        """The notification deadlines panel (builds the sections not built yet)."""
        self.ensure_built()
        assert self._clocks is not None
        return self._clocks

    def ensure_built(self) -> None:
        """Build every section not built yet, now."""
        if self._unbuilt:
            while self._unbuilt:
                self._build_next()
            self._finish_build()

    def paintEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        """The first paint is the moment to go on with the sections left for later."""
        super().paintEvent(event)
        if self._unbuilt and self.build_later and not self._later.isActive():
            self._later.start()

    def _build_later(self) -> None:
        if self._unbuilt:
            self._build_next()
            if self._unbuilt:
                self._later.start()
            else:
                self._finish_build()

    def _finish_build(self) -> None:
        self._chain_tab_order()
        self.completed.emit()

    def _build_next(self) -> None:
        key = self._unbuilt.pop(0)
        section = next(s for s in self.specs if s.key == key)
        form = self._forms[key]
        self.setUpdatesEnabled(False)  # one layout pass for the whole section
        try:
            for item in section.items:
                if isinstance(item, FieldSpec):
                    self._field(form, item)
                elif isinstance(item, TableSpec):
                    self._table(form, item)
                elif isinstance(item, Subheading):
                    self._subheading(form, item.text)
                else:
                    self._clocks_panel(form)
        finally:
            self.setUpdatesEnabled(True)
        if not self._unbuilt:
            self._tail_timer.start()  # the last section has its real height now

    def needed_width(self) -> int:
        """The width the form needs to show its widest row without a horizontal scroll bar.

        A QScrollArea's own minimum is tiny: the window's splitter uses this instead, so the form is not
        squeezed and its fields' right edge (and their markers) never hides behind a scroll bar.
        """
        body = self.scroll.widget() or self.column.parentWidget()
        self.column.activate()  # rows just built: their size hints are not in the layout's cache yet
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        return self.nav.width() + body.minimumSizeHint().width() + bar + 2 * self.scroll.frameWidth()

    def _section(self, key: str, title: str) -> None:
        box = QWidget()
        box.setObjectName("section:" + key)
        outer = QVBoxLayout(box)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(QFont.Weight.DemiBold)
        heading.setFont(font)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        outer.addWidget(heading)
        outer.addWidget(rule)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(6)
        outer.addLayout(form)
        self.column.addWidget(box)
        self.sections[key] = box
        self._forms[key] = form
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.addItem(item)

    def _field(self, form: QFormLayout, spec: FieldSpec) -> None:
        if spec.suggestion is not None and spec.kind == "multiline":  # a one-line field keeps its greyed hint
            from editor.ui.suggested import SuggestedTextBinding

            binding: FieldBinding = SuggestedTextBinding(self.doc, spec, self)
        else:
            binding = FieldBinding(self.doc, spec, self)
        binding.focused.connect(self.focused)
        binding.entered.connect(self.value_entered)
        label = QLabel(self.tr("%1:").replace("%1", spec.label))  # French puts a space before ":"
        label.setBuddy(binding.editor)
        label.setMinimumWidth(LABEL_WIDTH)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(label, binding.container)
        self._bindings[spec.pointer] = binding
        self._chain.append(binding.editor)

    def _table(self, form: QFormLayout, spec: TableSpec) -> None:
        editor = ListEditor(self.doc, spec.pointer, spec.label, list(spec.columns), spec.new_row, self)
        editor.focused.connect(self.focused)
        # Tables take the whole form width, their caption above: lists need room more than alignment.
        caption = QLabel(spec.label)
        caption.setBuddy(editor.view)
        caption.setContentsMargins(0, 4, 0, 0)
        form.addRow(caption)
        form.addRow(editor)
        self._tables[spec.pointer] = editor
        self._chain.extend([editor.view, *editor.buttons.values()])

    def _subheading(self, form: QFormLayout, text: str) -> None:
        label = QLabel(text)
        font = label.font()
        font.setWeight(QFont.Weight.DemiBold)
        label.setFont(font)
        label.setContentsMargins(0, 6, 0, 0)
        form.addRow(label)

    def _clocks_panel(self, form: QFormLayout) -> None:
        from editor.ui.notifications import ClocksPanel

        self._clocks = ClocksPanel(self.doc, self)
        caption = QLabel(self.tr("%1:").replace("%1", self.tr("Deadlines")))
        caption.setMinimumWidth(LABEL_WIDTH)
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.addRow(caption, self._clocks)

    def _refresh_clocks(self) -> None:
        if self._clocks is not None:
            self._clocks.refresh()

    def _chain_tab_order(self) -> None:
        # Tab follows the form top to bottom, whatever order Qt would derive from parents.
        chain = [self.nav] + self._chain
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # --- behaviour -----------------------------------------------------------------------------
    def _nav_clicked(self, row: int) -> None:
        item = self.nav.item(row)
        if item is not None:
            self.scroll_to(item.data(Qt.ItemDataRole.UserRole), select=False)

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt API
        if watched is self.scroll.viewport() and event.type() in (QEvent.Type.Wheel, QEvent.Type.MouseButtonPress):
            self._anchor = None  # the user scrolls: the chosen section no longer holds the top
        if (watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize) or (
                watched is self.scroll.widget() and event.type() == QEvent.Type.LayoutRequest):
            self._tail_timer.start()
        return super().eventFilter(watched, event)

    def _fit_tail(self) -> None:
        # The last section reaches the top when the form ends a viewport's height below its start
        # (its own height, the gap before the tail and the bottom margin count; 8 px spare).
        last = self.sections[next(reversed(self.sections))]
        gap = max(self._tail.y() - last.y() - last.height(), self.column.spacing())
        bottom = self.column.contentsMargins().bottom()
        height = max(0, self.scroll.viewport().height() - last.height() - gap - bottom + 8)
        if self._tail.height() != height:
            self._tail.setFixedHeight(height)
        anchor = self._anchor
        if anchor is not None and time.monotonic() < anchor[1]:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            bar = self.scroll.verticalScrollBar()
            if bar.value() != anchor[0].y() - 4:
                bar.setValue(anchor[0].y() - 4)

    def _follow_scroll(self, value: int) -> None:
        # The section list marks the section at the top of the form as the user scrolls.
        current = 0
        for index, box in enumerate(self.sections.values()):
            if box.y() - 8 <= value:
                current = index
        if self.nav.currentRow() != current:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(current)
            self.nav.blockSignals(False)

    def section_keys(self) -> list[str]:
        """Section identifiers in form order."""
        return list(self.sections)

    def scroll_to(self, key: str, *, select: bool = True) -> bool:
        """Bring section ``key`` to the top of the form."""
        box = self.sections.get(key)
        if box is None:
            return False
        self.ensure_built()  # the sections above it must have their real height
        self.scroll.widget().layout().activate()
        self._fit_tail()  # with those heights, the room after the last section
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # the scroll range follows it now
        self.scroll.verticalScrollBar().setValue(box.y() - 4)
        # Widgets above may still change height (a zone label, a generated text filled in a moment
        # later): keep the chosen section on top through the layouts of the next moment.
        self._anchor = (box, time.monotonic() + ANCHOR_SECONDS)
        if select:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(list(self.sections).index(key))
            self.nav.blockSignals(False)
        return True

    def _items(self, kind: type) -> list[Any]:
        return [item for section in self.specs for item in section.items if isinstance(item, kind)]

    def targets(self) -> list[tuple[str, str]]:
        """Fields a selection of article text can be put into: (pointer, label)."""
        return [(spec.pointer, spec.label) for spec in self._items(FieldSpec) if spec.kind in TEXT_KINDS]

    def describe(self, pointer: str) -> tuple[str, str] | None:
        """(label, kind) of a field or table cell, e.g. ("Service status 2: Note", "text"); None if not shown."""
        for spec in self._items(FieldSpec):
            if spec.pointer == pointer:
                return spec.label, spec.kind
        for table in self._items(TableSpec):
            if not pointer.startswith(table.pointer + "/"):
                continue
            row, _, key = pointer[len(table.pointer) + 1:].partition("/")
            if not row.isdigit():
                return None
            column = next((c for c in table.columns if c.key == (key or None)), None)
            if column is None:
                return None
            where = f"{table.label} {int(row) + 1}"
            return (f"{where}: {column.header}" if key else where), column.kind
        return None

    def pointer_order(self) -> list[str]:
        """Every field and table row, top to bottom of the form (read off the specs and the document)."""
        order = []
        for section in self.specs:
            for item in section.items:
                if isinstance(item, FieldSpec):
                    order.append(item.pointer)
                elif isinstance(item, TableSpec):
                    rows = self.doc.value(item.pointer) or []
                    order.extend(f"{item.pointer}/{row}" for row in range(len(rows)))
        return order

    def flagged_pointers(self) -> list[str]:
        """The values carrying the "check this value" marker, in form order (built or not)."""
        from editor.ui.fields import evidence_status

        return [pointer for pointer in self.pointer_order() if evidence_status(self.doc, pointer)[0]]

    def flag_reason(self, pointer: str) -> str:
        """Why ``pointer`` carries the marker, with its label."""
        from editor.ui.fields import evidence_status

        described = self.describe(pointer)
        why = evidence_status(self.doc, pointer)[1]
        return f"{described[0]} — {why}" if described else why

    def flagged_count(self) -> int:
        """How many values carry the "check this value" marker (built or not: it is read off the document)."""
        return len(self.flagged_pointers())

    def hints_pending(self) -> bool:
        """A field built so far still waits for its generated text (sections not built have none queued)."""
        return any(binding.hint_pending() for binding in self._bindings.values())

    def first_with_evidence(self, key: str) -> str | None:
        """The first field or table row of section ``key`` with evidence, read off the specs (builds nothing)."""
        section = next((s for s in self.specs if s.key == key), None)
        items = section.items if section else ()
        for item in items:  # fields first, then table rows
            if isinstance(item, FieldSpec) and self.doc.spans(item.pointer):
                return item.pointer
        for item in items:
            if isinstance(item, TableSpec):
                rows = self.doc.value(item.pointer)
                for i in range(len(rows) if isinstance(rows, list) else 0):
                    if self.doc.spans(f"{item.pointer}/{i}"):
                        return f"{item.pointer}/{i}"
        return None

    def focus_field(self, pointer: str) -> bool:
        """Put the keyboard focus in the field or table row for ``pointer``, scrolled into view."""
        if pointer in self._bindings or pointer in self.bindings:  # a built field needs no other section built
            editor = self._bindings[pointer].editor
            editor.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll.ensureWidgetVisible(self._bindings[pointer].container, 20, 40)
            return True
        tables = self._tables if any(pointer == t or pointer.startswith(t + "/") for t in self._tables) else self.tables
        for table_pointer, table in tables.items():
            if pointer == table_pointer or pointer.startswith(table_pointer + "/"):
                rest = pointer[len(table_pointer) + 1:].split("/", 1)[0]
                if rest.isdigit() and int(rest) < table.model.rowCount():
                    table.view.setCurrentIndex(table.model.index(int(rest), 0))
                table.view.setFocus(Qt.FocusReason.OtherFocusReason)
                self.scroll.ensureWidgetVisible(table, 20, 40)
                return True
        return False

    def on_changed(self, pointer: str) -> None:
        """Refresh what shows ``pointer`` (sections built later read the document then)."""
        if pointer in ("/evidence", "/user_edited", "/confidence"):
            for binding in self._bindings.values():
                binding.refresh_evidence()
            for table in self._tables.values():
                table.model.refresh_decorations()
        else:
            for bound, binding in self._bindings.items():
                if bound == pointer or bound.startswith(pointer + "/") or pointer.startswith(bound + "/"):
                    binding.refresh()
            for bound, table in self._tables.items():
                if bound == pointer or pointer.startswith(bound + "/") or bound.startswith(pointer + "/"):
                    table.model.reload(pointer)
            for binding in self._bindings.values():
                binding.queue_hint()
        self._panel_timer.start()

    def on_reset(self) -> None:
        """A new report: refresh everything built."""
        for binding in self._bindings.values():
            binding.refresh()
        for pointer, table in self._tables.items():
            table.model.reload(pointer)
        self._refresh_clocks()


def _new_notification(doc: Document) -> dict[str, Any]:
    """A new notification row: NIS2, aware since the incident was detected (the usual T0, until the user says)."""
    row: dict[str, Any] = {"regime": "nis2"}
    detected = doc.value("/incident/detected_at") or doc.value("/incident/start_date")
    if detected:
        row["awareness"] = detected
    return row


def _country_zone(report) -> str:
    """The time zone the organisation's clocks use while none is typed: its country's."""
    from editor.model.timezones import zone_for_country

    return zone_for_country(report.organization.country) or ""


def _generated_title(report) -> str:
    """The title the report prints while the user has written none (it names the organisation)."""
    from editor.export.labels import Labels

    labels = Labels.for_language(report.report.language)
    org = (report.organization.name or "").strip()
    return labels("meta.title_with_org", organization=org) if org else labels("meta.default_title")


def _generated_summary(report) -> str:
    """The executive summary the report prints while the user has written none, in the report's language."""
    if not report.organization.name:
        return ""
    from editor.export.summary import executive_summary

    return executive_summary(report, report.report.language)
