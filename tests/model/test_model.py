"""The report model speaks the spec's incident JSON; pointers and regulatory clocks."""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone

import pytest

from editor.model import IncidentReport, Notification, Regime, ReportStage, ValidationError
from editor.model.report import Impact, error_location, validate_value
from editor.model import enums
from editor.model.pointers import join, resolve, split
from editor.model.regulatory import add_month, deadlines, gdpr_applies, missing_items, parse_when



def _spec_text(corpus_root):
    path = corpus_root.parent.parent / "spec" / "incident-json.md"
    if not path.is_file():
        pytest.skip("spec not beside the checkout")
    return path.read_text(encoding="utf-8")


def _spec_example(text: str) -> dict:
    block = re.search(r"```json\n(.*?)```", text, re.S).group(1)
    return json.loads(block.replace("…", "..."))


def test_spec_example_validates_and_keeps_every_key(corpus):
    example = _spec_example(_spec_text(corpus))
    report = IncidentReport.from_json_dict(example)
    dumped = report.to_json_dict()

    def keys(obj, prefix=""):
        if isinstance(obj, dict):
            for k, v in obj.items():
                if prefix == "/evidence":
                    continue
                yield f"{prefix}/{k}"
                yield from keys(v, f"{prefix}/{k}")

    missing = set(keys(example)) - set(keys(dumped))
    assert not {m for m in missing if not re.search(r"/\d", m)}, missing
    assert dumped["impact"]["servers_affected"] == 200
    assert dumped["evidence"]["/ransom/status"] == [{"start": 2001, "end": 2090}]


@pytest.mark.parametrize(
    ("key", "enum"),
    [
        ("organization.sector", enums.Sector),
        ("incident.type", enums.IncidentType),
        ("impact.data_exfiltration", enums.DataExfiltration),
        ("impact.services[].service", enums.ServiceName),
        ("impact.services[].status", enums.ServiceStatus),
        ("response.actions[].category", enums.ActionCategory),
        ("ransom.status", enums.RansomStatus),
    ],
)
def test_enumerations_match_the_spec(corpus, key, enum):
    text = _spec_text(corpus)
    row = re.search(rf"^\| `{re.escape(key)}` \| (.*) \|$", text, re.M)
    assert row, key
    spec_values = {v.strip() for v in row.group(1).split(",")}
    assert spec_values == {e.value for e in enum}


def test_empty_report_has_nulls_and_empty_lists():
    data = IncidentReport().to_json_dict()
    assert data["organization"] == {"name": None, "sector": None, "country": None, "region": None,
                                    "timezone": None}
    assert data["sites"] == [] and data["timeline"] == [] and data["impact"]["services"] == []
    assert data["ransom"]["status"] is None
    assert data["schema_version"] == 1


@pytest.mark.parametrize(
    ("patch", "field"),
    [
        ({"organization": {"sector": "hospitals"}}, "organization.sector"),
        ({"organization": {"country": "Belgium"}}, "organization.country"),
        ({"incident": {"start_date": "14/05/2022"}}, "incident.start_date"),
        ({"impact": {"servers_affected": -3}}, "impact.servers_affected"),
        ({"ransom": {"currency": "dollars"}}, "ransom.currency"),
        ({"evidence": {"no-slash": []}}, "evidence"),
        ({"evidence": {"/a": [{"start": 5, "end": 2}]}}, "evidence"),
    ],
)
def test_bad_values_are_refused_naming_the_field(patch, field):
    with pytest.raises(ValidationError) as info:
        IncidentReport.from_json_dict(patch)
    loc, _message = error_location(info.value)
    assert loc.startswith(field), loc


def test_country_and_currency_are_upper_cased():
    report = IncidentReport.from_json_dict({"organization": {"country": "be"}, "ransom": {"currency": "eur"}})
    assert report.organization.country == "BE" and report.ransom.currency == "EUR"


def test_values_set_by_the_ui_are_validated():
    with pytest.raises(ValidationError):
        validate_value(Impact, "servers_affected", "many")
    with pytest.raises(ValidationError):
        validate_value(Impact, "servers_affected", -1)
    assert validate_value(Impact, "servers_affected", 12) == 12
    with pytest.raises(KeyError):
        validate_value(Impact, "no_such_field", 1)


