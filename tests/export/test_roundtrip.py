"""The incident JSON inside the .docx: exact round trip, and safe refusal of corrupt or hostile files."""

from __future__ import annotations

import io
import zipfile

import pytest
from export_samples import hospital_report, hostile_report, longest_report
from hypothesis import HealthCheck, given, settings
from report_strategies import incident_reports

from editor.errors import InputError
from editor.export import ExportOptions, render, write
from editor.export.roundtrip import NAMESPACE, has_embedded_report, read_embedded_report


def _roundtrip(report, tmp_path, name="r.docx", **options):
    target = tmp_path / name
    write(report, target, options=ExportOptions(**options))
    return read_embedded_report(target)


@pytest.mark.parametrize("make", [hospital_report, longest_report, hostile_report])
def test_every_field_and_span_restored(make, tmp_path):
    report = make()
    back = _roundtrip(report, tmp_path)
    assert back.to_json_dict() == report.to_json_dict()
    assert back.evidence == report.evidence
    # export → reopen → export gives the same JSON
    again = _roundtrip(back, tmp_path, "again.docx")
    assert again.to_json_dict() == report.to_json_dict()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(report=incident_reports())
def test_roundtrip_hypothesis(report, tmp_path):
    back = _roundtrip(report, tmp_path)
    assert back.to_json_dict() == report.to_json_dict()


def test_custom_xml_part_related_from_document(tmp_path):
    target = tmp_path / "r.docx"
    write(hospital_report(), target)
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        rels = archive.read("word/_rels/document.xml.rels").decode()
        items = [n for n in names if n.startswith("customXml/item") and "Props" not in n]
        ours = [n for n in items if NAMESPACE.encode() in archive.read(n)]
        assert len(ours) == 1
        number = ours[0].removeprefix("customXml/item").removesuffix(".xml")
        assert f"customXml/itemProps{number}.xml" in names
        assert f"../{ours[0]}" in rels and "relationships/customXml" in rels
    assert has_embedded_report(target)


def test_report_used_as_template_is_not_embedded_twice(tmp_path):
    first = tmp_path / "first.docx"
    write(hospital_report(), first)
    second = tmp_path / "second.docx"
    other = hospital_report()
    other.organization.name = "Another hospital"
    write(other, second, options=ExportOptions(template=first))
    with zipfile.ZipFile(second) as archive:
        ours = [n for n in archive.namelist() if n.startswith("customXml/item") and "Props" not in n
                and NAMESPACE.encode() in archive.read(n)]
    assert len(ours) == 1
    assert read_embedded_report(second).organization.name == "Another hospital"


def _rewrite(source, target, replace):
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info, replace(info.filename, data))


def _our_item(path):
    with zipfile.ZipFile(path) as archive:
        return [n for n in archive.namelist() if n.startswith("customXml/item") and "Props" not in n
                and NAMESPACE.encode() in archive.read(n)][0]


def test_plain_docx_has_no_report(tmp_path):
    import docx

    plain = tmp_path / "plain.docx"
    docx.Document().save(plain)
    assert not has_embedded_report(plain)
    with pytest.raises(InputError, match="no incident report embedded"):
        read_embedded_report(plain)


@pytest.mark.parametrize("content", [b"", b"not a zip at all", b"PK\x03\x04broken"])
def test_not_a_docx(content, tmp_path):
    bad = tmp_path / "bad.docx"
    bad.write_bytes(content)
    assert not has_embedded_report(bad)
    with pytest.raises(InputError, match="bad.docx: "):
        read_embedded_report(bad)
    assert not has_embedded_report(tmp_path / "missing.docx")
    with pytest.raises(InputError, match="no such file"):
        read_embedded_report(tmp_path / "missing.docx")


def test_doctype_refused(tmp_path):
    good = tmp_path / "good.docx"
    write(hospital_report(), good)
    item = _our_item(good)
    evil = tmp_path / "evil.docx"
    _rewrite(good, evil, lambda name, data: data.replace(
        b"<ie:incidentReport", b'<!DOCTYPE x [<!ENTITY a "aaaa">]><ie:incidentReport', 1) if name == item else data)
    with pytest.raises(InputError, match="DTD"):
        read_embedded_report(evil)


def test_corrupt_payload_and_invalid_json(tmp_path):
    good = tmp_path / "good.docx"
    write(hospital_report(), good)
    item = _our_item(good)
    corrupt = tmp_path / "corrupt.docx"
    _rewrite(good, corrupt, lambda name, data: data.replace(b'schemaVersion="1">', b'schemaVersion="1">%%%', 1)
             if name == item else data)
    with pytest.raises(InputError, match="corrupt"):
        read_embedded_report(corrupt)
    import base64

    invalid = tmp_path / "invalid.docx"
    payload = base64.b64encode(b'{"impact": {"servers_affected": -5}}')
    xml = f'<ie:incidentReport xmlns:ie="{NAMESPACE}" encoding="base64">'.encode() + payload + b"</ie:incidentReport>"
    _rewrite(good, invalid, lambda name, data: xml if name == item else data)
    with pytest.raises(InputError, match="invalid at /impact/servers_affected"):
        read_embedded_report(invalid)


def test_zip_bomb_refused_before_inflating(tmp_path, monkeypatch):
    from editor.export import roundtrip

    good = tmp_path / "good.docx"
    write(hospital_report(), good)
    item = _our_item(good)
    bomb = tmp_path / "bomb.docx"
    filler = b" " * (3 * 1024 * 1024)  # compresses to a few KB
    _rewrite(good, bomb, lambda name, data: data.replace(b"<ie:incidentReport", filler + b"<ie:incidentReport", 1)
             if name == item else data)
    monkeypatch.setattr(roundtrip, "MAX_ITEM_BYTES", 1024 * 1024)
    with pytest.raises(InputError, match="zip bomb"):
        read_embedded_report(bomb)


def test_stream_export_carries_report(tmp_path):
    data = render(hospital_report(), "docx")
    path = tmp_path / "s.docx"
    path.write_bytes(io.BytesIO(data).getvalue())
    assert read_embedded_report(path).ransom.threat_actor == "NightVault"
