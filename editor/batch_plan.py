"""Batch planning: which files, under which output names, and which are already up to date. No Qt.

Also the manifest (what an earlier run made from each input, with its fingerprint and options), read
and written atomically, so that a rerun skips unchanged successes and retries failures.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from editor import __version__
from editor.batch_summary import SUMMARY_CSV, SUMMARY_JSON
from editor.errors import EditorError

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")
FORMAT_SUFFIXES = {"docx": ".docx", "json": ".json", "md": ".md", "veris": ".veris.json", "stix": ".stix.json"}
MANIFEST = ".incident-batch-manifest.json"
LOCK = ".incident-batch.lock"
RESERVED = {SUMMARY_JSON, SUMMARY_CSV, MANIFEST, LOCK}
MAX_NAME_BYTES = 200  # leaves room for the format suffix under the usual 255-byte file-name limit


@dataclass
class Task:
    """One input file and the outputs it should produce."""

    path: Path
    key: str  # the resolved absolute path: the manifest key
    stem: str = ""  # output name without suffix, unique in the output folder
    outputs: dict[str, Path] = field(default_factory=dict)


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def discover(inputs: Iterable[str | Path], output_dir: Path) -> tuple[list[tuple[Path, str]], list[str]]:
    """Files to process as (path, relative name) and explicit inputs that do not exist.

    Folders are walked recursively for article suffixes; hidden files and folders and the output folder
    itself are skipped. Files named explicitly are taken whatever their suffix (the loader decides).
    """
    out_resolved = output_dir.resolve()
    found: dict[str, tuple[Path, str]] = {}  # by resolved path: a file named twice is done once
    missing: list[str] = []
    for raw in inputs:
        root = Path(raw)
        if root.is_dir() and root.resolve() != out_resolved:
            for folder, dirs, files in os.walk(root):
                here = Path(folder)
                # prune in place: hidden folders and the output folder are never entered
                dirs[:] = sorted(d for d in dirs if not _is_hidden(d) and (here / d).resolve() != out_resolved)
                for name in sorted(files):
                    path = here / name
                    # is_file(): FIFOs and sockets would block or fail the reader
                    if not _is_hidden(name) and name.lower().endswith(ARTICLE_SUFFIXES) and path.is_file():
                        found.setdefault(str(path.resolve()), (path, path.relative_to(root).as_posix()))
        elif root.is_file():
            found.setdefault(str(root.resolve()), (root, root.name))
        elif not root.is_dir():
            missing.append(str(raw))
    return list(found.values()), missing


_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"|?*\\\ud800-\udfff]')  # controls, Windows-reserved, undecodable bytes


def _safe_stem(rel: str) -> str:
    stem = rel.rsplit(".", 1)[0] if "." in rel.rsplit("/", 1)[-1] else rel
    stem = _UNSAFE.sub("_", stem.replace("/", "__")).strip() or "article"
    if _is_hidden(stem):
        stem = "_" + stem.lstrip(".")
    if len(stem.encode("utf-8")) > MAX_NAME_BYTES:  # deep trees: keep a readable head, make it unique
        digest = hashlib.sha256(os.fsencode(rel)).hexdigest()[:12]
        stem = stem.encode("utf-8")[: MAX_NAME_BYTES - 13].decode("utf-8", "ignore") + "-" + digest
    return stem


def assign_names(files: Sequence[tuple[Path, str]], formats: Sequence[str], output_dir: Path) -> list[Task]:
    """Tasks with collision-free output names: rel path with '/' → '__', suffix added only on a clash.

    Names are compared case-insensitively (macOS and Windows folders) and never take the summary's names.
    """
    plain = [_safe_stem(rel) for _, rel in files]
    counts: dict[str, int] = {}
    for stem in plain:
        counts[stem.casefold()] = counts.get(stem.casefold(), 0) + 1
    taken = {name.casefold() for name in RESERVED}
    tasks = []
    for (path, rel), stem in zip(files, plain):
        if counts[stem.casefold()] > 1 and path.suffix:  # a.txt and a.html in one folder → a.txt.*, a.html.*
            stem = f"{stem}.{path.suffix.lstrip('.').lower()}"
        candidate, n = stem, 1
        while any((candidate + FORMAT_SUFFIXES[f]).casefold() in taken for f in formats):
            n += 1
            candidate = f"{stem}~{n}"
        for fmt in formats:
            taken.add((candidate + FORMAT_SUFFIXES[fmt]).casefold())
        tasks.append(Task(path=path, key=str(path.resolve()), stem=candidate,
                          outputs={fmt: output_dir / (candidate + FORMAT_SUFFIXES[fmt]) for fmt in formats}))
    return tasks


def file_fingerprint(path: Path) -> dict[str, Any]:
    """Size, mtime (ns) and SHA-256 of a file, as the manifest records them."""
    before = path.stat()
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return {"size": before.st_size, "mtime_ns": before.st_mtime_ns, "sha256": digest.hexdigest()}


_BEFORE_OPTION = {"paper": "a4"}  # what manifest entries written before an option existed were made with


def export_settings(formats: Sequence[str], language: str | None, paper: str | None) -> dict[str, str | None]:
    """The export options a batch passes to every file; the manifest records them to tell what needs redoing."""
    settings: dict[str, str | None] = {"language": language}
    if "docx" in formats:  # the page size changes the Word report only
        settings["paper"] = paper
    return settings


def up_to_date(task: Task, entry: dict[str, Any] | None, formats: Sequence[str],
               settings: dict[str, str | None]) -> bool:
    """True when the manifest says this exact input was already processed successfully with these options.

    A file that failed is never up to date: the cause may have been transient (a full disk, a missing
    dependency, a worker killed for memory), so it is retried on every run until it succeeds.
    """
    if not entry or entry.get("status") != "ok" or entry.get("editor") != __version__ or any(
            entry.get(key, _BEFORE_OPTION.get(key)) != value for key, value in settings.items()):
        return False
    try:
        st = task.path.stat()
        if entry.get("size") != st.st_size or entry.get("mtime_ns") != st.st_mtime_ns:
            return False
        # every output there and newer than the input
        if not set(formats) <= set(entry.get("formats", ())) or any(
                out.stat().st_mtime_ns < st.st_mtime_ns for out in task.outputs.values()):
            return False
        # last, because it reads the file: catches an edit that kept size and mtime
        return file_fingerprint(task.path)["sha256"] == entry.get("sha256")
    except OSError:  # input or an output gone or unreadable: redo
        return False



def load_manifest(output_dir: Path) -> dict[str, dict[str, Any]]:
    """The manifest's entries by input key; empty when missing or unreadable (everything is redone)."""
    try:
        data = json.loads((output_dir / MANIFEST).read_text(encoding="utf-8"))
        entries = data.get("entries") if isinstance(data, dict) else None
        return {k: v for k, v in entries.items() if isinstance(v, dict)} if isinstance(entries, dict) else {}
    except (OSError, ValueError):
        return {}


def save_manifest(output_dir: Path, entries: dict[str, dict[str, Any]]) -> None:
    """Write the manifest atomically."""
    from editor.storage import atomic_write_bytes

    payload = {"format": 1, "editor": __version__, "entries": entries}
    # ASCII: a key that is a non-UTF-8 file name (surrogate escapes) must round-trip exactly
    atomic_write_bytes(output_dir / MANIFEST, json.dumps(payload, indent=1).encode("ascii"))


def normalise_formats(formats: Iterable[str]) -> list[str]:
    """The chosen output formats, lower case, each once, in order; an unknown or empty choice is an error."""
    chosen: list[str] = []
    for raw in formats:
        fmt = raw.strip().lower()
        if not fmt:
            continue
        if fmt not in FORMAT_SUFFIXES:
            raise EditorError(f"unknown format {raw.strip()!r} (choose from {', '.join(FORMAT_SUFFIXES)})")
        if fmt not in chosen:
            chosen.append(fmt)
    if not chosen:
        raise EditorError("no output format given")
    return chosen
