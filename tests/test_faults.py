"""Faults while saving, autosaving and exporting: disk full, permission denied, odd targets, SIGKILL mid-save.

Every failure must leave the previous file byte-for-byte intact, leave no temp file behind, and raise one
OutputError whose one-line message names the file. Tests run as root, where chmod stops nothing, so
EACCES is simulated by monkeypatching; EISDIR, a vanished folder and a kernel-owned folder are real.
"""

from __future__ import annotations

import errno
import fnmatch
import os
import random
import shutil
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from editor import storage
from editor.cli import main
from editor.errors import OutputError
from editor.model import IncidentReport, ServiceImpact, ServiceName, ServiceStatus, TimelineEvent

ROOT = Path(__file__).resolve().parent.parent

try:
    from editor import export as _export
    from editor.export import ExportOptions

    EXPORT_FORMATS: tuple[str, ...] = tuple(_export.FORMATS)
    EXPORT_IMPORT_ERROR = ""
except ImportError as exc:  # the exporters are written by another helper; say so instead of failing
    _export = None
    EXPORT_FORMATS = ("docx", "json", "md", "veris", "stix")
    EXPORT_IMPORT_ERROR = f"editor.export cannot be imported: {exc}"

EXPORT_SUFFIX = {"docx": ".docx", "json": ".json", "md": ".md", "veris": ".veris.json", "stix": ".stix.json"}


def _report(name: str) -> IncidentReport:
    report = IncidentReport()
    report.organization.name = name
    report.organization.country = "BE"
    report.source.text = f"{name} was attacked. " * 20
    report.incident.start_date = "2022-05-14"
    report.impact.servers_affected = 200
    report.impact.services = [ServiceImpact(service=ServiceName.RADIOLOGY, status=ServiceStatus.DEGRADED)]
    report.timeline = [TimelineEvent(when="2022-05-14T03:00", what="alerts")]
    return report


# --- the three ways a report reaches the disk ------------------------------------------------------

def _save(folder: Path) -> tuple[Path, Callable[[IncidentReport], None]]:
    target = folder / "report.incident.json"
    return target, lambda report: storage.save_project(report, target)


def _autosave(folder: Path) -> tuple[Path, Callable[[IncidentReport], None]]:
    document = folder / "doc.incident.json"
    key = storage.recovery_key(document, "session")
    return storage.recovery_dir() / f"{key}.recovery.json", lambda r: storage.write_recovery(r, key, document)


def _exporter(fmt: str) -> Callable[[Path], tuple[Path, Callable[[IncidentReport], None]]]:
    def make(folder: Path) -> tuple[Path, Callable[[IncidentReport], None]]:
        if _export is None:
            pytest.skip(EXPORT_IMPORT_ERROR)
        target = folder / f"report{EXPORT_SUFFIX[fmt]}"
        return target, lambda r: _export.write(r, target, fmt=fmt, options=ExportOptions(language="en"))
    return make


OPERATIONS = {"save": _save, "autosave": _autosave, **{f"export-{f}": _exporter(f) for f in EXPORT_FORMATS}}


def _raiser(code: int) -> Callable[..., None]:
    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))
    return fail


def _assert_one_line_naming(exc: OutputError, target: Path, words: str) -> None:
    message = str(exc)
    assert message.startswith(f"{target}: ") and "\n" not in message
    assert words in message, message


def _strays(folder: Path, keep: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p != keep and p.name != "doc.incident.json")


FAULTS = [
    ("write", errno.ENOSPC, "disk full"),
    ("fsync", errno.ENOSPC, "disk full"),
    ("replace", errno.ENOSPC, "disk full"),
    ("write", errno.EACCES, "permission denied"),
    ("replace", errno.EACCES, "permission denied"),
    ("replace", errno.EROFS, "read-only file system"),
    ("fsync", errno.EIO, os.strerror(errno.EIO)),
]


