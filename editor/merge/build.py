"""One report from the views of every source, oldest first: the rules of issue 13 for each kind of field."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from editor.merge.fields import (
    EVOLVING,
    FIRST,
    NEWEST,
    PLAIN_LISTS,
    SERVICES,
    STABLE,
    TIMELINE,
    correction_rx,
    key_text,
    list_key,
)
from editor.merge.views import Said, View
from editor.model import pointers
from editor.model.report import IncidentReport


@dataclass
class SourceSummary:
    """What one source brought: fields and items it added, values it changed, facts it contradicted."""

    index: int
    label: str
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    contradicted: list[str] = field(default_factory=list)


@dataclass
class _Built:
    data: dict[str, Any]
    evidence: dict[str, list[dict[str, int]]] = field(default_factory=dict)
    confidence: dict[str, float] = field(default_factory=dict)
    history: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    observed: dict[str, list[tuple[int, Any]]] = field(default_factory=dict)


def _span(span: dict[str, int], k: int) -> dict[str, int]:
    return {**span, "source": k} if k else dict(span)


def _set(data: dict[str, Any], pointer: str, value: Any) -> bool:
    tokens = pointers.split(pointer)
    node: Any = data
    for token in tokens[:-1]:
        if isinstance(node, list):
            if not (token.isascii() and token.isdigit()) or int(token) >= len(node):
                return False
            node = node[int(token)]
        elif isinstance(node, dict) and token in node:
            node = node[token]
        else:
            return False
    last = tokens[-1] if tokens else None
    if isinstance(node, list) and last is not None and last.isascii() and last.isdigit() and int(last) < len(node):
        node[int(last)] = value
    elif isinstance(node, dict) and last is not None:
        node[last] = value
    else:
        return False
    return True


def _corrected(view: View, said: Said) -> bool:
    rx = correction_rx(view.source.language)
    text = view.source.text
    return rx is not None and any(rx.search(text[s["start"]:s["end"]]) for s in said.spans)


def _scalars(views: list[View], out: _Built, summaries: list[SourceSummary]) -> None:
    for pointer in (*EVOLVING, *STABLE, *FIRST, *NEWEST):
        obs = [(k, v.scalars[pointer]) for k, v in enumerate(views) if pointer in v.scalars]
        # "unknown" says nothing new: a later "unknown" never replaces a known status or type
        obs = [o for o in obs if o[1].value != "unknown"] or obs[-1:]
        if not obs:
            continue
        out.observed[pointer] = [(k, said.value) for k, said in obs]
        first_k = obs[0][0]
        summaries[first_k].added.append(pointer)
        if pointer in EVOLVING or pointer in NEWEST:
            k, chosen = obs[-1]
            if pointer in EVOLVING:
                for (_pk, prev), (nk, said) in zip(obs, obs[1:]):
                    if said.value != prev.value:
                        summaries[nk].changed.append(pointer)
                if len(obs) > 1:
                    out.history[pointer] = [{"value": said.value, "source": sk, "as_of": views[sk].source.published}
                                            for sk, said in obs]
        else:
            k, chosen = obs[0]
            differing = [(sk, said) for sk, said in obs if said.value != chosen.value]
            if differing and pointer in STABLE:
                for sk, _said in differing:
                    summaries[sk].contradicted.append(pointer)
                conflict: dict[str, Any] = {
                    "pointer": pointer, "reason": "differs", "proposed": None,
                    "values": [{"value": said.value, "source": sk, "as_of": views[sk].source.published}
                               for sk, said in obs]}
                corrections = [(sk, said) for sk, said in differing if _corrected(views[sk], said)]
                if corrections:
                    # an explicit correction is proposed, never applied: the user settles the conflict
                    conflict["reason"], conflict["proposed"] = "correction", corrections[-1][1].value
                out.conflicts.append(conflict)
        _set(out.data, pointer, chosen.value)
        ordered = [(k, chosen)] + [(sk, said) for sk, said in obs if sk != k]
        spans = [_span(s, sk) for sk, said in ordered for s in said.spans]
        if spans:
            out.evidence[pointer] = spans
        if chosen.confidence is not None:
            out.confidence[pointer] = chosen.confidence


def _united(views: list[View], pointer: str, summaries: list[SourceSummary]) -> list[dict[str, Any]]:
    """Items of one list from every source, the first occurrence kept, each with its sources' evidence."""
    merged: dict[Any, dict[str, Any]] = {}
    for k, view in enumerate(views):
        for position, said in enumerate(view.lists.get(pointer, [])):
            key = list_key(pointer, said.value)
            if pointer == TIMELINE:
                key = _timeline_key(said.value, merged)
            entry = merged.get(key)
            if entry is None:
                entry = merged[key] = {"value": said.value, "k": k, "position": position, "by": [],
                                       "confidence": said.confidence}
                summaries[k].added.append(f"{pointer}/+")
            entry["by"].append((k, said))
    return list(merged.values())


