"""Several articles, one incident in the window: "Add article to incident…" through the re-extraction review,
and the article pane following the source a value's evidence counts in. Hooks into MainWindow stay small."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMenu, QToolButton

from editor.model.multi import all_sources, span_source
from editor.model.report import IncidentReport, Span
from editor.ui.values import to_plain

if TYPE_CHECKING:
    from editor.ui.main_window import MainWindow

def install(window: MainWindow, menu: QMenu) -> None:
    """Add "Add article to incident…" to ``menu`` (the Extraction menu)."""
    action = window._action(QCoreApplication.translate("Incident", "&Add article to incident…"), lambda: add_article_dialog(window), "Ctrl+Shift+A")
    action.setStatusTip(QCoreApplication.translate("Incident", "Or drop an article on the window with Ctrl held"))
    window.act_add_article = action
    menu.addAction(action)
    paste = window._action(QCoreApplication.translate("Incident", "Add &pasted article to incident"),
                           lambda: add_text(window, QGuiApplication.clipboard().text()))
    url = window._action(QCoreApplication.translate("Incident", "Add article from &URL to incident…"), lambda: add_url_dialog(window))
    menu.addActions([paste, url])
    window.act_settle = window._action(QCoreApplication.translate("Incident", "&Settle conflicts…"), lambda: settle_dialog(window))
    menu.addAction(window.act_settle)
    window.incident_markers = {}
    window.doc.changed.connect(lambda pointer: refresh_markers(window) if pointer in _MARKED_BY else None)
    window.doc.reset.connect(lambda: refresh_markers(window))


_MARKED_BY = ("", "/history", "/conflicts", "/evidence")  # the changes after which markers and summary are redrawn


def _who(window: MainWindow, source: int | None, as_of: str | None = None) -> str:
    if source is None:
        return QCoreApplication.translate("Incident", "typed by you")
    sources = all_sources(window.doc.report)
    date = as_of or (sources[source].published if source < len(sources) else None)
    return QCoreApplication.translate("Incident", "source %1").replace("%1", str(source + 1)) + (f", {date}" if date else "")


def _marker_menu(window: MainWindow, pointer: str, button: QToolButton) -> None:
    """The values by source and date; for a conflict, one action per value settles it."""
    menu = button.menu() or QMenu(button)
    menu.clear()
    report = window.doc.report
    for entry in report.history.get(pointer, []):
        menu.addAction(f"{entry.value} ({_who(window, entry.source, entry.as_of)})").setEnabled(False)
    conflict = next((c for c in report.conflicts if c.pointer == pointer), None)
    if conflict is not None:
        menu.addSeparator()
        choices = [(v.value, _who(window, v.source, v.as_of)) for v in conflict.values]
        if conflict.proposed is not None:
            choices.append((conflict.proposed, QCoreApplication.translate("Incident", "proposed")))
        for value, who in choices:
            action = menu.addAction(QCoreApplication.translate("Incident", "Settle with %1 (%2)").replace("%1", str(value)).replace("%2", who))
            action.triggered.connect(lambda _c=False, v=value: settle_conflict(window, pointer, v))
    button.setMenu(menu)


def refresh_markers(window: MainWindow) -> None:
    """A marker beside each field with a history or a conflict; its menu shows the values by source."""
    report = window.doc.report
    conflicts = {c.pointer for c in report.conflicts}
    marked = set(report.history) | conflicts
    markers: dict[str, QToolButton] = window.incident_markers
    several = len(all_sources(report)) > 1
    if not marked and not markers and not several:
        return  # a one-article report: the form is not built for nothing
    bindings = window.form.bindings
    _sources_summary(window, several)
    for pointer, button in markers.items():
        button.setVisible(pointer in marked)
    for pointer in marked:
        binding = bindings.get(pointer)
        if binding is None:
            continue  # a table cell (a service's status): its history shows in the report's Evolution
        button = markers.get(pointer)
        if button is None:
            button = markers[pointer] = QToolButton(binding.container)
            button.setObjectName("incident-marker:" + pointer)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            button.setAutoRaise(True)
            row = binding.container.layout().itemAt(0).layout()
            if isinstance(row, QHBoxLayout):
                row.addWidget(button)
        button.setText("⚠" if pointer in conflicts else "⟲")
        button.setToolTip(QCoreApplication.translate("Incident", "The sources disagree: choose the value to keep") if pointer in conflicts
                          else QCoreApplication.translate("Incident", "This value changed from one article to the next"))
        button.setAccessibleName(button.toolTip())
        _marker_menu(window, pointer, button)
        button.setVisible(True)


def add_article_dialog(window: MainWindow) -> None:
    """Ask for an article file (or project, or exported report) and add it to the incident."""
    path, _filter = QFileDialog.getOpenFileName(
        window, QCoreApplication.translate("Incident", "Add article to incident"), window._start_folder(),
        QCoreApplication.translate("Incident", "Articles and reports (*.txt *.md *.html *.htm *.docx *.pdf *.json);;All files (*)"))
    if path:
        add_article(window, path)


def _index_map(old: IncidentReport, merged: IncidentReport) -> dict[int, int]:
    """Where each of the document's sources went in the merged list (sources are ordered by date)."""
    new_texts = [(s.text, s.published) for s in all_sources(merged)]
    mapping = {}
    for k, source in enumerate(all_sources(old)):
        key = (source.text, source.published)
        mapping[k] = new_texts.index(key) if key in new_texts else k
    return mapping


