"""Dialogs: re-extraction review, export, preferences."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.model.report import IncidentReport
from editor.settings import AUTOSAVE_RANGE, REPORT_LANGUAGE_CHOICES, THEME_CHOICES, TLP_CHOICES, Settings
from editor.ui.labels import enum_labels
from editor.ui.prompts import Change

FORMATS = (("docx", ".docx"), ("json", ".json"), ("md", ".md"), ("veris", ".veris.json"), ("stix", ".stix.json"))


def _format_of_name(name: str) -> str | None:
    """The export format a file name's extension names, None for another extension."""
    lowered = name.strip().lower()
    for code, suffix in sorted(FORMATS, key=lambda f: -len(f[1])):  # ".veris.json" before ".json"
        if lowered.endswith(suffix):
            return code
    return None


def _short(value: Any, limit: int = 70) -> str:
    """A value as a readable line: lists as their items' first values, unknown as a dash."""
    if value is None or value == [] or value == "":
        return "—"
    if isinstance(value, list):
        items = []
        for item in value:
            if isinstance(item, dict):
                item = next((v for v in item.values() if v not in (None, "", [])), "…")
            items.append(str(item))
        text = f"({len(value)}) " + "; ".join(items)
    elif isinstance(value, dict):
        text = json.dumps(value, ensure_ascii=False)
    else:
        text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ReextractDialog(QDialog):
    """A checkable list of the fields a re-extraction would change."""

    def __init__(self, changes: list[Change], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Re-extraction: review the changes"))
        self.resize(800, 420)
        intro = QLabel(self.tr("Tick the fields to update from the article. Values you typed are not ticked: "
                               "they are kept unless you tick them."))
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Proposed changes"))
        self.tree.setHeaderLabels([self.tr("Field"), self.tr("Current value"), self.tr("Extracted value")])
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnWidth(0, 240)
        self.tree.setColumnWidth(1, 240)
        for change in changes:
            label = change.label + (self.tr(" (typed by you)") if change.user_edited else "")
            item = QTreeWidgetItem([label, _short(change.old), _short(change.new)])
            item.setData(0, Qt.ItemDataRole.UserRole, change.pointer)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked if change.user_edited else Qt.CheckState.Checked)
            item.setToolTip(1, _short(change.old, 600))
            item.setToolTip(2, _short(change.new, 600))
            self.tree.addTopLevelItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Apply ticked changes"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    def accepted_pointers(self) -> list[str]:
        """Pointers of the ticked fields."""
        out = []
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item.checkState(0) == Qt.CheckState.Checked:
                out.append(item.data(0, Qt.ItemDataRole.UserRole))
        return out


SUBMISSION_FORMATS = ("docx", "md")  # the reports a crisis cell or an authority receives


