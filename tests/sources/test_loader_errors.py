"""Bad input of every kind → one InputError naming the file, quickly; never another exception."""

from __future__ import annotations

import errno
import os
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.errors import InputError
from editor.sources import MAX_BYTES, load, load_bytes

SUFFIXES = ["", ".txt", ".md", ".html", ".htm", ".docx", ".pdf", ".xyz"]


def _refused(target, match: str) -> InputError:
    started = time.perf_counter()
    with pytest.raises(InputError, match=match) as info:
        load(target)
    assert time.perf_counter() - started < 5
    assert str(target) in str(info.value) and "\n" not in str(info.value)
    return info.value


def test_missing_file(tmp_path):
    _refused(tmp_path / "nope.txt", "no such file")


def test_directory(tmp_path):
    _refused(tmp_path, "is a directory")


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    _refused(path, "file is empty")


def test_fifo_is_not_read(tmp_path):
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    _refused(path, "not a regular file")  # reading it would block forever


def test_size_limit_is_checked_before_reading(tmp_path, monkeypatch):
    import editor.sources.files as files

    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:  # sparse: no disk space used
        fh.truncate(MAX_BYTES + 1)

    def never(_path):
        raise AssertionError("the file was opened despite its size")

    monkeypatch.setattr(files, "open_binary", never)
    error = _refused(path, "too large")
    assert error.problem == f"file is too large: {MAX_BYTES + 1:,} bytes, over the 20 MB limit"


def test_custom_size_limit(tmp_path):
    path = tmp_path / "small.txt"
    path.write_text("x" * 2000, encoding="utf-8")
    with pytest.raises(InputError, match="too large"):
        load(path, max_bytes=1000)


@pytest.mark.parametrize("err, words", [(errno.EACCES, "permission denied"), (errno.EIO, "input/output error")])
def test_unreadable_file_error_mapping(tmp_path, monkeypatch, err, words):
    import editor.sources.files as files

    path = tmp_path / "locked.txt"
    path.write_text("text", encoding="utf-8")

    def refuse(_path):
        raise OSError(err, os.strerror(err), str(_path))

    monkeypatch.setattr(files, "open_binary", refuse)
    _refused(path, words)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode (covered by the mapping test)")
