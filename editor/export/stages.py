"""Report sections for an incident told by several articles and reported in stages: Evolution, submission sheets.

Evolution says, source by source, what each article added, changed and contradicted, and what changed since
the previous submitted stage. A submission sheet per stage lists what the authority's NIS2 form asks for at
that stage (and the GDPR Art. 33 items), with today's values or "to be completed".
"""

from __future__ import annotations

import json
from functools import cache
from typing import TYPE_CHECKING, Any

from editor import resources
from editor.export.blocks import Block, BulletList, Cell, Paragraph, Table
from editor.export.labels import Labels, xml_safe
from editor.export.summary import systems_phrase
from editor.model import regulatory
from editor.model.enums import DataExfiltration, IncidentType, Regime, ReportStage, ServiceStatus
from editor.model.multi import all_sources, snapshot
from editor.model.report import IncidentReport

if TYPE_CHECKING:
    from collections.abc import Callable

_ENUM_GROUPS = {
    "/ransom/status": "ransom_status", "/incident/type": "incident_type", "/impact/data_exfiltration":
    "data_exfiltration", "/organization/sector": "sector",
}
_DATES = ("/incident/start_date", "/ransom/as_of", "/incident/detected_at")
_MALICIOUS = (IncidentType.RANSOMWARE, IncidentType.MALWARE, IncidentType.INTRUSION, IncidentType.DDOS,
              IncidentType.DATA_BREACH)
NIS2_ITEMS = {
    ReportStage.EARLY_WARNING: ("suspected_malicious", "cross_border"),
    ReportStage.INCIDENT_NOTIFICATION: ("suspected_malicious", "cross_border", "severity_impact", "iocs"),
    ReportStage.INTERMEDIATE: ("suspected_malicious", "cross_border", "severity_impact", "iocs"),
    ReportStage.FINAL: ("root_cause", "mitigations", "cross_border_final"),
    # a progress report (incident still ongoing at the final report's date) answers the final report's items
    ReportStage.PROGRESS: ("root_cause", "mitigations", "cross_border_final"),
}
# Shown elsewhere: the timeline in its section, the currency with the amount, the date with the status.
_NOT_ADDED = ("/timeline", "/ransom/currency", "/ransom/as_of")
GDPR_ITEMS = ("gdpr_nature", "gdpr_people", "gdpr_records", "gdpr_consequences", "gdpr_measures", "gdpr_late")


@cache
def authorities() -> dict[str, dict[str, str]]:
    """The authorities by regime and country (resources/report/authorities.json)."""
    with open(resources.authorities_file(), encoding="utf-8") as fh:
        data = json.load(fh)
    return {k: v for k, v in data.items() if isinstance(v, dict)}


def authority_for(report: IncidentReport, regime: str) -> str | None:
    """The authority a notification under ``regime`` goes to: the one recorded, else the country's."""
    for n in report.notifications:
        if n.regime == regime and xml_safe(n.authority).strip():
            return xml_safe(n.authority).strip()
    return authorities().get(regime, {}).get(report.organization.country or "")


def _clean(value: Any) -> str:
    return xml_safe(value).strip()


def value_text(pointer: str, value: Any, report: IncidentReport, labels: Labels) -> str:
    """A field's value as the report shows it (enumerations and dates localised)."""
    if value is None or value == "":
        return labels.not_reported
    group = _ENUM_GROUPS.get(pointer)
    if pointer.endswith("/status") and pointer.startswith("/impact/services/"):
        group = "service_status"
    if isinstance(value, bool):
        return labels.yes_no(value)
    if group is not None:
        # history and conflicts hold any JSON a file brings: a value outside the enumeration is shown as is
        key = f"enum.{group}.{value}"
        return labels(key) if isinstance(value, str) and labels.has(key) else _clean(value)
    if isinstance(value, (int, float)):
        if pointer == "/ransom/amount" and value >= 0:
            return labels.money(value, report.ransom.currency)
        return labels.number(value)
    if not isinstance(value, str):
        return _clean(json.dumps(value, ensure_ascii=False))
    if pointer in _DATES:
        try:
            return labels.date(value)
        except ValueError:
            return _clean(value)
    if pointer == "/organization/country":
        return labels.country(value)
    return _clean(value)


