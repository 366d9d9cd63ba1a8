"""Batch mode: many articles → reports on every core, with a resumable manifest and a summary. No Qt.

The parent process plans the work (walks folders, names outputs, skips what is up to date), runs one
task per file in a process pool started with 'forkserver' (Linux) or 'spawn' — never plain fork, because
the desktop app may have Qt loaded — and writes the manifest and, through editor.batch_summary, the
summary.json / summary.csv atomically.
A worker gets a soft per-file timeout (SIGALRM inside the worker) and the parent a hard one (the pool is
killed and rebuilt), so a hostile file can neither stall nor crash the run.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import hashlib
import json
import multiprocessing
import os
import re
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from editor import __version__
from editor.batch_summary import (
    SUMMARY_CSV,
    SUMMARY_JSON,
    Progress,
    iso_time,
    print_report,
    report_facts,
    summary_row,
    write_summary,
)
from editor.errors import EditorError, OutputError

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")
FORMAT_SUFFIXES = {"docx": ".docx", "json": ".json", "md": ".md", "veris": ".veris.json", "stix": ".stix.json"}
MANIFEST = ".incident-batch-manifest.json"
LOCK = ".incident-batch.lock"
RESERVED = {SUMMARY_JSON, SUMMARY_CSV, MANIFEST, LOCK}
DEFAULT_TIMEOUT = 60.0
HARD_TIMEOUT_GRACE = 15.0  # the parent kills a worker this long after its soft timeout should have fired
MEMORY_LIMIT = 4 * 1024 ** 3  # address space per worker: a hostile file fails alone instead of swapping the box
MAX_NAME_BYTES = 200  # leaves room for the format suffix under the usual 255-byte file-name limit
Worker = Callable[[dict[str, Any]], dict[str, Any]]


@dataclass
class Task:
    """One input file and the outputs it should produce."""

    path: Path
    key: str  # the resolved absolute path: the manifest key
    stem: str = ""  # output name without suffix, unique in the output folder
    outputs: dict[str, Path] = field(default_factory=dict)


# --- planning --------------------------------------------------------------------------------------

def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def discover(inputs: Iterable[str | Path], output_dir: Path) -> tuple[list[tuple[Path, str]], list[str]]:
    """Files to process as (path, relative name) and explicit inputs that do not exist.

    Folders are walked recursively for article suffixes; hidden files and folders and the output folder
    itself are skipped. Files named explicitly are taken whatever their suffix (the loader decides).
    """
    out_resolved = output_dir.resolve()
    found: dict[str, tuple[Path, str]] = {}  # by resolved path: a file named twice is done once
    missing: list[str] = []
    for raw in inputs:
        root = Path(raw)
        if root.is_dir() and root.resolve() != out_resolved:
            for folder, dirs, files in os.walk(root):
                here = Path(folder)
                # prune in place: hidden folders and the output folder are never entered
                dirs[:] = sorted(d for d in dirs if not _is_hidden(d) and (here / d).resolve() != out_resolved)
                for name in sorted(files):
                    path = here / name
                    # is_file(): FIFOs and sockets would block or fail the reader
                    if not _is_hidden(name) and name.lower().endswith(ARTICLE_SUFFIXES) and path.is_file():
                        found.setdefault(str(path.resolve()), (path, path.relative_to(root).as_posix()))
        elif root.is_file():
            found.setdefault(str(root.resolve()), (root, root.name))
        elif not root.is_dir():
            missing.append(str(raw))
    return list(found.values()), missing


_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"|?*\\\ud800-\udfff]')  # controls, Windows-reserved, undecodable bytes


def _safe_stem(rel: str) -> str:
    stem = rel.rsplit(".", 1)[0] if "." in rel.rsplit("/", 1)[-1] else rel
    stem = _UNSAFE.sub("_", stem.replace("/", "__")).strip() or "article"
    if _is_hidden(stem):
        stem = "_" + stem.lstrip(".")
    if len(stem.encode("utf-8")) > MAX_NAME_BYTES:  # deep trees: keep a readable head, make it unique
        digest = hashlib.sha256(os.fsencode(rel)).hexdigest()[:12]
        stem = stem.encode("utf-8")[: MAX_NAME_BYTES - 13].decode("utf-8", "ignore") + "-" + digest
    return stem


def assign_names(files: Sequence[tuple[Path, str]], formats: Sequence[str], output_dir: Path) -> list[Task]:
    """Tasks with collision-free output names: rel path with '/' → '__', suffix added only on a clash.

    Names are compared case-insensitively (macOS and Windows folders) and never take the summary's names.
    """
    plain = [_safe_stem(rel) for _, rel in files]
    counts: dict[str, int] = {}
    for stem in plain:
        counts[stem.casefold()] = counts.get(stem.casefold(), 0) + 1
    taken = {name.casefold() for name in RESERVED}
    tasks = []
    for (path, rel), stem in zip(files, plain):
        if counts[stem.casefold()] > 1 and path.suffix:  # a.txt and a.html in one folder → a.txt.*, a.html.*
            stem = f"{stem}.{path.suffix.lstrip('.').lower()}"
        candidate, n = stem, 1
        while any((candidate + FORMAT_SUFFIXES[f]).casefold() in taken for f in formats):
            n += 1
            candidate = f"{stem}~{n}"
        for fmt in formats:
            taken.add((candidate + FORMAT_SUFFIXES[fmt]).casefold())
        tasks.append(Task(path=path, key=str(path.resolve()), stem=candidate,
                          outputs={fmt: output_dir / (candidate + FORMAT_SUFFIXES[fmt]) for fmt in formats}))
    return tasks


def file_fingerprint(path: Path) -> dict[str, Any]:
    """Size, mtime (ns) and SHA-256 of a file, as the manifest records them."""
    before = path.stat()
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return {"size": before.st_size, "mtime_ns": before.st_mtime_ns, "sha256": digest.hexdigest()}


_BEFORE_OPTION = {"paper": "a4"}  # what manifest entries written before an option existed were made with


def export_settings(formats: Sequence[str], language: str | None, paper: str | None) -> dict[str, str | None]:
    """The export options a batch passes to every file; the manifest records them to tell what needs redoing."""
    settings: dict[str, str | None] = {"language": language}
    if "docx" in formats:  # the page size changes the Word report only
        settings["paper"] = paper
    return settings


def up_to_date(task: Task, entry: dict[str, Any] | None, formats: Sequence[str],
               settings: dict[str, str | None]) -> bool:
    """True when the manifest says this exact input was already processed successfully with these options.

    A file that failed is never up to date: the cause may have been transient (a full disk, a missing
    dependency, a worker killed for memory), so it is retried on every run until it succeeds.
    """
    if not entry or entry.get("status") != "ok" or entry.get("editor") != __version__ or any(
            entry.get(key, _BEFORE_OPTION.get(key)) != value for key, value in settings.items()):
        return False
    try:
        st = task.path.stat()
        if entry.get("size") != st.st_size or entry.get("mtime_ns") != st.st_mtime_ns:
            return False
        # every output there and newer than the input
        if not set(formats) <= set(entry.get("formats", ())) or any(
                out.stat().st_mtime_ns < st.st_mtime_ns for out in task.outputs.values()):
            return False
        # last, because it reads the file: catches an edit that kept size and mtime
        return file_fingerprint(task.path)["sha256"] == entry.get("sha256")
    except OSError:  # input or an output gone or unreadable: redo
        return False


# --- the worker ------------------------------------------------------------------------------------

class _SoftTimeout(BaseException):
    """Raised inside a worker by SIGALRM; a BaseException so `except Exception` in library code lets it by."""


def _on_alarm(signum: int, frame: Any) -> None:
    raise _SoftTimeout()


def _init_worker(memory_limit: int | None) -> None:
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


def _one_line(text: str, limit: int = 300) -> str:
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
    except _SoftTimeout:
        result["error"] = f"{job['path']}: timed out after {timeout:g} s"
    except EditorError as exc:
        result["error"] = _one_line(str(exc))
    except (MemoryError, RecursionError, FileNotFoundError) as exc:
        problem = ("out of memory" if isinstance(exc, MemoryError) else "no such file"
                   if isinstance(exc, FileNotFoundError) else "structure nested too deeply")
        result["error"] = f"{job['path']}: {problem}"
    except Exception as exc:  # a bug in a loader or exporter: report it, keep the batch going
        result["error"] = _one_line(f"{job['path']}: internal error: {type(exc).__name__}: {exc}")
    finally:
        if use_alarm:
            signal.signal(signal.SIGALRM, previous)
    result["seconds"] = round(time.monotonic() - started, 3)
    return result


# --- summary and manifest --------------------------------------------------------------------------

def load_manifest(output_dir: Path) -> dict[str, dict[str, Any]]:
    """The manifest's entries by input key; empty when missing or unreadable (everything is redone)."""
    try:
        data = json.loads((output_dir / MANIFEST).read_text(encoding="utf-8"))
        entries = data.get("entries") if isinstance(data, dict) else None
        return {k: v for k, v in entries.items() if isinstance(v, dict)} if isinstance(entries, dict) else {}
    except (OSError, ValueError):
        return {}


