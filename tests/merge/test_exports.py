"""Exports of an incident told by several articles: sources, history, conflicts, Evolution, submission sheets."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from editor.export import ExportOptions, render, write
from editor.export.roundtrip import read_embedded_report
from editor.merge import merge_reports
from editor.model import IncidentReport, ReportStage
from editor.model.multi import record_submission
from editor.pipeline import extract_file

INCIDENTS = Path(__file__).resolve().parents[1] / "data" / "incidents"


@cache
def _merged(name: str = "ravelines") -> IncidentReport:
    return merge_reports([extract_file(p) for p in sorted((INCIDENTS / name).glob("*.txt"))]).report


def _report(name: str = "ravelines") -> IncidentReport:
    return _merged(name).deep_copy()


def test_markdown_has_the_evolution_by_source_and_a_sheet_per_stage():
    report = _report()
    report.report.stage = ReportStage.INCIDENT_NOTIFICATION
    report.submissions = []
    md = render(report, "md").decode("utf-8")
    evolution = md.split("Evolution of the incident", 2)[2].split("\n## ", 1)[0]
    assert "Changed — Ransom status: No demand reported → Demanded" in evolution
    assert "Contradicted — Servers affected: 180 (source 1 gave 120; to be settled)" in evolution
    assert "Changed — Radiology: Degraded → Operational" in evolution
    assert "Added — Threat actor: GreyLynx" in evolution
    assert "Submission sheet: Incident notification" in md and "Submission sheet: Early warning" not in md
    assert "Centre for Cybersecurity Belgium (CCB)" in md
    assert "| Indicators of compromise | Threat actor named: GreyLynx |" in md
    assert "| Possible cross-border impact | To be completed |" in md
    assert "| Categories and approximate number of records | To be completed |" in md


def test_each_submitted_stage_keeps_its_sheet_and_evolution_says_what_changed_since():
    first = extract_file(sorted((INCIDENTS / "ravelines").glob("*.txt"))[0])
    record_submission(first, "2026-02-03T18:00")
    later = merge_reports([first, *[extract_file(p) for p in sorted((INCIDENTS / "ravelines").glob("*.txt"))[1:]]])
    report = later.report
    assert [s.stage for s in report.submissions] == [ReportStage.EARLY_WARNING]
    report.report.stage = ReportStage.INCIDENT_NOTIFICATION
    md = render(report, "md").decode("utf-8")
    assert "Submission sheet: Early warning" in md and "Submission sheet: Incident notification" in md
    assert md.count("GDPR Art. 33, to ") == 1  # one notification, completed as the incident unfolds
    since = md.split("Since the previous stage (Early warning, version 1.0", 1)[1].split("**Source 1", 1)[0]
    assert "Ransom status: No demand reported → Refused" in since
    assert "Radiology: Degraded → Operational" in since
    assert "Servers affected" not in since  # a conflict keeps the earlier value: nothing changed yet


@pytest.mark.parametrize(("language", "country", "authority", "evolution", "tbc"), [
    ("fr", "FR", "(ANSSI)", "Évolution de l’incident", "À compléter"),
    ("de", "DE", "(BSI)", "Entwicklung des Vorfalls", "Noch zu ergänzen"),
    ("nl", "NL", "(NCSC)", "Verloop van het incident", "In te vullen"),
    ("en", "BE", "(CCB)", "Evolution of the incident", "To be completed"),
])
def test_labels_in_the_report_language_and_the_authority_from_the_country(language, country, authority,
                                                                        evolution, tbc):
    report = _report()
    report.organization.country = country
    md = render(report, "md", ExportOptions(language=language)).decode("utf-8")
    assert evolution in md and authority in md and tbc in md


def test_json_veris_stix_carry_sources_and_history():
    report = _report()
    data = json.loads(render(report, "json"))
    assert len(data["sources"]) == 3 and data["history"]["/ransom/status"][0]["value"] == "not_demanded"
    assert data["conflicts"][0]["pointer"] == "/impact/servers_affected"
    veris = json.loads(render(report, "veris"))
    assert veris["reference"].count("2026-02-") == 3
    assert "Ransom status: No demand reported (3 February 2026, Source 1) → Demanded" in veris["notes"]
    stix = json.loads(render(report, "stix"))
    kinds = [o["type"] for o in stix["objects"]]
    assert kinds.count("report") == 3 and kinds.count("incident") == 1 and kinds.count("note") == 1
    published = sorted(o["published"][:10] for o in stix["objects"] if o["type"] == "report")
    assert published == ["2026-02-03", "2026-02-05", "2026-02-11"]


def test_one_article_exports_keep_their_shape():
    single = extract_file(sorted((INCIDENTS / "ravelines").glob("*.txt"))[0])
    stix = json.loads(render(single, "stix"))
    assert [o["type"] for o in stix["objects"]].count("report") == 1
    assert "Evolution of the incident" not in render(single, "md").decode("utf-8")


def test_docx_round_trip_keeps_sources_history_conflicts_and_has_the_evolution(tmp_path):
    from docx import Document

    report = _report()
    target = tmp_path / "r.docx"
    write(report, target)
    back = read_embedded_report(target)
    for key in ("sources", "history", "conflicts", "evidence", "submissions"):
        assert back.to_json_dict()[key] == report.to_json_dict()[key]
    text = "\n".join(p.text for p in Document(str(target)).paragraphs)
    assert "Evolution of the incident" in text and "Changed — Ransom status: No demand reported → Demanded" in text
    assert "Submission sheet: Early warning" in text


def test_the_regulatory_table_names_the_countrys_authorities():
    report = _report()
    report.organization.country = "DE"
    md = render(report, "md", ExportOptions(language="de")).decode("utf-8")
    table = md.split("| Pflicht |", 1)[1].split("\n\n", 1)[0]
    assert "Bundesamt für Sicherheit in der Informationstechnik (BSI)" in table
    assert "Landesdatenschutzbehörde" in table