@pytest.mark.parametrize("operation", list(OPERATIONS))
@pytest.mark.parametrize(("function", "code", "words"), FAULTS, ids=[f"{f}-{errno.errorcode[c]}" for f, c, _ in FAULTS])
def test_failure_mid_write_keeps_the_previous_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, operation: str,
                                                   function: str, code: int, words: str) -> None:
    target, write = OPERATIONS[operation](tmp_path)
    write(_report("Old Hospital"))
    before = target.read_bytes()
    monkeypatch.setattr(os, function, _raiser(code))
    with pytest.raises(OutputError) as info:
        write(_report("New Hospital"))
    monkeypatch.undo()
    _assert_one_line_naming(info.value, target, words)
    assert target.read_bytes() == before
    assert _strays(target.parent, target) == []


@pytest.mark.parametrize("operation", list(OPERATIONS))
def test_folder_that_refuses_new_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, operation: str) -> None:
    """A read-only folder as seen by a normal user: creating the temp file is refused."""
    target, write = OPERATIONS[operation](tmp_path)
    write(_report("Old Hospital"))
    before = target.read_bytes()
    real_open = os.open

    def guarded_open(path, flags, *args, **kwargs):
        if Path(os.fsdecode(path)).parent == target.parent and flags & os.O_CREAT:
            raise OSError(errno.EACCES, os.strerror(errno.EACCES))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", guarded_open)
    with pytest.raises(OutputError) as info:
        write(_report("New Hospital"))
    monkeypatch.undo()
    _assert_one_line_naming(info.value, target, "permission denied")
    assert target.read_bytes() == before and _strays(target.parent, target) == []


@pytest.mark.skipif(os.geteuid() != 0, reason="as a normal user the chmod test below covers this")
def test_real_kernel_owned_folder_refuses_even_root() -> None:
    target = Path("/sys/incident-editor-test.incident.json")
    if os.access("/sys", os.W_OK) and not target.parent.is_dir():
        pytest.skip("no /sys here")
    with pytest.raises(OutputError) as info:
        storage.save_project(_report("X"), target)
    assert str(info.value).startswith(f"{target}: ") and "\n" not in str(info.value)
    assert not target.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores directory permissions")
def test_real_read_only_folder(tmp_path: Path) -> None:
    target, write = _save(tmp_path)
    write(_report("Old Hospital"))
    before = target.read_bytes()
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(OutputError) as info:
            write(_report("New Hospital"))
    finally:
        tmp_path.chmod(0o700)
    _assert_one_line_naming(info.value, target, "permission denied")
    assert target.read_bytes() == before


@pytest.mark.parametrize("operation", [op for op in OPERATIONS if op != "autosave"])
def test_target_that_is_a_directory(tmp_path: Path, operation: str) -> None:
    target, write = OPERATIONS[operation](tmp_path)
    target.mkdir()
    (target / "inside.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(OutputError) as info:
        write(_report("X"))
    _assert_one_line_naming(info.value, target, "is a directory")
    assert (target / "inside.txt").read_text(encoding="utf-8") == "keep me"
    assert _strays(tmp_path, target) == []


@pytest.mark.parametrize("operation", [op for op in OPERATIONS if op != "autosave"])
def test_folder_that_vanished(tmp_path: Path, operation: str) -> None:
    folder = tmp_path / "project"
    folder.mkdir()
    target, write = OPERATIONS[operation](folder)
    write(_report("Old Hospital"))
    shutil.rmtree(folder)  # e.g. a USB stick pulled, a network share gone
    with pytest.raises(OutputError) as info:
        write(_report("New Hospital"))
    _assert_one_line_naming(info.value, target, "folder does not exist")
    assert not folder.exists()


def test_autosave_when_the_recovery_folder_is_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "recovery").write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("INCIDENT_EDITOR_DATA_DIR", str(data))
    with pytest.raises((OutputError, OSError)):
        storage.write_recovery(_report("X"), "k", None)
    assert (data / "recovery").read_text(encoding="utf-8") == "not a folder"


