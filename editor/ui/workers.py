"""Long work off the UI thread: one task at a time, a busy indicator, and Cancel.

Loading, extraction, export and URL fetches are plain Python calls that cannot be
interrupted midway, so Cancel detaches the task: the UI is free at once and the result,
when it comes, is dropped.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from editor.errors import EditorError


class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int, str)


class _Task(QRunnable):
    def __init__(self, token: int, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.token, self.fn, self.signals = token, fn, signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except EditorError as exc:
            self.signals.failed.emit(self.token, str(exc))
        except MemoryError:
            self.signals.failed.emit(self.token, "out of memory")
        except Exception as exc:  # a bug in a sibling module must not kill the app
            traceback.print_exc()
            self.signals.failed.emit(self.token, f"internal error: {type(exc).__name__}: {exc}")
        else:
            self.signals.done.emit(self.token, result)


class TaskRunner(QObject):
    """Runs one background task at a time and reports busy/idle."""

    busy_changed = Signal(bool, str)  # busy, what is being done

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self.signals = _Signals()
        self.signals.done.connect(self._on_done)
        self.signals.failed.connect(self._on_failed)
        self._token = 0
        self._callbacks: tuple[Callable[[Any], None], Callable[[str], None]] | None = None
        self.label = ""

    @property
    def busy(self) -> bool:
        """A task is running and not cancelled."""
        return self._callbacks is not None

    def run(self, label: str, fn: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[str], None]) -> bool:
        """Start ``fn`` in the pool; False when another task is still running."""
        if self.busy:
            return False
        self._token += 1
        self._callbacks = (on_done, on_error)
        self.label = label
        self.busy_changed.emit(True, label)
        self.pool.start(_Task(self._token, fn, self.signals))
        return True

    def cancel(self) -> None:
        """Stop waiting for the current task; its result will be ignored."""
        if self._callbacks is None:
            return
        self._token += 1
        self._callbacks = None
        self.busy_changed.emit(False, "")

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the pool is idle (tests, shutdown)."""
        return self.pool.waitForDone(msecs)

    def _finish(self, token: int) -> tuple[Callable[[Any], None], Callable[[str], None]] | None:
        if token != self._token or self._callbacks is None:
            return None
        callbacks, self._callbacks = self._callbacks, None
        self.busy_changed.emit(False, "")
        return callbacks

    @Slot(int, object)
    def _on_done(self, token: int, result: Any) -> None:
        callbacks = self._finish(token)
        if callbacks:
            callbacks[0](result)

    @Slot(int, str)
    def _on_failed(self, token: int, message: str) -> None:
        callbacks = self._finish(token)
        if callbacks:
            from editor.ui.messages import user_message

            callbacks[1](user_message(message))  # plain words, in the interface's language
