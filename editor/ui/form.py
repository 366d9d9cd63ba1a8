"""The structured form: one section per part of the report, fields and tables bound to pointers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
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
from editor.ui.notifications import ClocksPanel
from editor.ui.tables import Column, ListEditor

LABEL_WIDTH = 170  # one label column width in every section, so fields line up
TEXT_KINDS = ("text", "multiline", "int", "float", "date", "datetime", "country", "currency")


class FormView(QWidget):
    """Section list on the left, the scrolling form on the right."""

    focused = Signal(str)  # pointer of the field or cell the user is in

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.bindings: dict[str, FieldBinding] = {}
        self.tables: dict[str, ListEditor] = {}
        self.sections: dict[str, QWidget] = {}
        self.labels: dict[str, str] = {}
        self._chain: list[QWidget] = []
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
        self._build()
        self.column.addStretch(1)
        widest = max(self.nav.fontMetrics().horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count()))
        self.nav.setFixedWidth(widest + 40)
        self.scroll.setWidget(body)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.scroll, 1)
        self.nav.setCurrentRow(0)
        self.nav.currentRowChanged.connect(self._nav_clicked)
        self.scroll.verticalScrollBar().valueChanged.connect(self._follow_scroll)
        self._chain_tab_order()
        self._panel_timer = QTimer(self)
        self._panel_timer.setSingleShot(True)
        self._panel_timer.setInterval(0)
        self._panel_timer.timeout.connect(self.clocks.refresh)
        doc.changed.connect(self.on_changed)
        doc.reset.connect(self.on_reset)

    # --- building ------------------------------------------------------------------------------
    def _section(self, key: str, title: str) -> QFormLayout:
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
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.addItem(item)
        return form

    def _field(self, form: QFormLayout, spec: FieldSpec) -> None:
        binding = FieldBinding(self.doc, spec, self)
        binding.focused.connect(self.focused)
        label = QLabel(self.tr("%1:").replace("%1", spec.label))  # French puts a space before ":"
        label.setBuddy(binding.editor)
        label.setMinimumWidth(LABEL_WIDTH)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(label, binding.container)
        self.bindings[spec.pointer] = binding
        self.labels[spec.pointer] = spec.label
        self._chain.append(binding.editor)

    def _table(self, form: QFormLayout, pointer: str, label: str, columns: list[Column], new_row: Any) -> None:
        editor = ListEditor(self.doc, pointer, label, columns, new_row, self)
        editor.focused.connect(self.focused)
        # Tables take the whole form width, their caption above: lists need room more than alignment.
        caption = QLabel(label)
        caption.setBuddy(editor.view)
        caption.setContentsMargins(0, 4, 0, 0)
        form.addRow(caption)
        form.addRow(editor)
        self.tables[pointer] = editor
        self.labels[pointer] = label
        self._chain.extend([editor.view, *editor.buttons.values()])

    def _subheading(self, form: QFormLayout, text: str) -> None:
        label = QLabel(text)
        font = label.font()
        font.setWeight(QFont.Weight.DemiBold)
        label.setFont(font)
        label.setContentsMargins(0, 6, 0, 0)
        form.addRow(label)

    def _build(self) -> None:
        f, t = self._field, self._table
        unknown_date = self.tr("unknown — YYYY-MM-DD")
        form = self._section("report", self.tr("Report"))
        f(form, FieldSpec("/report/title", self.tr("Title")))
        f(form, FieldSpec("/report/stage", self.tr("Stage"), "enum", "ReportStage", optional=False))
        f(form, FieldSpec("/report/tlp", self.tr("TLP"), "enum", "TLP", optional=False))
        f(form, FieldSpec("/report/author", self.tr("Author")))
        f(form, FieldSpec("/report/author_organization", self.tr("Author's organisation")))
        f(form, FieldSpec("/report/language", self.tr("Report language"), "enum", "Language", optional=False))
        f(form, FieldSpec("/report/version", self.tr("Version"), optional=False))

        form = self._section("organisation", self.tr("Organisation and incident"))
        f(form, FieldSpec("/organization/name", self.tr("Organisation")))
        f(form, FieldSpec("/organization/sector", self.tr("Sector"), "enum", "Sector"))
        f(form, FieldSpec("/organization/country", self.tr("Country"), "country",
                          placeholder=self.tr("ISO code, e.g. BE")))
        f(form, FieldSpec("/organization/region", self.tr("Region")))
        t(form, "/sites", self.tr("Sites"), [Column(None, self.tr("Site"))], lambda: "")
        f(form, FieldSpec("/incident/type", self.tr("Incident type"), "enum", "IncidentType"))
        f(form, FieldSpec("/incident/start_date", self.tr("Start date"), "date", placeholder=unknown_date))
        f(form, FieldSpec("/incident/detected_at", self.tr("Detected at"), "datetime",
                          placeholder=self.tr("unknown — YYYY-MM-DD or YYYY-MM-DDTHH:MM")))
        f(form, FieldSpec("/incident/summary", self.tr("Summary"), "multiline", suggestion=_generated_summary))

        form = self._section("timeline", self.tr("Timeline"))
        t(form, "/timeline", self.tr("Events"), [
            Column("when", self.tr("When"), "partial", width=130),
            Column("when_text", self.tr("As written"), width=130),
            Column("what", self.tr("What happened"), width=260),
            Column("source", self.tr("Source"))], lambda: {"what": ""})

        form = self._section("impact", self.tr("Impact"))
        self._subheading(form, self.tr("Systems"))
        f(form, FieldSpec("/impact/servers_affected", self.tr("Servers affected"), "int",
                          placeholder=self.tr("unknown")))
        f(form, FieldSpec("/impact/workstations_affected", self.tr("Workstations affected"), "int",
                          placeholder=self.tr("unknown")))
        f(form, FieldSpec("/impact/network_disconnected", self.tr("Network disconnected"), "bool"))
        self._subheading(form, self.tr("Services"))
        t(form, "/impact/services", self.tr("Service status"), [
            Column("service", self.tr("Service"), "enum", "ServiceName", optional=False, width=170),
            Column("status", self.tr("Status"), "enum", "ServiceStatus", optional=False, width=110),
            Column("label", self.tr("Name in the article"), width=150), Column("note", self.tr("Note"), width=200),
            Column("as_of", self.tr("As of"), "date")],
            lambda: {"service": "other", "status": "degraded", "note": ""})
        self._subheading(form, self.tr("Patient care"))
        f(form, FieldSpec("/impact/appointments_affected", self.tr("Appointments affected"), "int",
                          placeholder=self.tr("unknown")))
        f(form, FieldSpec("/impact/patients_diverted", self.tr("Patients diverted"), "bool"))
        self._subheading(form, self.tr("Data"))
        f(form, FieldSpec("/impact/data_exfiltration", self.tr("Data exfiltration"), "enum", "DataExfiltration"))
        t(form, "/impact/data_categories", self.tr("Data categories"), [Column(None, self.tr("Category"))], lambda: "")
        f(form, FieldSpec("/impact/people_affected", self.tr("People affected"), "int", placeholder=self.tr("unknown")))
        f(form, FieldSpec("/impact/records_affected", self.tr("Records affected"), "int",
                          placeholder=self.tr("unknown")))

        form = self._section("response", self.tr("Response"))
        t(form, "/response/actions", self.tr("Actions"), [
            Column("category", self.tr("Category"), "enum", "ActionCategory", optional=False, width=170),
            Column("description", self.tr("Description"), width=240), Column("actor", self.tr("Actor"), width=110),
            Column("when", self.tr("When"), "partial", width=110),
            Column("status", self.tr("Status"), "enum", "ActionStatus")],
            lambda: {"category": "containment", "description": ""})
        t(form, "/response/restoration_order", self.tr("Restoration order"),
          [Column(None, self.tr("System or service"))],
          lambda: "")

        form = self._section("ransom", self.tr("Ransom and extortion"))
        f(form, FieldSpec("/ransom/status", self.tr("Ransom"), "enum", "RansomStatus"))
        f(form, FieldSpec("/ransom/amount", self.tr("Amount"), "float", placeholder=self.tr("unknown")))
        f(form, FieldSpec("/ransom/currency", self.tr("Currency"), "currency", placeholder=self.tr("EUR, USD, BTC…")))
        f(form, FieldSpec("/ransom/threat_actor", self.tr("Threat actor")))
        f(form, FieldSpec("/ransom/claimed", self.tr("Attack claimed"), "bool"))
        f(form, FieldSpec("/ransom/leak_published", self.tr("Data published on a leak site"), "bool"))
        f(form, FieldSpec("/ransom/as_of", self.tr("As of"), "date", placeholder=unknown_date))

        form = self._section("notifications", self.tr("Notifications"))
        t(form, "/notifications", self.tr("Notifications"), [
            Column("regime", self.tr("Regime"), "enum", "Regime", optional=False, width=90),
            Column("authority", self.tr("Authority"), width=120),
            Column("awareness", self.tr("Aware since"), "datetime", width=140),
            Column("submitted", self.tr("Submitted"), "datetime", width=140),
            Column("stage", self.tr("Stage"), "enum", "ReportStage", width=150),
            Column("due", self.tr("Due (override)"), "datetime", width=130),
            Column("reference", self.tr("Reference"), width=100), Column("note", self.tr("Note"))],
            lambda: {"regime": "nis2"})
        self.clocks = ClocksPanel(self.doc, self)
        caption = QLabel(self.tr("%1:").replace("%1", self.tr("Deadlines")))
        caption.setMinimumWidth(LABEL_WIDTH)
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.addRow(caption, self.clocks)

        form = self._section("lessons", self.tr("Lessons learned"))
        f(form, FieldSpec("/lessons_learned/text", self.tr("Lessons learned"), "multiline", optional=False))
        t(form, "/lessons_learned/items", self.tr("Items"), [Column(None, self.tr("Lesson"))], lambda: "")

        form = self._section("sources", self.tr("Sources"))
        f(form, FieldSpec("/source/title", self.tr("Article title")))
        f(form, FieldSpec("/source/publisher", self.tr("Outlet")))
        f(form, FieldSpec("/source/published", self.tr("Published"), "date", placeholder=unknown_date))
        f(form, FieldSpec("/source/url", self.tr("URL")))
        t(form, "/sources", self.tr("Further sources"), [
            Column("title", self.tr("Title"), width=200), Column("publisher", self.tr("Outlet"), width=120),
            Column("published", self.tr("Published"), "date", width=100), Column("url", self.tr("URL"))], lambda: {})

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
        self.scroll.verticalScrollBar().setValue(box.y() - 4)
        if select:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(list(self.sections).index(key))
            self.nav.blockSignals(False)
        return True

    def targets(self) -> list[tuple[str, str]]:
        """Fields a selection of article text can be put into: (pointer, label)."""
        return [(p, self.labels[p]) for p, b in self.bindings.items() if b.spec.kind in TEXT_KINDS]

    def describe(self, pointer: str) -> tuple[str, str] | None:
        """(label, kind) of a field or table cell, e.g. ("Service status 2: Note", "text"); None if not shown."""
        if pointer in self.bindings:
            spec = self.bindings[pointer].spec
            return spec.label, spec.kind
        for table_pointer, table in self.tables.items():
            if not pointer.startswith(table_pointer + "/"):
                continue
            row, _, key = pointer[len(table_pointer) + 1:].partition("/")
            if not row.isdigit():
                return None
            columns = table.model.columns
            column = next((c for c in columns if c.key == (key or None)), None)
            if column is None:
                return None
            where = f"{table.label} {int(row) + 1}"
            return (f"{where}: {column.header}" if key else where), column.kind
        return None

    def flagged_count(self) -> int:
        """How many shown values carry the "check this value" marker."""
        from editor.ui.fields import evidence_status

        count = sum(1 for b in self.bindings.values() if getattr(b, "flagged", False))
        for pointer, table in self.tables.items():
            count += sum(1 for row in range(len(table.model.rows)) if evidence_status(self.doc, f"{pointer}/{row}")[0])
        return count

    def focus_field(self, pointer: str) -> bool:
        """Put the keyboard focus in the field or table for ``pointer``."""
        if pointer in self.bindings:
            self.bindings[pointer].editor.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        for table_pointer, table in self.tables.items():
            if pointer == table_pointer or pointer.startswith(table_pointer + "/"):
                table.view.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    def on_changed(self, pointer: str) -> None:
        """Refresh what shows ``pointer``."""
        if pointer in ("/evidence", "/user_edited", "/confidence"):
            for binding in self.bindings.values():
                binding.refresh_evidence()
            for table in self.tables.values():
                table.model.refresh_decorations()
        else:
            for bound, binding in self.bindings.items():
                if bound == pointer or bound.startswith(pointer + "/") or pointer.startswith(bound + "/"):
                    binding.refresh()
            for bound, table in self.tables.items():
                if bound == pointer or pointer.startswith(bound + "/") or bound.startswith(pointer + "/"):
                    table.model.reload(pointer)
            for binding in self.bindings.values():
                binding.queue_hint()
        self._panel_timer.start()

    def on_reset(self) -> None:
        """A new report: refresh everything."""
        for binding in self.bindings.values():
            binding.refresh()
        for pointer, table in self.tables.items():
            table.model.reload(pointer)
        self.clocks.refresh()


def _generated_summary(report) -> str:
    """The executive summary the report prints while the user has written none, in the report's language."""
    if not report.organization.name:
        return ""
    from editor.export.summary import executive_summary

    return executive_summary(report, report.report.language)