def test_target_inside_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    target = blocker / "report.incident.json"
    with pytest.raises(OutputError) as info:
        storage.save_project(_report("X"), target)
    assert str(info.value).startswith(f"{target}: ") and blocker.read_text(encoding="utf-8") == "x"


# --- SIGKILL during a save -------------------------------------------------------------------------

_SAVER = textwrap.dedent("""
    import os, signal, sys
    from editor.model import IncidentReport, TimelineEvent
    from editor.storage import save_project

    target, stage = sys.argv[1], sys.argv[2]
    versions = []
    for name, size in (("Version A", 6_000_000), ("Version B", 8_000_000)):
        report = IncidentReport()
        report.organization.name = name
        report.source.text = name[-1] * size
        report.timeline = [TimelineEvent(what=f"event {i}") for i in range(200)]
        versions.append(report)
    save_project(versions[0], target)

    def die(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGKILL)

    real_write, real_replace = os.write, os.replace
    if stage == "created":  # the temp file exists, nothing written yet
        os.fchmod = die
    elif stage == "writing":  # half the bytes are in the temp file
        os.write = lambda fd, data: (real_write(fd, bytes(data[: len(data) // 2])), die())
    elif stage == "fsync":  # everything written, not yet flushed
        os.fsync = die
    elif stage == "replace":  # flushed, not yet renamed
        os.replace = die
    elif stage == "renamed":  # renamed, the folder not yet flushed
        os.replace = lambda a, b: (real_replace(a, b), die())
    print("ready", flush=True)
    i = 0
    while True:
        i += 1
        save_project(versions[i % 2], target)
""")


def _check_after_kill(folder: Path, target: Path, script: Path) -> tuple[str, list[str]]:
    report = storage.load_project(target)  # never partial: always loads
    name = report.organization.name
    assert name in ("Version A", "Version B")
    assert report.source.text == name[-1] * (6_000_000 if name == "Version A" else 8_000_000)
    assert len(report.timeline) == 200
    leftovers = [p.name for p in folder.iterdir() if p not in (target, script)]
    # a temp file a kill left behind is hidden and never looks like a project to a file dialog or a glob
    for leftover in leftovers:
        assert leftover.startswith(f".{target.name}.") and leftover.endswith(".tmp")
        assert not fnmatch.fnmatch(leftover, "*.incident.json")
    assert sorted(p.name for p in folder.glob("*.incident.json")) == [target.name]
    for leftover in leftovers:
        (folder / leftover).unlink()
    return name, leftovers


def _saver(tmp_path: Path, stage: str) -> tuple[subprocess.Popen, Path, Path]:
    target, script = tmp_path / "big.incident.json", tmp_path / "saver.py"
    script.write_text(_SAVER, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script), str(target), stage], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    return proc, target, script


@pytest.mark.parametrize(("stage", "survivor"), [
    ("created", "Version A"), ("writing", "Version A"), ("fsync", "Version A"), ("replace", "Version A"),
    ("renamed", "Version B"),
])
def test_sigkill_at_each_stage_of_a_save(tmp_path: Path, stage: str, survivor: str) -> None:
    proc, target, script = _saver(tmp_path, stage)
    proc.wait(timeout=60)  # the saver kills itself at that stage of its first loop save
    proc.stdout.close()
    assert proc.returncode == -9
    name, leftovers = _check_after_kill(tmp_path, target, script)
    assert name == survivor
    assert bool(leftovers) == (stage in ("created", "writing", "fsync", "replace"))


@pytest.mark.slow
def test_sigkill_at_random_moments_of_a_save_never_leaves_a_partial_project(tmp_path: Path) -> None:
    rng = random.Random(20240514)
    outcomes: dict[str, int] = {}
    mid_write = 0
    for _ in range(20):
        proc, target, script = _saver(tmp_path, "loop")
        time.sleep(rng.uniform(0.0, 0.4))
        proc.kill()  # SIGKILL: no handler, no cleanup
        proc.wait(timeout=30)
        proc.stdout.close()
        name, leftovers = _check_after_kill(tmp_path, target, script)
        outcomes[name] = outcomes.get(name, 0) + 1
        mid_write += bool(leftovers)
    print(f"SIGKILL outcomes: {outcomes}; {mid_write}/20 kills landed while a temp file existed", file=sys.stderr)


