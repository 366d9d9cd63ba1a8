"""The hand-written incidents of tests/data/incidents: merge reproduces each expected report, in any input order."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.merge import merge, merge_reports
from editor.model import pointers
from editor.model.multi import all_sources, span_text
from editor.pipeline import extract_file

INCIDENTS = Path(__file__).resolve().parents[1] / "data" / "incidents"
NAMES = sorted(p.name for p in INCIDENTS.iterdir() if (p / "expected.json").exists())


@cache
def _reports(name: str) -> tuple:
    return tuple(extract_file(p) for p in sorted((INCIDENTS / name).glob("*.txt")))


def _fresh(name: str) -> list:
    return [r.deep_copy() for r in _reports(name)]


def test_at_least_four_incidents_of_three_articles_in_two_languages():
    assert len(NAMES) >= 4
    for name in NAMES:
        reports = _reports(name)
        assert len(reports) >= 3
        assert len({r.source.language for r in reports}) >= 2
        assert len({r.source.published for r in reports}) >= 3


@pytest.mark.parametrize("name", NAMES)
def test_merge_reproduces_the_expected_report(name):
    expected = json.loads((INCIDENTS / name / "expected.json").read_text(encoding="utf-8"))
    result = merge_reports(_fresh(name)[::-1])
    report = result.report
    data = report.to_json_dict()
    assert [s.published for s in all_sources(report)] == expected["sources"]
    assert sorted(Path(r.label).name for r in result.rejected) == expected["rejected"]
    for pointer, value in expected["fields"].items():
        assert pointers.resolve(data, pointer) == value, pointer
    assert {s["service"]: s["status"] for s in data["impact"]["services"]} == expected["services"]
    assert sorted({a["category"] for a in data["response"]["actions"]}) == expected["actions"]
    services = [s["service"] for s in data["impact"]["services"]]
    history = {}
    for pointer, entries in data["history"].items():
        if pointer.startswith("/impact/services/"):
            pointer = "service:" + services[int(pointer.split("/")[3])]
        history[pointer] = [e["value"] for e in entries]
    for pointer, values in expected["history"].items():
        assert history.get(pointer) == values, pointer
    conflicts = {c["pointer"]: {"values": [v["value"] for v in c["values"]], "proposed": c["proposed"]}
                 for c in data["conflicts"]}
    assert conflicts == expected["conflicts"]


@pytest.mark.parametrize("name", NAMES)
def test_every_evidence_span_counts_in_its_own_source(name):
    report = merge_reports(_fresh(name)).report
    singles = {r.source.published: r for r in _reports(name)}
    texts = {s.text for s in all_sources(report)}
    for pointer, spans in report.evidence.items():
        for span in spans:
            covered = span_text(report, span)
            assert covered and covered.strip(), pointer
            source = all_sources(report)[span.source or 0]
            assert source.text in texts and covered in singles[source.published].source.text


@settings(max_examples=12, deadline=None)
@given(data=st.data())
def test_input_order_does_not_change_the_result(data):
    name = data.draw(st.sampled_from(NAMES))
    reports = _fresh(name)
    order = data.draw(st.permutations(range(len(reports))))
    expected = merge_reports(_fresh(name)).report.to_json_dict()
    assert merge_reports([reports[i] for i in order]).report.to_json_dict() == expected


@settings(max_examples=12, deadline=None)
@given(data=st.data())
def test_one_article_at_a_time_gives_the_same_report(data):
    # the window adds articles one by one, in the order the user finds them
    name = data.draw(st.sampled_from(NAMES))
    reports = _fresh(name)
    order = data.draw(st.permutations(range(len(reports))))
    kept = [r for r in reports if not merge_reports(_fresh(name)).rejected
            or r.source.text not in {x.source.text for x in _rejected(name)}]
    current = None
    for i in order:
        if reports[i] not in kept:
            continue
        current = reports[i] if current is None else merge(current, reports[i]).report
    assert current.to_json_dict() == merge_reports(_fresh(name)).report.to_json_dict()


def _rejected(name: str) -> list:
    reports = _fresh(name)
    labels = {r.label for r in merge_reports(reports).rejected}
    return [r for r in reports if (r.source.path or r.source.title) in labels]


@pytest.mark.parametrize("name", NAMES)
def test_contributions_read_back_what_the_merge_said(name):
    from editor.merge.contributions import contributions

    result = merge_reports(_fresh(name))
    for summary, read in zip(result.summaries, contributions(result.report)):
        assert sorted(read.changed) == sorted(summary.changed)
        assert sorted(read.contradicted) == sorted(summary.contradicted)
