"""Templates: the built-in one is complete; a user's letterhead template is honoured; check_template reports gaps."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from export_samples import hospital_report
from docx.shared import Pt

from editor import resources
from editor.cli import main
from editor.export import ExportOptions, render, write
from editor.export.labels import label_table
from editor.export.template import STYLE_SPECS, check_template

ROOT = Path(__file__).resolve().parents[2]


def test_builtin_template_is_complete_and_reproducible(tmp_path):
    path = resources.template_file("report.docx")
    assert check_template(path) == []
    document = docx.Document(str(path))
    names = {s.name.lower() for s in document.styles}
    for name in ("Report Title", "Cover Field", "Key Facts Table", "Evidence Highlight", "heading 1"):
        assert name.lower() in names
    assert round(document.sections[0].page_width.mm) == 210
    assert document.core_properties.author == ""
    built = subprocess.run([sys.executable, str(ROOT / "tools" / "build_template.py")], capture_output=True,
                           text=True, cwd=tmp_path, check=True)
    assert "report.docx" in built.stdout
    assert path.read_bytes() == subprocess.run(
        [sys.executable, "-c", "import sys; sys.path.insert(0, 'tools'); import build_template as b;"
         "sys.stdout.buffer.write(b.build())"], capture_output=True, cwd=ROOT, check=True).stdout


def _letterhead(path: Path) -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "LETTERHEAD Hospital Group — Legal department"
    document.styles["Normal"].font.name = "Georgia"
    document.styles["Normal"].font.size = Pt(11)
    document.add_paragraph("Sample body text the report replaces")
    document.save(path)


def test_check_template_lists_missing_styles(tmp_path):
    template = tmp_path / "letterhead.docx"
    _letterhead(template)
    lines = check_template(template)
    assert f"warning: {template}: style 'Key Facts Table' missing (will be added)" in lines
    assert f"warning: {template}: style 'Evidence Highlight' missing (will be added)" in lines
    assert any("body has content" in line for line in lines)
    assert not any(line.startswith("error") for line in lines)


def test_wrong_style_type_is_reported(tmp_path):
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    document.styles.add_style("Evidence Highlight", WD_STYLE_TYPE.PARAGRAPH)
    path = tmp_path / "t.docx"
    document.save(path)
    lines = check_template(path)
    assert any("'Evidence Highlight' is a paragraph style, expected a character style (will be replaced)" in line
               for line in lines)
    out = docx.Document(io.BytesIO(render(hospital_report(), "docx", ExportOptions(template=path))))
    assert out.styles["Evidence Highlight"].type == WD_STYLE_TYPE.CHARACTER


@pytest.mark.parametrize("content,problem", [
    (b"plain text", "not a Word document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "encrypted or old-format"),
])
def test_check_template_errors(tmp_path, content, problem):
    path = tmp_path / "T.docx"
    path.write_bytes(content)
    assert check_template(path) == [f"error: {path}: {problem}"] or check_template(path)[0].startswith(
        f"error: {path}: {problem}")
    assert check_template(tmp_path / "absent.docx") == [f"error: {tmp_path / 'absent.docx'}: no such file"]


def test_check_template_refuses_dtd(tmp_path):
    source = tmp_path / "ok.docx"
    docx.Document().save(source)
    evil = tmp_path / "evil.docx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(evil, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/styles.xml":
                data = data.replace(b"?>", b'?><!DOCTYPE w [<!ENTITY e "x">]>', 1)
            dst.writestr(info, data)
    assert "DTD" in check_template(evil)[0]


def test_letterhead_template_honoured(tmp_path):
    template = tmp_path / "letterhead.docx"
    _letterhead(template)
    out = tmp_path / "out.docx"
    write(hospital_report(), out, options=ExportOptions(template=template))
    document = docx.Document(str(out))
    header = "\n".join(p.text for p in document.sections[0].header.paragraphs)
    assert "LETTERHEAD Hospital Group" in header and "TLP:AMBER" in header
    assert document.styles["Normal"].font.name == "Georgia"
    assert "Sample body text" not in "\n".join(p.text for p in document.paragraphs)
    assert document.styles["Key Facts Table"] is not None
    assert check_template(out) == [] or all("body has content" in line for line in check_template(out))


def test_dotx_template_accepted(tmp_path):
    source = tmp_path / "t.docx"
    _letterhead(source)
    dotx = tmp_path / "t.dotx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(dotx, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            dst.writestr(info, data)
    document = docx.Document(io.BytesIO(render(hospital_report(), "docx", ExportOptions(template=dotx))))
    assert "LETTERHEAD" in document.sections[0].header.paragraphs[0].text


def test_cli_template_check(tmp_path, capsys):
    template = tmp_path / "letterhead.docx"
    _letterhead(template)
    assert main(["template", "check", str(template)]) == 0
    assert "style 'Report Title' missing (will be added)" in capsys.readouterr().out
    bad = tmp_path / "bad.docx"
    bad.write_text("x")
    assert main(["template", "check", str(bad)]) == 1
    assert main(["template", "check", str(resources.template_file())]) == 0
    assert "template is complete" in capsys.readouterr().out


def test_cli_export_roundtrip(tmp_path):
    project = tmp_path / "case.incident.json"
    project.write_text(hospital_report().to_json(), encoding="utf-8")
    out = tmp_path / "case.docx"
    assert main(["export", str(project), "-o", str(out), "--lang", "de", "--tlp", "RED"]) == 0
    document = docx.Document(str(out))
    assert "TLP:RED" in document.sections[0].footer.paragraphs[-1].text
    again = tmp_path / "again.json"
    assert main(["export", str(out), "-o", str(again)]) == 0
    # The export's choices (language, TLP) are part of what was exported: reopening keeps them.
    expected = hospital_report()
    expected.report.language, expected.report.tlp = "de", "TLP:RED"
    assert json.loads(again.read_text(encoding="utf-8")) == expected.to_json_dict()


def test_every_label_key_in_every_language():
    keys = {lang: set(label_table(lang)) for lang in ("en", "fr", "nl", "de")}
    assert keys["fr"] == keys["en"] and keys["nl"] == keys["en"] and keys["de"] == keys["en"]
    for lang in ("fr", "nl", "de"):
        for key, value in label_table(lang).items():
            if isinstance(value, str):
                assert value.strip(), (lang, key)
                english = label_table("en")[key]
                assert sorted(re.findall(r"\{(\w+)\}", value)) == sorted(re.findall(r"\{(\w+)\}", english)), \
                    (lang, key)


def test_enumerations_all_labelled():
    from editor.model import enums

    groups = {"sector": enums.Sector, "incident_type": enums.IncidentType, "data_exfiltration": enums.DataExfiltration,
              "service": enums.ServiceName, "service_status": enums.ServiceStatus,
              "action_category": enums.ActionCategory, "action_status": enums.ActionStatus,
              "ransom_status": enums.RansomStatus, "stage": enums.ReportStage, "regime": enums.Regime}
    for lang in ("en", "fr", "nl", "de"):
        table = label_table(lang)
        for group, kind in groups.items():
            for member in kind:
                assert f"enum.{group}.{member.value}" in table, (lang, group, member)


def test_style_specs_parse():
    from docx.oxml import parse_xml

    for _name, (_kind, xml) in STYLE_SPECS.items():
        parse_xml(xml)
