"""Several articles, one incident in the window: add articles through the review, save, reopen, export."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import wait_idle

INCIDENTS = Path(__file__).resolve().parents[1] / "data" / "incidents"


def _articles(name: str = "ravelines") -> list[Path]:
    return sorted((INCIDENTS / name).glob("*.txt"))


def _window(make_window, qtbot, **answers):
    window = make_window(**answers)
    window.extractor = None  # the real extractor: the articles are written for it
    first = _articles()[0]
    assert window.open_path(first)
    wait_idle(qtbot, window)
    return window


def _add(window, qtbot, path: Path) -> None:
    from editor.ui import incident

    assert incident.add_article(window, path)
    wait_idle(qtbot, window)


def test_add_two_articles_accept_all_but_one_line_save_reopen_export(make_window, qtbot, tmp_path):
    from docx import Document

    from editor.export.roundtrip import read_embedded_report
    from editor.model.multi import all_sources

    window = _window(make_window, qtbot)
    steps = window.doc.stack.count()
    second, third = _articles()[1:]
    _add(window, qtbot, second)
    _kind, changes = window.prompts.asked[-1]
    assert "/ransom/status" in {c.pointer for c in changes}
    _add(window, qtbot, third)
    _kind, changes = window.prompts.asked[-1]
    pointers = [c.pointer for c in changes]
    assert "/impact/people_affected" in pointers and "/ransom/status" in pointers
    # the user accepts every line but the people count: one undo step per article
    window.prompts.accept_changes = None
    window.doc.stack.undo()
    window.prompts.accept_changes = [p for p in pointers if p != "/impact/people_affected"]
    _add(window, qtbot, third)
    assert window.doc.stack.count() == steps + 2
    report = window.doc.report
    assert [s.language for s in all_sources(report)] == ["fr", "en", "nl"]
    assert report.ransom.status == "refused" and report.impact.people_affected is None
    assert [h.value for h in report.history["/ransom/status"]] == ["not_demanded", "demanded", "refused"]
    assert [c.pointer for c in report.conflicts] == ["/impact/servers_affected"]
    assert report.impact.servers_affected == 120  # the earlier value is kept until the user settles it
    # the evidence of a value from the third article highlights in the third article
    window.show_evidence("/ransom/leak_published")
    assert window.article.source_text == all_sources(report)[2].text
    assert window.article.byline.text().endswith("Source 3 of 3")
    window.show_evidence("/incident/start_date")
    assert window.article.source_text == all_sources(report)[0].text
    # save, reopen, export, read back
    project = tmp_path / "incident.incident.json"
    assert window.save_to(project)
    other = _window(make_window, qtbot)
    assert other.open_path(project)
    wait_idle(qtbot, other)
    assert other.doc.report.to_json_dict() == report.to_json_dict()
    target = tmp_path / "report.docx"
    from editor.export import ExportOptions, write

    write(other.doc.report, target, options=ExportOptions(language="en"))
    back = read_embedded_report(target)
    for key in ("sources", "history", "conflicts", "evidence"):
        assert back.to_json_dict()[key] == report.to_json_dict()[key]
    text = "\n".join(p.text for p in Document(str(target)).paragraphs)
    assert "Evolution of the incident" in text and "Ransom status: No demand reported → Demanded" in text


def test_a_typed_field_is_never_overwritten_by_an_added_article(make_window, qtbot):
    window = _window(make_window, qtbot)
    assert window.doc.set("/ransom/status", "refused", typed=True)
    _add(window, qtbot, _articles()[1])
    report = window.doc.report
    assert report.ransom.status == "refused"
    [proposal] = [c for c in report.conflicts if c.pointer == "/ransom/status"]
    assert (proposal.reason, proposal.proposed) == ("user_edited", "demanded")


def test_another_victim_is_refused_and_nothing_changes(make_window, qtbot):
    window = make_window()
    window.extractor = None
    first, _second, other = sorted((INCIDENTS / "essbruck").glob("*.txt"))
    assert window.open_path(first)
    wait_idle(qtbot, window)
    before = window.doc.report.to_json_dict()
    _add(window, qtbot, other)
    kind, message = window.prompts.asked[-1]
    assert kind == "error" and "another sector" in message and "nothing was merged" in message
    assert window.doc.report.to_json_dict() == before


def test_incident_strings_are_translated(qapp):
    from PySide6.QtCore import QCoreApplication

    from editor.ui.app import install_translators

    translators = install_translators(qapp, "fr")
    try:
        assert QCoreApplication.translate("Incident", "&Add article to incident…") == \
            "&Ajouter un article à l’incident…"
        assert QCoreApplication.translate("Incident", "“%1”: %2; nothing was merged.") == \
            "« %1 » : %2 ; rien n’a été fusionné."
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_settling_a_conflict_is_one_undoable_step(make_window, qtbot):
    from editor.ui import incident

    window = _window(make_window, qtbot)
    _add(window, qtbot, _articles()[1])
    report = window.doc.report
    assert [c.pointer for c in report.conflicts] == ["/impact/servers_affected"]
    assert report.impact.servers_affected == 120
    steps = window.doc.stack.count()
    assert incident.settle_conflict(window, "/impact/servers_affected", 180)
    assert window.doc.stack.count() == steps + 1
    assert window.doc.report.impact.servers_affected == 180 and window.doc.report.conflicts == []
    assert "/impact/servers_affected" in window.doc.report.user_edited  # a later merge only proposes
    window.doc.stack.undo()
    assert window.doc.report.impact.servers_affected == 120
    assert [c.pointer for c in window.doc.report.conflicts] == ["/impact/servers_affected"]
    assert "/impact/servers_affected" not in window.doc.report.user_edited
    window.doc.stack.redo()
    # the next article does not undo the user's decision
    _add(window, qtbot, _articles()[2])
    assert window.doc.report.impact.servers_affected == 180


def test_fields_with_a_conflict_or_a_history_carry_a_marker_that_settles(make_window, qtbot):
    window = _window(make_window, qtbot)
    _add(window, qtbot, _articles()[1])
    markers = window.incident_markers
    conflict = markers["/impact/servers_affected"]
    assert conflict.isVisible() and conflict.text() == "⚠"
    assert markers["/ransom/status"].text() == "⟲"
    history = [a.text() for a in markers["/ransom/status"].menu().actions()]
    assert history == ["not_demanded (source 1, 2026-02-03)", "demanded (source 2, 2026-02-05)"]
    settle = [a for a in conflict.menu().actions() if a.text().startswith("Settle with 180")]
    settle[0].trigger()
    assert window.doc.report.impact.servers_affected == 180
    assert not conflict.isVisible()
    window.doc.stack.undo()
    assert window.doc.report.impact.servers_affected == 120 and conflict.isVisible()


def test_the_sources_section_lists_each_article_and_what_it_contributed(make_window, qtbot):
    from PySide6.QtWidgets import QLabel

    window = _window(make_window, qtbot)
    for path in _articles()[1:]:
        _add(window, qtbot, path)
    label = window.form.sections["sources"].findChild(QLabel, "incident-sources")
    lines = label.text().splitlines()
    assert len(lines) == 3 and label.isVisible()
    assert lines[0].startswith("1. Cyberattaque au Centre hospitalier régional de Ravelines")
    assert "(2026-02-05, EN): " in lines[1] and lines[1].endswith("2 changed, 1 contradicted")
    assert "(2026-02-11, NL): 4 values added, 2 changed, 0 contradicted" in lines[2]  # drawn after the evidence


def test_a_pasted_article_is_added_to_the_incident(make_window, qtbot):
    from PySide6.QtGui import QGuiApplication

    from editor.model.multi import all_sources
    from editor.ui import incident

    window = _window(make_window, qtbot)
    QGuiApplication.clipboard().setText(_articles()[1].read_text(encoding="utf-8"))
    assert incident.add_text(window, QGuiApplication.clipboard().text())
    wait_idle(qtbot, window)
    assert [s.language for s in all_sources(window.doc.report)] == ["fr", "en"]
    assert window.doc.report.ransom.status == "demanded"
    assert not incident.add_text(window, "   ")
    assert window.prompts.asked[-1][0] == "error"


def test_an_older_article_added_later_moves_the_documents_evidence_with_its_source(make_window, qtbot):
    from editor.model.multi import all_sources, span_text

    window = make_window()
    window.extractor = None
    first, second, _third = _articles()
    assert window.open_path(second)  # the day-3 article first
    wait_idle(qtbot, window)
    before = {p: [span_text(window.doc.report, s) for s in spans] for p, spans in window.doc.report.evidence.items()}
    window.prompts.accept_changes = []  # reject every line: only the incident-wide keys change
    _add(window, qtbot, first)
    report = window.doc.report
    assert [s.published for s in all_sources(report)] == ["2026-02-03", "2026-02-05"]
    after = {p: [span_text(report, s) for s in spans] for p, spans in report.evidence.items()}
    assert after == before  # every span still covers the same sentence, now in source 2
    assert report.candidates
    for found in report.candidates.values():
        for candidate in found:
            assert all(s.source == 1 for s in candidate.evidence)


def test_an_article_dropped_with_ctrl_joins_the_incident_and_a_plain_drop_opens_it(make_window, qtbot):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    from editor.model.multi import all_sources

    def drop(window, path, modifiers):
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(path))])
        window.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                                    modifiers))
        wait_idle(qtbot, window)

    window = _window(make_window, qtbot, unsaved_answer="discard")
    drop(window, _articles()[1], Qt.KeyboardModifier.ControlModifier)
    assert [s.language for s in all_sources(window.doc.report)] == ["fr", "en"]  # added through the review
    drop(window, _articles()[2], Qt.KeyboardModifier.NoModifier)  # a plain drop opens the file as before
    assert len(all_sources(window.doc.report)) == 1 and window.doc.report.source.path.endswith(_articles()[2].name)