def save_manifest(output_dir: Path, entries: dict[str, dict[str, Any]]) -> None:
    """Write the manifest atomically."""
    from editor.storage import atomic_write_bytes

    payload = {"format": 1, "editor": __version__, "entries": entries}
    # ASCII: a key that is a non-UTF-8 file name (surrogate escapes) must round-trip exactly
    atomic_write_bytes(output_dir / MANIFEST, json.dumps(payload, indent=1).encode("ascii"))


# --- running ---------------------------------------------------------------------------------------

def _context() -> Any:
    """A start method that never forks a process that may hold Qt: forkserver on Linux, else spawn."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        # Preload only light, stable modules; each worker imports the loaders and exporters once itself.
        ctx.set_forkserver_preload(["editor.batch", "editor.pipeline", "editor.model"])
        return ctx
    return multiprocessing.get_context("spawn")


def default_jobs() -> int:
    """The cores this process may use."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


class _Runner:
    """The process pool with its watchdog: one task per file, a hung or crashing file fails alone."""

    def __init__(self, jobs: int, timeout: float, memory_limit: int | None, settings: dict[str, str | None],
                 on_result: Callable[[Task, dict[str, Any]], None], worker: Worker) -> None:
        self.jobs, self.timeout, self.memory_limit, self.settings = jobs, timeout, memory_limit, settings
        self.on_result, self.worker = on_result, worker
        self.executor: cf.ProcessPoolExecutor | None = None
        self.inflight: dict[cf.Future, tuple[Task, float]] = {}
        self.queue: list[Task] = []
        self.suspects: set[str] = set()  # tasks that were running when a worker died: rerun alone
        self.killed_any = False

    def kill(self) -> None:
        """Kill every worker now (hard timeout, Ctrl-C) and drop the pool."""
        executor, self.executor = self.executor, None
        if executor is None:
            return
        self.killed_any = True
        # ProcessPoolExecutor cannot cancel a running call; killing its processes is the only way out.
        for proc in list((getattr(executor, "_processes", None) or {}).values()):
            with contextlib.suppress(OSError, AttributeError, ValueError):
                proc.kill()
        with contextlib.suppress(Exception):  # a broken pool may complain while shutting down; it is gone anyway
            executor.shutdown(wait=True, cancel_futures=True)

    def _submit_ready(self) -> None:
        while self.queue and len(self.inflight) < self.jobs:
            alone = self.queue[0].key in self.suspects
            if self.inflight and (alone or any(t.key in self.suspects for t, _ in self.inflight.values())):
                return  # a suspect runs alone, so a second crash convicts only it
            task = self.queue.pop(0)
            if self.executor is None:
                self.executor = cf.ProcessPoolExecutor(max_workers=self.jobs, mp_context=_context(),
                                                       initializer=_init_worker, initargs=(self.memory_limit,))
            job = {"path": str(task.path), "key": task.key, **self.settings, "timeout": self.timeout,
                   "outputs": {fmt: str(p) for fmt, p in task.outputs.items()}}
            # Submitting no more than `jobs` tasks means each starts at once: its clock starts here.
            self.inflight[self.executor.submit(self.worker, job)] = (task, time.monotonic())

    def run(self, tasks: list[Task]) -> None:
        """Process every task, calling on_result(task, result) in completion order."""
        self.queue = list(tasks)
        try:
            while self.queue or self.inflight:
                self._submit_ready()
                done, _ = cf.wait(list(self.inflight), timeout=0.25, return_when=cf.FIRST_COMPLETED)
                broken: list[Task] = []
                for fut in done:
                    task, _start = self.inflight.pop(fut)
                    try:
                        result = fut.result()
                    except BrokenProcessPool:
                        broken.append(task)
                        continue
                    except (Exception, _SoftTimeout) as exc:  # the worker function itself raised: this file only
                        result = _failure(task, _one_line(f"internal error: {type(exc).__name__}: {exc}"))
                    self.on_result(task, result)
                if broken:
                    self._after_crash(broken)
                self._watchdog()
        except BaseException:  # Ctrl-C or a bug: stop the workers now instead of waiting for their files
            self.kill()
            raise
        if self.executor is not None:
            self.executor.shutdown(wait=True)
            self.executor = None

    def _after_crash(self, broken: list[Task]) -> None:
        # Every future of a broken pool fails; the others still in flight are collected too.
        for fut in list(self.inflight):
            task, _ = self.inflight.pop(fut)
            broken.append(task)
        self.kill()
        retry = []
        for task in broken:
            if task.key in self.suspects:
                self.on_result(task, _failure(task, "the worker process died reading this file "
                                                    "(a crash in a parser, or out of memory)"))
            else:
                self.suspects.add(task.key)
                retry.append(task)
        self.queue[:0] = retry

    def _watchdog(self) -> None:
        now = time.monotonic()
        limit = self.timeout + HARD_TIMEOUT_GRACE
        overdue = [(f, t) for f, (t, start) in self.inflight.items() if self.timeout > 0 and now - start > limit]
        if not overdue:
            return
        overdue_keys = {t.key for _, t in overdue}
        innocent = [t for f, (t, _) in self.inflight.items() if t.key not in overdue_keys]
        self.inflight.clear()
        self.kill()
        for _, task in overdue:
            self.on_result(task, _failure(task, f"timed out after {self.timeout:g} s (the worker was stopped)"))
        self.queue[:0] = innocent  # killed with the pool through no fault of their own

    def interrupt(self) -> list[Task]:
        """Stop now; return the tasks that did not finish."""
        unfinished = [t for t, _ in self.inflight.values()] + self.queue
        self.inflight.clear()
        self.queue = []
        self.kill()
        return unfinished


def _failure(task: Task, problem: str) -> dict[str, Any]:
    result: dict[str, Any] = {"key": task.key, "status": "failed", "error": f"{task.path}: {problem}",
                              "outputs": [], "facts": {}, "seconds": None}
    with contextlib.suppress(OSError):
        result.update(file_fingerprint(task.path))
    return result


def _normalise_formats(formats: Iterable[str]) -> list[str]:
    chosen: list[str] = []
    for raw in formats:
        fmt = raw.strip().lower()
        if not fmt:
            continue
        if fmt not in FORMAT_SUFFIXES:
            raise EditorError(f"unknown format {raw.strip()!r} (choose from {', '.join(FORMAT_SUFFIXES)})")
        if fmt not in chosen:
            chosen.append(fmt)
    if not chosen:
        raise EditorError("no output format given")
    return chosen


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
    chosen = _normalise_formats(formats)
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
    runner = _Runner(n_jobs, timeout, memory_limit, settings, on_result, worker or process_file)
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
