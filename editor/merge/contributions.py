"""What each source of a merged report contributed, read back from the report itself (evidence, history,
conflicts): for the window's Sources section and anyone who did not keep the merge's summary."""

from __future__ import annotations

from dataclasses import dataclass, field

from editor.model.multi import all_sources
from editor.model.report import IncidentReport


@dataclass
class Contribution:
    """Pointers a source was the first to back, values it changed, facts it contradicted."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    contradicted: list[str] = field(default_factory=list)


def contributions(report: IncidentReport) -> list[Contribution]:
    """One entry per source, in index order."""
    found = [Contribution() for _ in all_sources(report)]
    size = len(found)
    for pointer, spans in report.evidence.items():
        if spans:
            first = min(s.source or 0 for s in spans)
            if first < size:
                found[first].added.append(pointer)
    for pointer, entries in report.history.items():
        for prev, entry in zip(entries, entries[1:]):
            if entry.value != prev.value and entry.source < size:
                found[entry.source].changed.append(pointer)
    for conflict in report.conflicts:
        known = [v for v in conflict.values if v.source is not None and v.source < size]
        for v in known[1:]:
            if v.value != known[0].value:
                found[v.source].contradicted.append(conflict.pointer)
    return found
