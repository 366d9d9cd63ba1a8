"""NIS2 / GDPR clocks and the checklist of what the report still lacks for its stage."""

from __future__ import annotations

from datetime import datetime, timezone, tzinfo
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from editor.model.enums import Regime
from editor.model.regulatory import deadlines, gdpr_applies, missing_items, nis2_applies
from editor.model.timezones import report_zone, report_zone_name
from editor.ui.document import Document
from editor.ui.labels import deadline_label, enum_labels, item_label
from editor.ui.theme import AMBER

# A report may carry any number of notifications (a tampered one, 10^5): the panel lists this many
# deadlines and one "and N more" row, so opening it stays a fraction of a second.
MAX_CLOCK_ROWS = 200


def format_moment(moment: datetime | None, zone: tzinfo, *, utc_too: bool = True) -> str:
    """A moment in the organisation's zone (named under the table), UTC alongside: "2023-10-18 02:30 (00:30 UTC)"."""
    if moment is None:
        return ""
    local, utc = moment.astimezone(zone), moment.astimezone(timezone.utc)
    shown = local.strftime("%Y-%m-%d %H:%M")
    if local.utcoffset() == utc.utcoffset():
        return shown + " UTC"
    if not utc_too:
        return shown
    utc_text = utc.strftime("%H:%M" if utc.date() == local.date() else "%Y-%m-%d %H:%M")
    return f"{shown} ({utc_text} UTC)"


class ClocksPanel(QWidget):
    """Computed due dates per notification and the missing items for the report's stage."""

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.clocks = QTreeWidget(self)
        self.clocks.setObjectName("clocks")
        self.clocks.setAccessibleName(self.tr("Notification deadlines"))
        self.clocks.setHeaderLabels([self.tr("Obligation"), self.tr("Due"), self.tr("Status")])
        self.clocks.setRootIsDecorated(False)
        # The due time (local, with UTC alongside) and the status keep their whole text; the obligation
        # takes what is left, elided, its full wording in the tooltip.
        header = self.clocks.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.clocks.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.missing_title = QLabel(self)
        self.missing_title.setWordWrap(True)
        self.missing_title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.missing = QTreeWidget(self)
        self.missing.setObjectName("missingItems")
        self.missing.setAccessibleName(self.tr("Items still missing for this stage"))
        self.missing.setHeaderHidden(True)
        self.missing.setRootIsDecorated(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.clocks)
        layout.addWidget(self.hint)
        layout.addWidget(self.missing_title)
        layout.addWidget(self.missing)
        layout.addStretch(1)  # height the form's layout gives beyond the rows' needs goes below them
        self.refresh()

    def zone_hint(self) -> str:
        """Which zone the clocks run in, and where it comes from."""
        name, derived = report_zone_name(self.doc.report)
        if name is None:
            return self.tr("Times are in UTC: set the organisation’s country or time zone to use its local time.")
        if derived:
            return (self.tr("Times are in %1, the time zone of the organisation’s country (%2); UTC in brackets.")
                    .replace("%1", name).replace("%2", self.doc.report.organization.country or ""))
        return self.tr("Times are in %1, the organisation’s time zone; UTC in brackets.").replace("%1", name)

    def refresh(self) -> None:
        """Recompute from the report."""
        report = self.doc.report
        now = datetime.now(timezone.utc)
        zone = report_zone(report)  # times typed without an offset are the organisation's local time
        self.clocks.clear()
        rows = hidden = 0
        for notification in report.notifications:
            if rows >= MAX_CLOCK_ROWS:
                hidden += 1
                continue
            for deadline in deadlines(notification, zone):
                label = deadline_label(deadline.key)
                if notification.authority:
                    label += f" — {notification.authority}"
                if deadline.submitted:
                    submitted = format_moment(deadline.submitted, zone, utc_too=False)
                    status = self.tr("Submitted %1").replace("%1", submitted)
                elif deadline.due is None:
                    status = self.tr("Awareness time unknown")
                elif deadline.due < now:
                    status = self.tr("Overdue")
                else:
                    hours = int((deadline.due - now).total_seconds() // 3600)
                    status = self.tr("%1 h left").replace("%1", str(hours))
                item = QTreeWidgetItem([label, format_moment(deadline.due, zone) or "—", status])
                item.setToolTip(0, f"{label}\n{deadline.basis}")
                if status == self.tr("Overdue"):
                    item.setForeground(2, QColor("#c0392b"))
                self.clocks.addTopLevelItem(item)
                rows += 1
        if hidden:
            self.clocks.addTopLevelItem(QTreeWidgetItem(
                [self.tr("… and %n more notification(s), not listed", "", hidden), "", ""]))
            rows += 1
        self.clocks.setFixedHeight(self.clocks.header().sizeHint().height() + max(rows, 1) * 24 + 8)
        self.clocks.setVisible(rows > 0)
        regimes = {n.regime for n in report.notifications}
        hints = []
        if rows:
            hints.append(self.zone_hint())
        if Regime.NIS2 not in regimes:
            if nis2_applies(report):
                hints.append(self.tr("No NIS2 notification yet: add one with the awareness time to compute the clocks."))
            else:
                hints.append(self.tr("NIS2 does not apply: the organisation’s country (%1) is outside the EU and EEA.")
                             .replace("%1", report.organization.country or ""))
        if gdpr_applies(report) and Regime.GDPR not in regimes:
            hints.append(self.tr("Personal data may be affected: a GDPR notification is due within 72 h."))
        self.hint.setText("\n".join(hints))
        self.hint.setVisible(bool(hints))
        stage = enum_labels("ReportStage").get(report.report.stage.value, report.report.stage.value)
        items = missing_items(report)
        self.missing.clear()
        for pointer, key in items:
            item = QTreeWidgetItem([item_label(key)])
            item.setToolTip(0, item_label(key))  # a narrow form elides it
            item.setData(0, Qt.ItemDataRole.UserRole, pointer)
            item.setForeground(0, QColor(AMBER))
            self.missing.addTopLevelItem(item)
        if items:
            self.missing_title.setText(self.tr("Still missing for the stage “%1”:").replace("%1", stage))
        else:
            self.missing_title.setText(self.tr("Everything the stage “%1” requires is filled in.").replace("%1", stage))
        self.missing.setVisible(bool(items))
        self.missing.setFixedHeight(max(len(items), 1) * 24 + 8)
        self._fit_labels()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_labels()

    def _fit_labels(self) -> None:
        # The form's scroll area does not ask its rows for a height at their real width, so a wrapped
        # label would keep the lines it had at a wider one and be cut: give it its height for this width.
        width = max(self.width(), 50)
        for label in (self.hint, self.missing_title):
            box = label.fontMetrics().boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap,
                                                   label.text())
            needed = box.height() + 2
            if label.minimumHeight() != needed:
                label.setMinimumHeight(needed)
                label.setMaximumHeight(needed)
