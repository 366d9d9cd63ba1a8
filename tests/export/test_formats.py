"""JSON, Markdown, VERIS 1.4 (schema + enumerations) and STIX 2.1 (strict validator) exports; write()'s contract."""

from __future__ import annotations

import io
import json

import jsonschema
import pytest
from export_samples import VERIS_DIR, empty_report, hospital_report, hostile_report, longest_report
from hypothesis import HealthCheck, given, settings
from stix2validator import ValidationOptions, validate_string
from report_strategies import incident_reports

from editor.errors import EditorError, OutputError
from editor.export import ExportOptions, format_for, render, write
from editor.export.summary import executive_summary
from editor.model import IncidentReport

SAMPLES = [hospital_report, empty_report, longest_report, hostile_report]


def _veris_files():
    if not (VERIS_DIR / "verisc.json").is_file():
        pytest.skip("../shared/veris is not beside the checkout")
    return json.loads((VERIS_DIR / "verisc.json").read_text()), json.loads((VERIS_DIR / "verisc-enum.json").read_text())


def enum_violations(node, enums, path="") -> list[str]:
    """Every string value whose path has an enumeration in verisc-enum.json and is not in it."""
    out = []
    if isinstance(node, dict):
        for key, value in node.items():
            sub = enums.get(key) if isinstance(enums, dict) else None
            if sub is not None:
                out += enum_violations(value, sub, f"{path}.{key}")
    elif isinstance(node, list):
        for item in node:
            out += enum_violations(item, enums, path)
    elif isinstance(node, str) and isinstance(enums, list) and node not in enums:
        out.append(f"{path}={node!r}")
    return out


def check_veris(record: dict) -> None:
    schema, enums = _veris_files()
    errors = [e.message for e in jsonschema.Draft4Validator(schema).iter_errors(record)]
    assert errors == []
    assert enum_violations(record, enums) == []


@pytest.mark.parametrize("make", SAMPLES)
def test_veris_validates(make):
    check_veris(json.loads(render(make(), "veris")))


def test_veris_codes_the_hospital_ransomware():
    record = json.loads(render(hospital_report(), "veris"))
    assert record["schema_version"] == "1.4.0"
    assert record["action"]["malware"]["variety"] == ["Ransomware"]
    assert record["attribute"]["availability"]["variety"] == ["Interruption"]
    assert record["victim"]["industry"] == "622" and record["victim"]["country"] == ["BE"]
    assert record["timeline"]["incident"] == {"year": 2024, "month": 3, "day": 14, "time": "02:40:00 AM"}
    assert record["actor"]["external"]["motive"] == ["Financial"]
    assert record["security_incident"] == "Confirmed" and record["confidence"] == "High"
    assert record["discovery_method"] == {"unknown": True}
    assert record["reference"].startswith("https://courrier-lesse.example/")
    import uuid

    assert uuid.UUID(record["incident_id"])
    assert json.loads(render(hospital_report(), "veris"))["incident_id"] == record["incident_id"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report=incident_reports())
def test_veris_validates_hypothesis(report):
    check_veris(json.loads(render(report, "veris")))


def check_stix(text: str) -> None:
    result = validate_string(text, ValidationOptions(strict=True, version="2.1"))
    assert result.is_valid, [str(e) for e in result.errors]


@pytest.mark.parametrize("make", SAMPLES)
def test_stix_strict(make):
    check_stix(render(make(), "stix").decode())


def test_stix_content():
    bundle = json.loads(render(hospital_report(), "stix", ExportOptions(tlp="RED")))
    by_type = {}
    for obj in bundle["objects"]:
        by_type.setdefault(obj["type"], []).append(obj)
    assert set(by_type) == {"marking-definition", "identity", "incident", "threat-actor", "relationship", "report"}
    marking = by_type["marking-definition"][0]
    assert marking["name"] == "TLP:RED"
    for obj in bundle["objects"]:
        if obj["type"] != "marking-definition":
            assert obj["object_marking_refs"] == [marking["id"]]
    report = by_type["report"][0]
    assert set(report["object_refs"]) == {o["id"] for o in bundle["objects"] if o["type"] not in ("marking-definition",
                                                                                                  "report")}
    assert by_type["identity"][0]["sectors"] == ["healthcare"]
    assert by_type["threat-actor"][0]["name"] == "NightVault"


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report=incident_reports())
def test_stix_strict_hypothesis(report):
    check_stix(render(report, "stix").decode())


