"""The form fits a 1024×700 window: no field hides behind a horizontal scroll bar."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication


def test_a_window_narrower_than_both_columns_can_still_be_made(make_window):
    window = make_window()
    window.resize(700, 500)
    QApplication.processEvents()
    assert window.width() == 700  # the form's width is asked of the splitter, not forced on the window


def test_the_form_fits_a_1024_by_700_window(loaded):
    window = loaded
    window.splitter.setSizes([900, 120])  # a splitter state that starves the form, as one restored from before
    window.resize(1024, 700)
    QApplication.processEvents()
    window.form.scroll.widget().layout().activate()
    QApplication.processEvents()
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