def _source_name(report: IncidentReport, k: int) -> str:
    source = all_sources(report)[k]
    return _clean(source.publisher) or _clean(source.title) or f"{k + 1}"


def _added(report: IncidentReport, k: int, label: Callable[[str], str], labels: Labels) -> list[str]:
    """The values whose first evidence is in source ``k`` (the timeline stays in its own section)."""
    from editor.model import pointers

    data = report.to_json_dict()
    lines = []
    for pointer, spans in report.evidence.items():
        if pointer.startswith(_NOT_ADDED) or not spans or min(s.source or 0 for s in spans) != k:
            continue
        entries = report.history.get(pointer)
        try:
            value = entries[0].value if entries else pointers.resolve(data, pointer)
        except KeyError:
            continue
        if isinstance(value, dict):  # a list item: a service, an action
            if "status" in value and "service" in value:
                value = labels.enum("service_status", value["status"])
            else:
                value = _clean(value.get("description")) or ""
        else:
            value = value_text(pointer, value, report, labels)
        parent, _sep, last = pointer.rpartition("/")
        name = label(parent) if last.isascii() and last.isdigit() and parent in ("/impact/data_categories", "/sites") else label(pointer)
        lines.append(labels("evolution.added", field=name, value=value))
    return lines


def _changed(report: IncidentReport, k: int, label: Callable[[str], str], labels: Labels) -> list[str]:
    lines = []
    for pointer, entries in report.history.items():
        for prev, entry in zip(entries, entries[1:]):
            if entry.source == k and entry.value != prev.value:
                lines.append(labels("evolution.changed", field=label(pointer),
                                    old=value_text(pointer, prev.value, report, labels),
                                    new=value_text(pointer, entry.value, report, labels)))
    return lines


def _contradicted(report: IncidentReport, k: int, label: Callable[[str], str], labels: Labels) -> list[str]:
    lines = []
    for conflict in report.conflicts:
        known = [v for v in conflict.values if v.source is not None]
        if not known:
            continue
        first = known[0]
        for v in known[1:]:
            if v.source != k or v.value == first.value:
                continue
            key = "evolution.correction" if conflict.proposed == v.value else "evolution.conflict"
            lines.append(labels(key, field=label(conflict.pointer), first=(first.source or 0) + 1,
                                value=value_text(conflict.pointer, v.value, report, labels),
                                kept=value_text(conflict.pointer, first.value, report, labels)))
    return lines


def previous_submission(report: IncidentReport) -> Any:
    """The newest submission of another stage or version than the report's own: what "since" compares with.

    The export being made may itself be recorded as the current stage's submission (it is, before the
    file is written): that one is now, not the previous stage.
    """
    current = (report.report.stage, report.report.version)
    earlier = [s for s in report.submissions if (s.stage, s.version) != current]
    return earlier[-1] if earlier else None


def _since_stage(report: IncidentReport, labels: Labels, label: Callable[[str], str]) -> list[Block]:
    last = previous_submission(report)
    now = snapshot(report)
    out: list[Block] = [Paragraph.of(labels("evolution.since_stage", stage=labels.enum("stage", last.stage),
                                            version=_clean(last.version), date=labels.when(last.date) or "—"),
                                     "table_caption", bold=True)]
    lines = []
    for pointer, value in now.items():
        before = last.values.get(pointer)
        if pointer == "/impact/services":
            # a file's recorded values may be anything: only well-formed service entries count
            old = {s.get("service"): s.get("status") for s in before if isinstance(s, dict)} \
                if isinstance(before, list) else {}
            status = "/impact/services/0/status"  # any service's status pointer: labels its values
            for s in value:
                if old.get(s["service"]) != s["status"]:
                    lines.append(labels("evolution.changed", field=labels.enum("service", s["service"]),
                                        old=value_text(status, old.get(s["service"]), report, labels),
                                        new=value_text(status, s["status"], report, labels)))
        elif before != value:
            lines.append(labels("evolution.changed", field=label(pointer),
                                old=value_text(pointer, before, report, labels),
                                new=value_text(pointer, value, report, labels)))
    out.append(BulletList(lines) if lines else Paragraph.of(labels("evolution.no_change"), "note", italic=True))
    return out


