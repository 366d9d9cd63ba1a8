"""The main window: article beside the form, menus, status bar, drag and drop, close prompt."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer
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
from editor.ui import incident
from editor.ui.article_view import ArticleView
from editor.ui.document import Document, EvidenceCommand
from editor.ui.fields import parse_text
from editor.ui.files import FileActions
from editor.ui.form import FormView
from editor.ui.icons import icon
from editor.ui import published
from editor.ui.messages import plural
from editor.ui.prompts import DialogPrompts, Prompts
from editor.ui.qt_settings import QSettingsStore
from editor.ui.theme import apply_theme
from editor.ui.when_input import DATE_KINDS, read_typed
from editor.ui.workers import TaskRunner

APP_NAME = "Incident Report Editor"
# A shortcut a user can type on any keyboard: modifiers, then one character, a function key or a named key.
_COMMON_KEY = re.compile(r"((Ctrl|Alt|Shift|Meta)\+)*(.|F\d{1,2}|Backspace|Del|Ins|Return|Enter|Esc|Tab|Space|PgUp|PgDown"
                         r"|Home|End|Left|Right|Up|Down)")
ARTICLE_MIN_WIDTH = 280  # the article column the form's width never takes


class MainWindow(QMainWindow, FileActions):
    """Article on the left, structured form on the right."""

    def __init__(self, prompts: Prompts | None = None, store: QSettingsStore | None = None, *,
                 lazy_form: bool = False, remember: bool = True) -> None:
        """``lazy_form``: build the form's lower sections after the window is first painted (start-up).

        ``remember``: record opened files among the recent ones and the window's geometry at close (off
        for ``--screenshot``, which must leave the user's settings as they were).
        """
        super().__init__()
        self.remember = remember
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
        # Rows built later, or shown for the first time, may widen the form: fit again once laid out.
        self.fit_timer = QTimer(self)
        self.fit_timer.setSingleShot(True)
        self.fit_timer.setInterval(0)
        self.fit_timer.timeout.connect(self._fit_form)
        self.form.completed.connect(self.fit_timer.start)
        self.form.scroll.widget().installEventFilter(self)
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
        # A button, not a label: the count of values to check takes you to them (as F8 does).
        self.check_label = QToolButton()
        self.check_label.setObjectName("checkCount")
        self.check_label.setAutoRaise(True)
        self.check_label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.check_label.clicked.connect(lambda: self.next_flagged(1))
        self.check_label.hide()
        bar.addPermanentWidget(self.check_label)

    def _action(self, text: str, slot: Any, shortcut: Any = None, icon_name: str | None = None) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, list):
            action.setShortcuts([QKeySequence(k) if isinstance(k, str) else k for k in shortcut])
        elif isinstance(shortcut, QKeySequence.StandardKey):
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
        self.act_find = self._action(self.tr("&Find in the article…"), self.article.open_find, key.Find)
        self.act_find_next = self._action(self.tr("Find &next"), self.article.find_next, key.FindNext)
        self.act_find_previous = self._action(self.tr("Find pre&vious"), self.article.find_previous, key.FindPrevious)
        self.act_zoom_in = self._action(self.tr("Zoom &in"), lambda: self.set_article_zoom(self.article.zoom_in()),
                                        [QKeySequence(QKeySequence.StandardKey.ZoomIn), "Ctrl+="])
        self.act_zoom_out = self._action(self.tr("Zoom &out"), lambda: self.set_article_zoom(self.article.zoom_out()),
                                         key.ZoomOut)
        self.act_zoom_reset = self._action(self.tr("&Actual size"), lambda: self.set_article_zoom(100), "Ctrl+0")
        self.act_print_article = self._action(self.tr("&Print the article…"), lambda: self.print_article(), key.Print)
        self.act_preview_article = self._action(self.tr("Print previe&w of the article…"),
                                                lambda: self.preview_article())
        self.act_print_report = self._action(self.tr("Print the &report…"), lambda: self.print_report(),
                                             "Ctrl+Shift+P")
        self.act_preview_report = self._action(self.tr("Print preview of the r&eport…"),
                                               lambda: self.preview_report())
        self.act_next_flag = self._action(self.tr("&Next value to check"), lambda: self.next_flagged(1), "F8")
        self.act_previous_flag = self._action(self.tr("P&revious value to check"), lambda: self.next_flagged(-1),
                                              "Shift+F8")
        self.act_shortcuts = self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts, key.HelpContents)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.act_open, self.act_open_url, self.act_paste])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        file_menu.addActions([self.act_save, self.act_save_as, self.act_export])
        file_menu.addSeparator()
        file_menu.addActions([self.act_print_article, self.act_preview_article, self.act_print_report,
                              self.act_preview_report])
        file_menu.addSeparator()
        file_menu.addAction(self.act_recover)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.act_undo, self.act_redo])
        edit_menu.addSeparator()
        edit_menu.addActions([self.act_find, self.act_find_next, self.act_find_previous])
        edit_menu.addSeparator()
        edit_menu.addActions([self.act_next_flag, self.act_previous_flag])
        edit_menu.addSeparator()
        edit_menu.addAction(self.act_prefs)
        extract_menu = bar.addMenu(self.tr("E&xtraction"))
        extract_menu.addAction(self.act_reextract)
        incident.install(self, extract_menu)  # several articles, one incident (editor/ui/incident.py)
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
        view_menu.addActions([self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset])
        view_menu.addSeparator()
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
        help_menu.addAction(self.act_shortcuts)
        help_menu.addSeparator()
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
        if self.article.zoom != self.settings.article_zoom:
            self.article.set_zoom(self.settings.article_zoom)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        """Keep the form wide enough for its fields at every window size."""
        super().resizeEvent(event)
        self._fit_form()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.fit_timer.start()

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LayoutRequest and watched is self.form.scroll.widget():
            self.fit_timer.start()
        return super().eventFilter(watched, event)

    def _fit_form(self) -> None:
        # The splitter gives the form the width its widest row needs, as long as the article keeps a
        # readable column; only a window narrower than both together leaves a scroll bar.
        if not self.isVisible():
            return  # before the first show the splitter has no real width yet: its sizes would be skewed
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
        self.check_label.setText(plural(self.tr("%n value(s) to check", "", count), count) if count else "")
        self.check_label.setVisible(bool(count))
        self.check_label.setToolTip(self.tr("Values without a supporting sentence or with low confidence carry "
                                            "an amber marker. Click, or press F8, to go to the next one."))

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
        spans = incident.pick_source(self, spans)  # the pane follows the source the evidence counts in
        self.article.highlight(spans)
        described = self.form.describe(pointer)
        if described is not None:
            self.article.current_target = (pointer, described[0])
        count = len(spans)
        self.statusBar().showMessage(plural(self.tr("%n supporting sentence(s) highlighted", "", count), count) if count
                                     else self.tr("No supporting sentence for this value"), 4000)

    def set_from_article(self, pointer: str, start: int, end: int) -> None:
        """Put selected article text into a field, with the selection as its evidence (one undo step)."""
        if incident.showing_other_source(self):
            return
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
        # A style sheet's palette(...) colours are read when it is set: set each again, so the section
        # list and the other styled widgets take the new palette now, not after a restart.
        for widget in [self, *self.findChildren(QWidget)]:
            sheet = widget.styleSheet()
            if sheet:
                widget.setStyleSheet("")
                widget.setStyleSheet(sheet)
        if self.article.current_target:  # repaint the highlight in the new palette's colour
            self.show_evidence(self.article.current_target[0])
        self.article.apply_selections()  # the find bar's matches too

    def _about(self) -> None:
        from editor import __version__

        self.prompts.info(self, self.tr("%1 %2\nTurns a news article about a cyberattack into a structured "
                                        "incident report.").replace("%1", APP_NAME).replace("%2", __version__))

    def set_article_zoom(self, percent: int) -> None:
        """Zoom the article text to ``percent``; remembered in the settings."""
        percent = self.article.set_zoom(percent)
        if percent != self.settings.article_zoom:
            self.settings = self.settings.with_changes(article_zoom=percent)
            self.store.save(self.settings)
        self.statusBar().showMessage(self.tr("Article text at %1 %").replace("%1", str(percent)), 2000)

    def show_shortcuts(self) -> None:
        """The keyboard shortcuts, listed from the actions themselves."""
        from editor.ui.dialogs import ShortcutsDialog

        ShortcutsDialog(self.shortcut_rows(), self).exec()

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(what, keys) for every menu entry with a shortcut, in menu order."""
        rows: list[tuple[str, str]] = []
        seen: set[int] = set()

        def walk(menu: Any) -> None:
            for action in menu.actions():
                if action.menu() is not None:
                    walk(action.menu())
                elif action.shortcuts() and id(action) not in seen:
                    seen.add(id(action))
                    # Keys every keyboard has ("Ctrl+O", "F8"), not dedicated "Open" or "Zoom Out" keys;
                    # two bindings at most (Redo has four).
                    usable = [k for k in action.shortcuts()
                              if _COMMON_KEY.fullmatch(k.toString(QKeySequence.SequenceFormat.PortableText))]
                    keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in usable[:2])
                    if not keys:
                        continue
                    rows.append((action.text().replace("&", "").rstrip("…").strip(), keys))

        for top in self.menuBar().actions():
            if top.menu() is not None:
                walk(top.menu())
        rows.append((self.tr("Next match, in the find bar"), self.tr("Enter")))
        rows.append((self.tr("Previous match, in the find bar"), self.tr("Shift+Enter")))
        rows.append((self.tr("Close the find bar"), self.tr("Esc")))
        return rows

    # --- printing --------------------------------------------------------------------------------
    def _print(self, document: Any, title: str, printer: Any = None) -> bool:
        from editor.ui import printing

        if printer is not None:  # a printer already chosen (tests, or a PDF file)
            document.print_(printer)
            return True
        return printing.print_with_dialog(self, document, title)

    def print_article(self, printer: Any = None) -> bool:
        """Print the article (asks for a printer unless ``printer`` is given)."""
        from editor.ui.printing import article_document

        if not self.doc.report.source.text:
            self.statusBar().showMessage(self.tr("There is no article to print."), 4000)
            return False
        return self._print(article_document(self.doc.report.source), self.document_name(), printer)

    def preview_article(self) -> Any:
        """Print preview of the article."""
        from editor.ui.printing import article_document, preview

        return preview(self, article_document(self.doc.report.source), self.tr("Print preview: the article"))

    def print_report(self, printer: Any = None) -> bool:
        """Print the report's content (asks for a printer unless ``printer`` is given)."""
        from editor.ui.printing import report_document

        return self._print(report_document(self.doc.report), self.document_name(), printer)

    def preview_report(self) -> Any:
        """Print preview of the report's content."""
        from editor.ui.printing import preview, report_document

        return preview(self, report_document(self.doc.report), self.tr("Print preview: the report"))

    # --- values to check -------------------------------------------------------------------------
    def next_flagged(self, step: int = 1) -> str | None:
        """Go to the next (``step`` 1) or previous (-1) value carrying the "check this value" marker."""
        flagged = self.form.flagged_pointers()
        if not flagged:
            self.statusBar().showMessage(self.tr("No value left to check."), 4000)
            return None
        current = self.article.current_target[0] if self.article.current_target else None
        if current in flagged:
            index = (flagged.index(current) + step) % len(flagged)
        else:
            order = self.form.pointer_order()
            here = order.index(current) if current in order else -1
            after = [i for i, p in enumerate(flagged) if order.index(p) > here] if step > 0 else \
                [i for i, p in enumerate(flagged) if order.index(p) < here]
            index = (after[0] if step > 0 else after[-1]) if after else (0 if step > 0 else len(flagged) - 1)
        pointer = flagged[index]
        self.form.focus_field(pointer)
        self.show_evidence(pointer)
        self.article.current_target = (pointer, (self.form.describe(pointer) or (pointer,))[0])
        why = self.form.flag_reason(pointer)
        self.statusBar().showMessage(self.tr("Value to check %1 of %2: %3").replace("%1", str(index + 1))
                                     .replace("%2", str(len(flagged))).replace("%3", why), 8000)
        return pointer

    # --- drag and drop -------------------------------------------------------------------------
    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        mime = event.mimeData()
        # Ctrl held while dropping: the article joins the open incident (through the review) instead of
        # replacing the document.
        add = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier) and bool(self.doc.report.source.text.strip())
        if mime.hasUrls():
            url = mime.urls()[0]
            target = url.toLocalFile() if url.isLocalFile() else url.toString()
            incident.add_article(self, target) if add else self.open_path(target)
        elif mime.hasText():
            incident.add_text(self, mime.text()) if add else self.open_text(mime.text())
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
        if self.remember:
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
