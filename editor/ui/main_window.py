"""The main window: article beside the form, menus, status bar, drag and drop, close prompt."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QToolButton,
    QWidget,
)

from editor.settings import Settings
from editor.ui.article_view import ArticleView
from editor.ui.document import Document, EvidenceCommand
from editor.ui.fields import parse_text
from editor.ui.files import FileActions
from editor.ui.form import FormView
from editor.ui.icons import icon
from editor.ui import published
from editor.ui.prompts import DialogPrompts, Prompts
from editor.ui.qt_settings import QSettingsStore
from editor.ui.theme import apply_theme
from editor.ui.when_input import DATE_KINDS, read_typed
from editor.ui.workers import TaskRunner

APP_NAME = "Incident Report Editor"
ARTICLE_MIN_WIDTH = 280  # the article column the form's width never takes


class MainWindow(QMainWindow, FileActions):
    """Article on the left, structured form on the right."""

    def __init__(self, prompts: Prompts | None = None, store: QSettingsStore | None = None, *,
                 lazy_form: bool = False) -> None:
        """``lazy_form``: build the form's lower sections after the window is first painted (start-up)."""
        super().__init__()
        self.prompts = prompts or DialogPrompts()
        self.store = store or QSettingsStore()
        self.settings: Settings = self.store.load()
        self.doc = Document(self)
        self.runner = TaskRunner(self)
        self.extractor: Any = None  # tests may install a function(article, language) -> IncidentReport
        self.recovery_file: Path | None = None
        self.restored_from: Path | None = None
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)
        self.article = ArticleView(self)
        self.article.dark = QApplication.instance().property("incident_theme") == "dark"
        self.form = FormView(self.doc, self, lazy=lazy_form)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.article)
        self.splitter.addWidget(self.form)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([600, 840])
        self.setCentralWidget(self.splitter)
        self._build_status_bar()
        self._build_actions()
        self._build_menus()
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.timeout.connect(self.autosave)
        self._apply_settings()
        self.doc.stack.cleanChanged.connect(self._update_title)
        self.doc.stack.indexChanged.connect(self._on_index_changed)
        self.doc.reset.connect(self._on_reset)
        self.doc.changed.connect(self._on_changed)
        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(0)
        self.check_timer.timeout.connect(self._update_check_count)
        self.doc.changed.connect(lambda _p: self.check_timer.start())
        self.doc.reset.connect(self.check_timer.start)
        self.form.focused.connect(self.show_evidence)
        self.article.set_value_requested.connect(self.set_from_article)
        self.article.add_evidence_requested.connect(self.add_evidence_from_article)
        self.article.targets = self.form.targets()
        published.install(self)  # a missing publication date is asked for; a new one re-resolves the dates
        self.runner.busy_changed.connect(self._busy_changed)
        self.splitter.splitterMoved.connect(lambda _pos, _index: self._fit_form())
        self.form.completed.connect(self._fit_form)
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):  # Qt ≥ 6.5: follow the desktop switching light/dark
            hints.colorSchemeChanged.connect(self._apply_theme)
        self.resize(1400, 900)
        self._restore_geometry()
        self._update_title()

    # --- construction --------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.busy_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # indeterminate: loaders and the extractor report no fraction
        self.progress.setFixedWidth(140)
        self.progress.setAccessibleName(self.tr("Work in progress"))
        self.cancel_button = QToolButton()
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the current task"))
        self.cancel_button.clicked.connect(self.runner.cancel)
        for widget in (self.busy_label, self.progress, self.cancel_button):
            bar.addPermanentWidget(widget)
            widget.hide()
        self.check_label = QLabel()
        self.check_label.setObjectName("checkCount")
        bar.addPermanentWidget(self.check_label)

    def _action(self, text: str, slot: Any, shortcut: Any = None, icon_name: str | None = None) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)  # every platform binding, e.g. both Ctrl+Y and Ctrl+Shift+Z
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.act_open = self._action(self.tr("&Open…"), self.open_dialog, key.Open, "open")
        self.act_open_url = self._action(self.tr("Open &URL…"), self.open_url_dialog, "Ctrl+L", "url")
        self.act_paste = self._action(self.tr("&Paste article"), self.paste_article, "Ctrl+Shift+V", "paste")
        self.act_save = self._action(self.tr("&Save"), self.save, key.Save, "save")
        self.act_save_as = self._action(self.tr("Save &As…"), self.save_as, key.SaveAs)
        self.act_export = self._action(self.tr("&Export…"), self.export_dialog, "Ctrl+E", "export")
        self.act_recover = self._action(self.tr("Recover Autosaved &Work…"), self.recover_dialog)
        self.act_quit = self._action(self.tr("&Quit"), self.close, key.Quit)
        self.act_undo = self.doc.stack.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcuts(key.Undo)
        self.act_undo.setIcon(icon("undo"))
        self.act_redo = self.doc.stack.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setShortcuts(key.Redo)
        self.act_redo.setIcon(icon("redo"))
        self.act_reextract = self._action(self.tr("&Re-extract from the article…"), lambda: self.reextract(),
                                          "Ctrl+R", "reextract")
        self.act_prefs = self._action(self.tr("&Preferences…"), self.preferences_dialog, key.Preferences)
        self.act_about = self._action(self.tr("&About"), self._about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.act_open, self.act_open_url, self.act_paste])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        file_menu.addActions([self.act_save, self.act_save_as, self.act_export])
        file_menu.addSeparator()
        file_menu.addAction(self.act_recover)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.act_undo, self.act_redo])
        edit_menu.addSeparator()
        edit_menu.addAction(self.act_prefs)
        extract_menu = bar.addMenu(self.tr("E&xtraction"))
        extract_menu.addAction(self.act_reextract)
        lang_menu = extract_menu.addMenu(self.tr("Article &language"))
        self.language_group = QActionGroup(self)
        for code, label in (("", self.tr("Detect automatically")), ("fr", self.tr("French")),
                            ("en", self.tr("English")), ("nl", self.tr("Dutch")), ("de", self.tr("German"))):
            action = lang_menu.addAction(label)
            action.setCheckable(True)
            action.setData(code)
            self.language_group.addAction(action)
            action.triggered.connect(lambda _c=False, c=code: self.change_article_language(c))
        view_menu = bar.addMenu(self.tr("&View"))
        theme_menu = view_menu.addMenu(self.tr("&Theme"))
        self.theme_group = QActionGroup(self)
        for code, label in (("system", self.tr("Follow the system")), ("light", self.tr("Light")),
                            ("dark", self.tr("Dark"))):
            action = theme_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(self.settings.theme == code)
            self.theme_group.addAction(action)
            action.triggered.connect(lambda _c=False, c=code: self.set_theme(c))
        sections = view_menu.addMenu(self.tr("&Go to section"))
        for index, key in enumerate(self.form.section_keys()):
            action = sections.addAction(self.form.nav.item(index).text())
            action.setShortcut(QKeySequence(f"Alt+{index + 1}"))
            action.triggered.connect(lambda _c=False, k=key: self.form.scroll_to(k))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.act_about)
        tools = self.addToolBar(self.tr("Main"))
        tools.setObjectName("mainToolbar")
        tools.setMovable(False)
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tools.addActions([self.act_open, self.act_paste, self.act_save, self.act_export])
        tools.addSeparator()
        tools.addActions([self.act_undo, self.act_redo, self.act_reextract])

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.store.recent_files()
        for path in files:
            self.recent_menu.addAction(path, lambda p=path: self.open_path(p))
        if not files:
            self.recent_menu.addAction(self.tr("No recent files")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear the list"), self.store.clear_recent)

    def _restore_geometry(self) -> None:
        geometry = self.store.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.store.window_state()
        if state is not None:
            self.splitter.restoreState(state)

    def _apply_settings(self) -> None:
        self.autosave_timer.setInterval(self.settings.autosave_seconds * 1000)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        """Keep the form wide enough for its fields at every window size."""
        super().resizeEvent(event)
        self._fit_form()

    def _fit_form(self) -> None:
        # The splitter gives the form the width its widest row needs, as long as the article keeps a
        # readable column; only a window narrower than both together leaves a scroll bar.
        total = self.splitter.width() - self.splitter.handleWidth()
        needed = self.form.needed_width()
        sizes = self.splitter.sizes()
        if len(sizes) != 2 or sizes[1] >= needed or total <= 0:
            return
        form = min(needed, total - ARTICLE_MIN_WIDTH)
        if form > sizes[1]:
            self.splitter.setSizes([total - form, form])

    # --- state display -------------------------------------------------------------------------
    def document_name(self) -> str:
        """The name shown in the title bar."""
        if self.doc.path:
            return self.doc.path.name
        if self.doc.report.source.title:
            return self.doc.report.source.title
        if self.doc.origin:
            return Path(self.doc.origin).name
        return self.tr("Untitled report")

    def is_modified(self) -> bool:
        """Unsaved changes exist."""
        return not self.doc.stack.isClean()

    def _update_title(self, *_args: Any) -> None:
        self.setWindowTitle(f"{self.document_name()}[*] — {APP_NAME}")
        self.setWindowModified(self.is_modified())

    def _on_reset(self) -> None:
        self.article.show_source(self.doc.report.source)
        language = self.doc.report.source.language or ""
        for action in self.language_group.actions():
            action.setChecked(action.data() == language)
        self._update_title()

    def _update_check_count(self) -> None:
        count = self.form.flagged_count()
        self.check_label.setText(self.tr("%n value(s) to check", "", count) if count else "")
        self.check_label.setToolTip(self.tr("Values without a supporting sentence or with low confidence carry "
                                            "an amber marker."))

    def _on_changed(self, pointer: str) -> None:
        if pointer.startswith("/source"):
            self.article.show_source(self.doc.report.source)
            self._update_title()

    def _busy_changed(self, busy: bool, label: str) -> None:
        self.busy_label.setText(label)
        for widget in (self.busy_label, self.progress, self.cancel_button):
            widget.setVisible(busy)
        for action in (self.act_open, self.act_open_url, self.act_paste, self.act_export, self.act_reextract):
            action.setEnabled(not busy)

    # --- evidence ------------------------------------------------------------------------------
    def show_evidence(self, pointer: str) -> None:
        """Highlight the sentences supporting ``pointer`` (or its row) in the article."""
        spans = self.doc.spans(pointer)
        if not spans and pointer.count("/") > 2:
            spans = self.doc.spans(pointer.rsplit("/", 1)[0])
        self.article.highlight(spans)
        described = self.form.describe(pointer)
        if described is not None:
            self.article.current_target = (pointer, described[0])
        count = len(spans)
        self.statusBar().showMessage(self.tr("%n supporting sentence(s) highlighted", "", count) if count
                                     else self.tr("No supporting sentence for this value"), 4000)

    def set_from_article(self, pointer: str, start: int, end: int) -> None:
        """Put selected article text into a field, with the selection as its evidence (one undo step)."""
        text = self.doc.report.source.text[start:end].strip()
        described = self.form.describe(pointer)
        kind = described[1] if described else "text"
        if kind in ("enum", "bool"):
            kind = "text"  # the model rejects anything but a known choice
        if kind in ("int", "float"):
            # The first number of the selection; "1 500" and "1.500" are one number, "120 … 900" two.
            found = re.search(r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?!\d)|\d+(?:[.,]\d+)?", text)
            number = found.group(0) if found else ""
            text = re.sub(r"[ \u00a0\u202f.]", "", number) if re.search(r"[ \u00a0\u202f.]\d{3}$", number) \
                else number
        label = described[0] if described else pointer
        if kind in DATE_KINDS:  # "mardi", "vers 2h30", "17.10.2023": the reader every date field uses
            valid, value, why = read_typed(self.doc, kind, text, self.doc.value(pointer), whole=False)
            if not valid:
                self.statusBar().showMessage(why, 8000)
                return
        else:
            valid, value = parse_text(kind, text, True)
        if not valid or value is None or self.doc.check(pointer, value) is not None:
            self.statusBar().showMessage(self.tr("The selection is not a valid value for “%1”").replace("%1", label),
                                         5000)
            return
        stack = self.doc.stack
        stack.beginMacro(self.tr("Set “%1” from the article").replace("%1", label))
        self.doc.set(pointer, value, typed=True, text=label)
        self._push_evidence(pointer, start, end)
        stack.endMacro()
        self.show_evidence(pointer)

    def add_evidence_from_article(self, pointer: str, start: int, end: int) -> None:
        """Record the selected sentence as evidence for ``pointer``."""
        self._push_evidence(pointer, start, end)
        self.show_evidence(pointer)

    def _push_evidence(self, pointer: str, start: int, end: int) -> None:
        spans = [s.to_plain() for s in self.doc.report.evidence.get(pointer, [])]
        if {"start": start, "end": end} in spans:
            return
        described = self.form.describe(pointer)
        label = described[0] if described else pointer
        self.doc.stack.push(EvidenceCommand(self.doc, pointer, spans + [{"start": start, "end": end}],
                                            self.tr("Add evidence for “%1”").replace("%1", label)))

    # --- view ----------------------------------------------------------------------------------
    def set_theme(self, theme: str) -> None:
        """Force light or dark, or follow the system; remembered in the settings."""
        self.settings = self.settings.with_changes(theme=theme)
        self.store.save(self.settings)
        self._apply_theme()

    def _apply_theme(self, *_args: Any) -> None:
        applied = apply_theme(QApplication.instance(), self.settings.theme)
        self.article.dark = applied == "dark"
        if self.article.current_target:  # repaint the highlight in the new palette's colour
            self.show_evidence(self.article.current_target[0])

    def _about(self) -> None:
        from editor import __version__

        self.prompts.info(self, self.tr("%1 %2\nTurns a news article about a cyberattack into a structured "
                                        "incident report.").replace("%1", APP_NAME).replace("%2", __version__))

    # --- drag and drop -------------------------------------------------------------------------
    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        mime = event.mimeData()
        if mime.hasUrls():
            url = mime.urls()[0]
            self.open_path(url.toLocalFile() if url.isLocalFile() else url.toString())
        elif mime.hasText():
            self.open_text(mime.text())
        event.acceptProposedAction()

    # --- closing -------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.is_modified():
            answer = self.prompts.ask_unsaved(self, self.document_name())
            if answer == "cancel" or (answer == "save" and not self.save()):
                event.ignore()
                return
        self.runner.cancel()
        self.autosave_timer.stop()
        self.discard_recovery_files()
        self.store.save_geometry(self.saveGeometry(), QByteArray(self.splitter.saveState()))
        event.accept()

    def open_in_desktop(self, path: Path) -> None:
        """Open an exported file with the desktop's default application."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def focus_widget_for(self, pointer: str) -> QWidget | None:
        """The editor widget of a field (tests, accessibility)."""
        binding = self.form.bindings.get(pointer)
        return binding.editor if binding else None