def source_changes(report: IncidentReport, k: int, labels: Labels, label: Callable[[str], str]) -> list[str]:
    """What source ``k`` added, changed and contradicted, one line each ("Added — Threat actor: X")."""
    return [f"{labels(f'evolution.{kind}_heading')} — {line}"
            for kind, lines in (("added", _added(report, k, label, labels) if k else []),
                                ("changed", _changed(report, k, label, labels)),
                                ("conflict", _contradicted(report, k, label, labels)))
            for line in lines]


def history_lines(report: IncidentReport, labels: Labels, label: Callable[[str], str]) -> list[str]:
    """Every field's values by source and date, and the open conflicts, one line each (for notes)."""
    lines = []
    for pointer, entries in report.history.items():
        steps = [f"{value_text(pointer, e.value, report, labels)} ({labels.date(e.as_of) or '?'}, "
                 f"{labels('field.source_n', n=e.source + 1)})" for e in entries]
        lines.append(f"{label(pointer)}: {' → '.join(steps)}")
    return lines + conflict_lines(report, labels, label)


def conflict_lines(report: IncidentReport, labels: Labels, label: Callable[[str], str]) -> list[str]:
    """Each open conflict: the values by source (or typed by the user), and the value proposed if any."""
    lines = []
    for c in report.conflicts:
        said = [f"{value_text(c.pointer, v.value, report, labels)} ("
                f"{labels('field.source_n', n=v.source + 1) if v.source is not None else labels('evolution.typed')})"
                for v in c.values]
        line = f"{label(c.pointer)}: {' / '.join(said)}"
        if c.proposed is not None:
            line += f"; {labels('evolution.proposed', value=value_text(c.pointer, c.proposed, report, labels))}"
        lines.append(line)
    return lines


def evolution_blocks(report: IncidentReport, labels: Labels, heading: Callable[[str, int], Block],
                     label: Callable[[str], str]) -> list[Block]:
    """The Evolution section; [] for a one-article report never submitted."""
    sources = all_sources(report)
    if len(sources) < 2 and not report.submissions:
        return []
    out: list[Block] = [heading(labels("evolution.section"), 1),
                        Paragraph.of(labels("evolution.intro"), "note", italic=True)]
    open_conflicts = conflict_lines(report, labels, label)
    if open_conflicts:  # what a reader must not take for settled, before the story by source
        out.append(Paragraph.of(labels("evolution.open_conflicts"), "table_caption", bold=True))
        out.append(BulletList(open_conflicts))
    if previous_submission(report) is not None:
        out += _since_stage(report, labels, label)
    for k, source in enumerate(sources):
        out.append(Paragraph.of(labels("evolution.source_heading", n=k + 1, name=_source_name(report, k),
                                       date=labels.date(source.published) or labels.not_reported),
                                "table_caption", bold=True))
        if k == 0:
            out.append(Paragraph.of(labels("evolution.first"), "note", italic=True))
        items = source_changes(report, k, labels, label)
        if items:
            out.append(BulletList(items))
        elif k:
            out.append(Paragraph.of(labels("evolution.nothing"), "note", italic=True))
    return out


