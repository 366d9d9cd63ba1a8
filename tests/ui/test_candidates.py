"""The alternatives one click away: choosing another organisation updates the field, its evidence highlight and
the report title, and undoes in one step; a doubtful value's marker says why."""

from __future__ import annotations

from editor.model.report import Candidate, Span
from editor.sources.article import Article
from tests.ui.helpers import ARTICLE, fake_extract, sentence

NAME = "/organization/name"


def _report():
    report = fake_extract(Article(text=ARTICLE, language="fr"))
    first = sentence(ARTICLE, "a été victime")
    other = sentence(ARTICLE, "selon la direction")
    report.candidates = {NAME: [
        Candidate(value="Centre hospitalier de Valmoret", confidence=0.7, evidence=[Span(**first)]),
        Candidate(value="Clinique des Ormes", confidence=0.2, evidence=[Span(**other)]),
    ]}
    report.confidence = {**report.confidence, NAME: 0.7, "/incident/type": 0.45}
    report.confidence_why = {"/incident/type": ["context", "early"]}
    return report, other


def test_choosing_a_candidate_updates_field_evidence_title_and_undoes_in_one_step(make_window, qtbot):
    window = make_window()
    report, other = _report()
    window.doc.load(report)
    binding = window.form.bindings[NAME]
    title = window.form.bindings["/report/title"]
    qtbot.waitUntil(lambda: "Valmoret" in title.editor.placeholderText(), timeout=5000)
    assert binding.choices.isVisible()
    binding.choices.fill()
    rows = binding.choices.actions_for_test()
    assert len(rows) == 2
    steps = window.doc.stack.count()

    rows[1].trigger()
    assert binding.editor.text() == "Clinique des Ormes"
    assert window.doc.stack.count() == steps + 1
    window.show_evidence(NAME)
    assert window.article.highlighted_ranges() == [(other["start"], other["end"])]
    assert window.doc.confidence(NAME) == 0.2
    qtbot.waitUntil(lambda: "Clinique des Ormes" in title.editor.placeholderText(), timeout=5000)
    assert window.isWindowModified()

    window.doc.stack.undo()
    assert binding.editor.text() == "Centre hospitalier de Valmoret"
    assert window.doc.confidence(NAME) == 0.7
    window.show_evidence(NAME)
    first = sentence(ARTICLE, "a été victime")
    assert window.article.highlighted_ranges() == [(first["start"], first["end"])]
    assert NAME not in window.doc.report.user_edited
    qtbot.waitUntil(lambda: "Valmoret" in title.editor.placeholderText(), timeout=5000)


def test_a_field_with_one_reading_shows_no_candidate_button(make_window):
    window = make_window()
    report, _ = _report()
    window.doc.load(report)
    assert not window.form.bindings["/organization/country"].choices.isVisible()


def test_low_confidence_marker_says_why(make_window):
    window = make_window()
    report, _ = _report()
    window.doc.load(report)
    tip = window.form.bindings["/incident/type"].marker.toolTip()
    assert "45 %" in tip and "other incidents" in tip and "headline" in tip


def test_reextraction_brings_the_new_candidates_and_undo_restores_them(make_window, article_file, qtbot):
    from tests.ui.conftest import wait_idle

    def extractor(article, language=None):
        report = fake_extract(article, language)
        name = report.organization.name
        report.candidates = {NAME: [Candidate(value=name, confidence=0.8),
                                    Candidate(value=f"{language or 'fr'} alternative", confidence=0.2)]}
        return report

    window = make_window()
    window.extractor = extractor
    assert window.open_path(article_file)
    wait_idle(qtbot, window)
    assert [c.value for c in window.doc.report.candidates[NAME]][1] == "fr alternative"
    window.change_article_language("en")
    wait_idle(qtbot, window)
    assert window.doc.value(NAME) == "Valmoret Hospital Centre"
    assert [c.value for c in window.doc.report.candidates[NAME]] == ["Valmoret Hospital Centre", "en alternative"]
    window.doc.stack.undo()
    assert [c.value for c in window.doc.report.candidates[NAME]][1] == "fr alternative"


def test_the_keyboard_walks_the_candidates_and_picks_one(make_window, qtbot):
    from PySide6.QtCore import Qt

    window = make_window()
    report, _ = _report()
    window.doc.load(report)
    button = window.form.bindings[NAME].choices
    button.show_menu()
    menu = button.menu_
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    assert "Clinique des Ormes" in button.active_row().text()  # the row the keys are on is highlighted
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    assert window.doc.value(NAME) == "Clinique des Ormes"
