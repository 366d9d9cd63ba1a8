"""The command line: extract's output and options, exit codes, a reader that leaves early."""

from __future__ import annotations

import json
import os
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


A4_EMU, LETTER_EMU = (7560310, 10692130), (7772400, 10058400)  # 210 × 297 mm, 8.5 × 11 in


def page_sizes(path: Path) -> set[tuple[int, int]]:
    """(width, height) in EMU of every section of a .docx."""
    import docx

    return {(s.page_width, s.page_height) for s in docx.Document(str(path)).sections}


def test_export_paper_size(tmp_path, capsys):
    article = str(sample_article("en"))
    sizes = {}
    for paper in ("a4", "letter", "LETTER", None):
        out = tmp_path / f"{paper}.docx"
        assert main(["export", article, "-o", str(out), *(["--paper", paper] if paper else [])]) == 0
        sizes[paper] = page_sizes(out)
    assert sizes == {"a4": {A4_EMU}, "letter": {LETTER_EMU}, "LETTER": {LETTER_EMU}, None: {A4_EMU}}
    # a letter page is narrower: the contents' right tab follows the text width
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT

    tabs = {p: Document(str(tmp_path / f"{p}.docx")).paragraphs for p in ("a4", "letter")}
    positions = {p: {t.position for para in paras if para.style.name == "toc 1"
                     for t in para.paragraph_format.tab_stops if t.alignment == WD_TAB_ALIGNMENT.RIGHT}
                 for p, paras in tabs.items()}
    assert positions["letter"] != positions["a4"] and len(positions["letter"]) == 1
    capsys.readouterr()
    assert main(["export", article, "-o", str(tmp_path / "x.docx"), "--paper", "b5"]) == 2
    assert "--paper" in capsys.readouterr().err


def test_batch_paper_size_and_a_change_of_it_redoes_the_word_reports(tmp_path, capsys):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_bytes(sample_article("en").read_bytes())
    batch = ["batch", str(src), "-o", str(out), "--jobs", "1"]
    assert main([*batch, "--format", "docx,json", "--paper", "letter"]) == 0
    assert page_sizes(out / "a.docx") == {LETTER_EMU}
    assert main([*batch, "--format", "docx,json", "--paper", "letter"]) == 0
    assert json.loads((out / "summary.json").read_text(encoding="utf-8"))["counts"]["skipped"] == 1
    assert main([*batch, "--format", "docx,json", "--paper", "a4"]) == 0
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["counts"]["ok"] == 1 and summary["paper"] == "a4"
    assert page_sizes(out / "a.docx") == {A4_EMU}
    assert main([*batch, "--format", "json", "--paper", "letter"]) == 0  # no Word report: the paper does not matter
    assert json.loads((out / "summary.json").read_text(encoding="utf-8"))["counts"]["skipped"] == 1
    assert main([*batch, "--format", "docx"]) == 0  # no --paper: A4, as made last time
    assert json.loads((out / "summary.json").read_text(encoding="utf-8"))["counts"]["skipped"] == 1
    capsys.readouterr()


def test_opening_an_exported_docx_reads_its_zip_once(tmp_path, monkeypatch):
    import zipfile

    import docx

    from editor import pipeline

    report_docx = tmp_path / "r.docx"
    assert main(["export", str(sample_article("en")), "-o", str(report_docx), "--tlp", "RED"]) == 0
    opened: list[str] = []
    real_init = zipfile.ZipFile.__init__

    def counting_init(self, file, *args, **kwargs):
        opened.append(str(file))
        real_init(self, file, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "__init__", counting_init)
    report = pipeline.open_any(report_docx)
    assert opened == [str(report_docx)]
    assert report.report.tlp.value == "TLP:RED" and report.organization.name
    assert pipeline.kind_of(report_docx) == "report"
    # a Word file without an embedded report is still an article to extract, and a missing one an error
    plain = tmp_path / "article.docx"
    document = docx.Document()
    for line in sample_article("en").read_text(encoding="utf-8").split("\n\n"):
        document.add_paragraph(line.strip())
    document.save(str(plain))
    assert pipeline.kind_of(plain) == "article"
    assert pipeline.open_any(plain).source.text.startswith(document.paragraphs[0].text[:20])
    with pytest.raises(Exception, match="no such file"):
        pipeline.open_any(tmp_path / "missing.docx")


@pytest.mark.parametrize("argv", [["extract", "a.txt", "--json"], ["extract", "a.txt"], ["extract", "--json", "a.txt"],
                                  ["extract", "a.txt", "--debug", "--json"], ["extract", "", "--json"],
                                  ["extract", "extract", "--json", "--json"]])
