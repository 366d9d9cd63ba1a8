"""A report taken apart into what each of its sources says (its "views"), so that merging is a function of the set.

A one-article report is one view. A merged report gives back, per source, the values its history and
conflicts record for that source and the values whose evidence counts in that source's text; the values
the user typed are kept apart (they belong to no source).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

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
    validate_value,
)

_OWNERS = {"organization": Organization, "incident": Incident, "impact": Impact, "ransom": Ransom}


def _valid(pointer: str, value: Any) -> bool:
    """Whether a value from history or conflicts fits the field (a file may hold anything there)."""
    parts = pointer.split("/")
    owner = ServiceImpact if pointer.startswith("/impact/services/") else _OWNERS.get(parts[1])
    try:
        validate_value(owner, parts[-1], value)
    except (ValidationError, KeyError, TypeError, ValueError):
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


def _said_by(report: IncidentReport, pointer: str, k: int) -> list[dict[str, int]] | None:
    """The spans of source ``k`` for ``pointer``; [] when the field has no evidence at all and k is the first."""
    spans = _by_source(report.evidence.get(pointer, []))
    if not spans:
        return [] if k == 0 else None
    return spans.get(k)


def _scalar(report: IncidentReport, data: dict[str, Any], pointer: str, k: int) -> Said | None:
    spans = _by_source(report.evidence.get(pointer, [])).get(k, [])
    confidence = report.confidence.get(pointer)
    history = report.history.get(pointer)
    if history:
        mine = [h for h in history if h.source == k and h.value is not None and _valid(pointer, h.value)]
        return Said(mine[-1].value, spans, confidence) if mine else None
    conflict = next((c for c in report.conflicts if c.pointer == pointer), None)
    # a conflict lists every source's value (a typed field's one too, after the user's own)
    if conflict is not None and any(v.source is not None for v in conflict.values):
        mine = [v for v in conflict.values if v.source == k and _valid(pointer, v.value)]
        return Said(mine[-1].value, spans, confidence) if mine else None
    if _edited(report, pointer):
        return None  # what the user typed is no source's word (kept apart as an override)
    value = pointers.resolve(data, pointer)
    if value is None or _said_by(report, pointer, k) is None:
        return None
    return Said(value, spans, confidence)


def _items(report: IncidentReport, data: dict[str, Any], pointer: str, k: int) -> list[Said]:
    out = []
    for i, item in enumerate(pointers.resolve(data, pointer)):
        item_pointer = f"{pointer}/{i}"
        if _edited(report, item_pointer):
            continue
        spans = _said_by(report, item_pointer, k)
        if spans is None:
            continue
        extra = {}
        for key, found in report.evidence.items():
            if key.startswith(item_pointer + "/"):
                mine = _by_source(found).get(k)
                if mine:
                    extra[key[len(item_pointer):]] = mine
        out.append(Said(item, spans, report.confidence.get(item_pointer), extra))
    return out


def views_of(report: IncidentReport) -> list[View]:
    """One view per source of ``report``."""
    data = report.to_json_dict()
    views = []
    for k, source in enumerate(all_sources(report)):
        view = View(source)
        for pointer in SCALARS:
            said = _scalar(report, data, pointer, k)
            if said is not None:
                view.scalars[pointer] = said
        for pointer in LISTS:
            if _edited(report, pointer):
                continue
            view.lists[pointer] = _items(report, data, pointer, k)
        for item in view.lists.get(SERVICES, []):
            # a service's status as this source gave it (its history), else the current one
            index = data["impact"]["services"].index(item.value)
            entries = [h for h in report.history.get(f"{SERVICES}/{index}/status", [])
                       if h.source == k and _valid(f"{SERVICES}/{index}/status", h.value)]
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
