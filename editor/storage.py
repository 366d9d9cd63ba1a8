"""Project files (*.incident.json): atomic save, validated load, migrations, recovery files. No Qt."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from editor import resources
from editor.errors import InputError, OutputError
from editor.model.report import SCHEMA_VERSION, IncidentReport, ValidationError, error_location

MAX_PROJECT_BYTES = 64 * 1024 * 1024
PROJECT_SUFFIX = ".incident.json"


def _problem(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "disk full; the previous file is left intact"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.EISDIR:
        return "is a directory"
    if exc.errno == errno.ENOENT:
        return "folder does not exist"
    if exc.errno == errno.EROFS:
        return "read-only file system"
    return exc.strerror or str(exc)


def atomic_write_bytes(target: str | Path, data: bytes, *, mode: int | None = None) -> None:
    """Write ``data`` to ``target`` atomically: temp file in the same folder, fsync, os.replace.

    A crash at any point leaves either the old file or the new one, never a mix.
    Raises OutputError naming the target.
    """
    target = Path(target)
    if target.is_dir():
        raise OutputError(target, "is a directory")
    folder = target.parent if str(target.parent) else Path(".")
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        try:
            if mode is not None:
                os.fchmod(fd, mode)
            elif target.exists():
                os.fchmod(fd, target.stat().st_mode & 0o777)
            else:
                umask = os.umask(0)
                os.umask(umask)
                os.fchmod(fd, 0o666 & ~umask)
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp_name, target)
        tmp_name = None
        try:  # make the rename itself durable
            dir_fd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
        except OSError:
            pass
    except OSError as exc:
        raise OutputError(target, _problem(exc)) from None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def _project_data(report: IncidentReport) -> dict[str, Any]:
    data = report.to_json_dict()
    data["schema_version"] = SCHEMA_VERSION
    return data


def dumps_project(report: IncidentReport) -> str:
    """The project file's text."""
    return json.dumps(_project_data(report), indent=2, ensure_ascii=False) + "\n"


def project_bytes(report: IncidentReport) -> bytes:
    """The project file's bytes: readable UTF-8, or ASCII escapes when the text holds lone surrogates.

    A lone surrogate (from a damaged file or a paste) cannot be encoded as UTF-8, but JSON's
    \\uXXXX escapes carry it losslessly, so the save never fails and reloads the same report.
    """
    data = _project_data(report)
    try:
        return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(data, indent=2, ensure_ascii=True) + "\n").encode("ascii")


def save_project(report: IncidentReport, target: str | Path, *, private: bool = True) -> None:
    """Save atomically; new files are readable by the user alone (0600) when ``private``."""
    atomic_write_bytes(target, project_bytes(report), mode=0o600 if private else None)


def describe_validation_error(exc: ValidationError) -> str:
    """One line naming the first offending field (validation stops at the first problem)."""
    where, message = error_location(exc)
    return f"invalid value for {where or '(top level)'}: {message}"


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring an older project's JSON up to SCHEMA_VERSION. Version 0 = spec JSON without the key."""
    version = data.get("schema_version", 0)
    if version == 0:
        data = dict(data)
        # Version 0 files (plain incident JSON from other tools) have no report metadata;
        # nothing else changed shape.
        data["schema_version"] = 1
    return data


def report_from_data(data: Any, source: str | Path) -> IncidentReport:
    """Validate parsed JSON into a report; InputError names the field that is wrong."""
    if not isinstance(data, dict):
        raise InputError(source, "not an incident project (the top level is not a JSON object)")
    version = data.get("schema_version", 0)
    if not isinstance(version, int) or isinstance(version, bool):
        raise InputError(source, "invalid value for schema_version: not an integer")
    if version > SCHEMA_VERSION:
        raise InputError(source, f"made by a newer version of the editor (schema_version {version}; "
                                 f"this version reads up to {SCHEMA_VERSION})")
    data = migrate(data)
    try:
        return IncidentReport.from_json_dict(data)
    except ValidationError as exc:
        raise InputError(source, describe_validation_error(exc)) from None


def loads_project(text: str | bytes, source: str | Path = "<project>") -> IncidentReport:
    """Parse and validate project JSON text."""
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(source, f"not valid JSON ({exc.msg if hasattr(exc, 'msg') else exc})") from None
    except RecursionError:
        raise InputError(source, "JSON nested too deeply") from None
    return report_from_data(data, source)


def load_project(path: str | Path) -> IncidentReport:
    """Load a project file with validation; InputError with one line on any problem."""
    path = Path(path)
    try:
        if path.is_dir():
            raise InputError(path, "is a directory")
        size = path.stat().st_size
        if size > MAX_PROJECT_BYTES:
            raise InputError(path, f"file is larger than {MAX_PROJECT_BYTES // (1024 * 1024)} MB")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except OSError as exc:
        raise InputError(path, _problem(exc)) from None
    if not data.strip():
        raise InputError(path, "file is empty")
    return loads_project(data, path)


# --- recovery files ---------------------------------------------------------------------------

def data_dir() -> Path:
    """The user's data folder for the editor (platformdirs), created 0700."""
    folder = resources.user_folder("data", "INCIDENT_EDITOR_DATA_DIR")
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def recovery_dir() -> Path:
    """Where autosaved recovery files live."""
    folder = data_dir() / "recovery"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def recovery_key(document_path: str | Path | None, session: str) -> str:
    """The file stem of one session's autosave of a document (or of an unsaved document).

    The session is part of the key: an editor never writes over the autosave another editor
    (a crashed one, whose work has not been offered yet) left for the same document.
    """
    basis = f"{Path(document_path).resolve()}\n{session}" if document_path else f"untitled-{session}"
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


