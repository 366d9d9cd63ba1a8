"""Batch mode: many articles → reports on every core, with a resumable manifest and a summary. No Qt.

The jobs part into modules: ``batch_plan`` (which files, output names, what is up to date, the
manifest), ``batch_worker`` (one file → its outputs, inside a pool process), ``batch_pool`` (the
processes and their watchdog) and ``batch_summary`` (summary.json / summary.csv and the report on
the terminal). This module runs a batch: it checks and locks the output folder, plans, runs the
pool, records each result in the manifest and writes the summary.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from editor import __version__
from editor.batch_plan import (
    ARTICLE_SUFFIXES,
    LOCK,
    MANIFEST,
    Task,
    assign_names,
    discover,
    export_settings,
    file_fingerprint,
    load_manifest,
    normalise_formats,
    save_manifest,
    up_to_date,
)
from editor.batch_pool import DEFAULT_TIMEOUT, MEMORY_LIMIT, Runner, Worker, default_jobs
from editor.batch_summary import SUMMARY_CSV, SUMMARY_JSON, Progress, iso_time, print_report, summary_row, write_summary
from editor.batch_worker import process_file
from editor.errors import EditorError, OutputError

__all__ = ["ARTICLE_SUFFIXES", "LOCK", "MANIFEST", "SUMMARY_CSV", "SUMMARY_JSON", "file_fingerprint", "process_file",
           "run_batch"]

def _remove_stray_temps(output_dir: Path, tasks: Sequence[Task]) -> None:
    """Temp files of a save that a killed worker never finished (atomic_write_bytes names them .NAME.*.tmp)."""
    names = {out.name for task in tasks for out in task.outputs.values()}
    with contextlib.suppress(OSError):
        for entry in list(os.scandir(output_dir)):
            if entry.name.startswith(".") and entry.name.endswith(".tmp") and entry.name[1:].rsplit(".", 2)[0] in names:
                os.unlink(entry.path)


def run_batch(inputs: Sequence[str | Path], output_dir: str | Path, *, formats: Iterable[str] = ("docx", "json"),
              language: str | None = None, paper: str | None = None, jobs: int = 0, timeout: float = DEFAULT_TIMEOUT,
              memory_limit: int | None = MEMORY_LIMIT, progress: TextIO | None = None,
              worker: Worker | None = None) -> int:
    """Process files and folders into OUTDIR; write summary.json/.csv; 0 if nothing failed, 1 if something did.

    Inputs already processed successfully with the same options and unchanged since (per the manifest) are
    skipped; inputs that failed are retried. ``paper`` ("a4", the default, or "letter") is the Word reports' page
    size.
    Ctrl-C stops the workers, writes the summary so far and returns 130. ``worker`` replaces the per-file
    function (a module-level callable taking and returning dicts like process_file; tests use it).
    """
    started_wall, started = time.time(), time.monotonic()
    chosen = normalise_formats(formats)
    if paper is not None and paper.lower() not in ("a4", "letter"):
        raise EditorError(f"unknown paper size {paper!r} (use a4 or letter)")
    settings = export_settings(chosen, language, (paper or "a4").lower())  # no locale or template here: A4
    out = Path(output_dir)
    if out.exists() and not out.is_dir():
        raise OutputError(out, "is not a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(out, f"cannot create the output folder ({exc.strerror or exc})") from None
    if not os.access(out, os.W_OK | os.X_OK):
        raise OutputError(out, "permission denied")
    _check_installation()
    with _exclusive(out), _sigterm_as_interrupt():
        return _run(inputs, out, chosen, settings, jobs, timeout, memory_limit, progress, worker, started_wall, started)


def _run(inputs: Sequence[str | Path], out: Path, chosen: list[str], settings: dict[str, str | None], jobs: int,
         timeout: float, memory_limit: int | None, progress: TextIO | None, worker: Worker | None,
         started_wall: float, started: float) -> int:
    """run_batch once the output folder is checked and locked."""
    files, missing = discover(inputs, out)
    if not files and not missing:
        raise EditorError(f"no article files ({' '.join(ARTICLE_SUFFIXES)}) found in "
                          f"{', '.join(str(i) for i in inputs)}")
    tasks = assign_names(files, chosen, out)
    manifest = load_manifest(out)
    rows: dict[str, dict[str, Any]] = {}
    stream = progress if progress is not None else sys.stderr
    bar = Progress(len(tasks) + len(missing), stream)
    pending: list[Task] = []
    for task in tasks:
        entry = manifest.get(task.key)
        if entry is not None and up_to_date(task, entry, chosen, settings):
            rows[task.key] = summary_row(str(task.path), "skipped", "", [p.name for p in task.outputs.values()],
                                         entry.get("facts") or {})
            bar.update("skipped", worked=False)
        else:
            pending.append(task)
    for raw in missing:
        rows[f"missing:{raw}"] = summary_row(raw, "failed", f"{raw}: no such file or folder")
        bar.update("failed", worked=False)
    last_save = [time.monotonic(), 0]

    def on_result(task: Task, result: dict[str, Any]) -> None:
        status = result["status"]
        rows[task.key] = summary_row(str(task.path), status, result.get("error", ""),
                                     [Path(p).name for p in result.get("outputs", [])], result.get("facts"),
                                     result.get("seconds"))
        if "sha256" in result:
            manifest[task.key] = {"size": result["size"], "mtime_ns": result["mtime_ns"], "sha256": result["sha256"],
                                  "formats": sorted(chosen), **settings, "editor": __version__,
                                  "status": status, "error": result.get("error", ""),
                                  "outputs": [Path(p).name for p in result.get("outputs", [])],
                                  "facts": result.get("facts") or {}}
        else:
            manifest.pop(task.key, None)
        bar.update(status)
        last_save[1] += 1
        if last_save[1] >= 100 or time.monotonic() - last_save[0] > 10:  # a kill -9 loses little work
            with contextlib.suppress(OutputError):  # retried at the end, where a failure is reported
                save_manifest(out, manifest)
            last_save[:] = [time.monotonic(), 0]

    n_jobs = min(jobs if jobs and jobs > 0 else default_jobs(), max(1, len(pending)))
    runner = Runner(n_jobs, timeout, memory_limit, settings, on_result, worker or process_file)
    interrupted = False
    try:
        if pending:
            runner.run(pending)
    except KeyboardInterrupt:
        interrupted = True
        for task in runner.interrupt():
            rows.setdefault(task.key, summary_row(str(task.path), "skipped", "not processed (interrupted)"))
    if runner.killed_any:
        _remove_stray_temps(out, tasks)
    bar.finish()
    ordered = [rows[t.key] for t in tasks if t.key in rows] + [rows[k] for k in rows if k.startswith("missing:")]
    counts = {s: sum(1 for r in ordered if r["status"] == s) for s in ("ok", "failed", "skipped")}
    elapsed = time.monotonic() - started
    meta = {"editor": __version__, "started": iso_time(started_wall), "finished": iso_time(time.time()),
            "seconds": round(elapsed, 3), "jobs": n_jobs, "formats": chosen, "language": settings["language"],
            "paper": settings.get("paper"), "interrupted": interrupted, "total": len(ordered), "counts": counts}
    save_manifest(out, manifest)
    write_summary(out, ordered, meta)
    print_report(stream, ordered, counts, bar.worked, elapsed, out, interrupted)
    if interrupted:
        return 130
    return 1 if counts["failed"] else 0


@contextlib.contextmanager
def _exclusive(out: Path) -> Iterator[None]:
    """One batch at a time per output folder: two would interleave the manifest and the summary."""
    try:
        import fcntl
    except ImportError:  # Windows: no flock; concurrent runs into one folder are the user's call there
        yield
        return
    try:
        fd = os.open(out / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise OutputError(out / LOCK, exc.strerror or str(exc)) from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputError(out, "another batch run is writing to this folder") from None
        except OSError:  # a file system without locks (some network shares): run unlocked
            pass
        yield
    finally:
        os.close(fd)  # closing releases the lock, also when the process dies


def _raise_interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """SIGTERM (kill, timeout, a session ending) stops the run like Ctrl-C: the summary so far is written."""
    try:
        previous = signal.signal(signal.SIGTERM, _raise_interrupt)
    except ValueError:  # not the main thread: the caller owns signal handling
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _check_installation() -> None:
    # A broken install would fail every file the same way: say it once instead.
    try:
        from editor.export import ExportOptions, write  # noqa: F401
        from editor.pipeline import open_any  # noqa: F401
    except ImportError as exc:
        raise EditorError(f"batch cannot run: the editor is incompletely installed ({exc})") from None
