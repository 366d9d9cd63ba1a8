"""File work of the main window: open, paste, save, export, re-extract, autosave and recovery.

A mixin so the window class stays readable; heavy modules (loaders, extractor, exporters)
are imported inside the jobs, off the UI thread, and a missing one gives a clear message.
"""

from __future__ import annotations

import os
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QGuiApplication

from editor.errors import EditorError, OutputError
from editor.model.report import validate_value

if TYPE_CHECKING:
    from editor.model.report import IncidentReport
    from editor.ui.main_window import MainWindow

PROJECT_SUFFIX = ".incident.json"
DEFAULT_TITLES = {"fr": "Cyberattaque contre {}", "en": "Cyberattack on {}", "nl": "Cyberaanval op {}",
                  "de": "Cyberangriff auf {}"}
ARTICLE_FILTER = "*.txt *.md *.markdown *.html *.htm *.docx *.pdf *.json"


def _missing(what: str, exc: ImportError) -> EditorError:
    return EditorError(f"the {what} is not available in this installation ({exc})")


def extract_article(article: Any, language: str | None = None, extractor: Any = None) -> IncidentReport:
    """Run the extractor (or a stand-in ``extractor(article, language)``) on an article."""
    if extractor is not None:
        return extractor(article, language)
    try:
        from editor.extraction import extract
    except ImportError as exc:
        raise _missing("extractor", exc) from None
    return extract(article, language=language)


def open_target(target: str, extractor: Any = None) -> tuple[str, IncidentReport]:
    """(kind, report) for an article, project or exported report; runs off the UI thread, needs no window."""
    from editor import pipeline

    kind = pipeline.kind_of(target) if not target.lower().endswith(".docx") else "docx"
    if kind == "project":
        return kind, pipeline.open_any(target)
    if kind == "docx" and Path(target).is_file():
        try:
            from editor.export.roundtrip import embedded_report_if_any
        except ImportError:  # no round-trip reader: a .docx is then just an article
            embedded_report_if_any = None
        # One pass over the zip says whether it is an exported report and reads it.
        report = embedded_report_if_any(target) if embedded_report_if_any else None
        if report is not None:
            return "report", report
    try:
        from editor.sources import load
    except ImportError as exc:
        raise _missing("article loader", exc) from None
    return kind, extract_article(load(target), None, extractor)


def documents_folder() -> Path:
    """The user's documents folder (QStandardPaths), else the home folder when it does not exist."""
    from PySide6.QtCore import QStandardPaths

    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def in_installation(folder: Path) -> bool:
    """``folder`` is inside the installed package or its resources (the bundled sample lives there)."""
    from editor import resources

    folder = Path(folder).resolve()
    package = Path(__file__).resolve().parent.parent
    return any(folder == base or base in folder.parents for base in (package, resources.root().resolve()))


def file_name_for(title: str) -> str:
    """A title as a file name: no folder separators or characters Windows refuses, not too long."""
    cleaned = "".join("-" if ch in '/\\:*?"<>|' or ord(ch) < 32 else ch for ch in title).strip(" .")
    return cleaned[:120].rstrip(" .") or "report"


