"""Batch mode: a generated corpus with broken files, resume, naming, hostile workers, Ctrl-C, the CLI."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import mmap
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from editor import batch, batch_pool, batch_summary
from editor.cli import main
from editor.errors import EditorError
from editor.storage import load_project

ROOT = Path(__file__).resolve().parent.parent
TESTS = Path(__file__).resolve().parent


def _make_corpus():
    spec = importlib.util.spec_from_file_location("make_batch_corpus", ROOT / "tools" / "make_batch_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.make_corpus


make_corpus = _make_corpus()


def _summary(out: Path) -> dict:
    return json.loads((out / batch.SUMMARY_JSON).read_text(encoding="utf-8"))


def _by_status(out: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {"ok": set(), "failed": set(), "skipped": set()}
    for row in _summary(out)["files"]:
        found[row["status"]].add(row["file"])
    return found


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


ARTICLE = ("Cyberattack at a regional hospital\n\nMarch 3, 2023\n\nThe hospital was hit by ransomware on "
           "March 2. Some 40 servers were encrypted and 120 appointments were cancelled.\n")


# --- workers substituted by tests (module level: the pool pickles them by name) -----------------------

def slow_worker(job: dict) -> dict:
    """Like process_file, half a second slower (a minute for '*-slow.txt'): Ctrl-C lands mid-run."""
    time.sleep(60 if "-slow" in job["path"] else 0.5)
    return batch.process_file(job)


def hostile_worker(job: dict) -> dict:
    """Hangs beyond reach of SIGALRM on 'hang', kills its own process on 'crash', else works normally."""
    name = Path(job["path"]).name
    if "hang" in name:
        signal.signal(signal.SIGALRM, signal.SIG_IGN)  # as if stuck in C code the soft timeout cannot reach
        time.sleep(3600)
    if "crash" in name:
        os.kill(os.getpid(), signal.SIGKILL)  # a segfault in a parser looks like this to the parent
    if "raise" in name:
        raise ValueError("a bug outside process_file's safety net")
    return batch.process_file(job)


def flaky_worker(job: dict) -> dict:
    """Fails like a full disk while a '<input>.disk-full' file exists beside the input, else works normally."""
    path = Path(job["path"])
    if Path(f"{path}.disk-full").exists():
        return {"key": job["key"], "status": "failed", "error": f"{path}: no space left on device", "outputs": [],
                "facts": {}, "seconds": 0.0, **batch.file_fingerprint(path)}
    return batch.process_file(job)


def mapping_worker(job: dict) -> dict:
    """Reserves 8 GiB of address space without touching it: only the per-worker memory limit refuses."""
    try:
        region = mmap.mmap(-1, 8 * 1024 ** 3)
    except (OSError, MemoryError):
        return {"key": job["key"], "status": "failed", "error": "refused by the memory limit", "outputs": []}
    region.close()
    return {"key": job["key"], "status": "ok", "error": "", "outputs": []}


# --- acceptance at small scale ---------------------------------------------------------------------

def test_forty_articles_two_broken_then_resume(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    made = make_corpus(corpus, count=40, broken=0.05, seed=7)
    assert len(made["broken"]) == 2
    stream = io.StringIO()
    code = batch.run_batch([corpus], out, formats=["json"], jobs=2, progress=stream)
    assert code == 1
    status = _by_status(out)
    assert status["failed"] == {str(corpus / rel) for rel in made["broken"]}
    assert status["ok"] == {str(corpus / rel) for rel in made["good"]}
    assert not status["skipped"]
    summary = _summary(out)
    assert summary["counts"] == {"ok": 38, "failed": 2, "skipped": 0} and summary["interrupted"] is False
    for row in summary["files"]:
        if row["status"] == "ok":
            (name,) = row["outputs"]
            assert load_project(out / name).source.text  # the json output is a loadable incident JSON
            assert row["error"] == ""
        else:
            assert row["outputs"] == [] and row["error"].startswith(row["file"] + ": ")
            assert "\n" not in row["error"] and "Traceback" not in row["error"]
    with (out / batch.SUMMARY_CSV).open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["file"] for r in rows] == [r["file"] for r in summary["files"]]
    assert list(rows[0]) == list(batch_summary.CSV_COLUMNS)
    text = stream.getvalue()
    assert "38 ok, 2 failed, 0 skipped" in text and "files/s" in text
    assert sum(1 for line in text.splitlines() if line.startswith("[")) <= 22  # one line per 5 %, not per file

    stamps = {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.suffix == ".json"}
    rerun: list[str] = []
    real_run = batch_pool.Runner.run
    monkeypatch.setattr(batch_pool.Runner, "run", lambda self, tasks: (rerun.extend(str(t.path) for t in tasks),
                                                                   real_run(self, tasks))[1])
    again = io.StringIO()
    assert batch.run_batch([corpus], out, formats=["json"], jobs=2, progress=again) == 1  # still broken
    assert sorted(rerun) == sorted(str(corpus / rel) for rel in made["broken"])  # failures retried, not successes
    status = _by_status(out)
    assert status["skipped"] == {str(corpus / rel) for rel in made["good"]}
    assert status["failed"] == {str(corpus / rel) for rel in made["broken"]}
    assert all(r["error"].startswith(r["file"] + ": ") for r in _summary(out)["files"] if r["status"] == "failed")
    assert "40 files: 0 ok, 2 failed, 38 skipped (up to date); processed 2 in" in again.getvalue()
    outputs = {n: t for n, t in stamps.items() if not n.startswith(("summary", "."))}
    assert len(outputs) == 38 and all((out / n).stat().st_mtime_ns == t for n, t in outputs.items())


def test_a_failure_is_retried_until_it_succeeds_while_successes_stay_skipped(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    for name in ("a", "b", "c"):
        _write(src / f"{name}.txt", ARTICLE.replace("hospital", f"hospital {name}"))
    flag = _write(src / "b.txt.disk-full", "")  # b's output cannot be written: a transient cause
    assert batch.run_batch([src], out, formats=["json"], jobs=1, progress=io.StringIO(), worker=flaky_worker) == 1
    assert _by_status(out) == {"ok": {str(src / "a.txt"), str(src / "c.txt")}, "failed": {str(src / "b.txt")},
                               "skipped": set()}
    assert "no space left on device" in _summary(out)["files"][1]["error"] and not (out / "b.json").exists()
    # nothing changed: b still fails, but it was tried again (the flag is read by the worker, not the planner)
    assert batch.run_batch([src], out, formats=["json"], jobs=1, progress=io.StringIO(), worker=flaky_worker) == 1
    assert _by_status(out)["failed"] == {str(src / "b.txt")} and _summary(out)["files"][1]["seconds"] is not None
    a_done = (out / "a.json").stat().st_mtime_ns
    flag.unlink()  # space freed; b.txt itself is unchanged
    assert batch.run_batch([src], out, formats=["json"], jobs=1, progress=io.StringIO(), worker=flaky_worker) == 0
    assert _by_status(out) == {"ok": {str(src / "b.txt")}, "skipped": {str(src / "a.txt"), str(src / "c.txt")},
                               "failed": set()}
    assert load_project(out / "b.json").source.text and (out / "a.json").stat().st_mtime_ns == a_done
    assert batch.run_batch([src], out, formats=["json"], jobs=1, progress=io.StringIO(), worker=flaky_worker) == 0
    assert len(_by_status(out)["skipped"]) == 3


def test_only_changed_inputs_and_new_formats_are_redone(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    for name in ("a", "b", "c"):
        _write(src / f"{name}.txt", ARTICLE.replace("hospital", f"hospital {name}"))
    assert batch.run_batch([src], out, formats=["json"], jobs=1, progress=io.StringIO()) == 0
    b_out = out / "b.json"
    first = b_out.stat().st_mtime_ns
    time.sleep(0.01)
    _write(src / "b.txt", ARTICLE.replace("hospital", "clinic"))  # an edit → redone
    assert batch.run_batch([src], out, formats=["json"], jobs=1, progress=io.StringIO()) == 0
    assert _by_status(out) == {"ok": {str(src / "b.txt")}, "skipped": {str(src / "a.txt"), str(src / "c.txt")},
                               "failed": set()}
    assert b_out.stat().st_mtime_ns > first and "clinic" in b_out.read_text(encoding="utf-8")
    # a format not made before → every file is redone; a subset of what was made → nothing is
    assert batch.run_batch([src], out, formats=["json", "docx"], jobs=1, progress=io.StringIO()) == 0
    assert len(_by_status(out)["ok"]) == 3 and (out / "a.docx").is_file()
    assert batch.run_batch([src], out, formats=["docx"], jobs=1, progress=io.StringIO()) == 0
    assert len(_by_status(out)["skipped"]) == 3
    # another report language → redone; a deleted output → that file is redone
    (out / "c.docx").unlink()
    assert batch.run_batch([src], out, formats=["docx"], jobs=1, progress=io.StringIO()) == 0
    assert _by_status(out)["ok"] == {str(src / "c.txt")}
    assert batch.run_batch([src], out, formats=["docx"], language="de", jobs=1, progress=io.StringIO()) == 0
    assert len(_by_status(out)["ok"]) == 3


def test_manifest_from_before_the_paper_option_counts_as_a4(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    _write(src / "a.txt", ARTICLE)
    assert batch.run_batch([src], out, formats=["docx"], jobs=1, progress=io.StringIO()) == 0
    data = json.loads((out / batch.MANIFEST).read_text(encoding="ascii"))
    assert [e.pop("paper") for e in data["entries"].values()] == ["a4"]
    (out / batch.MANIFEST).write_text(json.dumps(data), encoding="ascii")
    assert batch.run_batch([src], out, formats=["docx"], jobs=1, progress=io.StringIO()) == 0
    assert _by_status(out)["skipped"] == {str(src / "a.txt")}
    assert batch.run_batch([src], out, formats=["docx"], paper="Letter", jobs=1, progress=io.StringIO()) == 0
    assert _by_status(out)["ok"] == {str(src / "a.txt")}
    with pytest.raises(EditorError, match="unknown paper size 'b5'"):
        batch.run_batch([src], out, formats=["docx"], paper="b5", jobs=1, progress=io.StringIO())


def test_corrupt_manifest_means_redo_not_crash(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    _write(src / "a.txt", ARTICLE)
    assert batch.run_batch([src], out, formats=["json"], jobs=1, progress=io.StringIO()) == 0
    (out / batch.MANIFEST).write_bytes(b"\x00garbage{")
    assert batch.run_batch([src], out, formats=["json"], jobs=1, progress=io.StringIO()) == 0
    assert _by_status(out)["ok"] == {str(src / "a.txt")}


# --- discovery and naming --------------------------------------------------------------------------

def test_discovery_skips_hidden_outdir_fifos_and_other_files(tmp_path: Path) -> None:
    src = tmp_path / "in"
    _write(src / "a.txt", ARTICLE)
    _write(src / "sub" / "b.HTML", "<html><body><p>" + ARTICLE + "</p></body></html>")
    _write(src / ".hidden.txt", ARTICLE)
    _write(src / ".git" / "c.txt", ARTICLE)
    _write(src / "notes.csv", "a,b")
    _write(src / "out" / "old.txt", ARTICLE)  # the output folder inside an input folder is never read
    os.mkfifo(src / "pipe.txt")  # reading a FIFO would block forever
    explicit = _write(tmp_path / "odd.text", ARTICLE)
    found, missing = batch.discover([src, explicit, tmp_path / "nope.txt"], src / "out")
    assert sorted(rel for _, rel in found) == ["a.txt", "odd.text", "sub/b.HTML"]
    assert missing == [str(tmp_path / "nope.txt")]


def test_missing_input_is_reported_and_fails_the_run(tmp_path: Path) -> None:
    src = _write(tmp_path / "a.txt", ARTICLE)
    stream = io.StringIO()
    assert batch.run_batch([src, tmp_path / "nope.txt"], tmp_path / "out", formats=["json"], jobs=1,
                           progress=stream) == 1
    assert _by_status(tmp_path / "out")["failed"] == {str(tmp_path / "nope.txt")}
    assert "nope.txt: no such file or folder" in stream.getvalue()


def test_output_names_avoid_collisions(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    files = [_write(one / "a.txt", ARTICLE), _write(one / "a.html", f"<p>{ARTICLE}</p>"),
             _write(one / "x" / "y.txt", ARTICLE), _write(one / "x__y.md", ARTICLE),
             _write(two / "x" / "y.txt", ARTICLE), _write(one / "summary.txt", ARTICLE),
             _write(one / "A.md", ARTICLE)]
    found, _ = batch.discover([one, two], tmp_path / "out")
    tasks = batch.assign_names(found, ["json", "docx"], tmp_path / "out")
    names = [out.name.casefold() for task in tasks for out in task.outputs.values()]
    assert len(names) == len(set(names)) == 2 * len(files)
    assert not {"summary.json", "summary.csv"} & set(names)
    stems = {task.path.relative_to(tmp_path).as_posix(): task.stem for task in tasks}
    assert stems["one/x/y.txt"].startswith("x__y") and stems["one/a.txt"] == "a.txt"
    # the same inputs always get the same names: a resumed run finds its outputs
    again = batch.assign_names(*batch.discover([one, two], tmp_path / "out")[:1], ["json", "docx"], tmp_path / "out")
    assert [t.stem for t in again] == [t.stem for t in tasks]


def test_very_long_relative_paths_give_short_unique_names(tmp_path: Path) -> None:
    deep = tmp_path / "in"
    for variant in ("a", "b"):
        _write(deep / ("d" * 90) / ("e" * 90) / f"{'f' * 60}{variant}.txt", ARTICLE)
    tasks = batch.assign_names(batch.discover([deep], tmp_path / "o")[0], ["stix"], tmp_path / "o")
    names = [t.outputs["stix"].name for t in tasks]
    assert len(set(names)) == 2 and all(len(n.encode()) <= 255 for n in names)


# --- hostile files and workers ---------------------------------------------------------------------

def test_soft_timeout_fails_the_slow_file_only(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    _write(src / "a.txt", ARTICLE)
    result = batch.process_file({"path": str(src / "a.txt"), "key": "k", "timeout": 1e-6,
                                 "outputs": {"json": str(out / "a.json")}})
    assert result["status"] == "failed" and "timed out after" in result["error"]


def test_hung_crashing_and_raising_workers_fail_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    good = [_write(src / f"good{i}.txt", ARTICLE) for i in range(5)]
    for name in ("hang.txt", "crash.txt", "raise.txt"):
        _write(src / name, ARTICLE)
    monkeypatch.setattr(batch_pool, "HARD_TIMEOUT_GRACE", 0.5)
    started = time.monotonic()
    code = batch.run_batch([src], out, formats=["json"], jobs=2, timeout=2, progress=io.StringIO(),
                           worker=hostile_worker)
    elapsed = time.monotonic() - started
    assert code == 1 and elapsed < 30
    rows = {Path(r["file"]).name: r for r in _summary(out)["files"]}
    assert {n for n, r in rows.items() if r["status"] == "ok"} == {p.name for p in good}
    assert "timed out after 2 s" in rows["hang.txt"]["error"]
    assert "worker process died" in rows["crash.txt"]["error"]
    assert "internal error: ValueError" in rows["raise.txt"]["error"]
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_workers_have_a_memory_limit(tmp_path: Path) -> None:
    src = tmp_path / "in"
    _write(src / "a.txt", ARTICLE)
    batch.run_batch([src], tmp_path / "out", formats=["json"], jobs=1, progress=io.StringIO(), worker=mapping_worker)
    assert _by_status(tmp_path / "out")["failed"] == {str(src / "a.txt")}
    batch.run_batch([src], tmp_path / "out2", formats=["json"], jobs=1, progress=io.StringIO(),
                    worker=mapping_worker, memory_limit=None)
    assert _by_status(tmp_path / "out2")["ok"] == {str(src / "a.txt")}


@pytest.mark.slow
@pytest.mark.parametrize("how", ["ctrl-c", "sigterm"])
def test_interrupt_stops_cleanly_and_writes_the_summary_so_far(tmp_path: Path, how: str) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    _write(src / "a00-slow.txt", ARTICLE)  # sorted first: in flight when the interrupt comes
    for i in range(1, 30):
        _write(src / f"a{i:02d}.txt", ARTICLE)
    code = (f"import sys; sys.path.insert(0, {str(TESTS)!r}); import test_batch; from editor.batch import run_batch; "
            f"sys.exit(run_batch([{str(src)!r}], {str(out)!r}, formats=['json'], jobs=2, "
            f"worker=test_batch.slow_worker))")
    proc = subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 60
    # two outputs: the first one's result reached the parent half a second before the second was written
    while time.monotonic() < deadline and len(list(out.glob("a*.json"))) < 2:
        time.sleep(0.05)
    if how == "ctrl-c":
        os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does: the whole process group
    else:
        proc.terminate()  # SIGTERM to the batch process alone: it must stop its workers itself
    stopped = time.monotonic()
    _, err = proc.communicate(timeout=60)
    assert time.monotonic() - stopped < 15  # the minute-long file in flight is not waited for
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "interrupted:" in err
    summary = _summary(out)
    assert summary["interrupted"] is True and summary["total"] == 30
    done = [r for r in summary["files"] if r["status"] == "ok"]
    assert 1 <= len(done) < 30
    assert {r["error"] for r in summary["files"] if r["status"] == "skipped"} == {"not processed (interrupted)"}
    assert next(r for r in summary["files"] if r["file"].endswith("a00-slow.txt"))["status"] == "skipped"
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    # the next run picks up where this one stopped
    assert batch.run_batch([src], out, formats=["json"], jobs=2, progress=io.StringIO()) == 0
    assert len(_by_status(out)["skipped"]) == len(done)


# --- progress, summary, CLI ------------------------------------------------------------------------

class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_in_place_on_a_terminal_and_per_5_percent_otherwise() -> None:
    tty, log = _Tty(), io.StringIO()
    for stream in (tty, log):
        bar = batch_summary.Progress(200, stream)
        for i in range(200):
            bar.update("failed" if i % 10 == 0 else "ok")
        bar.finish()
    assert "\r" in tty.getvalue() and tty.getvalue().count("\n") == 1
    lines = log.getvalue().splitlines()
    assert 20 <= len(lines) <= 21 and "\r" not in log.getvalue()
    assert lines[-1].startswith("[" + "#" * 24 + "] 200/200 100%") and "ok 180  failed 20" in lines[-1]


def test_csv_cells_cannot_become_formulas() -> None:
    assert batch_summary.csv_cell("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")"
    assert batch_summary.csv_cell("@SUM(A1)") == "'@SUM(A1)" and batch_summary.csv_cell("Hospital") == "Hospital"
    assert batch_summary.csv_cell(None) == "" and batch_summary.csv_cell(12) == "12"


def test_cli_batch_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    src = tmp_path / "in"
    _write(src / "a.txt", ARTICLE)
    assert main(["batch", str(src), "-o", str(tmp_path / "out"), "--format", "json,docx", "--jobs", "1"]) == 0
    assert (tmp_path / "out" / "a.json").is_file() and (tmp_path / "out" / "a.docx").is_file()
    (src / "empty.txt").write_bytes(b"")
    assert main(["batch", str(src), "-o", str(tmp_path / "out"), "--format", "json", "--jobs", "1"]) == 1
    capsys.readouterr()
    assert main(["batch", str(src), "-o", str(tmp_path / "out"), "--format", "pdf"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unknown format 'pdf'" in err
    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert main(["batch", str(src), "-o", str(tmp_path / "file")]) == 1
    assert "is not a folder" in capsys.readouterr().err
    assert main(["batch", str(tmp_path / "empty-dir-that-is-missing"), "-o", str(tmp_path / "o2")]) == 1


def test_workers_are_never_forked_from_this_process() -> None:
    # Plain fork would copy a Qt application's threads and locks into the worker.
    assert batch_pool._context().get_start_method() in ("forkserver", "spawn")


def test_two_runs_into_one_folder_do_not_interleave(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    fcntl = pytest.importorskip("fcntl")
    src, out = tmp_path / "in", tmp_path / "out"
    _write(src / "a.txt", ARTICLE)
    out.mkdir()
    with (out / batch.LOCK).open("w") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)  # another batch run holds the folder
        assert main(["batch", str(src), "-o", str(out), "--format", "json"]) == 1
        assert capsys.readouterr().err == f"incident-editor: error: {out}: another batch run is writing to this folder\n"
        assert not (out / batch.SUMMARY_JSON).exists()
    assert batch.run_batch([src], out, formats=["json"], jobs=1, progress=io.StringIO()) == 0


def test_file_names_that_are_not_utf8_or_carry_controls(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    raw = os.path.join(os.fsencode(src), b"caf\xe9 \n=1+1.txt")  # Latin-1 bytes, a newline, a formula
    with open(raw, "wb") as handle:
        handle.write(ARTICLE.encode("utf-8"))
    assert batch.run_batch([src], out, formats=["json", "md"], jobs=1, progress=io.StringIO()) == 0
    names = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    assert names == ["caf_ _=1+1.json", "caf_ _=1+1.md", "summary.csv", "summary.json"]
    (row,) = _summary(out)["files"]
    assert row["file"] == os.fsdecode(raw) and row["status"] == "ok"
    with (out / batch.SUMMARY_CSV).open(encoding="utf-8-sig", newline="") as handle:
        assert next(iter(csv.DictReader(handle)))["file"] == str(src / "caf\\udce9 \n=1+1.txt")
    assert batch.run_batch([src], out, formats=["json"], jobs=1, progress=io.StringIO()) == 0
    assert _summary(out)["files"][0]["status"] == "skipped"  # the manifest key round-trips