def test_unreadable_file_for_real(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text("text", encoding="utf-8")
    path.chmod(0)
    _refused(path, "permission denied")


def test_nul_bytes(tmp_path):
    path = tmp_path / "nul.txt"
    path.write_bytes(b"Headline\n\nSome text\x00with a NUL byte in the middle of it.\n")
    _refused(path, "NUL bytes")


def test_single_20_mb_line_loads_in_bounded_time(tmp_path):
    path = tmp_path / "one-line.txt"
    path.write_bytes(b"word " * ((MAX_BYTES - 10) // 5))
    started = time.perf_counter()
    article = load(path)
    elapsed = time.perf_counter() - started
    assert elapsed < 5, elapsed
    assert len(article.text) > 20_000_000 and len(article.title) <= 301


def test_single_line_over_the_limit_is_refused(tmp_path):
    path = tmp_path / "too-long-line.txt"
    path.write_bytes(b"a" * (MAX_BYTES + 1))
    _refused(path, "too large")


@pytest.mark.parametrize("target, words", [
    ("ftp://example.org/article.txt", "unsupported URL scheme ftp"),
    ("file:///etc/passwd", "unsupported URL scheme file"),
    ("data:text/plain,hello", "unsupported URL scheme data"),
    ("javascript:alert(1)", "unsupported URL scheme javascript"),
])
def test_non_http_schemes_are_refused(target, words):
    _refused(target, words)


def test_empty_target():
    with pytest.raises(InputError, match="no file given"):
        load("")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(min_size=0, max_size=4096), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_load_or_raise_input_error(data, suffix):
    started = time.perf_counter()
    try:
        article = load_bytes(data, f"fuzz{suffix}", suffix=suffix)
    except InputError as exc:
        assert "\n" not in str(exc)
    else:
        assert isinstance(article.text, str) and article.text.strip()
    assert time.perf_counter() - started < 5


_PREFIXES = [b"%PDF-1.4\n", b"PK\x03\x04", b"<!DOCTYPE html><html><body>", b"\xef\xbb\xbf", b"\xff\xfe", b"---\n"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prefix=st.sampled_from(_PREFIXES), data=st.binary(max_size=2048), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_behind_magic_numbers(prefix, data, suffix):
    try:
        load_bytes(prefix + data + b"\n%%EOF\n", f"fuzz{suffix}", suffix=suffix)
    except InputError as exc:
        assert "\n" not in str(exc)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["<div>", "</div>", "<p>", "</p>", "<article>", "<h1>", "<script>", "&amp;",
                                 "<!--", "-->", "<![CDATA[", "text words here ", "<time datetime='2021-02-30'>",
                                 "<meta property='og:title' content='x'>", "<table><tr><td>", "\x00", "é"]),
                max_size=200))
def test_random_html_soup(parts):
    try:
        load_bytes("".join(parts).encode("utf-8"), "soup.html", suffix=".html")
    except InputError as exc:
        assert "\n" not in str(exc)


def test_mutated_docx_and_pdf_never_escape(tmp_path):
    import random

    from hostile import ENGLISH_LINES, make_docx, make_pdf

    rng = random.Random(1234)
    for original, suffix in ((make_docx(["Un paragraphe de texte."]), ".docx"), (make_pdf([ENGLISH_LINES]), ".pdf")):
        for _ in range(40):
            data = bytearray(original)
            for _ in range(rng.randint(1, 20)):
                data[rng.randrange(len(data))] = rng.randrange(256)
            try:
                load_bytes(bytes(data), "mutant" + suffix, suffix=suffix)
            except InputError as exc:
                assert "\n" not in str(exc)


def test_colon_in_a_file_name_is_not_a_url(tmp_path):
    _refused("notes:draft.txt", "no such file")
    path = tmp_path / "report:2021.txt"
    path.write_text("Headline\n\nThe text of the article, long enough to be read.\n", encoding="utf-8")
    assert load(str(path)).title == "Headline"


def test_huge_dense_markdown_loads_in_bounded_time(tmp_path):
    path = tmp_path / "dense.md"
    path.write_bytes(b"# Title\n\n" + (b"*mot* **gras** [lien](http://x) " * 20 + b"\n") * 25_000)
    started = time.perf_counter()
    article = load(path)
    assert time.perf_counter() - started < 5
    assert article.title == "Title" and article.warnings


# Regressions found by mutation fuzzing (cases are rebuilt here rather than committed as binaries).

def test_html_with_control_characters_loads():
    page = (b"<html><body><article><h1>Ti\x01tle</h1><p>" + b"Some words of article text\x0b\x1f here. " * 5
            + b"</p></article></body></html>")
    article = load_bytes(page, "controls.html", suffix=".html")
    assert "Some words of article text" in article.text


def test_docx_with_unsupported_zip_version_is_an_input_error():
    import struct

    from hostile import make_docx

    data = bytearray(make_docx(["Un paragraphe."]))
    at = data.find(b"PK\x01\x02")
    struct.pack_into("<H", data, at + 6, 246)  # "version needed to extract" 24.6
    with pytest.raises(InputError, match="damaged or truncated .docx"):
        load_bytes(bytes(data), "version.docx", suffix=".docx")


def test_pdf_repairs_are_warnings_not_stderr_noise(capfd):
    from hostile import ENGLISH_LINES, make_pdf

    data = make_pdf([ENGLISH_LINES]).replace(b"/WinAnsiEncoding", b"/WinAnsPEncoding")
    article = load_bytes(data, "odd.pdf", suffix=".pdf")
    assert "ransomware attack" in article.text
    assert any("pypdf worked around" in w for w in article.warnings)
    captured = capfd.readouterr()
    assert captured.err == "" and captured.out == ""