def _timeline_key(event: dict[str, Any], merged: dict[Any, Any]) -> Any:
    """The same event when the words match, or when two sources give it the same date and time."""
    what = ("what", key_text(event.get("what")))
    when = event.get("when") or ""
    if what in merged or "T" not in when:
        return what
    for key, entry in merged.items():
        if (entry["value"].get("when") or "") == when:
            return key
    return what


def _lists(views: list[View], out: _Built, summaries: list[SourceSummary]) -> None:
    for pointer in (*PLAIN_LISTS, SERVICES, TIMELINE):
        entries = _united(views, pointer, summaries)
        if pointer == TIMELINE:
            # one order for every source's events: by date, undated ones after, then by source and place
            entries.sort(key=lambda e: (e["value"].get("when") or "9999", e["k"], e["position"]))
        items = []
        for j, entry in enumerate(entries):
            item_pointer = f"{pointer}/{j}"
            value = entry["value"]
            if pointer == SERVICES:
                value = _service(views, entry, item_pointer, out, summaries)
            items.append(value)
            spans = [_span(s, k) for k, said in entry["by"] for s in said.spans]
            if spans:
                out.evidence[item_pointer] = spans
            for k, said in entry["by"]:
                for suffix, found in said.extra.items():
                    out.evidence.setdefault(item_pointer + suffix, []).extend(_span(s, k) for s in found)
            if entry["confidence"] is not None:
                out.confidence[item_pointer] = entry["confidence"]
        _set(out.data, pointer, items)


def _service(views: list[View], entry: dict[str, Any], item_pointer: str, out: _Built,
             summaries: list[SourceSummary]) -> dict[str, Any]:
    """A service as its newest source states it; its status history by source."""
    by = entry["by"]
    newest_k, newest = by[-1]
    value = {**entry["value"], "status": newest.value["status"], "note": newest.value.get("note", ""),
             "as_of": newest.value.get("as_of") or views[newest_k].source.published}
    if len(views) == 1:
        value["as_of"] = entry["value"].get("as_of")  # one article: exactly what the extractor said
    if len(by) > 1:
        out.history[item_pointer + "/status"] = [
            {"value": said.value["status"], "source": k, "as_of": views[k].source.published} for k, said in by]
        for (_pk, prev), (k, said) in zip(by, by[1:]):
            if said.value["status"] != prev.value["status"]:
                summaries[k].changed.append(item_pointer + "/status")
    return value


def _overrides(overrides: dict[str, Any], out: _Built) -> None:
    """What the user typed stays; a differing merged value is only proposed (a conflict to settle)."""
    for pointer, typed in overrides.items():
        try:
            merged = pointers.resolve(out.data, pointer)
        except KeyError:
            merged = None
        if not _set(out.data, pointer, typed) or merged == typed or merged is None:
            continue
        sources = [{"value": v, "source": k, "as_of": None} for k, v in out.observed.get(pointer, [])]
        out.conflicts = [c for c in out.conflicts if c["pointer"] != pointer]
        out.conflicts.append({"pointer": pointer, "reason": "user_edited", "proposed": merged,
                              "values": [{"value": typed, "source": None, "as_of": None}, *sources]})


def build(views: list[View], overrides: dict[str, Any], template: IncidentReport | None,
          user_edited: list[str]) -> tuple[IncidentReport, list[SourceSummary]]:
    """The merged report of ``views`` (oldest first) with the user's ``overrides`` and ``template``'s metadata."""
    base = (template or IncidentReport()).to_json_dict()
    fresh = IncidentReport().to_json_dict()
    data = {**base, **{key: fresh[key] for key in ("organization", "sites", "incident", "timeline", "impact")},
            "response": {**fresh["response"]}, "ransom": fresh["ransom"]}
    if len(views) > 1:
        # one extraction's alternatives and their reasons: their offsets count in that article alone, and the
        # merged values come from several; the single-source reports keep them
        for key in ("candidates", "confidence_why"):
            if key in fresh:
                data[key] = fresh[key]
    data["source"] = views[0].source.to_plain()
    data["sources"] = [v.source.to_plain() for v in views] if len(views) > 1 else []
    summaries = [SourceSummary(k, v.source.title or v.source.path or f"source {k + 1}") for k, v in enumerate(views)]
    out = _Built(data)
    _scalars(views, out, summaries)
    _lists(views, out, summaries)
    _overrides(overrides, out)
    data.update(evidence=out.evidence, confidence=out.confidence, history=out.history, conflicts=out.conflicts,
                user_edited=list(user_edited))
    return IncidentReport.from_json_dict(data), summaries
