"""Start-up prefetch: open the file named on the command line while the window is being built. No Qt.

An article's first extraction is CPU-bound Python (loading, language detection, the lexicons, the
gazetteer), and so is building the window; in one process they take turns on the GIL. On a
machine with a second core, the article is instead extracted by a child process running the
CLI's own ``extract`` — spawned before Qt is even imported — and the window reads its JSON when it
is ready. Projects, exported reports, URLs, one-core machines and systems without ``posix_spawn``
use a thread, as before. Any failure of the child other than a clear input error falls back to
extracting in-process, so the user sees exactly what ``open_target`` would have given.

Start-up is measured in milliseconds here: spawning the child needs nothing beyond ``os`` and
``sys``; the pipes are read, and the model imported, only when the window asks for the result.
"""

from __future__ import annotations

import os
import sys
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
    """Extract ``target`` in a child process: a local article file, more than one core, posix_spawn."""
    if target.lower().startswith(("http://", "https://")) or _usable_cores() < 2:
        return False
    if os.environ.get("INCIDENT_EDITOR_PREFETCH", "") == "thread" or not hasattr(os, "posix_spawn"):
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


class ChildExtraction:
    """``extract TARGET --json`` in a child process; ``result()`` gives what ``open_target`` would.

    The same small interface as a ``concurrent.futures.Future`` where the editor uses one:
    ``result()`` and ``add_done_callback(fn)``; ``ready()`` tells when ``result()`` would not block
    (until then the window calls it from its worker thread).
    """

    def __init__(self, target: str) -> None:
        self.target = target
        self._callbacks: list[Any] = []
        self._outcome: tuple[bool, Any] | None = None  # (ok, value or exception)
        out_read, out_write = os.pipe()  # both ends are non-inheritable; dup2 makes the child's copy inheritable
        err_read, err_write = os.pipe()
        try:
            self.pid: int | None = os.posix_spawn(
                sys.executable, [sys.executable, "-m", "editor", "extract", target, "--json"], os.environ,
                file_actions=[(os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
                              (os.POSIX_SPAWN_DUP2, out_write, 1), (os.POSIX_SPAWN_DUP2, err_write, 2)])
        except BaseException:
            for fd in (out_read, out_write, err_read, err_write):
                os.close(fd)
            raise
        os.close(out_write)
        os.close(err_write)
        try:  # room for the whole JSON, so the child can finish before the window reads it (Linux)
            import fcntl

            fcntl.fcntl(out_read, fcntl.F_SETPIPE_SZ, 1 << 20)
        except (ImportError, AttributeError, OSError):
            pass
        self._fds = {out_read: bytearray(), err_read: bytearray()}
        self._open = set(self._fds)
        self._out, self._err = out_read, err_read
        self._code: int | None = None

    def _pump(self, timeout: float) -> bool:
        """Read what the child has written, waiting up to ``timeout`` s; True once both pipes are at EOF."""
        import select  # poll(): a C module, where selectors would import its Python layer at start-up
        import time

        deadline = time.monotonic() + timeout
        poller = select.poll()
        for fd in self._open:
            poller.register(fd, select.POLLIN)
        while self._open:
            events = poller.poll(max(0, round((deadline - time.monotonic()) * 1000)))
            if not events:
                break  # nothing more before the deadline
            for fd, _event in events:  # readable, or hung up (then the read gives b"")
                chunk = os.read(fd, 1 << 16)
                if chunk:
                    self._fds[fd] += chunk
                else:
                    poller.unregister(fd)
                    self._open.discard(fd)
                    os.close(fd)
        return not self._open

    def _collect(self, timeout: float) -> tuple[int | None, bytes, bytes]:
        """(exit code or None on timeout, stdout, stderr); reads both pipes so the child never blocks."""
        if self._pump(timeout) and self.pid is not None:
            self._code = os.waitstatus_to_exitcode(os.waitpid(self.pid, 0)[1])
            self.pid = None
        elif self._open:  # hung: give up on it
            self.stop()
            for fd in self._open:
                os.close(fd)
            self._open.clear()
        return self._code, bytes(self._fds[self._out]), bytes(self._fds[self._err])

    def ready(self) -> bool:
        """The child is done and everything it wrote has been read: ``result()`` will not wait."""
        return self._outcome is not None or (self.pid is None and not self._open) or self._pump(0.0)

    def _compute(self) -> tuple[str, Any]:
        code, out, err = self._collect(CHILD_TIMEOUT)
        if code is None:  # a hung child: do it here, where the loaders' own limits apply
            return _in_process(self.target)
        if code != 0:
            message = _child_error(err)
            if code == 1 and message:  # bad input: the one line the CLI printed
                raise EditorError(message)
            return _in_process(self.target)  # anything else: do it here, where errors are reported as usual
        import msgspec  # loaded with the model anyway; the json module would be one more import

        from editor.model.report import IncidentReport, ValidationError

        try:
            return "article", IncidentReport.from_json_dict(msgspec.json.decode(out))
        except (ValueError, ValidationError, msgspec.DecodeError):  # not what this version writes: do it here
            return _in_process(self.target)

    def result(self, timeout: float | None = None) -> tuple[str, Any]:
        """(kind, report) once the child is done; raises the EditorError it reported. Call it once."""
        if self._outcome is None:
            try:
                self._outcome = (True, self._compute())
            except BaseException as exc:  # handed to whoever waits, as a Future would
                self._outcome = (False, exc)
            for callback in self._callbacks:
                callback(self)
        ok, value = self._outcome
        if not ok:
            raise value
        return value

    def add_done_callback(self, fn: Any) -> None:
        """Call ``fn(self)`` when the result is known."""
        if self._outcome is not None:
            fn(self)
        else:
            self._callbacks.append(fn)

    def stop(self) -> None:
        """Kill the child if it is still running (the window was closed, or it hung)."""
        if self.pid is not None:
            try:
                os.kill(self.pid, 9)
                os.waitpid(self.pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
            self.pid = None


def start(target: str) -> Any:
    """A future-like handle of ``open_target(target)``: ``result()`` gives (kind, report) or raises EditorError."""
    if wants_process(target):
        try:
            return ChildExtraction(target)
        except OSError:
            pass  # no child (e.g. too many processes): a thread as below
    import threading
    from concurrent.futures import Future

    future: Future = Future()

    def work() -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(_in_process(target))
        except BaseException as exc:  # handed to whoever waits on the future
            future.set_exception(exc)

    # Imported here first so two threads never import one module at once.
    import editor.ui.files  # noqa: F401

    threading.Thread(target=work, name="prefetch", daemon=True).start()
    return future
