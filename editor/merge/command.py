"""`incident-editor merge INPUT… -o OUT.incident.json`: open every input, merge, save, say what each source brought."""

from __future__ import annotations

from pathlib import Path

from editor.merge import MergeResult, merge_reports
from editor.merge.build import SourceSummary
from editor.model.multi import all_sources


def _short(pointers: list[str]) -> str:
    """'/impact/services/+' three times → 'impact/services (3 new)'; fields by their pointer."""
    counts: dict[str, int] = {}
    for p in pointers:
        counts[p] = counts.get(p, 0) + 1
    parts = [f"{p[1:-2]} ({n} new)" if p.endswith("/+") else p[1:] for p, n in counts.items()]
    return ", ".join(parts) if parts else "nothing"


def _changes(result: MergeResult, summary: SourceSummary) -> str:
    """'ransom/status not_demanded → demanded' for each value this source changed."""
    parts = []
    for pointer in summary.changed:
        entries = result.report.history.get(pointer, [])
        mine = [i for i, e in enumerate(entries) if e.source == summary.index]
        if mine and mine[0] > 0:
            parts.append(f"{pointer[1:]} {entries[mine[0] - 1].value} → {entries[mine[0]].value}")
        else:
            parts.append(pointer[1:])
    return ", ".join(parts) or "nothing"


def _contradictions(result: MergeResult, summary: SourceSummary) -> str:
    """'impact/servers_affected 180 (kept 120)' for each fact this source disputes."""
    conflicts = {c.pointer: c for c in result.report.conflicts}
    parts = []
    for pointer in summary.contradicted:
        conflict = conflicts.get(pointer)
        mine = [v.value for v in conflict.values if v.source == summary.index] if conflict else []
        if conflict and mine:
            note = ", proposed as a correction" if conflict.proposed == mine[-1] else ""
            parts.append(f"{pointer[1:]} {mine[-1]} (kept {conflict.values[0].value}{note})")
        else:
            parts.append(pointer[1:])
    return ", ".join(parts) or "nothing"


def summary_lines(result: MergeResult) -> list[str]:
    """The short summary printed after a merge: per source what it added, changed and contradicted."""
    sources = all_sources(result.report)
    lines = []
    for s in result.summaries:
        source = sources[s.index]
        name = Path(source.path).name if source.path else s.label
        lines.append(f"[{s.index}] {source.published or 'undated'} {source.language or '?'} {name}")
        lines.append(f"    added: {_short(s.added)}")
        if s.index:
            lines.append(f"    changed: {_changes(result, s)}")
            lines.append(f"    contradicted: {_contradictions(result, s)}")
    for r in result.rejected:
        lines.append(f"left out: {r.label}: {r.reason}; nothing merged from it")
    if result.report.conflicts:
        lines.append(f"conflicts to settle: {', '.join(c.pointer for c in result.report.conflicts)}")
    return lines


def run_merge(inputs: list[str], output: Path) -> int:
    """Merge ``inputs`` (any order) into ``output``; exit code 0."""
    from editor.pipeline import open_any
    from editor.storage import save_project

    reports = [open_any(target) for target in inputs]
    result = merge_reports(reports)
    save_project(result.report, output)
    for line in summary_lines(result):
        print(line)
    print(f"{output}: {len(all_sources(result.report))} sources merged")
    return 0


__all__ = ["SourceSummary", "run_merge", "summary_lines"]
