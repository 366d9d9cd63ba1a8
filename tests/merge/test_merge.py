"""Merge rules on small hand-built reports: identity, evolving values, stable facts, lists, what the user typed."""

from __future__ import annotations

import re

import pytest

from editor.merge import merge, merge_reports, same_victim
from editor.merge.fields import correction_rx
from editor.model import (
    Action,
    ActionCategory,
    IncidentReport,
    Organization,
    RansomStatus,
    ServiceImpact,
    ServiceName,
    ServiceStatus,
    Source,
    Span,
    TimelineEvent,
)


def _report(text: str, published: str, language: str = "en", name: str | None = "Orvelle General Hospital",
            **values) -> IncidentReport:
    report = IncidentReport(source=Source(title=text[:20], published=published, language=language, text=text),
                            organization=Organization(name=name, sector="healthcare", country="BE"))
    whole = [Span(start=0, end=len(text))]
    report.evidence["/organization/name"] = list(whole)
    for pointer, value in values.items():
        part, field = pointer.split("__")
        setattr(getattr(report, part), field, value)
        report.evidence[f"/{part}/{field}"] = list(whole)
    return report


@pytest.mark.parametrize(("a", "b"), [
    ("Centre hospitalier régional de Orvelle", "CHR Orvelle"),
    ("Centre Hospitalier Régional d'Orvelle", "CHRO"),
    ("Orvelle General Hospital", "Algemeen Ziekenhuis Orvelle"),
    ("Orvelle", "Klinikum Orvelle"),
])
def test_same_victim_across_name_forms(a, b):
    assert same_victim(_report("x", "2026-01-01", name=a), _report("y", "2026-01-02", name=b))[0]


def test_the_hospital_in_a_town_is_the_victim_with_a_site_there():
    base = _report("x", "2026-01-01", name="Santa Brisa Medical Group")
    base.sites = ["Orvelle"]
    assert same_victim(base, _report("the hospital in Orvelle", "2026-01-02", name="the hospital in Orvelle"))[0]


def test_another_victim_is_said_and_nothing_merged():
    base = _report("first", "2026-01-01", impact__servers_affected=10)
    other = _report("second", "2026-01-02", name="Dunmore Water Company", impact__servers_affected=99)
    result = merge(base, other)
    assert [r.reason for r in result.rejected] == ["another victim (Dunmore Water Company, not Orvelle General Hospital)"]
    assert result.report.to_json_dict() == base.to_json_dict()


def test_evolving_value_takes_the_newest_and_history_keeps_the_earlier():
    day1 = _report("no ransom", "2026-01-01", ransom__status=RansomStatus.NOT_DEMANDED)
    day3 = _report("demanded", "2026-01-03", language="fr", ransom__status=RansomStatus.DEMANDED)
    report = merge(day1, day3).report
    assert report.ransom.status == RansomStatus.DEMANDED
    assert [(h.value, h.source, h.as_of) for h in report.history["/ransom/status"]] == [
        ("not_demanded", 0, "2026-01-01"), ("demanded", 1, "2026-01-03")]
    # an older article added later goes into the history in its place, not on top
    older = _report("older", "2025-12-31", ransom__status=RansomStatus.UNKNOWN)
    assert merge(report, older).report.ransom.status == RansomStatus.DEMANDED


def test_a_conflict_is_listed_and_the_earlier_value_kept():
    day1 = _report("120 servers", "2026-01-01", impact__servers_affected=120)
    day3 = _report("180 servers", "2026-01-03", impact__servers_affected=180)
    report = merge(day3, day1).report
    assert report.impact.servers_affected == 120
    [conflict] = report.conflicts
    assert conflict.pointer == "/impact/servers_affected" and conflict.reason == "differs"
    assert [(v.value, v.source) for v in conflict.values] == [(120, 0), (180, 1)]
    assert conflict.proposed is None


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "A new count puts the figure at 180 servers."),
    ("en", "180 servers were hit, instead of the 120 reported."),
    ("fr", "Un nouveau bilan fait état de 180 serveurs."),
    ("fr", "Le chiffre a été révisé : 180 serveurs."),
    ("nl", "Een nieuwe telling spreekt van 180 servers."),
    ("nl", "Het gaat om 180 servers in plaats van 120."),
    ("de", "Eine neue Zählung ergab 180 Server."),
    ("de", "Die Zahl wurde auf 180 Server korrigiert."),
])
def test_an_explicit_correction_is_proposed_and_still_a_conflict(language, sentence):
    day1 = _report("120 servers", "2026-01-01", impact__servers_affected=120)
    day3 = _report(sentence, "2026-01-03", language=language, impact__servers_affected=180)
    report = merge(day1, day3).report
    assert report.impact.servers_affected == 120
    [conflict] = report.conflicts
    assert (conflict.reason, conflict.proposed) == ("correction", 180)


