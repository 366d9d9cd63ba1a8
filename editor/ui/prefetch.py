"""Start-up prefetch: open the file named on the command line while the window is being built. No Qt.

An article's first extraction is CPU-bound Python (loading, language detection, the lexicons, the
gazetteer), and so is building the window; in one process they take turns on the GIL. On a
machine with a second core, the article is instead extracted by a child process running the
CLI's own ``extract`` — started before Qt is even imported — and the window reads its JSON when it
is ready. Projects, exported reports, URLs and one-core machines use a thread, as before. Any
failure of the child other than a clear input error falls back to extracting in-process, so the
user sees exactly what ``open_target`` would have given.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from editor.errors import EditorError

ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".pdf")
CHILD_TIMEOUT = 120.0  # seconds; the loaders bound their own work far below this


def _usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def wants_process(target: str) -> bool:
    """Extract ``target`` in a child process: a local article file and more than one core."""
    if target.lower().startswith(("http://", "https://")) or _usable_cores() < 2:
        return False
    if os.environ.get("INCIDENT_EDITOR_PREFETCH", "") == "thread":
        return False
    path = Path(target)
    return path.suffix.lower() in ARTICLE_SUFFIXES and path.is_file()


def _in_process(target: str) -> tuple[str, Any]:
    from editor.ui.files import open_target

    return open_target(target)


def _child_error(stderr: bytes) -> str:
    """The CLI's one-line input-error message without its program prefix; "" when it printed none."""
    prefix = "incident-editor: error: "
    lines = [line for line in stderr.decode("utf-8", "replace").splitlines() if line.strip()]
    return lines[-1].removeprefix(prefix) if lines and lines[-1].startswith(prefix) else ""


class _ChildExtraction:
    def __init__(self, target: str) -> None:
        self.target = target
        self.child = subprocess.Popen(
            [sys.executable, "-m", "editor", "extract", target, "--json"],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    def outcome(self) -> tuple[str, Any]:
        try:
            out, err = self.child.communicate(timeout=CHILD_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.child.kill()
            self.child.communicate()
            return _in_process(self.target)
        if self.child.returncode != 0:
            message = _child_error(err)
            if self.child.returncode == 1 and message:  # bad input: the one line the CLI printed
                raise EditorError(message)
            return _in_process(self.target)  # anything else: do it here, where errors are reported as usual
        from editor.model.report import IncidentReport, ValidationError

        try:
            return "article", IncidentReport.from_json_dict(json.loads(out))
        except (ValueError, ValidationError):  # not what this version writes: do it here instead
            return _in_process(self.target)

    def stop(self) -> None:
        if self.child.poll() is None:
            self.child.kill()


def start(target: str) -> Future:
    """A future of ``open_target(target)``: (kind, report), or the EditorError it raises."""
    future: Future = Future()
    runner: Any = None
    if wants_process(target):
        try:
            runner = _ChildExtraction(target)
        except OSError:
            runner = None

    def work() -> None:
        if not future.set_running_or_notify_cancel():
            if runner is not None:
                runner.stop()
            return
        try:
            future.set_result(runner.outcome() if runner is not None else _in_process(target))
        except BaseException as exc:  # handed to whoever waits on the future
            future.set_exception(exc)

    # Imported here first so two threads never import one module at once.
    import editor.model.report  # noqa: F401

    if runner is None:
        import editor.ui.files  # noqa: F401

    threading.Thread(target=work, name="prefetch", daemon=True).start()
    return future
