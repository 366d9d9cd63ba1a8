"""Work autosaved before a crash is offered whenever its file is opened, and never lost before the user chose."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from editor.sources.article import Article
from editor.storage import list_recoveries, read_recovery, recovery_dir, save_project
from tests.ui.conftest import wait_idle
from tests.ui.helpers import ARTICLE, fake_extract

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TITLE = "Cyberattaque contre le Centre hospitalier de Valmoret"


def _crash_after_autosave(target: Path) -> Path:
    """``incident-editor TARGET``; type "Haute-Lune" as the region, SIGKILL the editor after its autosave."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen([sys.executable, str(HERE / "reopen_child.py"), "edit", str(target)], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    written = None
    try:
        lines = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            lines.append(line.strip())
            if line.startswith("AUTOSAVED"):
                written = Path(line.split(" ", 1)[1].strip())
                break
        assert written is not None, (lines, child.stderr.read())
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        child.stdout.close()
        child.stderr.close()
    assert read_recovery(written).organization.region == "Haute-Lune"
    return written


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A saved project (the invented article, extracted, with a title), written a while ago."""
    report = fake_extract(Article(text=ARTICLE))
    report.report.title = TITLE
    path = tmp_path / "valmoret.incident.json"
    save_project(report, path)
    past = time.time() - 3600
    os.utime(path, (past, past))
    return path


@pytest.fixture
def crashed_project(project: Path) -> tuple[Path, Path]:
    """(project, recovery file): the project was opened, edited, autosaved, then the editor was killed."""
    return project, _crash_after_autosave(project)


def _reopen(answer: str, target: Path) -> tuple[list[dict], dict]:
    """``incident-editor TARGET`` in a child process whose dialogs a robot answers; (prompts, final state)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, str(HERE / "reopen_child.py"), answer, str(target)], env=env,
                            capture_output=True, text=True, timeout=120, cwd=ROOT)
    prompts = [json.loads(line[7:]) for line in result.stdout.splitlines() if line.startswith("PROMPT ")]
    states = [json.loads(line[6:]) for line in result.stdout.splitlines() if line.startswith("STATE ")]
    assert result.returncode == 0 and states, (result.stdout, result.stderr)
    return prompts, states[0]


def test_reopening_by_path_from_the_command_line_offers_the_autosave(crashed_project):
    project, recovery = crashed_project
    prompts, state = _reopen("Restore", project)
    # one question, the recovery prompt, naming the project's title, its file and the autosave's time
    assert [p["title"] for p in prompts] == ["Recover unsaved work"], prompts
    informative = prompts[0]["informative"]
    assert f"“{TITLE}”" in informative and str(project) in informative and "Autosaved at" in informative
    assert prompts[0]["buttons"] == ["Restore", "Keep for later", "Discard"]
    assert state["region"] == "Haute-Lune" and state["name"] == "Centre hospitalier de Valmoret"
    assert state["path"] == str(project) and state["modified"]  # restored work is unsaved work on that project
    assert state["restored_from"] == str(recovery) and recovery.exists()  # kept until saved or autosaved again


def test_keep_for_later_keeps_the_autosave_and_discard_deletes_it(crashed_project):
    project, recovery = crashed_project
    prompts, state = _reopen("Keep for later", project)
    assert [p["title"] for p in prompts] == ["Recover unsaved work"]
    assert state["region"] is None and not state["modified"]  # the saved version
    assert recovery.exists()
    prompts, state = _reopen("Discard", project)  # offered again next time; now discarded
    assert [p["title"] for p in prompts] == ["Recover unsaved work"] and state["region"] is None
    assert not recovery.exists()
    prompts, state = _reopen("Restore", project)  # nothing left to offer
    assert prompts == [] and state["region"] is None


def test_an_article_opened_from_the_command_line_offers_its_autosave(tmp_path):
    article = tmp_path / "valmoret.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    past = time.time() - 3600
    os.utime(article, (past, past))
    _crash_after_autosave(article)
    # the real app extracts the article itself here (the start-up prefetch), then offers the autosave
    prompts, state = _reopen("Restore", article)
    assert [p["title"] for p in prompts] == ["Recover unsaved work"]
    assert "valmoret.txt" in prompts[0]["informative"] and "Not saved as a project yet" in prompts[0]["informative"]
    assert state["region"] == "Haute-Lune" and state["modified"] and state["path"] is None


# --- the same through the window's own ways of opening (pytest-qt, scripted prompts) ---------------

def _assert_restored(window, project: Path) -> None:
    assert [kind for kind, _ in window.prompts.asked] == ["recovery"]
    description = window.prompts.asked[0][1]
    assert f"“{TITLE}”" in description and str(project) in description
    assert window.doc.value("/organization/region") == "Haute-Lune"
    assert window.focus_widget_for("/organization/region").text() == "Haute-Lune"
    assert window.doc.path == project and window.isWindowModified()


def test_file_open_offers_the_autosave(crashed_project, make_window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    project, _recovery = crashed_project
    window = make_window(recover=True)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(project), ""))
    window.act_open.trigger()
    wait_idle(qtbot, window)
    _assert_restored(window, project)


def test_recent_files_offer_the_autosave(crashed_project, make_window, qtbot):
    project, _recovery = crashed_project
    window = make_window(recover=True)
    window.store.add_recent(str(project))
    window.recent_menu.aboutToShow.emit()
    action = next(a for a in window.recent_menu.actions() if a.text() == str(project))
    action.trigger()
    wait_idle(qtbot, window)
    _assert_restored(window, project)