def test_correction_cues_do_not_fire_on_plain_sentences():
    for language, plain in (("en", "The count of servers is 180."), ("fr", "Le bilan est de 180 serveurs."),
                            ("nl", "Er zijn 180 servers getroffen."), ("de", "180 Server sind betroffen.")):
        assert correction_rx(language).search(plain) is None, plain


def test_a_user_edited_field_is_never_overwritten():
    base = _report("120 servers, not demanded", "2026-01-01", impact__servers_affected=120,
                   ransom__status=RansomStatus.NOT_DEMANDED)
    base.impact.servers_affected = 150
    base.ransom.status = RansomStatus.REFUSED
    base.user_edited = ["/impact/servers_affected", "/ransom/status"]
    new = _report("demanded, 120", "2026-01-03", impact__servers_affected=120, ransom__status=RansomStatus.DEMANDED)
    report = merge(base, new).report
    assert (report.impact.servers_affected, report.ransom.status) == (150, RansomStatus.REFUSED)
    proposals = {c.pointer: (c.reason, c.proposed, c.values[0].value, c.values[0].source) for c in report.conflicts}
    assert proposals["/ransom/status"] == ("user_edited", "demanded", "refused", None)
    assert proposals["/impact/servers_affected"] == ("user_edited", 120, 150, None)
    assert report.user_edited == ["/impact/servers_affected", "/ransom/status"]
    # and merging yet another article keeps the typed values too
    later = _report("paid", "2026-01-05", ransom__status=RansomStatus.PAID)
    again = merge(report, later).report
    assert again.ransom.status == RansomStatus.REFUSED
    assert {c.pointer: c.proposed for c in again.conflicts}["/ransom/status"] == "paid"


def test_lists_are_united_without_duplicates_and_the_timeline_in_one_order():
    a = _report("a", "2026-01-01")
    a.sites = ["Orvelle", "Brisac"]
    a.response.actions = [Action(category=ActionCategory.CRISIS_CELL, description="crisis cell set up")]
    a.timeline = [TimelineEvent(when="2026-01-01T03:00", what="alerts"), TimelineEvent(when="2026-01-01", what="x")]
    a.impact.services = [ServiceImpact(service=ServiceName.RADIOLOGY, status=ServiceStatus.DEGRADED)]
    b = _report("b", "2026-01-04", language="fr")
    b.sites = ["orvelle", "Tamise"]
    b.response.actions = [Action(category=ActionCategory.CRISIS_CELL, description="cellule de crise")]
    b.timeline = [TimelineEvent(when="2026-01-01T03:00", what="alertes"), TimelineEvent(when="2025-12-31", what="y")]
    b.impact.services = [ServiceImpact(service=ServiceName.RADIOLOGY, status=ServiceStatus.OPERATIONAL, note="rétabli")]
    report = merge(b, a).report
    assert report.sites == ["Orvelle", "Brisac", "Tamise"]
    assert [x.description for x in report.response.actions] == ["crisis cell set up"]
    assert [e.when for e in report.timeline] == ["2025-12-31", "2026-01-01", "2026-01-01T03:00"]
    [service] = report.impact.services
    assert (service.status, service.note, service.as_of) == (ServiceStatus.OPERATIONAL, "rétabli", "2026-01-04")
    assert [h.value for h in report.history["/impact/services/0/status"]] == ["degraded", "operational"]


def test_evidence_keeps_its_source_index():
    a = _report("Day one: 120 servers.", "2026-01-01", impact__servers_affected=120)
    b = _report("Tag drei: die Polizei ermittelt.", "2026-01-03", language="de",
                ransom__status=RansomStatus.NOT_DEMANDED)
    report = merge(b, a).report
    assert report.evidence["/impact/servers_affected"] == [Span(start=0, end=21)]
    assert report.evidence["/ransom/status"] == [Span(start=0, end=32, source=1)]
    assert report.sources[1].text.startswith("Tag drei")


def test_the_same_article_twice_is_one_source():
    a = _report("only one", "2026-01-01", impact__servers_affected=7)
    report = merge_reports([a, a.deep_copy(), merge(a, a.deep_copy()).report]).report
    assert report.sources == [] and report.impact.servers_affected == 7 and report.history == {}
    assert report.conflicts == []


def test_merge_keeps_the_projects_report_metadata():
    base = _report("a", "2026-01-01")
    base.report.title = "Orvelle incident"
    base.lessons_learned.text = "typed lessons"
    new = _report("b", "2026-01-02")
    report = merge(new, base).report
    assert (report.report.title, report.lessons_learned.text) == ("Orvelle incident", "typed lessons")
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", report.sources[1].published)


def test_any_valid_reports_merge_into_a_valid_report():
    # history, conflicts and user_edited of a file may hold anything the model accepts: never a crash
    import sys
    from pathlib import Path

    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))
    from report_strategies import incident_reports
    from strategies import reports

    from editor.storage import loads_project, project_bytes

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(reports | incident_reports(), min_size=1, max_size=3))
    def check(inputs):
        merged = merge_reports(inputs).report
        assert loads_project(project_bytes(merged)) == merged

    check()