def test_plain_extract_reads_arguments_as_argparse_does(argv):
    from editor.cli import _build_parsers, _plain_extract

    plain = _plain_extract(argv)
    assert plain is not None
    assert vars(plain) == vars(_build_parsers()[1].parse_args(argv))


@pytest.mark.parametrize("argv", [[], ["extract"], ["extract", "a.txt", "b.txt"], ["extract", "-", "--json"],
                                  ["extract", "a.txt", "--js"], ["extract", "a.txt", "--language", "fr"],
                                  ["extract", "a.txt", "-o", "x.json"], ["extract", "a.txt", "--help"],
                                  ["extract", "a.txt", "--published", "2024-01-01"], ["export", "a.txt", "--json"],
                                  ["extract", "a.txt", "--", "--json"], ["--debug", "extract", "a.txt"]])
def test_every_other_command_line_goes_to_argparse(argv):
    from editor.cli import _plain_extract

    assert _plain_extract(argv) is None


def test_plain_extract_process_imports_no_argparse():
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "editor", "extract", str(sample_article("en")),
                           "--json"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    imported = {line.split("|")[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    assert "editor.extraction.assemble" in imported
    assert not imported & {"argparse", "hashlib", "gzip"}
    assert json.loads(done.stdout)["source"]["language"] == "en"


def test_extract_process_ends_without_teardown_but_with_its_exit_work(tmp_path):
    # An extract process ends as any Python process does: its exit handlers run; it writes no start-up cache.
    code = ("import atexit, sys\n"
            "atexit.register(lambda: print('exit work done', file=sys.stderr))\n"
            "sys.argv[1:] = ['extract', sys.argv[1], '--json']\n"
            "from editor.cli import main\n"
            "sys.exit(main())\n")
    env = dict(os.environ, INCIDENT_EDITOR_CACHE_DIR=str(tmp_path / "cache"))
    done = subprocess.run([sys.executable, "-c", code, str(sample_article("fr"))],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0 and done.stderr == "exit work done\n"
    assert json.loads(done.stdout)["source"]["language"] == "fr"
    assert not (tmp_path / "cache").exists()
    missing = subprocess.run([sys.executable, "-m", "editor", "extract", str(tmp_path / "none.txt"), "--json"],
                             capture_output=True, text=True, env=env, timeout=120)
    assert missing.returncode == 1 and missing.stdout == ""
    assert missing.stderr.count("\n") == 1 and "none.txt" in missing.stderr


def test_a_profiled_extract_process_still_reports():
    # An extract process must not swallow what a profiler prints when main returns.
    done = subprocess.run([sys.executable, "-m", "cProfile", "-s", "cumtime", "-m", "editor", "extract",
                           str(sample_article("en")), "--json"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "function calls" in done.stdout


def test_extractor_loads_with_the_collector_paused_then_frozen_and_running():
    code = ("import gc, sys\nfrom editor import cli\ncli._load_extractor()\n"
            "print(gc.isenabled(), gc.get_freeze_count() > 10_000, 'editor.extraction.assemble' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.split() == ["True", "True", "True"]


def test_export_records_each_stage_submission_in_the_project(tmp_path, capsys):
    """`export --record-submission`: the output and the project keep the stage; the next stage's report says what changed."""
    import docx

    from editor.export.roundtrip import read_embedded_report
    from editor.storage import load_project

    article = tmp_path / "a.txt"
    article.write_text("Cyberattack at a regional hospital\n\nMarch 3, 2023\n\nThe hospital was hit by ransomware on "
                       "March 2. Some 40 servers were encrypted and 120 appointments were cancelled.\n", encoding="utf-8")
    project = tmp_path / "case.incident.json"
    assert main(["export", str(article), "-o", str(project)]) == 0
    assert main(["export", str(project), "-o", str(tmp_path / "ew.docx"), "--record-submission"]) == 0
    assert [s.stage.value for s in load_project(project).submissions] == ["early_warning"]
    assert main(["export", str(project), "-o", str(tmp_path / "n.docx"), "--stage", "incident_notification",
                 "--record-submission"]) == 0
    kept = load_project(project)
    assert [s.stage.value for s in kept.submissions] == ["early_warning", "incident_notification"]
    assert [s.stage.value for s in read_embedded_report(tmp_path / "n.docx").submissions] == \
        ["early_warning", "incident_notification"]
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "n.docx")).paragraphs)
    assert "Since the previous stage (Early warning" in text  # not the submission this very export records
    assert main(["export", str(project), "-o", str(tmp_path / "draft.md")]) == 0  # not recorded: project unchanged
    assert len(load_project(project).submissions) == 2
