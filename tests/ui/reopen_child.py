"""Test-only child process: start the real app on FILE (``incident-editor FILE``) and answer its dialogs.

Usage: reopen_child.py ANSWER FILE — ANSWER is the label of the recovery prompt's button to click
("Restore", "Keep for later", "Discard"), or ``edit``: once FILE is open, type "Haute-Lune" as the
region, print ``AUTOSAVED path`` when the autosave is written, then idle until killed. Every message box that appears is printed on stdout as
``PROMPT {json}`` and answered: the recovery prompt with ANSWER, anything else with its escape
button (Cancel, OK). Once the window holds the file and nothing is pending, the window's state is
printed as ``STATE {json}`` and the app quits, without closing the window (as a crash would, the
recovery files are left as they are).

With REOPEN_CHILD_PREFETCH_FAILS="ImportError: message" (or another built-in exception), the
start-up prefetch has already failed so when the window is built: a loader that fails fast.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from editor import cli  # noqa: E402
from editor.ui.app import create_application  # noqa: E402


def _say(tag: str, data: dict) -> None:
    print(f"{tag} {json.dumps(data, ensure_ascii=True)}", flush=True)


def main() -> int:
    """Run ``incident-editor FILE`` with a robot answering the dialogs."""
    answer, target = sys.argv[1], sys.argv[2]
    failure = os.environ.get("REOPEN_CHILD_PREFETCH_FAILS")
    if failure:
        import builtins
        from concurrent.futures import Future

        from editor.ui import prefetch

        kind, _, message = failure.partition(": ")
        failed: Future = Future()
        failed.set_exception(getattr(builtins, kind)(message))
        prefetch.start = lambda _target: failed
    app = create_application()  # run_app reuses it; the robot's timer lives in its event loop
    quiet = {"ticks": 0}

    def window() -> object | None:
        return next((w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"), None)

    def tick() -> None:
        for box in QApplication.topLevelWidgets():
            if isinstance(box, QMessageBox) and box.isVisible():
                quiet["ticks"] = 0
                labels = [b.text() for b in box.buttons()]
                shown = window()
                _say("PROMPT", {"title": box.windowTitle(), "text": box.text(),
                                "over_window": bool(shown is not None and shown.isVisible()),
                                "informative": box.informativeText(), "buttons": labels})
                recovery = answer in labels and box.windowTitle() == "Recover unsaved work"
                button = next(b for b in box.buttons() if b.text() == answer) if recovery else box.escapeButton()
                (button or box.buttons()[0]).click()
                return
        main_window = window()
        if main_window is None or not main_window.isVisible() or main_window.runner.busy:
            quiet["ticks"] = 0
            return
        quiet["ticks"] += 1
        if quiet["ticks"] < 10:  # half a second with nothing asked or running: the start-up is over
            return
        doc = main_window.doc
        if answer == "edit":
            edit(main_window)
            return
        _say("STATE", {"region": doc.value("/organization/region"), "name": doc.value("/organization/name"),
                       "path": str(doc.path) if doc.path else None, "modified": main_window.isWindowModified(),
                       "window_title": main_window.windowTitle(),
                       "restored_from": str(main_window.restored_from) if main_window.restored_from else None})
        app.exit(0)  # not quit(): that would close the window, and a clean close discards the autosaves

    def edit(main_window: object) -> None:
        if main_window.recovery_file is not None:
            if not quiet.get("told"):
                quiet["told"] = True
                print(f"AUTOSAVED {main_window.recovery_file}", flush=True)
            return
        if quiet.get("typed"):
            return
        quiet["typed"] = True
        main_window.autosave_timer.setInterval(200)
        main_window.form.focus_field("/organization/region")
        field = main_window.focus_widget_for("/organization/region")
        for ch in "Haute-Lune":  # as if typed, one keystroke at a time
            field.setText(field.text() + ch)
            field.textEdited.emit(field.text())

    robot = QTimer()
    robot.setInterval(50)
    robot.timeout.connect(tick)
    robot.start()
    return cli.main([target])


if __name__ == "__main__":
    sys.exit(main())
