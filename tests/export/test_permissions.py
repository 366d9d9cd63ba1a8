"""Exported files carry the whole incident: readable by their owner only (0600), like projects."""

from __future__ import annotations

import os
import stat

import pytest

from editor.cli import main
from editor.export import write
from editor.resources import sample_article
from tests.export.export_samples import hospital_report


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.parametrize("fmt", ["docx", "json", "md", "veris", "stix"])
def test_write_makes_the_file_owner_only(tmp_path, fmt):
    old = os.umask(0o022)
    try:
        target = tmp_path / f"report.{fmt}"
        target.write_bytes(b"older export")
        os.chmod(target, 0o644)  # replacing a world-readable file does not keep it world-readable
        write(hospital_report(), target, fmt=fmt)
    finally:
        os.umask(old)
    assert _mode(target) == 0o600


def test_the_cli_export_and_extract_outputs_are_owner_only(tmp_path, capsys):
    old = os.umask(0o022)
    try:
        docx = tmp_path / "r.docx"
        assert main(["export", str(sample_article("en")), "-o", str(docx)]) == 0
        extracted = tmp_path / "r.json"
        assert main(["extract", str(sample_article("en")), "-o", str(extracted)]) == 0
    finally:
        os.umask(old)
    assert _mode(docx) == 0o600
    assert _mode(extracted) == 0o600


def test_the_cli_says_when_the_name_and_the_format_disagree(tmp_path, capsys):
    target = tmp_path / "r.md"
    assert main(["export", str(sample_article("en")), "-o", str(target), "--format", "json"]) == 0
    err = capsys.readouterr().err
    assert "r.md" in err and ".json" in err
    assert target.read_bytes().startswith(b"{")
