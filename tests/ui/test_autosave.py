"""Autosave within seconds, recovery after SIGKILL, recovery discarded after a save."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from editor.storage import list_recoveries, recovery_dir

HERE = Path(__file__).resolve().parent


def test_edit_is_autosaved_then_discarded_on_save(loaded, qtbot, tmp_path):
    window = loaded
    assert window.autosave_timer.interval() == 3000  # the settings default
    window.autosave_timer.setInterval(200)
    window.doc.set("/organization/region", "Haute-Lune")
    qtbot.waitUntil(lambda: len(list_recoveries()) == 1, timeout=5000)
    assert stat_mode(list_recoveries()[0]["path"]) == 0o600
    assert window.save_to(tmp_path / "saved.incident.json")
    assert list_recoveries() == []


def test_undo_to_clean_discards_the_recovery(loaded, qtbot):
    window = loaded
    window.autosave_timer.setInterval(100)
    window.doc.set("/organization/region", "Haute-Lune")
    qtbot.waitUntil(lambda: len(list_recoveries()) == 1, timeout=5000)
    window.doc.stack.undo()
    assert list_recoveries() == []


def stat_mode(path: Path) -> int:
    return os.stat(path).st_mode & 0o777


def test_kill_during_editing_then_recover(make_window, article_file, qtbot):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen([sys.executable, str(HERE / "crash_child.py"), str(article_file)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        lines = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            lines.append(line.strip())
            if line.startswith("AUTOSAVED"):
                break
        assert any(line.startswith("AUTOSAVED") for line in lines), (lines, child.stderr.read())
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)  # reaped: its pid no longer looks alive
        child.stdout.close()
        child.stderr.close()
    assert len(list(recovery_dir().glob("*.recovery.json"))) == 1
    window = make_window(recover=True)
    assert window.offer_recoveries()
    assert window.prompts.asked[0][0] == "recovery"
    assert window.doc.value("/organization/region") == "Haute-Lune"
    assert window.focus_widget_for("/organization/region").text() == "Haute-Lune"
    assert window.doc.value("/organization/name") == "Centre hospitalier de Valmoret"
    assert window.isWindowModified()  # restored work is unsaved work
    assert "/organization/region" in window.doc.report.user_edited


def test_declined_recovery_is_discarded(make_window, loaded, qtbot):
    loaded.autosave()
    # pretend the owner died: rewrite the pid to one that cannot exist
    import json

    path = list_recoveries()[0]["path"]
    payload = json.loads(path.read_text())
    payload["pid"] = 2**22 + 12345
    path.write_text(json.dumps(payload))
    window = make_window(recover=False)
    assert not window.offer_recoveries()
    assert list_recoveries() == []


def test_live_owner_recovery_is_not_offered(make_window, loaded):
    loaded.autosave()
    window = make_window(recover=True)
    assert not window.offer_recoveries()  # the owner (this process) is alive


def test_restored_work_keeps_one_recovery_file(make_window, loaded, qtbot):
    import json

    loaded.doc.set("/organization/region", "Haute-Lune")
    path = loaded.autosave()
    payload = json.loads(path.read_text())
    payload["pid"] = 2**22 + 12345  # its owner died
    path.write_text(json.dumps(payload))
    loaded.recovery_file = None  # forget it, as a killed process would
    window = make_window(recover=True)
    assert window.offer_recoveries()
    window.autosave_timer.setInterval(100)
    window.doc.set("/organization/region", "Basse-Lune")
    qtbot.waitUntil(lambda: window.recovery_file is not None, timeout=5000)
    files = list(recovery_dir().glob("*.recovery.json"))
    assert files == [window.recovery_file]
    assert "Basse-Lune" in files[0].read_text()