def _moved(spans: list[Span], mapping: dict[int, int]) -> list[dict[str, int]]:
    out = []
    for span in spans:
        k = mapping.get(span_source(span), span_source(span))
        out.append({"start": span.start, "end": span.end, **({"source": k} if k else {})})
    return out


def merge_extras(old: IncidentReport, merged: IncidentReport) -> list[tuple[str, Any, Any]]:
    """The incident-wide changes that come with any accepted line: sources, history, conflicts, and the
    document's evidence moved to the merged source order (the accepted fields' evidence is then replaced)."""
    mapping = _index_map(old, merged)
    evidence = {p: _moved(spans, mapping) for p, spans in old.evidence.items()}
    extra = [(f"/{key}", to_plain(getattr(old, key)), to_plain(getattr(merged, key)))
             for key in ("source", "sources", "history", "conflicts")] + [
        ("/evidence", to_plain(old.evidence), evidence)]
    candidates = getattr(old, "candidates", None)
    if candidates:  # the alternatives the first extraction offered: their sentences move with their source
        moved = {p: [{**to_plain(c), "evidence": _moved(c.evidence, mapping)} for c in found]
                 for p, found in candidates.items()}
        extra.append(("/candidates", to_plain(candidates), moved))
    return extra


def review(window: MainWindow, merged: IncidentReport, text: str) -> list[str] | None:
    """Show what the merged report changes, field by field; apply the accepted lines as one undo step."""
    from editor.ui.reextract import apply_changes, proposed_changes

    doc = window.doc
    changes = proposed_changes(doc, merged, window.form.labels)
    accepted = window.prompts.choose_changes(window, changes) if changes else []
    if accepted is None:
        return None
    if not apply_changes(doc, merged, accepted, merge_extras(doc.report, merged), text):
        window.statusBar().showMessage(QCoreApplication.translate("Incident", "The article adds nothing to the incident."), 4000)
    return accepted


def _add_job(window: MainWindow, name: str, job: Any, on_done: Any = None) -> bool:
    """Run ``job`` (→ a report) off the UI thread, merge its report into the document and review the result."""
    from editor.merge import merge

    def done(new: IncidentReport) -> None:
        outcome = merge(window.doc.report, new)
        if outcome.rejected:
            window.prompts.error(window, QCoreApplication.translate("Incident", "“%1”: %2; nothing was merged.")
                                 .replace("%1", name).replace("%2", outcome.rejected[0].reason))
            accepted = None
        else:
            accepted = review(window, outcome.report, QCoreApplication.translate("Incident", "Add “%1” to the incident").replace("%1", name))
        if on_done:
            on_done(accepted)

    def failed(message: str) -> None:
        window.prompts.error(window, message)
        if on_done:
            on_done(None)

    return window._start(QCoreApplication.translate("Incident", "Adding the article…"), job, done, failed)


def add_article(window: MainWindow, target: str | Path, on_done: Any = None) -> bool:
    """Add an article file, a URL, a project or an exported report to the incident."""
    target = str(target)
    name = Path(target).name if not target.lower().startswith(("http://", "https://")) else target
    return _add_job(window, name, lambda: window._open_job(target)[1], on_done)


def add_text(window: MainWindow, text: str, on_done: Any = None) -> bool:
    """Add pasted or dropped text, read like a .txt article, to the incident."""
    if not text.strip():
        window.prompts.error(window, QCoreApplication.translate("Incident", "The clipboard holds no text to use as an article."))
        return False
    name = QCoreApplication.translate("Incident", "the pasted text")

    def job() -> IncidentReport:
        from editor.sources import load_bytes

        return window._extract(load_bytes(text.encode("utf-8"), name, suffix=".txt"))

    return _add_job(window, name, job, on_done)


def add_url_dialog(window: MainWindow) -> None:
    """Ask for an article's address and add it to the incident."""
    from PySide6.QtWidgets import QInputDialog

    url, ok = QInputDialog.getText(window, QCoreApplication.translate("Incident", "Add article to incident"), QCoreApplication.translate("Incident", "Address of the article (http or https):"))
    if ok and url.strip():
        add_article(window, url.strip())


def shown_source(window: MainWindow) -> int:
    """The index of the source the article pane shows (the window shows the main one on every reset)."""
    shown = getattr(window.article, "source_text", None)
    for k, source in enumerate(all_sources(window.doc.report)):
        if source.text == shown:
            return k
    return 0


