"""Batch pool: the worker processes with their watchdog, one task per file. No Qt.

A start method that never forks a process that may hold Qt; a hard per-file timeout above the
worker's soft one (the pool is killed and rebuilt); a worker that dies marks the files it held as
suspects, which are rerun alone so that a second crash convicts only the guilty file.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import multiprocessing
import os
import time
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from editor.batch_plan import Task, file_fingerprint
from editor.batch_worker import SoftTimeout, init_worker, one_line

DEFAULT_TIMEOUT = 60.0
HARD_TIMEOUT_GRACE = 15.0  # the parent kills a worker this long after its soft timeout should have fired
MEMORY_LIMIT = 4 * 1024 ** 3  # address space per worker: a hostile file fails alone instead of swapping the box
Worker = Callable[[dict[str, Any]], dict[str, Any]]

def _context() -> Any:
    """A start method that never forks a process that may hold Qt: forkserver on Linux, else spawn."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        # Preload only light, stable modules; each worker imports the loaders and exporters once itself.
        ctx.set_forkserver_preload(["editor.batch_worker", "editor.pipeline", "editor.model"])
        return ctx
    return multiprocessing.get_context("spawn")


def default_jobs() -> int:
    """The cores this process may use."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


class Runner:
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
                                                       initializer=init_worker, initargs=(self.memory_limit,))
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
                    except (Exception, SoftTimeout) as exc:  # the worker function itself raised: this file only
                        result = failure(task, one_line(f"internal error: {type(exc).__name__}: {exc}"))
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
                self.on_result(task, failure(task, "the worker process died reading this file "
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
            self.on_result(task, failure(task, f"timed out after {self.timeout:g} s (the worker was stopped)"))
        self.queue[:0] = innocent  # killed with the pool through no fault of their own

    def interrupt(self) -> list[Task]:
        """Stop now; return the tasks that did not finish."""
        unfinished = [t for t, _ in self.inflight.values()] + self.queue
        self.inflight.clear()
        self.queue = []
        self.kill()
        return unfinished


def failure(task: Task, problem: str) -> dict[str, Any]:
    result: dict[str, Any] = {"key": task.key, "status": "failed", "error": f"{task.path}: {problem}",
                              "outputs": [], "facts": {}, "seconds": None}
    with contextlib.suppress(OSError):
        result.update(file_fingerprint(task.path))
    return result
