"""Cold start of the editor (window shown, sample extracted) beside a bare PySide6 QMainWindow.

The editor builds the form's lower sections after its first paint; READY is that first paint with
the sample's values in the visible fields, and the time the whole form is built is reported beside it.

Both run as fresh subprocesses, offscreen, timed from just before the process is spawned to the
moment the child has shown its window and processed the pending events (the child prints the
wall-clock time then). Peak memory is each child's ru_maxrss (os.wait4), which includes the processes
it waited for (the editor's extraction child). CPU time likewise. Prints medians and ratios.

With ``--screenshot`` it times instead the whole ``incident-editor --screenshot OUT.png --sample``
process, from spawn to exit, beside a bare PySide6 window that shows itself, grabs itself and
writes the same PNG (the floor of any program that renders a window to a file).

Usage: python benchmarks/bench_startup.py [--runs N] [--screenshot]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1440, 900)
window.show()
app.processEvents()
print(f"READY {time.time():.6f}", flush=True)
"""

# A second reference, for context only: the least any PySide6 window showing this article costs —
# Qt's namespace of enums (touched by any real widget code), a QTextEdit with the sample's text, and
# one row of labelled fields. The aim is stated against BARE; this shows how much of the gap is Qt's.
TEXT_FLOOR = """
import sys, time
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFormLayout, QLineEdit, QMainWindow, QSplitter, QTextEdit, QWidget
app = QApplication([])
window = QMainWindow()
split = QSplitter(Qt.Orientation.Horizontal)
text = QTextEdit()
text.setPlainText(open(sys.argv[1], encoding="utf-8").read())
form = QWidget()
rows = QFormLayout(form)
for i in range(15):
    rows.addRow(f"Field {i}:", QLineEdit(f"value {i}"))
split.addWidget(text)
split.addWidget(form)
window.setCentralWidget(split)
window.resize(1440, 900)
window.show()
app.processEvents()
print(f"READY {time.time():.6f}", flush=True)
"""

