"""Project files: lossless round trip, permissions, schema versions, hostile JSON, the schema file, recovery files."""

from __future__ import annotations

import json
import os
import stat
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from strategies import reports

from editor import resources, storage
from editor.errors import InputError
from editor.model import SCHEMA_VERSION, IncidentReport, ServiceName, ServiceStatus
from editor.model.report import ServiceImpact, Span, TimelineEvent
from editor.model.schema import json_schema_text

FUZZ = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _sample_report() -> IncidentReport:
    report = IncidentReport()
    report.organization.name = "Hôpital d'exemple — Süd 病院"
    report.organization.country = "BE"
    report.impact.servers_affected = 12
    report.impact.services = [ServiceImpact(service=ServiceName.RADIOLOGY, status=ServiceStatus.DEGRADED)]
    report.timeline = [TimelineEvent(when="2022-05-14T03:00", what="alerts")]
    report.evidence = {"/impact/servers_affected": [Span(start=3, end=9)]}
    report.confidence = {"/impact/servers_affected": 0.8}
    return report


# --- round trip ------------------------------------------------------------------------------------

@FUZZ
@given(reports)
def test_save_load_is_lossless(report: IncidentReport) -> None:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "r.incident.json"
        storage.save_project(report, target)
        loaded = storage.load_project(target)
    assert loaded == report
    assert loaded.to_json_dict() == report.to_json_dict()


@FUZZ
@given(reports)
def test_every_generated_report_matches_the_committed_schema(report: IncidentReport) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(json.loads(resources.schema_file().read_text(encoding="utf-8")))
    assert list(validator.iter_errors(json.loads(storage.dumps_project(report)))) == []


def test_strategies_draw_every_model_field() -> None:
    import strategies
    from msgspec import Struct

    from editor import model

    models = {getattr(model, n) for n in model.__all__ if isinstance(getattr(model, n), type)
              and issubclass(getattr(model, n), Struct)} - {model.Span}  # spans come from a composite
    assert models == set(strategies.COVERED), "a model class has no strategy"
    for cls, drawn in strategies.COVERED.items():
        left_out = set(cls.__struct_fields__) - drawn - ({"schema_version"} if cls is IncidentReport else set())
        assert not left_out, f"{cls.__name__}: the strategy never draws {sorted(left_out)}"


def test_round_trip_keeps_unicode_evidence_and_confidence(tmp_path: Path) -> None:
    report = _sample_report()
    target = tmp_path / "a.incident.json"
    storage.save_project(report, target)
    text = target.read_text(encoding="utf-8")
    assert "病院" in text  # stored as UTF-8, not \u escapes: diff-friendly
    loaded = storage.load_project(target)
    assert loaded.evidence["/impact/servers_affected"][0].end == 9
    assert loaded.confidence == {"/impact/servers_affected": 0.8}
    assert loaded == report


def test_project_files_are_private(tmp_path: Path) -> None:
    target = tmp_path / "p.incident.json"
    old_umask = os.umask(0)  # the most permissive umask must still give 0600
    try:
        storage.save_project(_sample_report(), target)
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    target.chmod(0o644)  # an existing, wider file is narrowed again on save
    storage.save_project(_sample_report(), target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_save_leaves_no_temp_files(tmp_path: Path) -> None:
    for _ in range(3):
        storage.save_project(_sample_report(), tmp_path / "p.incident.json")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.incident.json"]


# --- schema versions -------------------------------------------------------------------------------

def test_newer_schema_version_is_refused_clearly(tmp_path: Path) -> None:
    data = _sample_report().to_json_dict()
    data["schema_version"] = SCHEMA_VERSION + 1
    target = tmp_path / "future.incident.json"
    target.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError) as info:
        storage.load_project(target)
    message = str(info.value)
    assert message.startswith(str(target)) and "newer version" in message and "\n" not in message


