"""A report taken apart into what each of its sources says (its "views"), so that merging is a function of the set.

A one-article report is one view. A merged report gives back, per source, the values its history and
conflicts record for that source and the values whose evidence counts in that source's text; the values
the user typed are kept apart (they belong to no source).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import msgspec

from editor.merge.fields import LISTS, SCALARS, SERVICES
from editor.model import pointers
from editor.model.multi import all_sources
from editor.model.report import (
    Impact,
    Incident,
    IncidentReport,
    Organization,
    Ransom,
    ServiceImpact,
    Source,
    ValidationError,
)

_OWNERS = {"organization": Organization, "incident": Incident, "impact": Impact, "ransom": Ransom}


@cache
def _field_type(pointer: str) -> Any:
    """The type of the field a merged pointer names (a service's status for any service index)."""
    parts = pointer.split("/")
    if len(parts) < 3:
        return None
    owner = ServiceImpact if pointer.startswith("/impact/services/") else _OWNERS.get(parts[1])
    return next((f.type for f in msgspec.structs.fields(owner) if f.name == parts[-1]), None) if owner else None


def _valid(pointer: str, value: Any) -> bool:
    """Whether a value from history or conflicts fits the field (a file may hold anything there)."""
    kind = _field_type(pointer if not pointer.startswith("/impact/services/") else "/impact/services/0/status")
    if kind is None:
        return False
    try:
        msgspec.convert(value, kind)
    except (ValidationError, TypeError, ValueError):
        return False
    return True


@dataclass
class Said:
    """One value a source gives a field, with its evidence (offsets in that source's text) and confidence."""

    value: Any
    spans: list[dict[str, int]] = field(default_factory=list)
    confidence: float | None = None
    extra: dict[str, list[dict[str, int]]] = field(default_factory=dict)  # evidence under the item, by suffix


@dataclass
class View:
    """What one article says: scalar fields by pointer, list items by list pointer."""

    source: Source
    scalars: dict[str, Said] = field(default_factory=dict)
    lists: dict[str, list[Said]] = field(default_factory=dict)

    @property
    def order_key(self) -> tuple[str, str, str]:
        """Publication date first (unknown last), then title and text: the same set gives the same order."""
        digest = hashlib.sha256(self.source.text.encode("utf-8", "surrogatepass")).hexdigest()
        return (self.source.published or "9999-12-31", self.source.title or "", digest)

    @property
    def identity(self) -> tuple[str | None, str | None, str]:
        """Two inputs holding the same article (same title, date and text) are one source."""
        return (self.source.title, self.source.published, self.source.text)


def _edited(report: IncidentReport, pointer: str) -> bool:
    return any(pointer == p or pointer.startswith(p + "/") for p in report.user_edited)


def _by_source(spans: list[Any]) -> dict[int, list[dict[str, int]]]:
    found: dict[int, list[dict[str, int]]] = {}
    for s in spans:
        found.setdefault(s.source or 0, []).append({"start": s.start, "end": s.end})
    return found


class _Reader:
    """One report read once for all its sources: its JSON, its evidence by source, its valid history entries."""

    def __init__(self, report: IncidentReport) -> None:
        self.report = report
        self.data = report.to_json_dict()
        self.spans = {p: _by_source(found) for p, found in report.evidence.items()}
        self.history = {p: [h for h in entries if h.value is not None and _valid(p, h.value)]
                        for p, entries in report.history.items() if entries}
        # a conflict lists every source's value (a typed field's one too, after the user's own)
        self.conflicts = {c.pointer: [v for v in c.values if v.source is not None and _valid(c.pointer, v.value)]
                          for c in report.conflicts if any(v.source is not None for v in c.values)}
        self.item_extra: dict[str, list[str]] = {}
        for key in report.evidence:
            parent, _sep, _last = key.rpartition("/")
            while parent.count("/") >= 2:  # "/impact/services/0/status" → under "/impact/services/0"
                self.item_extra.setdefault(parent, []).append(key)
                parent = parent.rpartition("/")[0]

    def said_by(self, pointer: str, k: int) -> list[dict[str, int]] | None:
        """The spans of source ``k`` for ``pointer``; [] when the field has no evidence at all and k is the first."""
        spans = self.spans.get(pointer)
        if not spans:
            return [] if k == 0 else None
        return spans.get(k)

    def scalar(self, pointer: str, k: int) -> Said | None:
        """What source ``k`` says of a scalar field, None if nothing."""
        spans = self.spans.get(pointer, {}).get(k, [])
        confidence = self.report.confidence.get(pointer)
        recorded = self.history.get(pointer)
        if recorded is None and pointer in self.report.history and self.report.history[pointer]:
            recorded = []
        if recorded is None:
            recorded = self.conflicts.get(pointer)
        if recorded is not None:
            mine = [h for h in recorded if h.source == k]
            return Said(mine[-1].value, spans, confidence) if mine else None
        if _edited(self.report, pointer):
            return None  # what the user typed is no source's word (kept apart as an override)
        value = pointers.resolve(self.data, pointer)
        if value is None or self.said_by(pointer, k) is None:
            return None
        return Said(value, spans, confidence)

    def items(self, pointer: str, k: int) -> list[Said]:
        """The items of a list that source ``k`` states, with their evidence in that source."""
        out = []
        for i, item in enumerate(pointers.resolve(self.data, pointer)):
            item_pointer = f"{pointer}/{i}"
            if _edited(self.report, item_pointer):
                continue
            spans = self.said_by(item_pointer, k)
            if spans is None:
                continue
            extra = {}
            for key in self.item_extra.get(item_pointer, []):
                mine = self.spans[key].get(k)
                if mine:
                    extra[key[len(item_pointer):]] = mine
            out.append(Said(item, spans, self.report.confidence.get(item_pointer), extra))
        return out


def views_of(report: IncidentReport) -> list[View]:
    """One view per source of ``report``."""
    reader = _Reader(report)
    data = reader.data
    views = []
    for k, source in enumerate(all_sources(report)):
        view = View(source)
        for pointer in SCALARS:
            said = reader.scalar(pointer, k)
            if said is not None:
                view.scalars[pointer] = said
        for pointer in LISTS:
            if _edited(report, pointer):
                continue
            view.lists[pointer] = reader.items(pointer, k)
        for item in view.lists.get(SERVICES, []):
            # a service's status as this source gave it (its history), else the current one
            index = data["impact"]["services"].index(item.value)
            entries = [h for h in reader.history.get(f"{SERVICES}/{index}/status", []) if h.source == k]
            if entries:
                item.value = {**item.value, "status": entries[-1].value}
        views.append(view)
    return views


def overrides_of(report: IncidentReport) -> dict[str, Any]:
    """The values the user typed, by pointer (present in the report)."""
    data = report.to_json_dict()
    found = {}
    for pointer in report.user_edited:
        try:
            found[pointer] = pointers.resolve(data, pointer)
        except KeyError:
            continue
    return found