class ExportDialog(QDialog):
    """Format, report language, TLP, template and target of an export."""

    def __init__(self, report: IncidentReport, settings: Settings, base: Path, parent: QWidget | None = None) -> None:
        """``base``: the folder and file name, without extension, the target starts from."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the report"))
        self.base = Path(base)
        self.format = QComboBox()
        labels = {"docx": self.tr("Word report (.docx)"), "json": self.tr("Incident JSON (.json)"),
                  "md": self.tr("Markdown (.md)"), "veris": self.tr("VERIS JSON"), "stix": self.tr("STIX 2.1 bundle")}
        for code, _suffix in FORMATS:
            self.format.addItem(labels[code], code)
        self.language = QComboBox()
        for code, label in enum_labels("Language").items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(self.language.findData(report.report.language), 0))
        self.tlp = QComboBox()
        for code in TLP_CHOICES:
            self.tlp.addItem(code, code)
        self.tlp.setCurrentIndex(max(self.tlp.findData(report.report.tlp.value), 0))
        self.template = QLineEdit(settings.template)
        self.template.setPlaceholderText(self.tr("built-in template"))
        browse_template = QPushButton(self.tr("Browse…"))
        browse_template.clicked.connect(self._pick_template)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(browse_template)
        self.target = QLineEdit(str(self.base) + ".docx")
        browse_target = QPushButton(self.tr("Browse…"))
        browse_target.clicked.connect(self._pick_target)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(browse_target)
        # Says what the export does with a name whose extension is not the format's.
        self.name_note = QLabel()
        self.name_note.setObjectName("exportNameNote")  # two short lines, unwrapped: the dialog grows to fit
        self.name_note.hide()
        self.open_when_done = QCheckBox(self.tr("Open the file when done"))
        # The report keeps each stage as submitted: the next stage's Evolution section says what changed since.
        stage = enum_labels("ReportStage").get(report.report.stage.value, report.report.stage.value)
        self.record = QCheckBox(self.tr("Record this export as the “%1” submission (version %2)")
                                .replace("%1", stage).replace("%2", report.report.version or "1.0"))
        self.record.setObjectName("recordSubmission")
        self.record.setToolTip(self.tr("The report keeps the stage, version, date and values of each submission; "
                                       "the next stage's report says what changed since."))
        self.format.currentIndexChanged.connect(self._format_changed)
        self.target.textChanged.connect(self._target_changed)
        for widget, name in ((self.format, self.tr("Format")), (self.language, self.tr("Report language")),
                             (self.tlp, self.tr("TLP")), (self.template, self.tr("Template")),
                             (self.target, self.tr("Save to")), (browse_template, self.tr("Choose a template")),
                             (browse_target, self.tr("Choose where to save")),
                             (self.open_when_done, self.tr("Open the file when done")),
                             (self.record, self.tr("Record this export as the stage's submission"))):
            widget.setAccessibleName(name)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("Report language:"), self.language)
        form.addRow(self.tr("TLP:"), self.tlp)
        form.addRow(self.tr("Template:"), template_row)
        form.addRow(self.tr("Save to:"), target_row)
        form.addRow("", self.name_note)
        form.addRow("", self.open_when_done)
        form.addRow("", self.record)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(max(680, self.sizeHint().width()), self.sizeHint().height())

    def _format_changed(self) -> None:
        suffix = dict(FORMATS)[self.format.currentData()]
        current = self.target.text()
        for _code, old in sorted(FORMATS, key=lambda f: -len(f[1])):  # ".veris.json" before ".json"
            if current.lower().endswith(old):
                current = current[: -len(old)]
                break
        self.target.setText(current + suffix)
        is_docx = self.format.currentData() == "docx"
        self.template.setEnabled(is_docx)
        self.record.setEnabled(self.format.currentData() in SUBMISSION_FORMATS)

    def _target_changed(self, text: str) -> None:
        """A name ending in another format's extension switches the format; any other gets the format's."""
        named = _format_of_name(text)
        if named is not None and named != self.format.currentData():
            self.format.blockSignals(True)
            self.format.setCurrentIndex(self.format.findData(named))
            self.format.blockSignals(False)
            self.template.setEnabled(named == "docx")
            self.record.setEnabled(named in SUBMISSION_FORMATS)
        path = self.target_path()
        if text.strip() and Path(text.strip()).expanduser() != path:
            self.name_note.setText(self.tr("The extension of the format is added; the file is saved as:\n%1")
                                   .replace("%1", path.name))
            self.name_note.show()
        else:
            self.name_note.hide()

    def _pick_template(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Word template"), str(self.base.parent),
                                               self.tr("Word documents (*.docx)"))
        if path:
            self.template.setText(path)

    def _pick_target(self) -> None:
        labels = {code: self.format.itemText(self.format.findData(code)) for code, _s in FORMATS}
        filters = [f"{labels[code]} (*{suffix})" for code, suffix in FORMATS]
        current = filters[[code for code, _s in FORMATS].index(self.format.currentData())]
        # Replacing an existing file is asked once, when the export starts, not here as well.
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Export to"), str(self.target_path()),
                                               ";;".join(filters), current,
                                               QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.target.setText(path)

    def target_path(self) -> Path:
        """The file the export writes: the typed name, with the format's extension added when it lacks it."""
        text = self.target.text().strip()
        path = Path(text).expanduser() if text else self.base
        suffix = dict(FORMATS)[self.format.currentData()]
        return path if path.name.lower().endswith(suffix) else path.with_name(path.name + suffix)

    def choice(self) -> dict[str, Any]:
        """Keyword arguments for ``MainWindow.export_to``."""
        is_docx = self.format.currentData() == "docx"
        return {"target": self.target_path(), "fmt": self.format.currentData(),
                "language": self.language.currentData(), "tlp": self.tlp.currentData(),
                "template": self.template.text().strip() if is_docx else None,
                "open_when_done": self.open_when_done.isChecked(),
                "record": self.record.isChecked() and self.format.currentData() in SUBMISSION_FORMATS}