class FileActions:
    """Mixed into MainWindow."""

    # --- extraction helpers (run in worker threads) ---------------------------------------------
    def _extract(self: MainWindow, article: Any, language: str | None = None) -> IncidentReport:
        return extract_article(article, language, self.extractor)

    def _open_job(self: MainWindow, target: str) -> tuple[str, IncidentReport]:
        return open_target(target, self.extractor)

    def _start(self: MainWindow, label: str, job: Any, done: Any, failed: Any) -> bool:
        if self.runner.busy:
            self.statusBar().showMessage(self.tr("Busy with “%1”: wait for it or cancel it.")
                                         .replace("%1", self.runner.label), 6000)
            return False
        return self.runner.run(label, job, done, failed)

    def _failure_reporter(self: MainWindow, on_done: Any) -> Any:
        """A job's failure callback: the one-line message in a dialog, then ``on_done(False)``."""

        def failed(message: str) -> None:
            self.prompts.error(self, message)
            if on_done:
                on_done(False)

        return failed

    def _start_folder(self: MainWindow) -> str:
        """Where the Open dialog starts: beside the most recent file (not the bundled sample), else the documents."""
        for recent in self.store.recent_files():
            folder = Path(recent).parent
            if folder.is_dir() and not in_installation(folder):
                return str(folder)
        return str(documents_folder())

    def save_folder(self: MainWindow) -> Path:
        """Where Save As and Export start: beside the saved project, else the user's documents folder."""
        if self.doc.path is not None and self.doc.path.parent.is_dir() and not in_installation(self.doc.path.parent):
            return self.doc.path.parent
        return documents_folder()

    # --- opening -------------------------------------------------------------------------------
    def _may_replace(self: MainWindow) -> bool:
        if not self.is_modified():
            return True
        answer = self.prompts.ask_unsaved(self, self.document_name())
        return answer == "discard" or (answer == "save" and self.save())

    def open_dialog(self: MainWindow) -> None:
        """Ask for an article, project or exported report and open it."""
        from PySide6.QtWidgets import QFileDialog  # dialogs load when first used, not at start-up

        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open"), self._start_folder(),
            self.tr("Articles, projects and reports (%1);;All files (*)").replace("%1", ARTICLE_FILTER))
        if path:
            self.open_path(path)

    def open_url_dialog(self: MainWindow) -> None:
        """Ask for an article URL and open it."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Open URL"))
        dialog.setLabelText(self.tr("Address of the article (http or https):"))
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        clipboard = QGuiApplication.clipboard().text().strip()
        if clipboard.lower().startswith(("http://", "https://")) and len(clipboard.split()) == 1:
            dialog.setTextValue(clipboard)  # the address just copied from the browser
        # Wide enough for a news site's address (often 100 characters and more), within the screen.
        metrics = dialog.fontMetrics()
        screen = self.screen().availableGeometry().width() if self.screen() else 1024
        dialog.resize(min(max(640, metrics.horizontalAdvance("m") * 70), screen - 80), dialog.sizeHint().height())
        edit = dialog.findChild(QLineEdit)
        if edit is not None:
            edit.setPlaceholderText("https://")
        ok = dialog.exec() == QInputDialog.DialogCode.Accepted
        url = dialog.textValue().strip()
        if ok and url:
            if not url.lower().startswith(("http://", "https://")):
                self.prompts.error(self, self.tr("%1: not an http(s) address").replace("%1", url))
                return
            self.open_path(url)

    def open_path(self: MainWindow, target: str | Path, on_done: Any = None, prefetched: Any = None) -> bool:
        """Open an article, project or exported .docx in the background; False if nothing started.

        ``prefetched`` is a concurrent.futures.Future of ``open_target(target)`` started before the
        window existed (start-up overlaps loading and extraction with building the window).
        """
        target = str(target)
        if not self._may_replace():
            return False

        def done(result: tuple[str, IncidentReport]) -> None:
            kind, report = result
            self._loaded(report, kind, target)
            if on_done:
                on_done(True)

        label = self.tr("Opening %1…").replace("%1", Path(target).name or target)
        job = prefetched.result if prefetched is not None else (lambda: self._open_job(target))
        return self._start(label, job, done, self._failure_reporter(on_done))

    def open_prefetched_now(self: MainWindow, target: str, prefetched: Any) -> bool:
        """Fill the window at once from a start-up prefetch that has already finished; False otherwise.

        Used before the window is first shown, so it appears filled instead of empty then filled.
        A prefetch still running, or one that failed, is left to ``open_path`` (which reports errors).
        """
        ready = getattr(prefetched, "ready", None) or getattr(prefetched, "done", None)  # child, or thread's Future
        if ready is None or not ready():
            return False
        try:
            kind, report = prefetched.result()
        except Exception:  # noqa: BLE001 - any failure: open_path gets it again and shows it in the window
            return False
        self._loaded(report, kind, target)
        return True

    def open_text(self: MainWindow, text: str, on_done: Any = None) -> bool:
        """Extract a report from pasted or dropped text."""
        if not text.strip():
            self.prompts.error(self, self.tr("The clipboard holds no text to use as an article."))
            return False
        if not self._may_replace():
            return False
        name = self.tr("the pasted text")

        def job() -> IncidentReport:
            # Read like a .txt file: the headline becomes the title, the date line the publication date.
            try:
                from editor.sources import load_bytes
            except ImportError as exc:
                raise _missing("article loader", exc) from None
            return self._extract(load_bytes(text.encode("utf-8"), name, suffix=".txt"))

        def done(report: IncidentReport) -> None:
            self._loaded(report, "article", None)
            if on_done:
                on_done(True)

        return self._start(self.tr("Extracting…"), job, done, lambda message: self.prompts.error(self, message))

    def paste_article(self: MainWindow) -> None:
        """Use the clipboard's text as the article."""
        self.open_text(QGuiApplication.clipboard().text())

    def _loaded(self: MainWindow, report: IncidentReport, kind: str, target: str | None) -> None:
        self.autosave_timer.stop()  # the document being replaced was saved or discarded: no more autosaves
        # Work a crashed editor autosaved for this very file is offered before the saved version
        # replaces the window's document, whichever way the file was opened.
        restored, waiting = self._offer_recoveries_for(target) if target else (None, False)
        self.discard_recovery_files()
        local = bool(target) and not target.lower().startswith(("http://", "https://"))
        if local and self.remember:
            self.store.add_recent(str(Path(target).resolve()))
        if restored is not None:
            self._restore(*restored, origin=target)
            return
        if kind == "article":
            self._apply_defaults(report)
        path = Path(target) if kind == "project" and target else None
        self.doc.load(report, path=path, origin=target)
        filled = sum(1 for p in report.evidence)
        message = self.tr("Opened %1 (%2 values with evidence)").replace("%1", self.document_name()) \
            .replace("%2", str(filled))
        if waiting:  # a crash left work on another file: say where it waits, it is not asked about here
            message += " " + self.tr("Autosaved work of another document waits in File ▸ Recover Autosaved Work.")
        self.statusBar().showMessage(message, 15000 if waiting else 6000)
        if kind == "article":
            from editor.extraction import MAX_EXTRACT_CHARS, extract_limit

            text = report.source.text
            if extract_limit(text) < len(text):  # the extractor read only the beginning: say so
                self.statusBar().showMessage(
                    self.tr("Values were extracted from the first %1 of the %2 characters (the limit is %3); "
                            "the whole text is kept.").replace("%1", f"{extract_limit(text):,}")
                    .replace("%2", f"{len(text):,}").replace("%3", f"{MAX_EXTRACT_CHARS:,}"), 15000)

    def _apply_defaults(self: MainWindow, report: IncidentReport) -> None:
        """A fresh report takes the author, TLP and language from the preferences."""
        prefs = self.settings
        meta = report.report
        if not meta.author and prefs.author:
            meta.author = prefs.author
        if not meta.author_organization and prefs.author_organization:
            meta.author_organization = prefs.author_organization
        meta.tlp = prefs.default_tlp
        meta.language = prefs.report_language or report.source.language or meta.language
        # Plain preference strings become the model's types (the TLP enum; an unsupported language → en).
        report.report = meta = validate_value(type(report), "report", meta.to_plain())
        if not meta.title and report.organization.name:
            # The title belongs to the report, so it follows the report's language, not the interface's.
            from editor.export.naming import org_phrase

            pattern = DEFAULT_TITLES.get(meta.language, DEFAULT_TITLES["en"])
            # "Cyberattaque contre le Groupe hospitalier du Bocage", with the article the article itself uses
            meta.title = pattern.format(org_phrase(report.organization.name, report.source.text,
                                                   report.source.language, meta.language, "object"))

    # --- saving --------------------------------------------------------------------------------
    def save(self: MainWindow) -> bool:
        """Save the project (asks for a name the first time); True when saved."""
        if self.doc.path is None:
            return self.save_as()
        return self.save_to(self.doc.path)

    def save_as(self: MainWindow) -> bool:
        """Save the project under a new name."""
        start = str(self.doc.path if self.doc.path and not in_installation(self.doc.path.parent)
                    else self.save_folder() / (file_name_for(self.document_name()) + PROJECT_SUFFIX))
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save project"), start,
                                                    self.tr("Incident projects (*.incident.json)"))
        if not path:
            return False
        if not path.endswith(PROJECT_SUFFIX):
            path = path.removesuffix(".json") + PROJECT_SUFFIX
        return self.save_to(Path(path))

    def save_to(self: MainWindow, path: Path) -> bool:
        """Write the project atomically (QSaveFile), readable by the user only; True when saved."""
        from editor.storage import project_bytes

        path = Path(path)
        data = project_bytes(self.doc.report)
        from PySide6.QtCore import QFileDevice, QSaveFile

        saver = QSaveFile(str(path))
        try:
            if not saver.open(QSaveFile.OpenModeFlag.WriteOnly):
                raise OutputError(path, saver.errorString())
            saver.setPermissions(QFileDevice.Permission.ReadOwner | QFileDevice.Permission.WriteOwner)
            if saver.write(data) != len(data):
                saver.cancelWriting()
                raise OutputError(path, saver.errorString())
            if not saver.commit():
                raise OutputError(path, saver.errorString() or "could not replace the file")
            os.chmod(path, 0o600)
        except (EditorError, OSError) as exc:
            from editor.ui.messages import user_message

            self.prompts.error(self, user_message(str(exc)))
            return False
        self.discard_recovery_files()
        self.doc.path = path
        self.doc.origin = str(path)
        self.doc.stack.setClean()
        self.store.add_recent(str(path.resolve()))
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 4000)
        return True

    # --- export --------------------------------------------------------------------------------
    def export_dialog(self: MainWindow) -> None:
        """Ask for format, language, TLP and template, then export in the background."""
        try:
            import editor.export  # noqa: F401 - only checks availability
        except ImportError as exc:
            self.prompts.error(self, str(_missing("exporter", exc)))
            return
        from editor.ui.dialogs import ExportDialog

        name = file_name_for(self.document_name().removesuffix(PROJECT_SUFFIX))
        dialog = ExportDialog(self.doc.report, self.settings, self.save_folder() / name, self)
        while dialog.exec() == ExportDialog.DialogCode.Accepted:
            choice = dialog.choice()
            target = Path(choice["target"])
            if target.is_dir():
                self.prompts.error(self, self.tr("%1 is a folder: choose a file name.").replace("%1", str(target)))
                continue
            if target.exists() and not self.prompts.confirm_replace(self, str(target)):
                continue  # back to the dialog, to choose another name
            self.export_to(**choice)
            return

    def export_to(self: MainWindow, target: Path, fmt: str, language: str | None = None, tlp: str | None = None,
                  template: str | None = None, open_when_done: bool = False, on_done: Any = None,
                  record: bool = False) -> bool:
        """Export a snapshot of the report to ``target`` off the UI thread.

        ``record``: the export is the current stage's submission; the report (the exported file and, once
        written, the document, in one undo step) keeps it, so the next stage's Evolution section says what
        changed since and its submission sheets keep this one's.
        """
        report = self.doc.report.deep_copy()  # the worker must not see later edits mid-write
        if record:
            from datetime import datetime

            from editor.model.multi import record_submission

            record_submission(report, when=datetime.now().strftime("%Y-%m-%dT%H:%M"))

        def job() -> Path:
            try:
                from editor.export import ExportOptions, write
            except ImportError as exc:
                raise _missing("exporter", exc) from None
            options = ExportOptions(language=language or None, template=Path(template) if template else None,
                                    tlp=tlp or None)
            write(report, Path(target), fmt=fmt, options=options)
            return Path(target)

        def done(path: Path) -> None:
            self.statusBar().showMessage(self.tr("Exported %1").replace("%1", str(path)), 6000)
            if record:
                from editor.ui.labels import enum_labels

                stage = enum_labels("ReportStage").get(report.report.stage.value, report.report.stage.value)
                self.doc.set("/submissions", [entry.to_plain() for entry in report.submissions],
                             text=self.tr("Record the “%1” submission").replace("%1", stage))
            if open_when_done:
                self.open_in_desktop(path)
            if on_done:
                on_done(True)

        return self._start(self.tr("Exporting %1…").replace("%1", Path(target).name), job, done,
                           self._failure_reporter(on_done))

    # --- re-extraction -------------------------------------------------------------------------
    def change_article_language(self: MainWindow, language: str) -> None:
        """The article is in another language: re-extract with it."""
        if (self.doc.report.source.language or "") != language:
            self.reextract(language or None, source_language=language or None)

    def reextract(self: MainWindow, language: str | None = None, *, source_language: Any = ...,
                  published: Any = ..., on_done: Any = None) -> bool:
        """Extract again from the article and offer per-field changes; typed values are kept unless accepted.

        With ``published`` (an ISO date), the article gets that publication date: the relative dates are
        resolved against it, and the date goes in with the accepted changes as one undo step (alone, if
        the user cancels the review: what they typed is kept).
        """
        from editor.sources.article import Article

        source = self.doc.report.source
        if not source.text.strip():
            self.prompts.error(self, self.tr("There is no article to extract from."))
            return False
        article = Article.from_source(source)
        if published is not ...:
            article.published = date.fromisoformat(published) if published else None
        lang = language or source.language

        def done(new: IncidentReport) -> None:
            from editor.ui.reextract import apply_changes, proposed_changes

            changes = proposed_changes(self.doc, new, self.form.labels)
            extra = [] if source_language is ... else [("/source/language", source.language, source_language)]
            if published is not ...:
                extra.append(("/source/published", source.published, published))
            if not changes and not extra:
                self.statusBar().showMessage(self.tr("Re-extraction changes nothing."), 4000)
                accepted: list[str] | None = []
            else:
                accepted = self.prompts.choose_changes(self, changes) if changes else []
            if accepted is None and published is not ...:
                accepted = []  # the review cancelled: the date typed still goes in, the dates stay as they were
            text = self.tr("Re-extract from the article") if published is ... else self.tr(
                "Set the publication date and re-resolve the dates")
            if accepted is not None:
                apply_changes(self.doc, new, accepted, extra, text)
            if on_done:
                on_done(accepted)

        return self._start(self.tr("Extracting…"), lambda: self._extract(article, lang), done,
                               lambda message: self.prompts.error(self, message))

    # --- autosave and recovery -----------------------------------------------------------------
    def _on_index_changed(self: MainWindow, _index: int) -> None:
        if self.doc.stack.isClean() and self.restored_from is None:
            self.autosave_timer.stop()
            self.discard_recovery_files()
        else:
            self.autosave_timer.start()  # debounced: the last edit of a burst is written

    def autosave(self: MainWindow) -> Path | None:
        """Write the recovery file now."""
        from editor.storage import recovery_key, write_recovery

        key = recovery_key(self.doc.path, self.doc.session)
        try:
            written = write_recovery(self.doc.report, key, self.doc.path, self.doc.origin)
        except EditorError as exc:
            self.statusBar().showMessage(self.tr("Autosave failed: %1").replace("%1", str(exc)), 8000)
            return None
        for older in (self.recovery_file, self.restored_from):  # the new file supersedes them
            if older and older != written:
                self._discard(older)
        if self.restored_from and self.restored_from != written:
            self.restored_from = None
        self.recovery_file = written
        return written

    def _discard(self: MainWindow, path: Path) -> None:
        from editor.storage import discard_recovery

        try:
            discard_recovery(path)
        except OSError:
            pass

    def discard_recovery_files(self: MainWindow) -> None:
        """Remove this window's recovery file(s): after a save, a clean close or a new document."""
        for path in (self.recovery_file, self.restored_from):
            if path:
                self._discard(path)
        self.recovery_file = None
        self.restored_from = None

    def _orphan_recoveries(self: MainWindow) -> list[dict[str, Any]]:
        from editor.storage import list_recoveries, owner_alive

        # A recovery file whose editor still runs belongs to it; the one this window restored is its own.
        own = {self.recovery_file, self.restored_from}
        return [entry for entry in list_recoveries() if entry["path"] not in own and not owner_alive(entry)]

    def has_recoveries(self: MainWindow, target: str | None = None) -> bool:
        """Autosaved work of an editor that did not close properly waits to be offered (for ``target``, if given)."""
        from editor.storage import recoveries_for, superseded

        orphans = self._orphan_recoveries()
        if target:
            return bool(recoveries_for(target, orphans))
        return any(not superseded(entry) for entry in orphans)

    def _describe_recovery(self: MainWindow, entry: dict[str, Any], rank: int, count: int) -> str:
        """What the recovery prompt says about one autosave: the title, the file, when it was written."""
        from editor.storage import superseded

        def stamp(seconds: float) -> str:
            return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(seconds))

        lines = [self.tr("“%1”").replace("%1", entry["title"])] if entry.get("title") else []
        if entry.get("document"):
            lines.append(self.tr("Project: %1").replace("%1", str(entry["document"])))
        elif entry.get("origin"):
            lines.append(self.tr("Not saved as a project yet; opened from %1").replace("%1", str(entry["origin"])))
        else:
            lines.append(self.tr("Not saved yet (pasted or dropped text)"))
        lines.append(self.tr("Autosaved at %1").replace("%1", stamp(entry["saved_at"])))
        if superseded(entry):
            lines.append(self.tr("The file was saved after this autosave."))
        if count > 1:
            lines.append(self.tr("Autosave %1 of %2, newest first").replace("%1", str(rank)).replace("%2", str(count)))
        return "\n".join(lines)

    def _ask_each(self: MainWindow, entries: list[dict[str, Any]]) -> tuple[dict[str, Any], IncidentReport] | None:
        """Ask about each autosave, newest first, until one is restored: (entry, its report), or None."""
        from editor.storage import read_recovery

        for rank, entry in enumerate(entries, 1):
            answer = self.prompts.offer_recovery(self, self._describe_recovery(entry, rank, len(entries)))
            if answer == "discard":  # the user's explicit choice; "keep" leaves the file to be offered again
                self._discard(entry["path"])
            if answer != "restore":
                continue
            try:
                return entry, read_recovery(entry["path"])
            except EditorError as exc:
                self.prompts.error(self, str(exc))
        return None

    def _offer_recoveries_for(self: MainWindow, target: str) -> tuple[tuple[dict[str, Any], IncidentReport] | None,
                                                                      bool]:
        """(restored entry and report or None, whether autosaves of other files wait) for a file being opened."""
        from editor.storage import recoveries_for, superseded

        orphans = self._orphan_recoveries()
        mine = recoveries_for(target, orphans)
        others = any(entry not in mine and not superseded(entry) for entry in orphans)
        return self._ask_each(mine), others

    def _restore(self: MainWindow, entry: dict[str, Any], report: IncidentReport, origin: str | None = None) -> None:
        """Put a restored autosave in the window, as unsaved work on its project (if it had one)."""
        document = entry.get("document")
        self.discard_recovery_files()
        self.doc.load(report, path=Path(document) if document else None,
                      origin=entry.get("origin") or document or origin)
        self.restored_from = Path(entry["path"])  # kept until the next autosave or a save replaces it
        self.doc.stack.resetClean()  # restored work is unsaved work
        self._update_title()
        self.statusBar().showMessage(self.tr("Restored the work autosaved at %1")
                                     .replace("%1", time.strftime("%H:%M:%S", time.localtime(entry["saved_at"]))),
                                     8000)

    def offer_recoveries(self: MainWindow, include_superseded: bool = False) -> bool:
        """Offer autosaved work of editors that did not close properly; True if some was restored.

        At start-up only autosaves newer than their file are offered; ``include_superseded`` (the
        File menu's Recover command) also offers those whose file was saved later.
        """
        from editor.storage import superseded

        entries = [e for e in self._orphan_recoveries() if include_superseded or not superseded(e)]
        chosen = self._ask_each(entries) if entries else None
        # The current document's own unsaved changes are asked about only once a restore is chosen;
        # cancelling then leaves the autosave where it is.
        if chosen is None or not self._may_replace():
            return False
        self._restore(*chosen)
        return True

    def recover_dialog(self: MainWindow) -> None:
        """File › Recover Autosaved Work: every autosave left behind, even those older than their file."""
        if not self.offer_recoveries(include_superseded=True) and not self._orphan_recoveries():
            self.statusBar().showMessage(self.tr("No autosaved work to recover."), 4000)

    # --- preferences ---------------------------------------------------------------------------
    def preferences_dialog(self: MainWindow) -> None:
        """Edit the preferences."""
        from editor.ui.dialogs import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
            return
        new = dialog.settings()
        restart = new.ui_language != self.settings.ui_language
        theme_changed = new.theme != self.settings.theme
        self.settings = new
        self.store.save(new)
        self._apply_settings()
        if theme_changed:
            self.set_theme(new.theme)
        if restart:
            self.prompts.info(self, self.tr("The new interface language applies when the editor is restarted."))