def test_drag_and_drop_offers_the_autosave(crashed_project, make_window, qtbot):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    project, _recovery = crashed_project
    window = make_window(recover=True)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(project))])
    window.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                                Qt.KeyboardModifier.NoModifier))
    wait_idle(qtbot, window)
    _assert_restored(window, project)


def _orphan(window, *, region: str, document: Path | None = None, origin: Path | None = None) -> Path:
    """An autosave left by a dead editor: ``window``'s report with ``region``, written under another session."""
    from editor.storage import write_recovery

    report = window.doc.report.deep_copy()
    report.organization.region = region
    path = write_recovery(report, f"dead-{region}", document, origin)
    payload = json.loads(path.read_text())
    payload["pid"] = 2**22 + 12345  # its owner died
    path.write_text(json.dumps(payload))
    return path


def test_the_next_autosave_never_writes_over_an_autosave_not_yet_chosen(project, make_window, qtbot):
    window = make_window(recover="keep")
    window.open_path(project)
    wait_idle(qtbot, window)
    kept = _orphan(window, region="Haute-Lune", document=project)
    before = kept.read_bytes()
    window.open_path(project)  # opened again: offered, kept for later
    wait_idle(qtbot, window)
    assert [kind for kind, _ in window.prompts.asked] == ["recovery"]
    window.autosave_timer.setInterval(50)
    window.doc.set("/organization/region", "Basse-Lune")
    qtbot.waitUntil(lambda: window.recovery_file is not None, timeout=5000)
    assert window.recovery_file != kept and kept.read_bytes() == before
    assert len(list(recovery_dir().glob("*.recovery.json"))) == 2


def test_several_autosaves_are_offered_newest_first_until_one_is_restored(project, make_window, qtbot):
    window = make_window()
    window.open_path(project)
    wait_idle(qtbot, window)
    older = _orphan(window, region="Ancienne", document=project)
    time.sleep(0.02)
    newer = _orphan(window, region="Nouvelle", document=project)
    window.prompts.asked.clear()
    answers = iter(["keep", "restore"])
    window.prompts.offer_recovery = lambda _parent, description: (
        window.prompts.asked.append(("recovery", description)) or next(answers))
    window.open_path(project)
    wait_idle(qtbot, window)
    asked = [d for kind, d in window.prompts.asked if kind == "recovery"]
    assert len(asked) == 2 and "1 of 2" in asked[0] and "2 of 2" in asked[1]
    assert window.doc.value("/organization/region") == "Ancienne"
    assert newer.exists() and older.exists()  # kept, and restored (until saved or autosaved again)


def test_an_autosave_older_than_its_file_is_not_offered(project, make_window, qtbot):
    window = make_window(recover=True)
    window.open_path(project)
    wait_idle(qtbot, window)
    stale = _orphan(window, region="Haute-Lune", document=project)
    later = time.time() + 60
    os.utime(project, (later, later))  # the project was saved after that autosave
    window.prompts.asked.clear()
    window.open_path(project)
    wait_idle(qtbot, window)
    assert window.prompts.asked == [] and window.doc.value("/organization/region") is None
    assert stale.exists()  # not offered, not deleted: File › Recover Autosaved Work still lists it
    assert not window.has_recoveries()
    window.act_recover.trigger()
    assert window.prompts.asked[0][0] == "recovery" and "saved after this autosave" in window.prompts.asked[0][1]
    assert window.doc.value("/organization/region") == "Haute-Lune"


def test_an_unsaved_document_is_offered_at_start_up_with_its_title(loaded, make_window):
    left = _orphan(loaded, region="Haute-Lune")  # pasted text: no project, no article file
    window = make_window(recover="keep")
    assert not window.offer_recoveries()
    description = window.prompts.asked[0][1]
    assert f"“{TITLE}”" in description and "Not saved yet" in description
    assert [e["path"] for e in list_recoveries()] == [left]  # kept, not deleted


def test_escape_or_closing_the_recovery_prompt_keeps_the_autosave(qtbot):
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from editor.ui.app import create_application
    from editor.ui.prompts import DialogPrompts

    create_application()
    seen = []

    def press(key: Qt.Key | None) -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen.append([b.text() for b in box.buttons()])
        if key is None:
            box.close()  # the title bar's close button
        else:
            qtbot.keyClick(box, key)

    answers = []
    for key in (Qt.Key.Key_Escape, None, Qt.Key.Key_Return):
        QTimer.singleShot(100, lambda k=key: press(k))
        answers.append(DialogPrompts().offer_recovery(None, "“A title”\nProject: /tmp/x.incident.json"))
    assert answers == ["keep", "keep", "restore"]  # Return takes the default, Restore
    assert seen[0] == ["Restore", "Keep for later", "Discard"]


def test_opening_a_file_says_when_autosaved_work_of_another_file_waits(project, article_file, make_window, qtbot):
    window = make_window(recover=True)
    window.open_path(project)
    wait_idle(qtbot, window)
    assert "Recover Autosaved Work" not in window.statusBar().currentMessage()
    other = _orphan(window, region="Haute-Lune", document=project)
    window.open_path(article_file)  # another file: not asked about the project's autosave, but told
    wait_idle(qtbot, window)
    # (The undated article may ask for its publication date: that question is not about recovery.)
    assert [kind for kind, _ in window.prompts.asked if kind != "published"] == [] and other.exists()
    assert "Recover Autosaved Work" in window.statusBar().currentMessage()
