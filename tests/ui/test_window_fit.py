"""The form fits a 1024×700 window: no field hides behind a horizontal scroll bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication


def test_a_window_narrower_than_both_columns_can_still_be_made(make_window):
    window = make_window()
    window.resize(700, 500)
    QApplication.processEvents()
    assert window.width() == 700  # the form's width is asked of the splitter, not forced on the window


def _loaded(make_window, article_file, qtbot):
    window = make_window(lazy_form=True)  # as the app starts: lower sections built after the first paint
    window.open_path(article_file)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=15000)
    return window


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_form_fits_a_1024_by_700_window(make_window, article_file, qtbot, request, language):
    if language == "fr":
        request.getfixturevalue("french")  # longer labels: "Postes de travail touchés :"
    window = _loaded(make_window, article_file, qtbot)
    window.splitter.setSizes([900, 120])  # a splitter state that starves the form, as one restored from before
    window.resize(1024, 700)
    QApplication.processEvents()
    window.form.ensure_built()
    qtbot.wait(50)  # the sections built last are laid out, then the splitter fits them
    assert (window.width(), window.height()) == (1024, 700)
    scroll = window.form.scroll
    assert scroll.horizontalScrollBar().maximum() == 0
    viewport = scroll.viewport()
    for key in window.form.section_keys():
        box = window.form.sections[key]
        widgets = [b.container for p, b in window.form.bindings.items() if box.isAncestorOf(b.container)]
        widgets += [t for t in window.form.tables.values() if box.isAncestorOf(t)]
        assert widgets, key
        for widget in widgets:
            right = widget.mapTo(viewport, QPoint(widget.width(), 0)).x()
            assert right <= viewport.width(), (key, widget.objectName(), right, viewport.width())
    assert window.article.width() >= 300  # the article keeps a readable column
    for pointer, table in window.form.tables.items():  # a table's columns share its width: none scrolls away
        assert table.view.horizontalScrollBar().maximum() == 0, pointer


def test_a_date_and_time_column_is_not_cut_at_1024(make_window, article_file, qtbot):
    window = _loaded(make_window, article_file, qtbot)
    window.doc.set("/timeline", [{"when": "2026-03-14T02:00", "what": "Des alertes apparaissent sur les serveurs",
                                  "when_text": "Vers 2 heures du matin"}])
    window.resize(1024, 700)
    window.form.ensure_built()
    qtbot.wait(50)
    table = window.form.tables["/timeline"]
    table._fit_columns()
    needed = table.view.fontMetrics().horizontalAdvance("2026-03-14 02:00")
    assert table.view.horizontalHeader().sectionSize(0) >= needed + 8
    assert table.view.horizontalScrollBar().maximum() == 0


def test_a_long_value_shows_its_beginning(make_window, article_file, qtbot):
    window = _loaded(make_window, article_file, qtbot)
    window.resize(1024, 700)
    title = "Cyberattaque contre le Centre hospitalier de Valmoret et ses trois sites de la vallée"
    window.doc.set("/report/title", title)
    editor = window.focus_widget_for("/report/title")
    assert not editor.hasFocus() and editor.text() == title
    assert editor.cursorPosition() == 0  # the line edit scrolls to its cursor: at the end it hid "Cyberattaque…"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_deadline_hints_are_not_cut(make_window, article_file, qtbot, request, language):
    from PySide6.QtCore import QRect, Qt

    from editor import resources

    if language == "fr":
        request.getfixturevalue("french")
    window = make_window(lazy_form=True)
    window.extractor = None  # the real extractor on the bundled sample: the hints of a real report
    window.open_path(resources.sample_article("fr"))
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30000)
    window.resize(1024, 700)
    window.form.scroll_to("notifications")
    qtbot.wait(50)
    panel = window.form.clocks
    for label in (panel.hint, panel.missing_title):
        assert label.text()
        lines = label.fontMetrics().boundingRect(QRect(0, 0, label.width(), 100_000), Qt.TextFlag.TextWordWrap,
                                                 label.text()).height()
        assert label.height() >= lines, (label.text(), label.height(), lines)


def test_a_wide_window_gives_the_form_its_larger_share(make_window, article_file, qtbot):
    window = _loaded(make_window, article_file, qtbot)
    window.resize(1440, 900)
    qtbot.wait(50)
    article, form = window.splitter.sizes()
    assert form > article  # the split the window starts with (5:6), not one skewed before the first show


@pytest.mark.parametrize("size", [(1024, 700), (1440, 900)])
def test_choosing_the_last_sections_in_the_list_brings_them_to_the_top(make_window, article_file, qtbot, size):
    window = _loaded(make_window, article_file, qtbot)
    window.resize(*size)
    window.form.ensure_built()
    qtbot.wait(50)
    nav = window.form.nav
    for row in reversed(range(nav.count())):
        nav.setCurrentRow(row)
        key = nav.item(row).data(0x0100)  # Qt.UserRole
        box = window.form.sections[key]
        bar = window.form.scroll.verticalScrollBar()
        # The scroll and the list's follow-up run from the event loop: wait for them (a loaded machine is slow).
        qtbot.waitUntil(lambda b=box: abs(b.y() - bar.value()) <= 8, timeout=3000)
        QApplication.processEvents()
        assert nav.currentRow() == row, nav.item(row).text()  # the highlight stays on the section chosen
        assert abs(box.y() - bar.value()) <= 8
