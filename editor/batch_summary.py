"""Batch mode's reporting: the progress line, summary.json / summary.csv and the closing lines on stderr.

Split from editor.batch, which plans and runs the work; everything here only formats and writes what
the run reports. No Qt.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

SUMMARY_JSON = "summary.json"
SUMMARY_CSV = "summary.csv"
FACT_COLUMNS = ("organisation", "country", "incident_type", "start_date", "ransom_status",
                "servers", "workstations", "appointments")
CSV_COLUMNS = ("file", "status", "error", "outputs", *FACT_COLUMNS, "seconds")


def report_facts(report: Any) -> dict[str, Any]:
    """The summary's key facts of a report (None where the report has no value)."""
    org, impact = report.organization, report.impact
    return {"organisation": org.name, "country": org.country,
            "incident_type": getattr(report.incident.type, "value", None), "start_date": report.incident.start_date,
            "ransom_status": getattr(report.ransom.status, "value", None), "servers": impact.servers_affected,
            "workstations": impact.workstations_affected, "appointments": impact.appointments_affected}


# --- progress --------------------------------------------------------------------------------------

class Progress:
    """A plain-text progress line on stderr: in place on a terminal, one line per 5 % otherwise."""

    def __init__(self, total: int, stream: TextIO | None = None) -> None:
        self.total, self.stream = total, stream if stream is not None else sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.started = time.monotonic()
        self.counts = {"ok": 0, "failed": 0, "skipped": 0}
        self.worked = 0  # files actually processed this run (the rate ignores up-to-date ones)
        self._last_draw, self._last_step, self._width = 0.0, -1, 0

    @property
    def done(self) -> int:
        """Files finished so far, whatever their status."""
        return sum(self.counts.values())

    def line(self) -> str:
        """The progress text for the current counts."""
        rate = self.worked / max(time.monotonic() - self.started, 1e-6)
        pct = 100.0 * self.done / self.total if self.total else 100.0
        filled, remaining = int(24 * pct / 100), self.total - self.done
        eta = f"  ETA {_duration(remaining / rate)}" if rate > 0 and remaining else ""
        return (f"[{'#' * filled}{'.' * (24 - filled)}] {self.done}/{self.total} {pct:3.0f}%  "
                f"ok {self.counts['ok']}  failed {self.counts['failed']}  skipped {self.counts['skipped']}  "
                f"{rate:.1f} files/s{eta}")

    def update(self, status: str, worked: bool = True) -> None:
        """Count one finished file (``worked``: processed now, not carried over) and redraw if it is time to."""
        self.counts[status] = self.counts.get(status, 0) + 1
        self.worked += worked
        self._draw(final=False)

    def finish(self) -> None:
        """Draw the final state and end the line."""
        self._draw(final=True)

    def _draw(self, final: bool) -> None:
        try:
            if self.tty:
                now = time.monotonic()
                if not final and now - self._last_draw < 0.1 and self.done < self.total:
                    return
                self._last_draw = now
                text = self.line()
                pad = " " * max(0, self._width - len(text))
                self._width = len(text)
                self.stream.write("\r" + text + pad + ("\n" if final else ""))
            else:
                step = int(20 * self.done / self.total) if self.total else 20
                if step == self._last_step and (self.done or not final):
                    return
                self._last_step = step
                self.stream.write(self.line() + "\n")
            self.stream.flush()
        except (OSError, ValueError):  # a closed or broken stderr must not stop the batch
            pass


def _duration(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600}h{s % 3600 // 60:02d}m" if s >= 3600 else f"{s // 60}m{s % 60:02d}s" if s >= 60 else f"{s}s"


# --- summary -----------------------------------------------------------------------------------------

def csv_cell(value: Any) -> str:
    """The text of a CSV cell, quoted when a spreadsheet would run it as a formula ("=…" from a hostile article)."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def write_summary(output_dir: Path, rows: list[dict[str, Any]], meta: dict[str, Any]) -> None:
    """Write summary.json and summary.csv atomically."""
    from editor.storage import atomic_write_bytes

    payload = dict(meta)
    payload["files"] = rows
    # backslashreplace: a file name that is not UTF-8 shows as \udcXX (a JSON escape) instead of failing the run
    atomic_write_bytes(output_dir / SUMMARY_JSON,
                       (json.dumps(payload, ensure_ascii=False, indent=2) + "\n").encode("utf-8", "backslashreplace"))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow([csv_cell(";".join(row["outputs"]) if col == "outputs" else row.get(col))
                         for col in CSV_COLUMNS])
    # BOM: Excel opens UTF-8 CSV correctly only with it
    atomic_write_bytes(output_dir / SUMMARY_CSV, buffer.getvalue().encode("utf-8-sig", "backslashreplace"))


def summary_row(task_file: str, status: str, error: str = "", outputs: Sequence[str] = (),
                facts: dict[str, Any] | None = None, seconds: float | None = None) -> dict[str, Any]:
    """One file's row of the summary (the fact columns None where unknown)."""
    return {"file": task_file, "status": status, "error": error, "outputs": list(outputs),
            **{col: (facts or {}).get(col) for col in FACT_COLUMNS}, "seconds": seconds}


def iso_time(stamp: float) -> str:
    """A POSIX time as UTC ISO 8601 (seconds)."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(stamp))


def print_report(stream: TextIO, rows: list[dict[str, Any]], counts: dict[str, int], worked: int, elapsed: float,
                 out: Path, interrupted: bool) -> None:
    """The closing lines on stderr: the first failures and the counts."""
    failed = [r for r in rows if r["status"] == "failed"]
    lines = [f"failed: {r['error'] or r['file']}" for r in failed[:20]]
    if len(failed) > 20:
        lines.append(f"… and {len(failed) - 20} more failures (see {out / SUMMARY_CSV})")
    rate = f"processed {worked} in {elapsed:.1f} s ({worked / max(elapsed, 1e-6):.1f} files/s)" if worked \
        else "nothing needed redoing"
    lines.append(f"{'interrupted: ' if interrupted else ''}{len(rows)} files: {counts['ok']} ok, "
                 f"{counts['failed']} failed, {counts['skipped']} skipped (up to date); {rate}; "
                 f"summary: {out / SUMMARY_CSV}")
    with contextlib.suppress(OSError, ValueError):
        stream.write("\n".join(lines) + "\n")
        stream.flush()