class PreferencesDialog(QDialog):
    """Author, organisation, defaults, autosave interval, interface language, theme."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.original = settings
        self.author = QLineEdit(settings.author)
        self.organization = QLineEdit(settings.author_organization)
        self.tlp = QComboBox()
        for code in TLP_CHOICES:
            self.tlp.addItem(code, code)
        self.tlp.setCurrentIndex(self.tlp.findData(settings.default_tlp))
        self.report_language = QComboBox()
        languages = enum_labels("Language")
        for code in REPORT_LANGUAGE_CHOICES:
            self.report_language.addItem(languages.get(code, self.tr("The article's language")), code)
        self.report_language.setCurrentIndex(self.report_language.findData(settings.report_language))
        self.template = QLineEdit(settings.template)
        self.template.setPlaceholderText(self.tr("built-in template"))
        self.autosave = QSpinBox()
        self.autosave.setRange(*AUTOSAVE_RANGE)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setValue(settings.autosave_seconds)
        self.ui_language = QComboBox()
        for code, label in (("", self.tr("Follow the system")), ("en", "English"), ("fr", "Français")):
            self.ui_language.addItem(label, code)
        self.ui_language.setCurrentIndex(self.ui_language.findData(settings.ui_language))
        self.theme = QComboBox()
        theme_labels = {"system": self.tr("Follow the system"), "light": self.tr("Light"), "dark": self.tr("Dark")}
        for code in THEME_CHOICES:
            self.theme.addItem(theme_labels[code], code)
        self.theme.setCurrentIndex(self.theme.findData(settings.theme))
        restart = QLabel(self.tr("A new interface language applies after a restart."))
        restart.setWordWrap(True)
        form = QFormLayout()
        rows = ((self.tr("Author"), self.author), (self.tr("Author's organisation"), self.organization),
                (self.tr("Default TLP"), self.tlp), (self.tr("Report language"), self.report_language),
                (self.tr("Word template"), self.template), (self.tr("Autosave after"), self.autosave),
                (self.tr("Interface language"), self.ui_language), (self.tr("Theme"), self.theme))
        for label, widget in rows:
            widget.setAccessibleName(label)
            form.addRow(self.tr("%1:").replace("%1", label), widget)
        form.addRow("", restart)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def settings(self) -> Settings:
        """The edited preferences."""
        return self.original.with_changes(
            author=self.author.text().strip(), author_organization=self.organization.text().strip(),
            default_tlp=self.tlp.currentData(), report_language=self.report_language.currentData(),
            template=self.template.text().strip(), autosave_seconds=self.autosave.value(),
            ui_language=self.ui_language.currentData(), theme=self.theme.currentData())


class ShortcutsDialog(QDialog):
    """The keyboard shortcuts: what, and which keys."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutList")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        for what, keys in rows:
            self.tree.addTopLevelItem(QTreeWidgetItem([what, keys]))
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(0, self.tree.columnWidth(0) + 24)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(max(560, self.tree.columnWidth(0) + 220), 560)
