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
        self.nav.setFixedWidth(180)
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setStyleSheet("QListWidget#sectionList { background: palette(window); padding-top: 6px; }"
                               "QListWidget#sectionList::item { padding: 5px 10px; border-radius: 4px; }")
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
        self.scroll.setWidget(body)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.scroll, 1)
        self.nav.currentRowChanged.connect(self._nav_clicked)
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
        label = QLabel(spec.label + ":")
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
        caption = QLabel(label + ":")
        caption.setMinimumWidth(LABEL_WIDTH)
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.addRow(caption, editor)
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
        f, t, tr = self._field, self._table, self.tr
        unknown_date = tr("unknown — YYYY-MM-DD")
        form = self._section("report", tr("Report"))
        f(form, FieldSpec("/report/title", tr("Title")))
        f(form, FieldSpec("/report/stage", tr("Stage"), "enum", "ReportStage", optional=False))
        f(form, FieldSpec("/report/tlp", tr("TLP"), "enum", "TLP", optional=False))
        f(form, FieldSpec("/report/author", tr("Author")))
        f(form, FieldSpec("/report/author_organization", tr("Author's organisation")))
        f(form, FieldSpec("/report/language", tr("Report language"), "enum", "Language", optional=False))
        f(form, FieldSpec("/report/version", tr("Version"), optional=False))

        form = self._section("organisation", tr("Organisation and incident"))
        f(form, FieldSpec("/organization/name", tr("Organisation")))
        f(form, FieldSpec("/organization/sector", tr("Sector"), "enum", "Sector"))
        f(form, FieldSpec("/organization/country", tr("Country"), "country", placeholder=tr("ISO code, e.g. BE")))
        f(form, FieldSpec("/organization/region", tr("Region")))
        t(form, "/sites", tr("Sites"), [Column(None, tr("Site"))], lambda: "")
        f(form, FieldSpec("/incident/type", tr("Incident type"), "enum", "IncidentType"))
        f(form, FieldSpec("/incident/start_date", tr("Start date"), "date", placeholder=unknown_date))
        f(form, FieldSpec("/incident/detected_at", tr("Detected at"), "datetime",
                          placeholder=tr("unknown — YYYY-MM-DD or YYYY-MM-DDTHH:MM")))
        f(form, FieldSpec("/incident/summary", tr("Summary"), "multiline"))

        form = self._section("timeline", tr("Timeline"))
        t(form, "/timeline", tr("Events"), [
            Column("when", tr("When"), "partial", width=130), Column("when_text", tr("As written"), width=130),
            Column("what", tr("What happened"), width=260), Column("source", tr("Source"))], lambda: {"what": ""})

        form = self._section("impact", tr("Impact"))
        self._subheading(form, tr("Systems"))
        f(form, FieldSpec("/impact/servers_affected", tr("Servers affected"), "int", placeholder=tr("unknown")))
        f(form, FieldSpec("/impact/workstations_affected", tr("Workstations affected"), "int",
                          placeholder=tr("unknown")))
        f(form, FieldSpec("/impact/network_disconnected", tr("Network disconnected"), "bool"))
        self._subheading(form, tr("Services"))
        t(form, "/impact/services", tr("Service status"), [
            Column("service", tr("Service"), "enum", "ServiceName", optional=False, width=170),
            Column("status", tr("Status"), "enum", "ServiceStatus", optional=False, width=110),
            Column("label", tr("Name in the article"), width=150), Column("note", tr("Note"), width=200),
            Column("as_of", tr("As of"), "date")],
            lambda: {"service": "other", "status": "degraded", "note": ""})
        self._subheading(form, tr("Patient care"))
        f(form, FieldSpec("/impact/appointments_affected", tr("Appointments affected"), "int",
                          placeholder=tr("unknown")))
        f(form, FieldSpec("/impact/patients_diverted", tr("Patients diverted"), "bool"))
        self._subheading(form, tr("Data"))
        f(form, FieldSpec("/impact/data_exfiltration", tr("Data exfiltration"), "enum", "DataExfiltration"))
        t(form, "/impact/data_categories", tr("Data categories"), [Column(None, tr("Category"))], lambda: "")
        f(form, FieldSpec("/impact/people_affected", tr("People affected"), "int", placeholder=tr("unknown")))
        f(form, FieldSpec("/impact/records_affected", tr("Records affected"), "int", placeholder=tr("unknown")))

        form = self._section("response", tr("Response"))
        t(form, "/response/actions", tr("Actions"), [
            Column("category", tr("Category"), "enum", "ActionCategory", optional=False, width=170),
            Column("description", tr("Description"), width=240), Column("actor", tr("Actor"), width=110),
            Column("when", tr("When"), "partial", width=110),
            Column("status", tr("Status"), "enum", "ActionStatus")],
            lambda: {"category": "containment", "description": ""})
        t(form, "/response/restoration_order", tr("Restoration order"), [Column(None, tr("System or service"))],
          lambda: "")

        form = self._section("ransom", tr("Ransom and extortion"))
        f(form, FieldSpec("/ransom/status", tr("Ransom"), "enum", "RansomStatus"))
        f(form, FieldSpec("/ransom/amount", tr("Amount"), "float", placeholder=tr("unknown")))
        f(form, FieldSpec("/ransom/currency", tr("Currency"), "currency", placeholder=tr("EUR, USD, BTC…")))
        f(form, FieldSpec("/ransom/threat_actor", tr("Threat actor")))
        f(form, FieldSpec("/ransom/claimed", tr("Attack claimed"), "bool"))
        f(form, FieldSpec("/ransom/leak_published", tr("Data published on a leak site"), "bool"))
        f(form, FieldSpec("/ransom/as_of", tr("As of"), "date", placeholder=unknown_date))

        form = self._section("notifications", tr("Notifications"))
        t(form, "/notifications", tr("Notifications"), [
            Column("regime", tr("Regime"), "enum", "Regime", optional=False, width=90),
            Column("authority", tr("Authority"), width=120),
            Column("awareness", tr("Aware since"), "datetime", width=140),
            Column("submitted", tr("Submitted"), "datetime", width=140),
            Column("stage", tr("Stage"), "enum", "ReportStage", width=150),
            Column("due", tr("Due (override)"), "datetime", width=130),
            Column("reference", tr("Reference"), width=100), Column("note", tr("Note"))],
            lambda: {"regime": "nis2"})
        self.clocks = ClocksPanel(self.doc, self)
        form.addRow(self.clocks)

        form = self._section("lessons", tr("Lessons learned"))
        f(form, FieldSpec("/lessons_learned/text", tr("Lessons learned"), "multiline", optional=False))
        t(form, "/lessons_learned/items", tr("Items"), [Column(None, tr("Lesson"))], lambda: "")

        form = self._section("sources", tr("Sources"))
        f(form, FieldSpec("/source/title", tr("Article title")))
        f(form, FieldSpec("/source/publisher", tr("Outlet")))
        f(form, FieldSpec("/source/published", tr("Published"), "date", placeholder=unknown_date))
        f(form, FieldSpec("/source/url", tr("URL")))
        t(form, "/sources", tr("Further sources"), [
            Column("title", tr("Title"), width=200), Column("publisher", tr("Outlet"), width=120),
            Column("published", tr("Published"), "date", width=100), Column("url", tr("URL"))], lambda: {})

    def _chain_tab_order(self) -> None:
        # Tab follows the form top to bottom, whatever order Qt would derive from parents.
        chain = [self.nav] + self._chain
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # --- behaviour -----------------------------------------------------------------------------
    def _nav_clicked(self, row: int) -> None:
        item = self.nav.item(row)
        if item is not None:
            self.scroll_to(item.data(Qt.ItemDataRole.UserRole), select=False)

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
        self._panel_timer.start()

    def on_reset(self) -> None:
        """A new report: refresh everything."""
        for binding in self.bindings.values():
            binding.refresh()
        for pointer, table in self.tables.items():
            table.model.reload(pointer)
        self.clocks.refresh()
