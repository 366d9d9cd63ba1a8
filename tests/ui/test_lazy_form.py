"""The start-up form: lower sections built after the first paint, and indistinguishable once built."""

from __future__ import annotations

import pytest

from editor.ui.form import EAGER_SECTIONS
from tests.ui.conftest import wait_idle


@pytest.fixture
def make_lazy(make_window):
    """Windows not shown yet (the lazy form waits for its first paint), lazy or eager."""
    return lambda lazy: make_window(show=False, lazy_form=lazy)


def _shown(window) -> dict[str, object]:
    """What every field and table shows, by pointer."""
    from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

    shown: dict[str, object] = {}
    for pointer, binding in window.form.bindings.items():
        editor = binding.editor
        if isinstance(editor, QComboBox):
            shown[pointer] = editor.currentText()
        elif isinstance(editor, QLineEdit):
            shown[pointer] = editor.text()
        elif isinstance(editor, QPlainTextEdit):
            shown[pointer] = editor.toPlainText()
        shown[pointer + "#tip"] = editor.toolTip()
        shown[pointer + "#flag"] = binding.flagged
    for pointer, table in window.form.tables.items():
        model = table.model
        shown[pointer] = [[model.index(r, c).data() for c in range(model.columnCount())]
                          for r in range(model.rowCount())]
    return shown


def test_only_the_top_sections_exist_until_the_first_paint(make_lazy, qtbot):
    window = make_lazy(lazy=True)
    form = window.form
    built = {key for key, _box in form.sections.items() if form._forms[key].rowCount()}
    assert built == {spec.key for spec in form.specs[:EAGER_SECTIONS]}
    assert not form.complete
    qtbot.wait(50)  # not shown: nothing is built behind the user's back
    assert not form.complete
    with qtbot.waitSignal(form.completed, timeout=5000):
        window.show()
    assert form.complete
    assert all(form._forms[spec.key].rowCount() for spec in form.specs)


def test_a_lazy_form_knows_its_fields_before_they_are_built(make_lazy):
    lazy, eager = make_lazy(lazy=True), make_lazy(lazy=False)
    assert lazy.form.targets() == eager.form.targets()
    assert lazy.form.labels == eager.form.labels
    assert lazy.form.section_keys() == eager.form.section_keys()
    for pointer in ("/ransom/amount", "/impact/services/2/note", "/timeline/0", "/sources/1/url", "/nope"):
        assert lazy.form.describe(pointer) == eager.form.describe(pointer)
    assert not lazy.form.complete  # none of the above needed a widget


def test_sections_built_after_loading_show_what_an_eager_form_shows(make_lazy, article_file, qtbot):
    lazy, eager = make_lazy(lazy=True), make_lazy(lazy=False)
    for window in (lazy, eager):
        window.show()
        assert window.open_path(article_file)
        wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: lazy.form.complete, timeout=5000)
    assert lazy.form.flagged_count() == eager.form.flagged_count() > 0
    # The generated summary is computed off the event loop's current turn in both: wait for it.
    qtbot.waitUntil(lambda: all(w.form.bindings["/incident/summary"].generated_text for w in (lazy, eager)),
                    timeout=5000)
    assert _shown(lazy) == _shown(eager)
    assert lazy.check_label.text() == eager.check_label.text()


def test_the_count_of_values_to_check_needs_no_widget(make_lazy, article_file, qtbot):
    window = make_lazy(lazy=True)
    eager = make_lazy(lazy=False)
    for each in (window, eager):
        assert each.open_path(article_file)  # not shown: the lazy form stays half built
        wait_idle(qtbot, each)
    assert not window.form.complete
    assert window.form.flagged_count() == eager.form.flagged_count()
    assert not window.form.complete


def test_asking_for_a_widget_builds_the_rest_at_once(make_lazy, article_file, qtbot):
    window = make_lazy(lazy=True)
    assert window.open_path(article_file)
    wait_idle(qtbot, window)
    assert not window.form.complete
    amount = window.focus_widget_for("/ransom/amount")  # a field of a section not built yet
    assert amount is not None and window.form.complete
    # The tab chain runs through the late sections too, in form order.
    currency = window.focus_widget_for("/ransom/currency")
    assert amount.nextInFocusChain() is currency or amount.nextInFocusChain().parent() is currency
    assert window.form.clocks is not None
    assert window.form.scroll_to("sources")
