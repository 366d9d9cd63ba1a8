"""Typed settings: defaults table, coercion, keys equal to default not stored, QSettings adapter."""

from __future__ import annotations

import subprocess
import sys

from editor.settings import DEFAULTS, PREFIX, MemoryStore, Settings, load_settings, save_settings


def test_defaults_are_not_stored():
    store = MemoryStore()
    save_settings(DEFAULTS, store)
    assert store.data == {}
    save_settings(DEFAULTS.with_changes(author="A. Analyst", autosave_seconds=3), store)
    assert store.data == {PREFIX + "author": "A. Analyst"}
    save_settings(DEFAULTS, store)
    assert store.data == {}


def test_bad_values_fall_back_or_clamp():
    store = MemoryStore({PREFIX + "default_tlp": "TLP:PURPLE", PREFIX + "autosave_seconds": "0",
                         PREFIX + "theme": "dark", PREFIX + "ui_language": "xx"})
    settings = load_settings(store)
    assert settings.default_tlp == "TLP:AMBER"
    assert settings.autosave_seconds == 1
    assert settings.theme == "dark"
    assert settings.ui_language == ""


def test_qsettings_adapter_round_trip(tmp_path, monkeypatch, qapp):
    monkeypatch.setenv("INCIDENT_EDITOR_SETTINGS_DIR", str(tmp_path / "s"))
    from editor.ui.qt_settings import QSettingsStore

    store = QSettingsStore()
    store.save(Settings(author="A. Analyst", autosave_seconds=7, theme="light"))
    again = QSettingsStore().load()
    assert (again.author, again.autosave_seconds, again.theme) == ("A. Analyst", 7, "light")
    text = (tmp_path / "s" / "incident-editor.ini").read_text()
    assert "default_tlp" not in text  # equal to its default
    store.add_recent("/a")
    store.add_recent("/b")
    store.add_recent("/a")
    assert QSettingsStore().recent_files() == ["/a", "/b"]


def test_settings_module_does_not_import_qt():
    code = "import sys, editor.settings; assert not any(m.startswith('PySide6') for m in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_preferences_dialog_round_trip(make_window):
    from editor.ui.dialogs import PreferencesDialog

    window = make_window()
    dialog = PreferencesDialog(window.settings.with_changes(author="B"), window)
    dialog.autosave.setValue(9)
    dialog.tlp.setCurrentIndex(dialog.tlp.findData("TLP:RED"))
    result = dialog.settings()
    assert (result.author, result.autosave_seconds, result.default_tlp) == ("B", 9, "TLP:RED")


def test_preferences_feed_new_reports(make_window, article_file, qtbot):
    from tests.ui.conftest import wait_idle

    window = make_window()
    window.settings = window.settings.with_changes(author="A. Analyst", default_tlp="TLP:RED")
    window.open_path(article_file)
    wait_idle(qtbot, window)
    assert window.doc.value("/report/author") == "A. Analyst"
    assert window.doc.value("/report/tlp") == "TLP:RED"
    assert window.doc.value("/report/language") == "fr"
