"""Batch worker: one input file → its outputs, inside a pool process, with a soft timeout. No Qt.

Runs in the pool's processes (forkserver or spawn): it imports the loaders and exporters itself and
returns a small result dict, never raising — a hostile file fails alone.
"""

from __future__ import annotations

import signal
import time
from pathlib import Path
from typing import Any

from editor.batch_plan import file_fingerprint
from editor.batch_summary import report_facts
from editor.errors import EditorError

class SoftTimeout(BaseException):
    """Raised inside a worker by SIGALRM; a BaseException so `except Exception` in library code lets it by."""


def _on_alarm(signum: int, frame: Any) -> None:
    raise SoftTimeout()


def init_worker(memory_limit: int | None) -> None:
    """Pool initializer: ignore Ctrl-C (the parent decides) and cap the address space."""
    # Ctrl-C goes to the whole process group; only the parent decides what happens then.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if memory_limit:
        try:
            import resource

            soft, hard = resource.getrlimit(resource.RLIMIT_AS)
            if soft == resource.RLIM_INFINITY or soft > memory_limit:
                resource.setrlimit(resource.RLIMIT_AS, (memory_limit, hard))
        except (ImportError, ValueError, OSError):
            pass


def one_line(text: str, limit: int = 300) -> str:
    """``text`` on one line, cut at ``limit`` characters."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def process_file(job: dict[str, Any]) -> dict[str, Any]:
    """Worker: one input → its outputs; returns a small result dict and never raises."""
    started = time.monotonic()
    result: dict[str, Any] = {"key": job["key"], "status": "failed", "error": "", "outputs": [], "facts": {}}
    timeout = job.get("timeout") or 0
    previous: Any = None
    use_alarm = timeout > 0 and hasattr(signal, "setitimer")
    if use_alarm:
        try:
            previous = signal.signal(signal.SIGALRM, _on_alarm)
        except ValueError:  # not the main thread (embedded use): no soft timeout, the parent's hard one stays
            use_alarm = False
    try:
        try:
            if use_alarm:
                signal.setitimer(signal.ITIMER_REAL, timeout)
            path = Path(job["path"])
            result.update(file_fingerprint(path))
            from editor.export import ExportOptions, write
            from editor.pipeline import open_any

            report = open_any(path)
            result["facts"] = report_facts(report)
            options = ExportOptions(language=job.get("language"), paper=job.get("paper"))
            for fmt, target in job["outputs"].items():
                write(report, Path(target), fmt=fmt, options=options)
                result["outputs"].append(target)
            result["status"] = "ok"
        finally:  # stop the clock before any handler below runs, so none of them can be cut short
            if use_alarm:
                signal.setitimer(signal.ITIMER_REAL, 0)
    except SoftTimeout:
        result["error"] = f"{job['path']}: timed out after {timeout:g} s"
    except EditorError as exc:
        result["error"] = one_line(str(exc))
    except (MemoryError, RecursionError, FileNotFoundError) as exc:
        problem = ("out of memory" if isinstance(exc, MemoryError) else "no such file"
                   if isinstance(exc, FileNotFoundError) else "structure nested too deeply")
        result["error"] = f"{job['path']}: {problem}"
    except Exception as exc:  # a bug in a loader or exporter: report it, keep the batch going
        result["error"] = one_line(f"{job['path']}: internal error: {type(exc).__name__}: {exc}")
    finally:
        if use_alarm:
            signal.signal(signal.SIGALRM, previous)
    result["seconds"] = round(time.monotonic() - started, 3)
    return result