def pick_source(window: MainWindow, spans: list[Span]) -> list[Span]:
    """Switch the article pane to the source the first span counts in; the spans to highlight there."""
    sources = all_sources(window.doc.report)
    if len(sources) < 2 and shown_source(window) == 0:
        return spans
    k = span_source(spans[0]) if spans else shown_source(window)
    k = k if k < len(sources) else 0
    if k != shown_source(window):
        window.article.show_source(sources[k])
        # which of the incident's articles this is: the byline alone does not say it
        where = QCoreApplication.translate("Incident", "Source %1 of %2").replace("%1", str(k + 1)).replace("%2", str(len(sources)))
        byline = window.article.byline
        byline.setText(" · ".join(p for p in (byline.text(), where) if p))
        byline.setVisible(True)
    return [s for s in spans if span_source(s) == k]


def showing_other_source(window: MainWindow) -> bool:
    """The pane shows another article than the main one: a selection there is not in the main text."""
    if shown_source(window) == 0:
        return False
    window.statusBar().showMessage(QCoreApplication.translate("Incident", "Select the value in the first article (the pane shows another source)."),
                                   5000)
    return True


def settle_conflict(window: MainWindow, pointer: str, value: Any) -> bool:
    """Settle the conflict on ``pointer`` with ``value`` (one of the sources' or the proposed one): one undo step.

    The value becomes the field's (typed by the user, so a later merge only proposes), the conflict goes.
    """
    from editor.ui.document import ReplaceFieldsCommand

    doc = window.doc
    report = doc.report
    if not any(c.pointer == pointer for c in report.conflicts):
        return False
    old_conflicts = to_plain(report.conflicts)
    new_conflicts = [c for c in old_conflicts if c["pointer"] != pointer]
    old_edited = list(report.user_edited)
    new_edited = old_edited if pointer in old_edited else sorted([*old_edited, pointer])
    old_value = doc.value(pointer)
    if doc.check(pointer, value) is not None:
        return False
    changes = [(pointer, old_value, value)] if old_value != value else []
    extra = [("/conflicts", old_conflicts, new_conflicts), ("/user_edited", old_edited, new_edited)]
    label = window.form.labels.get(pointer, pointer)
    doc.stack.push(ReplaceFieldsCommand(doc, changes, {}, {}, extra, QCoreApplication.translate("Incident", "Settle “%1”").replace("%1", label)))
    return True


def settle_dialog(window: MainWindow) -> None:
    """Settle each open conflict by choosing one of its values (by source and date)."""
    from PySide6.QtWidgets import QInputDialog

    sources = all_sources(window.doc.report)
    for conflict in list(window.doc.report.conflicts):
        choices: list[tuple[str, Any]] = []
        for v in conflict.values:
            if v.source is None:
                who = QCoreApplication.translate("Incident", "typed by you")
            else:
                source = sources[v.source] if v.source < len(sources) else None
                who = QCoreApplication.translate("Incident", "source %1").replace("%1", str(v.source + 1)) + (
                    f", {source.published}" if source and source.published else "")
            choices.append((f"{v.value} ({who})", v.value))
        if conflict.proposed is not None:
            choices.append((QCoreApplication.translate("Incident", "%1 (proposed)").replace("%1", str(conflict.proposed)), conflict.proposed))
        label = window.form.labels.get(conflict.pointer, conflict.pointer)
        text, ok = QInputDialog.getItem(window, QCoreApplication.translate("Incident", "Settle a conflict"), label, [c[0] for c in choices], 0, False)
        if not ok:
            return
        settle_conflict(window, conflict.pointer, dict(choices)[text])


def _sources_summary(window: MainWindow, several: bool) -> None:
    """Under the Sources section: each article (title, outlet, date, language) and what it contributed."""
    from editor.merge.contributions import contributions

    box = window.form.sections.get("sources")
    if box is None:
        return
    label = box.findChild(QLabel, "incident-sources")
    if label is None:
        label = QLabel(box)
        label.setObjectName("incident-sources")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        box.layout().addWidget(label)
    report = window.doc.report
    lines = []
    for k, (source, done) in enumerate(zip(all_sources(report), contributions(report))):
        about = ", ".join(p for p in (source.publisher, source.published, (source.language or "").upper()) if p)
        lines.append(QCoreApplication.translate("Incident", "%1. %2 (%3): %4 values added, %5 changed, %6 contradicted")
                     .replace("%1", str(k + 1)).replace("%2", source.title or QCoreApplication.translate("Incident", "Untitled article"))
                     .replace("%3", about or "—").replace("%4", str(len(done.added)))
                     .replace("%5", str(len(done.changed))).replace("%6", str(len(done.contradicted))))
    label.setText("\n".join(lines))
    label.setVisible(several)