# --- the command line ------------------------------------------------------------------------------

@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "in.incident.json"
    storage.save_project(_report("Some Hospital"), path)
    return path


def _needs_export() -> None:
    if _export is None:
        pytest.skip(EXPORT_IMPORT_ERROR)


@pytest.mark.parametrize("fmt", ["json", "docx"])
def test_cli_export_to_a_directory(tmp_path: Path, project: Path, capsys: pytest.CaptureFixture, fmt: str) -> None:
    _needs_export()
    target = tmp_path / f"out{EXPORT_SUFFIX[fmt]}"
    target.mkdir()
    assert main(["export", str(project), "-o", str(target), "--format", fmt]) == 1
    err = capsys.readouterr().err
    assert err == f"incident-editor: error: {target}: is a directory\n"


def test_cli_export_to_a_missing_folder(tmp_path: Path, project: Path, capsys: pytest.CaptureFixture) -> None:
    _needs_export()
    target = tmp_path / "no" / "such" / "out.json"
    assert main(["export", str(project), "-o", str(target)]) == 1
    assert capsys.readouterr().err == f"incident-editor: error: {target}: folder does not exist\n"


def test_cli_export_permission_denied_keeps_old_file(tmp_path: Path, project: Path, capsys: pytest.CaptureFixture,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    _needs_export()
    target = tmp_path / "out.md"
    target.write_text("previous export\n", encoding="utf-8")
    monkeypatch.setattr(os, "replace", _raiser(errno.EACCES))
    assert main(["export", str(project), "-o", str(target)]) == 1
    monkeypatch.undo()
    assert capsys.readouterr().err == f"incident-editor: error: {target}: permission denied\n"
    assert target.read_text(encoding="utf-8") == "previous export\n"


def test_cli_export_unwritable_path_in_a_real_process(tmp_path: Path, project: Path) -> None:
    _needs_export()
    cli = [sys.executable, "-m", "editor"]
    for target in (tmp_path, tmp_path / "gone" / "out.docx", Path("/sys/out.json")):
        done = subprocess.run([*cli, "export", str(project), "-o", str(target)], capture_output=True, text=True,
                              timeout=120, cwd=ROOT)
        assert done.returncode == 1, done.stderr
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
        assert done.stderr.startswith("incident-editor: error: ") and str(target) in done.stderr


def test_batch_summary_on_a_full_disk_keeps_the_previous_summary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture) -> None:
    _needs_export()
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text("Hospital hit by ransomware\n\n40 servers were encrypted on 2 March 2023.\n",
                               encoding="utf-8")
    assert main(["batch", str(src), "-o", str(out), "--format", "json", "--jobs", "1"]) == 0
    before = (out / "summary.json").read_bytes()
    (src / "b.txt").write_text("Another hospital hit\n\nIts website was down.\n", encoding="utf-8")
    real_replace = os.replace

    def full_for_summaries(source, target, *args, **kwargs):
        if Path(os.fsdecode(target)).name.startswith("summary."):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_replace(source, target, *args, **kwargs)

    monkeypatch.setattr(os, "replace", full_for_summaries)  # the parent writes the summary; workers are untouched
    capsys.readouterr()
    assert main(["batch", str(src), "-o", str(out), "--format", "json", "--jobs", "1"]) == 1
    monkeypatch.undo()
    err = capsys.readouterr().err.splitlines()
    assert err[-1] == f"incident-editor: error: {out / 'summary.json'}: disk full; the previous file is left intact"
    assert (out / "summary.json").read_bytes() == before
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_saving_a_report_from_a_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    report = _report("X")
    report.source.path = os.fsdecode(os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt"))
    target = tmp_path / "p.incident.json"
    storage.save_project(report, target)
    assert storage.load_project(target).organization.name == "X"