def _where(location: str | Path | None) -> str | None:
    """A file as an absolute path (a URL as it is), so entries compare across working folders."""
    if not location:
        return None
    text = str(location)
    if text.lower().startswith(("http://", "https://")):
        return text
    try:
        return str(Path(text).resolve())
    except (OSError, RuntimeError, ValueError):
        return text


def _process_identity(pid: int) -> str | None:
    """Boot id and start time of a running process (Linux), or None when it is gone or a zombie.

    A process id alone is not an owner: after a crash the parent may not have reaped the
    process yet (a zombie answers ``kill(pid, 0)``), and after a reboot the id may belong to
    another program. Only ``/proc`` tells them apart; elsewhere this returns None.
    """
    try:
        stat_text = Path(f"/proc/{int(pid)}/stat").read_text(encoding="ascii", errors="replace")
        boot = Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    except (OSError, ValueError, TypeError):
        return None
    fields = stat_text.rpartition(")")[2].split()  # the command name in parentheses may hold spaces
    if len(fields) < 20 or fields[0] in ("Z", "X"):
        return None
    return f"{boot}:{fields[19]}"  # field 22 of proc(5): start time in clock ticks after boot


def owner_alive(entry: dict[str, Any]) -> bool:
    """The editor that wrote a recovery entry is still running (its file is its own, not to offer)."""
    pid = entry.get("pid")
    if not isinstance(pid, int) or isinstance(pid, bool) or pid <= 0:
        return False
    if Path("/proc/self/stat").exists():
        identity = _process_identity(pid)
        recorded = entry.get("owner")
        return identity is not None and (recorded is None or recorded == identity)
    if sys.platform == "win32":
        return _windows_process_running(pid)
    try:  # no /proc (macOS, BSD): the process id is all there is
        os.kill(pid, 0)
    except (OSError, OverflowError):
        return False
    return True


def _windows_process_running(pid: int) -> bool:
    """Whether process ``pid`` runs (Windows), asked without touching it.

    On Windows ``os.kill(pid, 0)`` would terminate the process, so the process is only opened for
    a query of its exit code.
    """
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def write_recovery(report: IncidentReport, key: str, document_path: str | Path | None = None,
                   origin: str | Path | None = None) -> Path:
    """Autosave: write the report, its project file and the article it came from into the recovery folder (0600)."""
    target = recovery_dir() / f"{key}.recovery.json"
    title = report.report.title or report.source.title or ""
    payload = {"document": _where(document_path), "origin": _where(origin), "title": title,
               "saved_at": time.time(), "pid": os.getpid(), "owner": _process_identity(os.getpid()),
               "report": report.to_json_dict()}
    # ASCII escapes: a lone surrogate anywhere in the report (or a non-UTF-8 path) must not stop an autosave.
    atomic_write_bytes(target, json.dumps(payload, ensure_ascii=True).encode("ascii"), mode=0o600)
    return target


def _entry_title(payload: dict[str, Any]) -> str:
    title = payload.get("title")
    if isinstance(title, str) and title:
        return title
    report = payload.get("report")  # files written before the title was recorded
    if isinstance(report, dict):
        for part in ("report", "source"):
            value = report.get(part)
            if isinstance(value, dict) and isinstance(value.get("title"), str) and value["title"]:
                return value["title"]
    return ""


def list_recoveries() -> list[dict[str, Any]]:
    """Recovery files left behind, newest first: dicts with path, document, origin, title, saved_at, pid, owner."""
    found = []
    for path in recovery_dir().glob("*.recovery.json"):
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(payload, dict):
                continue
            found.append({"path": path, "document": payload.get("document"), "origin": payload.get("origin"),
                          "title": _entry_title(payload), "saved_at": float(payload.get("saved_at", 0)),
                          "pid": payload.get("pid"), "owner": payload.get("owner")})
        except (OSError, ValueError, TypeError):
            continue
    return sorted(found, key=lambda r: r["saved_at"], reverse=True)


def entry_file(entry: dict[str, Any]) -> str | None:
    """The local file a recovery entry belongs to: its project, else the article or report it was opened from."""
    for key in ("document", "origin"):
        where = entry.get(key)
        if isinstance(where, str) and where and not where.lower().startswith(("http://", "https://")):
            return where
    return None


def superseded(entry: dict[str, Any]) -> bool:
    """The entry's file was written after the autosave: the autosave is older than what is on disk."""
    where = entry_file(entry)
    try:
        return bool(where) and Path(where).stat().st_mtime > entry["saved_at"]
    except OSError:
        return False


def recoveries_for(target: str | Path, entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entries autosaved for the document at ``target`` since it was last written, newest first."""
    wanted = _where(target)
    return [entry for entry in entries
            if wanted in (_where(entry.get("document")), _where(entry.get("origin"))) and not superseded(entry)]


def read_recovery(path: str | Path) -> IncidentReport:
    """The report stored in a recovery file."""
    try:
        payload = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(path, f"recovery file unreadable ({exc})") from None
    return report_from_data(payload.get("report") if isinstance(payload, dict) else None, path)


def discard_recovery(path: str | Path) -> None:
    """Remove a recovery file (after a save, a clean close or a declined restore)."""
    try:
        Path(path).unlink()
    except FileNotFoundError:
        pass