# The floor of --screenshot: a bare window shown, grabbed and written to a PNG, then exit.
BARE_SHOT = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1440, 900)
window.show()
app.processEvents()
window.grab().save(sys.argv[1])
"""

STEPS: list[dict[str, float]] = []  # the app's own milestones (ms from its start), one dict per run
COMPLETE: list[float] = []  # seconds from spawn until every section of the form was built (after READY)


def run_child(args: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(seconds to READY, peak RSS in MiB, CPU seconds) of one child process and the processes it waited for."""
    start = time.time()
    child = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT, text=True)
    out = child.stdout.read()
    err = child.stderr.read()
    _pid, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)  # Popen must not try to reap it again
    ready = [line for line in out.splitlines() if line.startswith("READY ")]
    if child.returncode != 0 or not ready:
        raise SystemExit(f"child failed ({child.returncode}): {' '.join(args)}\n{err}")
    fields = ready[0].split()
    complete = [line for line in out.splitlines() if line.startswith("COMPLETE ")]
    if complete:
        COMPLETE.append(float(complete[0].split()[1]) - start)
    steps = dict(f.split("=", 1) for f in fields[3:] if "=" in f)
    if steps:
        STEPS.append({k: float(v) for k, v in steps.items()})
    return float(fields[1]) - start, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def run_whole(args: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(seconds from spawn to exit, peak RSS in MiB, CPU seconds) of one child that must exit 0."""
    start = time.time()
    child = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=ROOT, text=True)
    err = child.stderr.read()
    _pid, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"child failed ({child.returncode}): {' '.join(args)}\n{err}")
    return time.time() - start, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def screenshot_main(runs: int, env: dict[str, str], tmp: str) -> int:
    """Time ``incident-editor --screenshot OUT --sample`` beside a bare window writing the same PNG."""
    env = {k: v for k, v in env.items() if k != "INCIDENT_EDITOR_EXIT_WHEN_READY"}  # --screenshot exits by itself
    bare_png, app_png = str(Path(tmp) / "bare.png"), str(Path(tmp) / "app.png")
    bare_cmd = [sys.executable, "-c", BARE_SHOT, bare_png]
    app_cmd = [sys.executable, "-c", "import sys; from editor.cli import main; sys.exit(main())",
               "--screenshot", app_png, "--sample"]
    run_whole(bare_cmd, env)
    run_whole(app_cmd, env)  # warm the OS file cache and the start-up caches once
    bare, app = [], []
    for _ in range(runs):
        bare.append(run_whole(bare_cmd, env))
        app.append(run_whole(app_cmd, env))
    med = lambda rows, i: statistics.median(r[i] for r in rows)  # noqa: E731
    print(f"runs: {runs} each (median), offscreen, python {sys.version.split()[0]}, "
          f"load average {os.getloadavg()[0]:.1f}")
    print(f"bare window → PNG          : {med(bare, 0) * 1000:7.0f} ms wall  {med(bare, 2) * 1000:7.0f} ms CPU  "
          f"{med(bare, 1):6.1f} MiB peak RSS")
    print(f"--screenshot --sample      : {med(app, 0) * 1000:7.0f} ms wall  {med(app, 2) * 1000:7.0f} ms CPU  "
          f"{med(app, 1):6.1f} MiB peak RSS")
    print(f"ratio                      : {med(app, 0) / med(bare, 0):7.2f} x     {med(app, 2) / med(bare, 2):7.2f} x"
          f"      {med(app, 1) / med(bare, 1):6.2f} x")
    return 0


def main() -> int:
    """Run both starts ``--runs`` times, alternating, and print the medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--screenshot", action="store_true",
                        help="time the whole --screenshot --sample process beside a bare window writing a PNG")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", INCIDENT_EDITOR_EXIT_WHEN_READY="1",
                   INCIDENT_EDITOR_SETTINGS_DIR=str(Path(tmp) / "settings"),
                   INCIDENT_EDITOR_DATA_DIR=str(Path(tmp) / "data"),
                   INCIDENT_EDITOR_CACHE_DIR=str(Path(tmp) / "cache"),
                   # An installed package has byte-code (pip compiles it); a checkout run under
                   # PYTHONDONTWRITEBYTECODE would compile every module from source on every start.
                   PYTHONPYCACHEPREFIX=str(Path(tmp) / "pycache"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        if args.screenshot:
            return screenshot_main(args.runs, env, tmp)
        bare_cmd = [sys.executable, "-c", BARE]  # CPU time is the steadier figure on a busy machine
        # Exactly what the installed `incident-editor` script runs (python -m would add runpy's lookup).
        app_cmd = [sys.executable, "-c", "import sys; from editor.cli import main; sys.exit(main())", "--sample"]
        from editor.resources import sample_article

        text_cmd = [sys.executable, "-c", TEXT_FLOOR, str(sample_article("fr"))]
        run_child(text_cmd, env)
        run_child(bare_cmd, env)  # warm the OS file cache once for both: "cold" means a new process
        run_child(app_cmd, env)
        bare, app, fresh, text = [], [], [], []
        STEPS.clear()
        COMPLETE.clear()
        for i in range(args.runs):
            bare.append(run_child(bare_cmd, env))
            app.append(run_child(app_cmd, env))
            text.append(run_child(text_cmd, env))
        saved, saved_complete = list(STEPS), list(COMPLETE)
        for i in range(max(3, args.runs // 2)):
            # The first start after installing, with an empty user cache folder (byte-code is there: pip compiles it).
            fresh.append(run_child(app_cmd, dict(env, INCIDENT_EDITOR_CACHE_DIR=str(Path(tmp) / f"empty{i}"))))
        STEPS[:] = saved
        COMPLETE[:] = saved_complete
    def med(runs: list[tuple[float, float, float]], i: int) -> float:
        return statistics.median(r[i] for r in runs)

    bare_t, bare_m, bare_c = med(bare, 0), med(bare, 1), med(bare, 2)
    app_t, app_m, app_c = med(app, 0), med(app, 1), med(app, 2)
    load = os.getloadavg()[0]
    print(f"runs: {args.runs} each (median), offscreen, python {sys.version.split()[0]}, load average {load:.1f}")
    print(f"bare QMainWindow : {bare_t * 1000:7.0f} ms wall  {bare_c * 1000:7.0f} ms CPU  {bare_m:6.1f} MiB peak RSS")
    print(f"incident-editor  : {app_t * 1000:7.0f} ms wall  {app_c * 1000:7.0f} ms CPU  {app_m:6.1f} MiB peak RSS"
          "  (sample extracted)")
    print(f"ratio            : {app_t / bare_t:7.2f} x     {app_c / bare_c:7.2f} x      {app_m / bare_m:6.2f} x")
    text_t, text_m = med(text, 0), med(text, 1)
    print(f"context — a bare window with the article in a QTextEdit and 15 fields: {text_t * 1000:.0f} ms "
          f"({text_t / bare_t:.2f} x bare), {text_m:.1f} MiB; the editor is {app_t / text_t:.2f} x that")
    if COMPLETE:
        done = statistics.median(COMPLETE)
        print(f"whole form built (lower sections after the first paint): {done * 1000:.0f} ms wall ({done / bare_t:.2f} x)")
    fresh_t, fresh_c = med(fresh, 0), med(fresh, 2)
    print(f"first start after install (empty cache folder): {fresh_t * 1000:.0f} ms wall "
          f"({fresh_t / bare_t:.2f} x), {fresh_c * 1000:.0f} ms CPU ({fresh_c / bare_c:.2f} x)")
    print(f"usable cores: {len(os.sched_getaffinity(0))} (the extraction runs in a second process beside the window)")
    if STEPS:
        names = sorted({k for run in STEPS for k in run}, key=lambda k: statistics.median(r.get(k, 0) for r in STEPS))
        print("app milestones (ms after main(), median): "
              + ", ".join(f"{k} {statistics.median(r[k] for r in STEPS if k in r):.0f}" for k in names))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