def _nis2_value(item: str, report: IncidentReport, labels: Labels) -> str:
    kind = report.incident.type
    actions = labels.list([labels.enum("action_category", a.category) for a in report.response.actions])
    if item == "suspected_malicious":
        return labels("sheet.yes_type", type=labels.enum("incident_type", kind)) if kind in _MALICIOUS else ""
    if item == "severity_impact":
        hit = [f"{labels.enum('service', s.service)} ({labels.enum('service_status', s.status)})"
               for s in report.impact.services if s.status != ServiceStatus.OPERATIONAL]
        return "; ".join(p for p in (systems_phrase(report, labels), labels.list(hit)) if p)
    if item == "iocs":
        actor = _clean(report.ransom.threat_actor)
        return labels("sheet.threat_actor", actor=actor) if actor else ""
    if item == "root_cause":
        parts = [labels.enum("incident_type", kind)] if kind in _MALICIOUS else []
        if _clean(report.ransom.threat_actor):
            parts.append(labels("sheet.threat_actor", actor=_clean(report.ransom.threat_actor)))
        return "; ".join(parts)
    if item == "mitigations":
        return actions
    return ""  # cross-border impact: the articles never settle it; the entity must say


def _gdpr_value(item: str, report: IncidentReport, labels: Labels) -> str:
    impact, ransom = report.impact, report.ransom
    if item == "gdpr_nature":
        known = impact.data_exfiltration not in (None, DataExfiltration.UNKNOWN)
        return labels.enum("data_exfiltration", impact.data_exfiltration) if known else ""
    if item == "gdpr_people":
        parts = [labels.list([_clean(c) for c in impact.data_categories])]
        if impact.people_affected is not None:
            parts.append(labels.count("people", impact.people_affected))
        return "; ".join(p for p in parts if p)
    if item == "gdpr_records":
        return labels.count("records", impact.records_affected) if impact.records_affected is not None else ""
    if item == "gdpr_consequences":
        if ransom.leak_published:
            return labels("sheet.leak")
        return labels("sheet.claimed") if impact.data_exfiltration == DataExfiltration.CLAIMED else ""
    if item == "gdpr_measures":
        return labels.list([labels.enum("action_category", a.category) for a in report.response.actions])
    if item == "gdpr_late":
        for n in report.notifications:
            if n.regime == Regime.GDPR:
                for d in regulatory.deadlines(n):
                    if d.submitted and d.due and d.submitted <= d.due:
                        return labels("sheet.on_time")
    return ""


def stages_reached(report: IncidentReport) -> list[ReportStage]:
    """The stages submitted so far and the current one, in NIS2 order."""
    reached = {s.stage for s in report.submissions} | {report.report.stage}
    return [stage for stage in ReportStage if stage in reached]


def submission_sheets(report: IncidentReport, labels: Labels, heading: Callable[[str, int], Block]) -> list[Block]:
    """One submission sheet per stage reached: the NIS2 items of that stage, then the GDPR Art. 33 items."""
    out: list[Block] = []
    nis2 = regulatory.nis2_applies(report)
    gdpr = regulatory.gdpr_applies(report)
    if not nis2 and not gdpr:
        return out
    tbc = labels("sheet.to_be_completed")
    header = [labels("sheet.item"), labels("sheet.value")]
    reached = stages_reached(report)
    for stage in reached:
        out.append(heading(labels("sheet.section", stage=labels.enum("stage", stage)), 2))
        out.append(Paragraph.of(labels("sheet.intro"), "note", italic=True))
        if nis2:
            authority = authority_for(report, "nis2") or labels("sheet.authority_unknown")
            out.append(Paragraph.of(f"{labels('sheet.nis2')} — {labels('sheet.authority', authority=authority)}",
                                    "table_caption", bold=True))
            out.append(Table(header, [[Cell(labels(f"sheet.{item}")), Cell(_nis2_value(item, report, labels) or tbc)]
                                      for item in NIS2_ITEMS[stage]], [0.45, 0.55]))
        if gdpr and stage == reached[-1]:  # one GDPR notification, completed as the incident unfolds: shown once
            authority = authority_for(report, "gdpr") or labels("sheet.gdpr_authority_unknown")
            out.append(Paragraph.of(labels("sheet.gdpr", authority=authority), "table_caption", bold=True))
            out.append(Table(header, [[Cell(labels(f"sheet.{item}")), Cell(_gdpr_value(item, report, labels) or tbc)]
                                      for item in GDPR_ITEMS], [0.45, 0.55]))
    return out
