"""Hypothesis strategies for IncidentReport: valid values only (what the model accepts)."""

from __future__ import annotations

from hypothesis import strategies as st

from editor.model import IncidentReport
from editor.model.enums import (
    TLP,
    ActionCategory,
    ActionStatus,
    DataExfiltration,
    IncidentType,
    RansomStatus,
    Regime,
    ReportStage,
    Sector,
    ServiceName,
    ServiceStatus,
)

# Any printable text including RTL and accents; control characters are covered by a dedicated test.
text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)
opt_text = st.none() | text
dates = st.dates().map(lambda d: d.isoformat()).filter(lambda s: len(s) == 10)
opt_date = st.none() | dates
hours = st.tuples(st.integers(0, 23), st.integers(0, 59)).map(lambda t: f"T{t[0]:02d}:{t[1]:02d}")
date_times = st.builds(lambda d, t: d + t, dates, hours)
partial = st.one_of(dates, date_times, dates.map(lambda d: d[:7]), dates.map(lambda d: d[:4]))
counts = st.none() | st.integers(0, 10_000_000)


def _enum(kind: type) -> st.SearchStrategy:
    return st.sampled_from(list(kind))


sources = st.fixed_dictionaries({}, optional={
    "title": opt_text, "publisher": opt_text, "url": opt_text, "published": opt_date,
    "language": st.none() | st.sampled_from(["fr", "en", "nl", "de"]),
    "text": text, "retrieved": st.none() | date_times,
})


@st.composite
def incident_reports(draw: st.DrawFn) -> IncidentReport:
    """A valid report with any mix of empty and filled fields, evidence spans inside the text."""
    main = draw(sources)
    text_len = len(main.get("text") or "")
    services = draw(st.lists(st.fixed_dictionaries(
        {"service": _enum(ServiceName), "status": _enum(ServiceStatus)},
        optional={"note": text, "label": opt_text, "as_of": opt_date}), max_size=4))
    actions = draw(st.lists(st.fixed_dictionaries(
        {"category": _enum(ActionCategory)},
        optional={"description": text, "actor": opt_text, "when": st.none() | partial,
                  "status": st.none() | _enum(ActionStatus)}), max_size=4))
    data = {
        "source": main,
        "sources": draw(st.lists(sources, max_size=2)),
        "organization": draw(st.fixed_dictionaries({}, optional={
            "name": opt_text, "sector": st.none() | _enum(Sector),
            "country": st.none() | st.sampled_from(["BE", "FR", "NL", "DE", "US", "LU"]), "region": opt_text})),
        "sites": draw(st.lists(text, max_size=3)),
        "incident": draw(st.fixed_dictionaries({}, optional={
            "type": st.none() | _enum(IncidentType), "start_date": opt_date,
            "detected_at": st.none() | date_times, "summary": opt_text})),
        "timeline": draw(st.lists(st.fixed_dictionaries({"what": text}, optional={
            "when": st.none() | partial, "when_text": opt_text, "source": opt_text}), max_size=4)),
        "impact": {
            "servers_affected": draw(counts), "workstations_affected": draw(counts),
            "appointments_affected": draw(counts),
            "data_exfiltration": draw(st.none() | _enum(DataExfiltration)), "services": services,
            "network_disconnected": draw(st.none() | st.booleans()),
            "patients_diverted": draw(st.none() | st.booleans()),
            "data_categories": draw(st.lists(text, max_size=2)), "people_affected": draw(counts),
            "records_affected": draw(counts),
        },
        "response": {"actions": actions, "restoration_order": draw(st.lists(text, max_size=3))},
        "ransom": draw(st.fixed_dictionaries({}, optional={
            "status": st.none() | _enum(RansomStatus),
            "amount": st.none() | st.floats(0, 1e9, allow_nan=False, allow_infinity=False),
            "currency": st.none() | st.sampled_from(["EUR", "USD", "BTC", "GBP", "XMR"]),
            "threat_actor": opt_text, "as_of": opt_date, "claimed": st.none() | st.booleans(),
            "leak_published": st.none() | st.booleans()})),
        "notifications": draw(st.lists(st.fixed_dictionaries({"regime": _enum(Regime)}, optional={
            "authority": opt_text, "awareness": st.none() | date_times, "submitted": st.none() | date_times,
            "stage": st.none() | _enum(ReportStage), "reference": opt_text, "note": text}), max_size=3)),
        "lessons_learned": {"text": draw(text), "items": draw(st.lists(text, max_size=3))},
        "report": draw(st.fixed_dictionaries({}, optional={
            "title": opt_text, "author": opt_text, "author_organization": opt_text, "tlp": _enum(TLP),
            "stage": _enum(ReportStage), "version": text, "language": st.sampled_from(["fr", "en", "nl", "de"]),
            "id": opt_text})),
        "confidence": draw(st.dictionaries(st.sampled_from(["/impact/servers_affected", "/ransom/status"]),
                                           st.floats(0, 1), max_size=2)),
    }
    # several articles, one incident: history, conflicts and submissions by source index
    json_values = st.none() | st.booleans() | st.integers(0, 10_000) | text
    pointers = st.sampled_from(["/impact/servers_affected", "/ransom/status", "/impact/services/0/status"])
    data["history"] = draw(st.dictionaries(pointers, st.lists(st.fixed_dictionaries(
        {"value": json_values, "source": st.integers(0, 2)}, optional={"as_of": opt_date}), max_size=3), max_size=2))
    data["conflicts"] = draw(st.lists(st.fixed_dictionaries(
        {"pointer": pointers, "values": st.lists(st.fixed_dictionaries(
            {"value": json_values}, optional={"source": st.none() | st.integers(0, 2), "as_of": opt_date}),
            max_size=3)}, optional={"proposed": json_values,
                                    "reason": st.none() | st.sampled_from(["differs", "correction"])}), max_size=2))
    data["submissions"] = draw(st.lists(st.fixed_dictionaries(
        {"stage": _enum(ReportStage)}, optional={"version": text, "date": st.none() | date_times,
                                                 "sources": st.integers(0, 3),
                                                 "values": st.dictionaries(pointers, json_values, max_size=2)}),
        max_size=2))
    if text_len:
        span = st.builds(lambda t, k: {"start": min(t), "end": max(t), **({"source": k} if k is not None else {})},
                         st.tuples(st.integers(0, text_len), st.integers(0, text_len)), st.none() | st.integers(0, 2))
        data["evidence"] = draw(st.dictionaries(
            st.sampled_from(["/organization/name", "/impact/servers_affected", "/ransom/status",
                             "/impact/services/0/status", "/timeline/0/when", "/sites/0"]),
            st.lists(span, min_size=1, max_size=3), max_size=4))
    return IncidentReport.from_json_dict(data)
