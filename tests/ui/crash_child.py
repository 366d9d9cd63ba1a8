"""Test-only child process: open the invented article, type a value, wait for the autosave, then idle.

The parent test kills this process with SIGKILL and checks the next start offers the edit back.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from editor.ui.app import create_application  # noqa: E402
from editor.ui.main_window import MainWindow  # noqa: E402
from editor.ui.prompts import FakePrompts  # noqa: E402
from tests.ui.helpers import fake_extract  # noqa: E402


def main() -> None:
    """Open, edit, report the autosave on stdout, then run until killed."""
    article = Path(sys.argv[1])
    app = create_application()
    window = MainWindow(prompts=FakePrompts())
    window.extractor = fake_extract
    window.show()

    def opened(ok: bool) -> None:
        window.form.focus_field("/organization/region")
        editor = window.focus_widget_for("/organization/region")
        for ch in "Haute-Lune":  # as if typed, one keystroke at a time
            editor.setText(editor.text() + ch)
            editor.textEdited.emit(editor.text())
        print("EDITED", flush=True)

    original = window.autosave

    def autosave_and_tell():
        written = original()
        print(f"AUTOSAVED {written}", flush=True)
        return written

    window.autosave_timer.timeout.disconnect()
    window.autosave_timer.timeout.connect(autosave_and_tell)
    window.open_path(article, on_done=opened)
    app.exec()


if __name__ == "__main__":
    main()