def test_json_is_the_spec(tmp_path):
    report = hospital_report()
    write(report, tmp_path / "r.json")
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data == report.to_json_dict()
    assert IncidentReport.from_json_dict(data) == report
    hostile = json.loads(render(hostile_report(), "json"))
    assert IncidentReport.from_json_dict(hostile).to_json_dict() == hostile_report().to_json_dict()


def test_markdown_has_the_same_sections():
    text = render(hospital_report(), "md", ExportOptions(language="fr")).decode()
    order = ["Synthèse", "Faits essentiels", "Chronologie", "Impact", "Réponse", "Rançon et extorsion",
             "Notifications réglementaires", "Enseignements et prochaines étapes", "Annexe A", "Annexe B"]
    positions = [text.index(f"\u2002{h}" if not h.startswith("Annexe") else f"## {h}") for h in order]
    assert positions == sorted(positions)
    assert "| Quand | Événement | Source |" in text
    assert "<mark>" in text and "`TLP:AMBER`" in text
    assert "None" not in text and "null" not in text


def test_markdown_escapes_table_breakers():
    report = hospital_report()
    report.timeline[0].what = "a | b\nc *d*"
    text = render(report, "md").decode()
    assert "a \\| b<br>c \\*d\\*" in text


@pytest.mark.parametrize("name,fmt", [("r.docx", "docx"), ("r.JSON", "json"), ("r.md", "md"),
                                      ("x.veris.json", "veris"), ("x.stix.json", "stix")])
def test_format_from_extension(name, fmt):
    assert format_for(name) == fmt


def test_write_errors_are_one_line(tmp_path):
    with pytest.raises(OutputError, match="unknown output format"):
        write(hospital_report(), tmp_path / "r.txt")
    with pytest.raises(OutputError):
        write(hospital_report(), tmp_path / "no" / "such" / "dir" / "r.docx")
    with pytest.raises(EditorError, match="report language"):
        write(hospital_report(), tmp_path / "r.docx", options=ExportOptions(language="es"))
    with pytest.raises(EditorError, match="TLP"):
        write(hospital_report(), tmp_path / "r.docx", options=ExportOptions(tlp="PURPLE"))
    with pytest.raises(EditorError, match="stream"):
        write(hospital_report(), io.BytesIO())
    target = tmp_path / "keep.docx"
    target.write_bytes(b"previous")
    with pytest.raises(EditorError):
        write(hospital_report(), target, options=ExportOptions(language="xx"))
    assert target.read_bytes() == b"previous"


@pytest.mark.parametrize("fmt", ["json", "md", "veris", "stix", "docx"])
def test_every_format_to_stream(fmt):
    stream = io.BytesIO()
    write(hospital_report(), stream, fmt=fmt)
    assert len(stream.getvalue()) > 200


def test_executive_summary_sentences():
    en = executive_summary(hospital_report(), "en")
    assert en.startswith("Centre hospitalier de la Haute-Lesse was hit by a ransomware attack that began on 14 March 2024.")
    assert "180 servers and 1,250 workstations were affected." in en
    assert "Unavailable services: Centre de prélèvements." in en
    fr = executive_summary(hospital_report(), "fr")
    assert "a été victime d’une attaque par rançongiciel qui a débuté le 14 mars 2024." in fr
    de = executive_summary(hospital_report(), "de")
    assert "Betroffen waren 180 Server und 1.250 Arbeitsplatzrechner." in de
    assert executive_summary(empty_report(), "nl") == ""
