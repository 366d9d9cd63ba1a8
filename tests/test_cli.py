"""The command line: extract's output and options, exit codes, a reader that leaves early."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from editor.cli import main
from editor.resources import sample_article, schema_file


def test_extract_seed_prints_schema_valid_json_with_every_spec_key(seed_article, capsys):
    assert main(["extract", str(seed_article), "--json", "--published", "2022-05-15"]) == 0
    data = json.loads(capsys.readouterr().out)
    jsonschema.validate(data, json.loads(schema_file().read_text(encoding="utf-8")))
    for key in ("schema_version", "source", "organization", "sites", "incident", "timeline", "impact",
                "response", "ransom", "evidence"):
        assert key in data
    assert set(data["source"]) >= {"title", "publisher", "url", "published", "language", "text"}
    assert data["source"]["published"] == "2022-05-15"


def test_extract_writes_a_file(tmp_path, capsys):
    out = tmp_path / "r.json"
    assert main(["extract", str(sample_article("en")), "-o", str(out), "--language", "en"]) == 0
    assert capsys.readouterr().out == ""
    assert json.loads(out.read_text(encoding="utf-8"))["source"]["language"] == "en"


@pytest.mark.parametrize("argv", [["extract"], ["extract", "a.txt", "--published", "15/05/2022"],
                                  ["extract", "a.txt", "--language", "es"], ["export", "a.txt"],
                                  ["--no-such-flag"]])
def test_usage_errors_exit_2(argv, capsys):
    assert main(argv) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_reader_leaving_early_is_not_an_error():
    cmd = [sys.executable, "-m", "editor", "extract", str(sample_article("fr"))]
    producer = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    producer.stdout.read(10)
    producer.stdout.close()
    err = producer.stderr.read().decode()
    assert producer.wait(timeout=60) == 0
    assert "Traceback" not in err and "error" not in err


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert "incident-editor" in capsys.readouterr().out


def test_template_check_on_the_builtin_template(capsys):
    from editor.resources import template_file

    assert main(["template", "check", str(template_file())]) == 0
    assert "complete" in capsys.readouterr().out


def test_export_then_reopen_the_docx(tmp_path, capsys):
    docx, back = tmp_path / "r.docx", tmp_path / "back.json"
    assert main(["export", str(sample_article("en")), "-o", str(docx), "--lang", "de", "--tlp", "RED"]) == 0
    assert main(["export", str(docx), "-o", str(back)]) == 0
    data = json.loads(back.read_text(encoding="utf-8"))
    assert data["report"]["tlp"] == "TLP:RED" and data["report"]["language"] == "de"
    assert data["organization"]["name"]
    assert Path(docx).stat().st_size > 10_000
