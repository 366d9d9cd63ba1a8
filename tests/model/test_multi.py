"""Several articles, one incident in the model: sources, history, conflicts, a span's source index."""

from __future__ import annotations

import json

from editor.model import Conflict, ConflictValue, HistoryEntry, IncidentReport, Source, Span
from editor.model.multi import all_sources, canonical_sources, span_source, span_text
from editor.storage import dumps_project, load_project, loads_project, save_project


def _two_sources() -> IncidentReport:
    first = Source(title="Day one", published="2026-03-02", language="en", text="120 servers were hit.")
    second = Source(title="Tag drei", published="2026-03-04", language="de", text="Jetzt sind es 180 Server.")
    return IncidentReport(
        source=first, sources=[first, second],
        evidence={"/impact/servers_affected": [Span(start=0, end=21), Span(start=0, end=25, source=1)]},
        history={"/ransom/status": [HistoryEntry(value="not_demanded", source=0, as_of="2026-03-02"),
                                    HistoryEntry(value="demanded", source=1, as_of="2026-03-04")]},
        conflicts=[Conflict(pointer="/impact/servers_affected", reason="differs",
                            values=[ConflictValue(value=120, source=0), ConflictValue(value=180, source=1)])])


def test_span_without_source_is_written_as_before():
    report = IncidentReport(source=Source(text="abc"), evidence={"/sites/0": [Span(start=0, end=3)]})
    assert report.to_json_dict()["evidence"] == {"/sites/0": [{"start": 0, "end": 3}]}
    assert span_source(report.evidence["/sites/0"][0]) == 0


def test_span_source_index_counts_in_that_source():
    report = _two_sources()
    spans = report.evidence["/impact/servers_affected"]
    assert [span_text(report, s) for s in spans] == ["120 servers were hit.", "Jetzt sind es 180 Server."]
    assert report.to_json_dict()["evidence"]["/impact/servers_affected"][1] == {"start": 0, "end": 25, "source": 1}


def test_project_file_keeps_sources_history_conflicts_exactly(tmp_path):
    report = _two_sources()
    target = tmp_path / "x.incident.json"
    save_project(report, target)
    back = load_project(target)
    for key in ("sources", "history", "conflicts", "evidence"):
        assert back.to_json_dict()[key] == report.to_json_dict()[key]
    assert back == report


def test_older_file_with_further_sources_loads_main_first():
    # schema_version 1 files listed only further articles in "sources" (the form's "Further sources" table)
    old = {"schema_version": 1, "source": {"title": "Main", "text": "main text"},
           "sources": [{"title": "Typed reference", "url": "https://example.invalid/a"}]}
    report = loads_project(json.dumps(old))
    assert [s.title for s in all_sources(report)] == ["Main", "Typed reference"]
    assert report.history == {} and report.conflicts == []
    canonical_sources(report)
    assert [s.title for s in report.sources] == ["Main", "Typed reference"]
    assert [s.title for s in all_sources(loads_project(dumps_project(report)))] == ["Main", "Typed reference"]


def test_one_article_report_has_one_source():
    report = IncidentReport(source=Source(title="Only", text="t"))
    assert [s.title for s in all_sources(report)] == ["Only"]
    canonical_sources(report)
    assert report.sources == []


def test_main_source_edits_win_over_the_copy_in_sources():
    report = _two_sources()
    report.source.title = "Edited in the form"
    report.source = Source(**{**report.source.to_plain(), "title": "Edited in the form"})
    assert [s.title for s in all_sources(report)] == ["Edited in the form", "Tag drei"]


def test_docx_round_trip_keeps_sources_history_conflicts_exactly(tmp_path):
    from editor.export import write
    from editor.export.roundtrip import read_embedded_report

    report = _two_sources()
    write(report, tmp_path / "r.docx")
    back = read_embedded_report(tmp_path / "r.docx")
    for key in ("sources", "history", "conflicts", "evidence"):
        assert back.to_json_dict()[key] == report.to_json_dict()[key]
