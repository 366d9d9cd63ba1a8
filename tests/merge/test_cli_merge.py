"""`incident-editor merge INPUT… -o OUT`: any order, articles and projects, a summary per source, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

from editor.cli import main
from editor.storage import load_project

INCIDENTS = Path(__file__).resolve().parents[1] / "data" / "incidents"


def test_merge_articles_in_any_order_prints_what_each_source_brought(tmp_path, capsys):
    articles = sorted((INCIDENTS / "ravelines").glob("*.txt"))
    out = tmp_path / "one.incident.json"
    assert main(["merge", *map(str, articles[::-1]), "-o", str(out)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith("[0] 2026-02-03 fr 1-fr.txt")
    assert "    contradicted: impact/servers_affected 180 (kept 120)" in printed
    assert "    changed: incident/type malware → ransomware, ransom/status not_demanded → demanded" in printed
    assert "conflicts to settle: /impact/servers_affected" in printed
    report = load_project(out)
    assert [s.language for s in report.sources] == ["fr", "en", "nl"]
    assert report.ransom.status == "refused"


def test_merge_a_project_with_a_new_article_and_another_victim(tmp_path, capsys):
    first, second, other = sorted((INCIDENTS / "essbruck").glob("*.txt"))
    project = tmp_path / "p.incident.json"
    assert main(["merge", str(first), "-o", str(project)]) == 0
    out = tmp_path / "out.incident.json"
    assert main(["merge", str(other), str(project), str(second), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert f"left out: {other}: another sector (energy, not healthcare); nothing merged from it" in printed
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [s["published"] for s in data["sources"]] == ["2026-05-04", "2026-05-07"]
    assert "Harwick" not in json.dumps(data, ensure_ascii=False)


def test_merge_bad_input_is_one_line(tmp_path, capsys):
    missing = tmp_path / "missing.txt"
    assert main(["merge", str(missing), "-o", str(tmp_path / "x.incident.json")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(missing) in err and "no such file" in err
    assert not (tmp_path / "x.incident.json").exists()


def test_merge_needs_an_output(capsys):
    assert main(["merge", "a.txt"]) == 2
