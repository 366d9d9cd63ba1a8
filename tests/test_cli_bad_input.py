"""`incident-editor extract BAD --json` in a subprocess: exit 1, one stderr line naming the file,
no traceback, within 5 seconds, for every kind of bad input. Usage errors exit 2."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sources.hostile import (ENGLISH_LINES, deep_html, docx_declared_bomb, docx_ratio_bomb, docx_with_entities,
                             html_page, make_docx, make_pdf)

from editor.sources import MAX_BYTES

PREFIX = "incident-editor: error: "


def _sparse(path: Path, size: int) -> None:
    with open(path, "wb") as fh:
        fh.truncate(size)


def _make(kind: str, folder: Path) -> str:
    """Create the bad input ``kind`` in ``folder``; returns the argument to pass on the command line."""
    if kind == "missing":
        return str(folder / "does-not-exist.txt")
    if kind == "directory":
        (folder / "a-folder").mkdir()
        return str(folder / "a-folder")
    builders = {
        "empty": ("empty.txt", lambda: b""),
        "binary-txt": ("photo.txt", lambda: b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64),
        "nul-bytes": ("nul.txt", lambda: b"Headline\n\nText with a NUL \x00 byte in it.\n"),
        "control-chars": ("controls.txt", lambda: bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 65]) * 300),
        "truncated-docx": ("cut.docx", lambda: make_docx(["Un paragraphe de texte."])[:3000]),
        "not-zip-docx": ("fake.docx", lambda: b"this is not a zip archive at all"),
        "zip-bomb-docx": ("bomb.docx", lambda: docx_ratio_bomb(24 * 1024 * 1024)),
        "declared-bomb-docx": ("declared.docx", docx_declared_bomb),
        "entities-docx": ("laughs.docx", docx_with_entities),
        "truncated-pdf": ("cut.pdf", lambda: make_pdf([ENGLISH_LINES])[:400]),
        "garbage-pdf": ("garbage.pdf", lambda: b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"),
        "no-article-html": ("furniture.html",
                            lambda: html_page(body="<nav><a href='/'>Home</a></nav><footer>Contact</footer>")),
        "deep-html": ("deep.html", lambda: deep_html(100_000)),
        "binary-unknown-ext": ("blob.xyz", lambda: bytes(range(256)) * 64),
        "old-word-doc": ("old.doc", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512)),
    }
    if kind in builders:
        name, build = builders[kind]
        path = folder / name
        path.write_bytes(build())
        return str(path)
    if kind == "over-size-limit":
        path = folder / "huge.txt"
        _sparse(path, MAX_BYTES + 1)
        return str(path)
    if kind == "single-line-over-limit":
        path = folder / "one-line.txt"
        path.write_bytes(b"x" * (MAX_BYTES + 100))
        return str(path)
    if kind == "fifo":
        path = folder / "pipe.txt"
        os.mkfifo(path)
        return str(path)
    if kind == "ftp-url":
        return "ftp://example.org/article.txt"
    if kind == "file-url":
        return "file:///etc/passwd"
    raise AssertionError(kind)


BAD_INPUTS = ["missing", "directory", "empty", "binary-txt", "nul-bytes", "control-chars", "truncated-docx",
              "not-zip-docx", "zip-bomb-docx", "declared-bomb-docx", "entities-docx", "truncated-pdf",
              "garbage-pdf", "no-article-html", "deep-html", "binary-unknown-ext", "old-word-doc",
              "over-size-limit", "single-line-over-limit", "fifo", "ftp-url", "file-url"]


def _run(args: list[str], *, code: str | None = None) -> tuple[subprocess.CompletedProcess[str], float]:
    command = [sys.executable, "-m", "editor", *args] if code is None else [sys.executable, "-c", code, *args]
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, timeout=30, stdin=subprocess.DEVNULL)
    return result, time.perf_counter() - started


def _assert_one_error_line(result: subprocess.CompletedProcess[str], target: str, elapsed: float) -> None:
    assert result.returncode == 1, (result.returncode, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(PREFIX + target + ": "), lines[0]
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert result.stdout == ""
    assert elapsed < 5, elapsed


@pytest.mark.slow
@pytest.mark.parametrize("kind", BAD_INPUTS)
def test_bad_input_is_one_error_line(tmp_path, kind):
    target = _make(kind, tmp_path)
    result, elapsed = _run(["extract", target, "--json"])
    _assert_one_error_line(result, target, elapsed)


@pytest.mark.slow
def test_unreadable_file(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text("Headline\n\nSome article text.\n", encoding="utf-8")
    if os.geteuid() != 0:
        path.chmod(0)
        result, elapsed = _run(["extract", str(path), "--json"])
    else:
        # root reads any file whatever its mode: make the loader's open fail as it would for a user.
        code = ("import errno, os, sys\nimport editor.sources.files as files\n"
                "def refuse(path):\n    raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))\n"
                "files.open_binary = refuse\nfrom editor.cli import main\nsys.exit(main(sys.argv[1:]))\n")
        result, elapsed = _run(["extract", str(path), "--json"], code=code)
    _assert_one_error_line(result, str(path), elapsed)
    assert "permission denied" in result.stderr


@pytest.mark.slow
def test_invalid_utf8_is_loaded_not_refused(tmp_path):
    path = tmp_path / "broken-utf8.txt"
    path.write_bytes("Cyberattaque à l'hôpital\n\nLes équipes ont coupé le réseau.\n".encode("utf-8")
                     .replace(b"coup", b"\xff\xfecoup"))
    result, elapsed = _run(["extract", str(path), "--json"])
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "Les équipes ont" in result.stdout
    assert elapsed < 5


@pytest.mark.slow
@pytest.mark.parametrize("args", [
    ["extract"],
    ["extract", "a.txt", "--no-such-option"],
    ["extract", "a.txt", "--language", "xx"],
    ["extract", "a.txt", "--published", "14/05/2021"],
])
def test_usage_errors_exit_2(args):
    result, _ = _run(args)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1

