"""The Word report read back with python-docx: sections, tables, furniture, fields, properties, languages."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import zipfile

import docx
import pytest
from export_samples import empty_report, hospital_report, hostile_report, longest_report
from docx.oxml.ns import qn

from editor.export import ExportOptions, render, write
from editor.export.labels import label_table
from editor.export.ooxml import TLP_COLOURS
from editor.model.enums import TLP

LANGS = ("en", "fr", "nl", "de")


def export(report, **options) -> docx.document.Document:
    return docx.Document(io.BytesIO(render(report, "docx", ExportOptions(**options))))


def headings(document) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name.lower().startswith("heading")]


def all_text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def test_sections_in_guide_order(report):
    names = [re.sub(r"^[\d.]+\u2002", "", h) for h in headings(export(report, language="en"))]
    level1 = [n for n in names if n in {
        "Executive summary", "Key facts", "Timeline", "Impact", "Response", "Ransom and extortion",
        "Regulatory notifications", "Lessons learned and next steps", "Annex A: Sources", "Annex B: Source text"}]
    assert level1 == ["Executive summary", "Key facts", "Timeline", "Impact", "Response", "Ransom and extortion",
                      "Regulatory notifications", "Lessons learned and next steps", "Annex A: Sources",
                      "Annex B: Source text"]
    assert names.index("Systems") < names.index("Clinical and business services") < names.index("Patient care") \
        < names.index("Data") < names.index("Response")


def test_cover_and_key_facts(report):
    document = export(report, language="en")
    cover = [p.text for p in document.paragraphs[:14]]
    assert cover[0] == "Cyber incident report: Centre hospitalier de la Haute-Lesse"
    assert any(t.startswith("Report stage\tIncident notification") for t in cover)
    assert any(t == "Author\tClaire Dumont" for t in cover)
    facts = {r.cells[0].text: r.cells[1].text for r in document.tables[0].rows}
    assert facts["Systems affected"] == "180 servers and 1,250 workstations"
    assert facts["Ransom status"] == "Refused (as of 15 March 2024)"
    assert facts["Threat actor"] == "NightVault"
    assert facts["Appointments affected"] == "2,300"
    assert facts["Sites"] == "Dinant and Ciney"


def test_tables_rows_header_repeat_and_colours(report):
    document = export(report, language="en")
    by_header = {(t.rows[0].cells[0].text, t.rows[0].cells[1].text): t for t in document.tables}
    timeline = by_header["When", "Event"]
    assert len(timeline.rows) == 1 + len(report.timeline)
    assert timeline.rows[1].cells[0].text.startswith("14 March 2024, 02:40")
    assert timeline.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    for table in document.tables:  # no row is cut over two pages, in any table
        assert all(row._tr.trPr is not None and row._tr.trPr.find(qn("w:cantSplit")) is not None
                   for row in table.rows)
    services = by_header["Service", "Status"]
    fills = {}
    for row in services.rows[1:]:
        shd = row.cells[1]._tc.tcPr.find(qn("w:shd"))
        fills[row.cells[1].text] = shd.get(qn("w:fill"))
    assert fills == {"Operational": "C6EFCE", "Degraded": "FFE699", "Unavailable": "F4B6B6"}
    assert "Blood sampling centre" in services.rows[4].cells[0].text or "prélèvements" in services.rows[4].cells[0].text
    regulatory = by_header["Obligation", "Authority"]
    rows = [r.cells[0].text.split("\n")[0] for r in regulatory.rows[1:]]
    assert rows == ["NIS2 early warning (24 h)", "NIS2 incident notification (72 h)", "NIS2 final report (one month)",
                    "Complaint to law enforcement"]
    due = [r.cells[3].text for r in regulatory.rows[1:4]]
    # Brussels time, UTC on the second line; a month on is summer time, the same local 03:40
    assert due == ["15 March 2024, 03:40 UTC+1\n02:40 UTC", "17 March 2024, 03:40 UTC+1\n02:40 UTC",
                   "17 April 2024, 03:40 UTC+2\n01:40 UTC"]
    actions = by_header["When", "Action"]
    assert len(actions.rows) == 1 + len(report.response.actions)
    # every table spans the text width: fixed layout and widths summing to the A4 text width (17 cm)
    for table in document.tables:
        widths = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.iterchildren(qn("w:gridCol"))]
        assert abs(sum(widths) - 9638) < 10


def test_header_footer_tlp_label_colours_and_fields(report):
    for tlp in TLP:
        document = export(report, language="en", tlp=tlp.value)
        section = document.sections[0]
        head, foot = section.header, section.footer
        assert tlp.value in head.paragraphs[-1].text and "Cyber incident report" in head.paragraphs[-1].text
        assert tlp.value in foot.paragraphs[-1].text and foot.paragraphs[-1].text.startswith(f"\u00a0{tlp.value}")
        for part in (head, foot):
            run = [r for r in part.paragraphs[-1].runs if tlp.value in r.text][0]
            assert str(run.font.color.rgb) == TLP_COLOURS[tlp.value]
            assert run._r.rPr.find(qn("w:shd")).get(qn("w:fill")) == "000000"
        instr = " ".join(t.text for t in foot._element.iter(qn("w:instrText")))
        assert "PAGE" in instr.split() and "NUMPAGES" in instr.split()
        assert "Page" in foot.paragraphs[-1].text and " of " in foot.paragraphs[-1].text
    assert TLP_COLOURS == {"TLP:RED": "FF2B2B", "TLP:AMBER": "FFC000", "TLP:AMBER+STRICT": "FFC000",
                           "TLP:GREEN": "33FF00", "TLP:CLEAR": "FFFFFF"}


def test_contents_link_every_heading_through_a_pageref_and_fields_update_on_open(report):
    document = export(report)
    body = document.element.body
    bookmarks = {b.get(qn("w:name")): b.getparent() for b in body.iter(qn("w:bookmarkStart"))}
    ids = [b.get(qn("w:id")) for b in body.iter(qn("w:bookmarkStart"))]
    assert len(ids) == len(set(ids)) == len([*body.iter(qn("w:bookmarkEnd"))])
    lines = [p for p in document.paragraphs if p.style.name in ("toc 1", "toc 2")]
    listed = [p.text for p in document.paragraphs if p.style.name.lower() in ("heading 1", "heading 2")]
    assert [p.text.rstrip("\t") for p in lines] == listed and len(lines) >= 12
    for para in lines:
        (link,) = para._p.findall(qn("w:hyperlink"))
        anchor = link.get(qn("w:anchor"))
        assert anchor.startswith("_Toc")
        target = bookmarks[anchor]  # the bookmark sits on the heading the line names
        assert target.tag == qn("w:p") and "".join(t.text for t in target.iter(qn("w:t"))) == para.text.rstrip("\t")
        instr = [t.text.split() for t in link.iter(qn("w:instrText"))]
        assert instr == [["PAGEREF", anchor, "\\h"]]
        assert [c.get(qn("w:fldCharType")) for c in link.iter(qn("w:fldChar"))] == ["begin", "separate", "end"]
        tab = para._p.pPr.find(qn("w:tabs")).find(qn("w:tab"))
        assert tab.get(qn("w:val")) == "right" and tab.get(qn("w:leader")) == "dot"
    # no TOC field: LibreOffice would freeze its result and print no page numbers
    assert not [t for t in body.iter(qn("w:instrText")) if t.text.split()[0] == "TOC"]
    assert document.settings.element.find(qn("w:updateFields")).get(qn("w:val")) == "true"


def test_core_properties_never_os_user(report, monkeypatch):
    monkeypatch.setenv("USER", "os-login-name")
    monkeypatch.setenv("USERNAME", "os-login-name")
    props = export(report).core_properties
    assert props.title == "Cyber incident report: Centre hospitalier de la Haute-Lesse"
    assert props.author == "Claire Dumont" and props.last_modified_by == "Claire Dumont"
    assert "Ransomware" in props.keywords and "TLP:AMBER" in props.keywords
    assert props.subject == "Incident report, Incident notification"
    assert props.comments == ""
    assert "python-docx" not in (props.author + props.comments + props.last_modified_by)
    override = export(report, author="Analyst On Duty").core_properties
    assert override.author == "Analyst On Duty"
    blank = export(empty_report()).core_properties
    assert blank.author == "" and "os-login-name" not in blank.last_modified_by


def test_paper_size_by_locale(report):
    a4 = export(report, language="de").sections[0]
    assert (round(a4.page_width.mm), round(a4.page_height.mm)) == (210, 297)
    letter = export(report, language="en", locale="en-US").sections[0]
    assert (round(letter.page_width.inches, 2), round(letter.page_height.inches, 2)) == (8.5, 11.0)
    us = export(report, language="en", locale="en-US")
    facts = {r.cells[0].text: r.cells[1].text for r in us.tables[0].rows}
    assert facts["Start date"] == "March 14, 2024"


def test_evidence_marked_in_annex_b(report):
    document = export(report, language="en")
    marked = [r for p in document.paragraphs for r in p.runs if r._r.style == document.styles["Evidence Highlight"].style_id]
    marked_text = " ".join(r.text for r in marked)
    assert "180 serveurs et 1 250 ordinateurs" in marked_text
    assert "Nous ne paierons pas" in marked_text
    tags = [r.text for p in document.paragraphs for r in p.runs if r._r.style == document.styles["Evidence Tag"].style_id]
    assert any("Servers affected" in t and "Workstations affected" in t for t in tags)
    assert any("Ransom status" in t for t in tags)


def test_localised_dates_numbers_and_labels(report):
    fr = all_text(export(report, language="fr"))
    assert "14 mars 2024" in fr and "1\u202f250 ordinateurs" in fr and "Refusée (au 15 mars 2024)" in fr
    assert "2\u202f000\u202f000\u00a0€" in fr
    de = all_text(export(report, language="de"))
    assert "14. März 2024" in de and "1.250 Arbeitsplatzrechner" in de and "Abgelehnt" in de
    nl = all_text(export(report, language="nl"))
    assert "14 maart 2024" in nl and "1.250 werkstations" in nl and "Geweigerd" in nl


def _english_only_labels() -> set[str]:
    en = label_table("en")
    others = [label_table(lang) for lang in ("fr", "nl", "de")]
    out = set()
    for key, value in en.items():
        if not isinstance(value, str) or "{" in value or len(value) < 5:
            continue
        # words shared by every language (Sector, Region, Ransomware, Version…) are not untranslated labels
        if any(table.get(key) == value for table in others):
            continue
        out.add(value)
    return out


@pytest.mark.parametrize("language", ["fr", "nl", "de"])
def test_no_english_label_in_other_languages(language, report):
    text = all_text(export(report, language=language))
    text += "\n".join(p.text for s in export(report, language=language).sections for p in s.header.paragraphs)
    # the hand-typed values of the fixture are English (descriptions, notes); only labels are checked
    leaked = [label for label in _english_only_labels() if re.search(rf"(?<!\w){re.escape(label)}(?!\w)", text)]
    typed = json.dumps(report.to_json_dict(), ensure_ascii=False)
    leaked = [label for label in leaked if label not in typed]
    assert leaked == []


@pytest.mark.parametrize("language", LANGS)
def test_nothing_prints_as_none_null_or_enum_key(language):
    for sample in (hospital_report(), empty_report()):
        text = all_text(export(sample, language=language))
        for bad in ("None", "null", "[]", "not_demanded", "incident_notification", "early_warning", "covid_testing",
                    "data_breach", "TLP.AMBER", "{", "}"):
            assert bad not in text, (bad, language)


def test_empty_report_says_not_reported_consistently():
    document = export(empty_report(), language="fr")
    facts = {r.cells[0].text: r.cells[1].text for r in document.tables[0].rows}
    assert set(facts.values()) == {"Non communiqué"}
    assert "Non communiqué." in [p.text for p in document.paragraphs]


@pytest.mark.parametrize("make", [empty_report, longest_report, hostile_report])
def test_edge_reports_export_and_open(make, tmp_path):
    target = tmp_path / "edge.docx"
    write(make(), target)
    document = docx.Document(str(target))
    assert len(document.paragraphs) > 10
    with zipfile.ZipFile(target) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    assert "\x00" not in xml and "\x07" not in xml


def test_hostile_text_dropped_and_rtl_kept():
    text = all_text(export(hostile_report()))
    assert "שלום עולם" in text and "مرحبا بالعالم" in text
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]", text)


def test_longest_report_tables_keep_all_rows():
    document = export(longest_report())
    timeline = [t for t in document.tables if t.rows[0].cells[0].text == "When" and t.rows[0].cells[1].text == "Event"]
    assert len(timeline[0].rows) == 151


def test_write_to_stream_and_by_extension(report, tmp_path):
    stream = io.BytesIO()
    write(report, stream, fmt="docx")
    assert zipfile.is_zipfile(io.BytesIO(stream.getvalue()))
    write(report, tmp_path / "r.docx")
    assert docx.Document(str(tmp_path / "r.docx")).core_properties.title


def test_import_is_cheap_and_qt_free():
    code = ("import sys, editor.export, editor.export.roundtrip, editor.export.template, editor.export.summary;"
            "bad=[m for m in ('docx','PySide6','stix2','babel') if m in sys.modules]; print(','.join(bad))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_source_addresses_are_links(report):
    document = export(report)
    targets = [r.target_ref for r in document.part.rels.values() if r.is_external]
    assert targets == [report.source.url, report.sources[0].url]
    hostile = export(hostile_report())
    assert [r for r in hostile.part.rels.values() if r.is_external] == []  # not a clean web address: plain text


def _effective_right_stops(para) -> set[int]:
    """Right tab stops (twips) a paragraph ends up with: its style chain's, minus cleared ones, plus its own."""
    from docx.enum.text import WD_TAB_ALIGNMENT

    stops: dict[int, object] = {}
    chain, style = [], para.style
    while style is not None:
        chain.append(style)
        style = style.base_style
    for source in [*(s.paragraph_format.tab_stops for s in reversed(chain)), para.paragraph_format.tab_stops]:
        for tab in source:
            position = int(tab.position / 635)
            if tab.alignment == WD_TAB_ALIGNMENT.CLEAR:
                stops.pop(position, None)
            else:
                stops[position] = tab.alignment
    return {p for p, a in stops.items() if a == WD_TAB_ALIGNMENT.RIGHT}


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_page_numbers_end_at_the_right_margin_on_either_paper(report, paper):
    document = export(report, paper=paper)
    section = document.sections[0]
    width = int((section.page_width - section.left_margin - section.right_margin) / 635)
    assert width == {"a4": 9638, "letter": 9972}[paper]
    lines = [p for p in document.paragraphs if p.style.name in ("toc 1", "toc 2")]
    footer = section.footer.paragraphs[-1]
    assert lines and "NUMPAGES" in " ".join(t.text for t in footer._p.iter(qn("w:instrText")))
    for para in [*lines, footer, section.header.paragraphs[-1]]:
        # a stop of the style before the margin would catch the tab and leave the number short of it
        assert _effective_right_stops(para) == {width}, para.text