@pytest.mark.parametrize("version", [0, None])
def test_older_schema_is_migrated(tmp_path: Path, version: int | None) -> None:
    data = _sample_report().to_json_dict()
    del data["report"]  # version 0: plain spec JSON from another tool, no report metadata
    if version is None:
        del data["schema_version"]
    else:
        data["schema_version"] = version
    target = tmp_path / "old.incident.json"
    target.write_text(json.dumps(data), encoding="utf-8")
    loaded = storage.load_project(target)
    assert loaded.schema_version == SCHEMA_VERSION
    assert loaded.organization.name == _sample_report().organization.name
    storage.save_project(loaded, target)
    assert json.loads(target.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION


@pytest.mark.parametrize("value", ["1", 1.5, True, [1]])
def test_schema_version_of_wrong_type(value: object) -> None:
    with pytest.raises(InputError, match="schema_version"):
        storage.loads_project(json.dumps({"schema_version": value}), "x.incident.json")


# --- hostile or broken content ---------------------------------------------------------------------

@pytest.mark.parametrize(("patch", "field"), [
    ({"impact": {"servers_affected": "lots"}}, "impact.servers_affected"),
    ({"impact": {"servers_affected": -3}}, "impact.servers_affected"),
    ({"organization": {"country": "Belgium"}}, "organization.country"),
    ({"incident": {"type": "alien"}}, "incident.type"),
    ({"incident": {"start_date": "14/05/2022"}}, "incident.start_date"),
    ({"timeline": {"when": "x"}}, "timeline"),
    ({"timeline": ["just text"]}, "timeline.0"),
    ({"impact": {"services": [{"service": "radiology"}]}}, "impact.services.0.status"),
    ({"response": {"actions": [{"description": "no category"}]}}, "response.actions.0.category"),
    ({"evidence": {"not-a-pointer": []}}, "evidence"),
    ({"evidence": {"/ransom/status": [{"start": 9, "end": 2}]}}, "evidence"),
    ({"confidence": {"/ransom/status": 1.5}}, "confidence"),
    ({"source": "an article"}, "source"),
])
def test_wrong_types_and_missing_keys_name_the_field(patch: dict, field: str) -> None:
    with pytest.raises(InputError) as info:
        storage.loads_project(json.dumps(patch), "bad.incident.json")
    message = str(info.value)
    assert message.startswith("bad.incident.json: ") and field in message and "\n" not in message


def test_missing_optional_keys_take_defaults() -> None:
    loaded = storage.loads_project('{"organization": {"name": "X"}}')
    assert loaded.organization.name == "X" and loaded.timeline == [] and loaded.ransom.status is None


@pytest.mark.parametrize("text", ["[]", "42", "null", '"a string"', "true", "[{}]"])
def test_json_that_is_not_an_object(text: str) -> None:
    with pytest.raises(InputError, match="not a JSON object"):
        storage.loads_project(text, "x.incident.json")


def test_truncated_json_at_every_tenth_of_the_file() -> None:
    text = storage.dumps_project(_sample_report())
    for i in range(1, 10):
        cut = text[: len(text) * i // 10]
        with pytest.raises(InputError, match="not valid JSON"):
            storage.loads_project(cut, "cut.incident.json")


@pytest.mark.parametrize("opener", ["[", '{"a":', '{"timeline":['])
def test_json_nested_100000_deep(opener: str) -> None:
    closer = {"[": "]", '{"a":': "}", '{"timeline":[': "]}"}[opener]
    text = opener * 100_000 + "1" + closer * 100_000
    started = time.monotonic()
    with pytest.raises(InputError, match="nested too deeply|not valid JSON|not a JSON object|timeline"):
        storage.loads_project(text, "deep.incident.json")
    assert time.monotonic() - started < 5


def test_invalid_utf8_is_an_input_error(tmp_path: Path) -> None:
    target = tmp_path / "bin.incident.json"
    target.write_bytes(b'{"organization": {"name": "\xff\xfe"}}')
    with pytest.raises(InputError) as info:
        storage.load_project(target)
    assert str(target) in str(info.value)


@pytest.mark.slow
def test_million_timeline_rows_load_within_bounded_time() -> None:
    """10^6 rows (33 MB of JSON): measured 5.8 s / 840 MB peak on the 2-core dev box; bound 60 s."""
    rows = ",".join(['{"what":"x","when":"2022-05-14"}'] * 10**6)
    text = '{"schema_version":1,"timeline":[' + rows + "]}"
    started = time.monotonic()
    try:
        loaded = storage.loads_project(text, "big.incident.json")
    except InputError:  # refusing is acceptable too, if it is quick and clear
        loaded = None
    elapsed = time.monotonic() - started
    print(f"10^6 timeline rows: {elapsed:.1f} s", file=sys.stderr)
    assert elapsed < 60
    if loaded is not None:
        assert len(loaded.timeline) == 10**6


def _sparse(path: Path, size: int) -> None:
    with path.open("wb") as handle:  # a sparse file: big on paper, no disk used
        handle.truncate(size)


@pytest.mark.parametrize(("make", "problem"), [
    (lambda p: p.mkdir(), "is a directory"),
    (lambda p: None, "no such file"),
    (lambda p: p.write_bytes(b""), "empty"),
    (lambda p: p.write_bytes(b"  \n\t "), "empty"),
    (lambda p: _sparse(p, storage.MAX_PROJECT_BYTES + 1), "larger than"),
])
def test_unloadable_files(tmp_path: Path, make, problem: str) -> None:
    target = tmp_path / "p.incident.json"
    make(target)
    started = time.monotonic()
    with pytest.raises(InputError) as info:
        storage.load_project(target)
    assert time.monotonic() - started < 2
    assert str(info.value) == f"{target}: {info.value.problem}" and problem in info.value.problem


# --- the schema file -------------------------------------------------------------------------------

def test_committed_schema_is_current() -> None:
    committed = resources.schema_file().read_text(encoding="utf-8")
    assert committed == json_schema_text(), "run: python -m editor.model.schema > resources/schema/incident.schema.json"


def test_seed_extraction_validates_against_the_schema(seed_article: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from editor.pipeline import extract_file

    report = extract_file(seed_article, published=date(2022, 5, 15))
    schema = json.loads(resources.schema_file().read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(report.to_json_dict())]
    assert errors == []


def test_schema_rejects_what_the_model_rejects() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(resources.schema_file().read_text(encoding="utf-8"))
    bad = _sample_report().to_json_dict()
    bad["impact"]["servers_affected"] = -1
    bad["incident"]["type"] = "alien"
    assert len(list(jsonschema.Draft202012Validator(schema).iter_errors(bad))) == 2


# --- recovery files --------------------------------------------------------------------------------

def test_recovery_write_list_read_discard(tmp_path: Path) -> None:
    assert storage.list_recoveries() == []
    document = tmp_path / "doc.incident.json"
    first = storage.write_recovery(_sample_report(), storage.recovery_key(document, "s1"), document)
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    second_report = _sample_report()
    second_report.organization.name = "Untitled one"
    time.sleep(0.01)
    second = storage.write_recovery(second_report, storage.recovery_key(None, "s2"))
    found = storage.list_recoveries()
    assert [r["path"] for r in found] == [second, first]  # newest first
    assert found[1]["document"] == str(document) and found[0]["document"] is None
    assert found[0]["pid"] == os.getpid()
    assert storage.read_recovery(first) == _sample_report()
    assert storage.read_recovery(second).organization.name == "Untitled one"
    storage.discard_recovery(first)
    storage.discard_recovery(first)  # twice is harmless
    assert [r["path"] for r in storage.list_recoveries()] == [second]


def test_recovery_key_is_one_file_per_document_and_session(tmp_path: Path) -> None:
    doc = tmp_path / "a.incident.json"
    assert storage.recovery_key(doc, "s1") == storage.recovery_key(doc, "s1")
    assert storage.recovery_key(None, "s1") != storage.recovery_key(None, "s2")
    # rewriting a session's recovery for the same document replaces it instead of piling up files
    storage.write_recovery(_sample_report(), storage.recovery_key(doc, "s1"), doc)
    storage.write_recovery(_sample_report(), storage.recovery_key(doc, "s1"), doc)
    assert len(storage.list_recoveries()) == 1
    # another session (the editor started again after a crash) never writes over the crashed one's file
    assert storage.recovery_key(doc, "s1") != storage.recovery_key(doc, "s2")
    storage.write_recovery(_sample_report(), storage.recovery_key(doc, "s2"), doc)
    assert len(storage.list_recoveries()) == 2


def test_recovery_entries_name_their_file_title_and_article(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "article.txt"
    article.write_text("text", encoding="utf-8")
    report = _sample_report()
    report.report.title = "Cyberattaque contre le centre"
    storage.write_recovery(report, "k1", Path("doc.incident.json"), Path("article.txt"))
    entry = storage.list_recoveries()[0]
    # absolute paths, so a later start from another folder still finds them
    assert entry["document"] == str(tmp_path / "doc.incident.json") and entry["origin"] == str(article)
    assert entry["title"] == "Cyberattaque contre le centre"
    assert storage.entry_file(entry) == str(tmp_path / "doc.incident.json")


def test_recoveries_for_a_file_skip_other_files_and_older_autosaves(tmp_path: Path) -> None:
    project, article, other = (tmp_path / n for n in ("p.incident.json", "a.txt", "o.incident.json"))
    for path in (project, article, other):
        path.write_text("{}", encoding="utf-8")
    storage.write_recovery(_sample_report(), "p", project, article)
    storage.write_recovery(_sample_report(), "a", None, article)
    storage.write_recovery(_sample_report(), "o", other)
    entries = storage.list_recoveries()
    assert {e["path"].name for e in storage.recoveries_for(project, entries)} == {"p.recovery.json"}
    assert {e["path"].name for e in storage.recoveries_for(article, entries)} == {"p.recovery.json",
                                                                                  "a.recovery.json"}
    later = time.time() + 60  # the project was written after the autosave: that autosave is not offered
    os.utime(project, (later, later))
    assert storage.recoveries_for(project, entries) == []
    assert storage.superseded(next(e for e in entries if e["path"].name == "p.recovery.json"))


def test_a_recovery_file_of_the_previous_version_is_still_matched_and_named(tmp_path: Path) -> None:
    project = tmp_path / "old.incident.json"
    project.write_text("{}", encoding="utf-8")
    os.utime(project, (time.time() - 3600, time.time() - 3600))
    report = _sample_report()
    report.report.title = "Older title"
    # written before origin, title and owner were recorded; its editor died
    payload = {"document": str(project), "saved_at": time.time(), "pid": 2**22 + 12345,
               "report": report.to_json_dict()}
    (storage.recovery_dir() / "legacy.recovery.json").write_text(json.dumps(payload), encoding="utf-8")
    entries = storage.list_recoveries()
    assert entries[0]["title"] == "Older title" and not storage.owner_alive(entries[0])
    assert storage.recoveries_for(project, entries) == entries


def test_owner_alive_tells_a_running_editor_from_a_dead_zombie_or_reused_pid(tmp_path: Path) -> None:
    import subprocess

    storage.write_recovery(_sample_report(), "mine")
    mine = storage.list_recoveries()[0]
    assert storage.owner_alive(mine)
    assert not storage.owner_alive(dict(mine, pid=2**22 + 12345))
    if not Path("/proc/self/stat").exists():
        pytest.skip("needs /proc to tell a zombie or a reused process id")
    # the same process id, but another process (a reboot, or the id handed out again)
    assert not storage.owner_alive(dict(mine, owner="another-boot:1"))
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    try:
        deadline = time.monotonic() + 30
        while Path(f"/proc/{child.pid}/stat").read_text().rpartition(")")[2].split()[0] != "Z":
            assert time.monotonic() < deadline
            time.sleep(0.01)
        # a crashed editor its parent has not reaped yet still answers kill(pid, 0): not an owner
        os.kill(child.pid, 0)
        assert not storage.owner_alive(dict(mine, pid=child.pid, owner=None))
    finally:
        child.wait()


def test_recovery_file_that_is_not_an_object_is_listed_out() -> None:
    (storage.recovery_dir() / "list.recovery.json").write_text("[1, 2]", encoding="utf-8")
    assert storage.list_recoveries() == []


def test_broken_recovery_files_are_listed_out_and_refused() -> None:
    folder = storage.recovery_dir()
    (folder / "junk.recovery.json").write_text("{not json", encoding="utf-8")
    (folder / "empty.recovery.json").write_bytes(b"")
    assert storage.list_recoveries() == []
    (folder / "list.recovery.json").write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(InputError):
        storage.read_recovery(folder / "junk.recovery.json")
    with pytest.raises(InputError, match="not a JSON object"):
        storage.read_recovery(folder / "list.recovery.json")
    bad_report = folder / "bad.recovery.json"
    bad_report.write_text(json.dumps({"report": {"impact": {"servers_affected": "x"}}}), encoding="utf-8")
    with pytest.raises(InputError, match="impact.servers_affected"):
        storage.read_recovery(bad_report)


def test_recovery_folder_is_private() -> None:
    assert stat.S_IMODE(storage.recovery_dir().stat().st_mode) & 0o077 == 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux shortcut only")
@pytest.mark.parametrize("kind", ["data", "cache"])
@pytest.mark.parametrize("xdg", [None, "", "   ", "/srv/xdg-{kind}", "relative/xdg"])
def test_user_folders_are_where_platformdirs_puts_them(monkeypatch, tmp_path, kind, xdg):
    import platformdirs

    from editor import resources

    variable = {"data": "XDG_DATA_HOME", "cache": "XDG_CACHE_HOME"}[kind]
    monkeypatch.delenv("INCIDENT_EDITOR_TEST_FOLDER", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    if xdg is None:
        monkeypatch.delenv(variable, raising=False)
    else:
        monkeypatch.setenv(variable, xdg.format(kind=kind))
    expected = getattr(platformdirs, f"user_{kind}_path")("incident-editor", appauthor=False)
    assert resources.user_folder(kind, "INCIDENT_EDITOR_TEST_FOLDER") == expected
    monkeypatch.setenv("INCIDENT_EDITOR_TEST_FOLDER", str(tmp_path / "elsewhere"))
    assert resources.user_folder(kind, "INCIDENT_EDITOR_TEST_FOLDER") == tmp_path / "elsewhere"