def test_partial_timeline_dates():
    for when in ("2022", "2022-05", "2022-05-14", "2022-05-14T03:00", "2022-05-14T03:00:00+02:00"):
        IncidentReport.from_json_dict({"timeline": [{"when": when, "what": "x"}]})
    with pytest.raises(ValidationError):
        IncidentReport.from_json_dict({"timeline": [{"when": "vers 3h", "what": "x"}]})


def test_pointers_round_trip():
    doc = {"a/b": {"m~n": [10, 20]}}
    pointer = join("a/b", "m~n", 1)
    assert pointer == "/a~1b/m~0n/1"
    assert split(pointer) == ["a/b", "m~n", "1"]
    assert resolve(doc, pointer) == 20
    with pytest.raises(KeyError):
        resolve(doc, "/a~1b/m~0n/5")


def test_nis2_clock_from_awareness():
    n = Notification(regime=Regime.NIS2, awareness="2022-05-14T03:15:00+02:00")
    due = {d.key: d.due for d in deadlines(n)}
    t0 = datetime(2022, 5, 14, 1, 15, tzinfo=timezone.utc)  # the same moment, as the clocks give it: in UTC
    assert parse_when("2022-05-14T03:15:00+02:00") == t0
    assert due["nis2_early_warning"] == t0.replace(day=15)
    assert due["nis2_incident_notification"] == t0.replace(day=17)
    assert due["nis2_final_report"] == t0.replace(day=17, month=6)


def test_nis2_final_report_runs_from_the_submitted_notification():
    n = Notification(regime=Regime.NIS2, awareness="2022-05-14T03:00Z", submitted="2022-05-16T10:00Z",
                     stage=ReportStage.INCIDENT_NOTIFICATION)
    final = next(d for d in deadlines(n) if d.key == "nis2_final_report")
    assert final.due == datetime(2022, 6, 16, 10, 0, tzinfo=timezone.utc)


def test_gdpr_72_hours_and_unknown_t0():
    assert deadlines(Notification(regime=Regime.GDPR, awareness="2024-01-30T22:00Z"))[0].due == datetime(
        2024, 2, 2, 22, 0, tzinfo=timezone.utc)
    assert deadlines(Notification(regime=Regime.GDPR))[0].due is None


def test_add_month_clamps_to_month_end():
    assert add_month(datetime(2024, 1, 31, 9)) == datetime(2024, 2, 29, 9)
    assert add_month(datetime(2023, 12, 15)) == datetime(2024, 1, 15)


def test_missing_items_grow_with_the_stage():
    report = IncidentReport.from_json_dict({"organization": {"name": "Clinic"}})
    early = {k for _, k in missing_items(report, ReportStage.EARLY_WARNING)}
    final = {k for _, k in missing_items(report, ReportStage.FINAL)}
    assert "item_organization" not in early and "item_awareness" in early
    assert early < final and "item_root_cause" in final
    report.impact.data_exfiltration = "confirmed"
    assert gdpr_applies(report)
    assert "item_people_affected" in {k for _, k in missing_items(report, ReportStage.EARLY_WARNING)}


@pytest.mark.parametrize(("country", "nis2", "gdpr"), [
    (None, True, True),  # not known: both kept
    ("FR", True, True), ("no", True, True),  # an EEA state takes NIS2 over
    ("GB", False, True),  # UK GDPR, no NIS2
    ("US", False, False), ("AU", False, False), ("CH", False, False),
])
def test_nis2_and_gdpr_follow_the_organisations_country(country, nis2, gdpr):
    from editor.model.regulatory import nis2_applies

    report = IncidentReport.from_json_dict({"organization": {"name": "X", "country": country},
                                            "impact": {"data_exfiltration": "claimed"}})
    assert nis2_applies(report) is nis2
    assert gdpr_applies(report) is gdpr
    keys = {k for _, k in missing_items(report, ReportStage.EARLY_WARNING)}
    assert ("item_awareness" in keys) is nis2
    assert ("item_people_affected" in keys) is gdpr
