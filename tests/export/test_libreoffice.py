"""The .docx opens in LibreOffice: headless PDF conversion, then the PDF text carries the key facts.

Skipped without soffice on a workstation; in CI (CI=true) a missing soffice fails instead.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from export_samples import empty_report, hospital_report, hostile_report, longest_report

from editor.export import ExportOptions, write
from editor.pipeline import extract_file

pytestmark = pytest.mark.slow


def to_pdf(soffice: str, docx_path: Path, outdir: Path) -> Path:
    """Convert with a private LibreOffice profile (parallel runs never share one), 120 s at most."""
    profile = outdir / "lo-profile"
    try:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                        "--convert-to", "pdf", "--outdir", str(outdir), str(docx_path)],
                       capture_output=True, timeout=120, check=True)
    except subprocess.TimeoutExpired:
        pytest.fail(f"LibreOffice did not convert {docx_path.name} within 120 s")
    pdf = outdir / (docx_path.stem + ".pdf")
    assert pdf.is_file() and pdf.stat().st_size > 1000, f"LibreOffice produced no PDF for {docx_path.name}"
    return pdf


def _layout_text(pdf: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("pdftotext (poppler-utils) is required in CI")
        pytest.skip("pdftotext not installed")
    return subprocess.run([tool, "-layout", str(pdf), "-"], capture_output=True, text=True, timeout=60,
                          check=True).stdout


def fold(text: str) -> str:
    """Every kind of space folded to one plain space."""
    return re.sub(r"[\s\u00a0\u202f\u2002]+", " ", text).strip()


def pdf_text(pdf: Path) -> str:
    """The PDF's text with every kind of space folded to one plain space."""
    return fold(_layout_text(pdf))


def pdf_pages(pdf: Path) -> list[list[str]]:
    """The PDF's lines page by page (pdftotext separates pages with form feeds), spaces folded."""
    return [[fold(line) for line in page.splitlines() if line.strip()] for page in _layout_text(pdf).split("\f")]


def page_count(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(pdf)).pages)


@pytest.mark.parametrize("language,facts", [
    ("fr", ["Centre hospitalier de la Haute-Lesse", "180 serveurs et 1 250 ordinateurs", "Refusée (au 15 mars 2024)",
            "TLP:AMBER", "Page 1 sur", "Synthèse", "Annexe B : Texte des sources"]),
    ("en", ["Centre hospitalier de la Haute-Lesse", "180 servers and 1,250 workstations",
            "Refused (as of 15 March 2024)", "Page 1 of", "Executive summary"]),
    ("de", ["180 Server und 1.250 Arbeitsplatzrechner", "Abgelehnt (Stand 15. März 2024)", "Seite 1 von"]),
    ("nl", ["180 servers en 1.250 werkstations", "Geweigerd (stand 15 maart 2024)", "Pagina 1 van"]),
])
def test_fixture_report_converts_with_key_facts(soffice, tmp_path, language, facts):
    source = tmp_path / f"report-{language}.docx"
    write(hospital_report(), source, options=ExportOptions(language=language))
    pdf = to_pdf(soffice, source, tmp_path)
    text = pdf_text(pdf)
    for fact in facts:
        assert fact in text, fact
    pages = page_count(pdf)
    assert 4 <= pages <= 10
    assert f"{pages}" in text.split("Page 1 of ")[-1][:4] if language == "en" else True


@pytest.mark.parametrize("make", [empty_report, longest_report, hostile_report])
def test_edge_reports_convert(soffice, tmp_path, make):
    source = tmp_path / f"{make.__name__}.docx"
    write(make(), source)
    pdf = to_pdf(soffice, source, tmp_path)
    text = pdf_text(pdf)
    assert "TLP:AMBER" in text
    if make is hostile_report:
        assert "שלום" in text or "םולש" in text  # pdftotext may print RTL runs in visual order


_CONTENTS_LINE = re.compile(r"^(.*?) ?\.{3,} ?(\d+)$")  # "4.1 Systems ........ 2"


def contents_and_heading_pages(docx_path: Path, pdf: Path) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """(label, page) of every contents line on page 1 and (heading, page it is printed on) of every heading listed."""
    import docx

    listed = [fold(p.text) for p in docx.Document(str(docx_path)).paragraphs
              if p.style.name.lower() in ("heading 1", "heading 2")]
    pages = pdf_pages(pdf)
    contents = [(m.group(1), int(m.group(2))) for m in map(_CONTENTS_LINE.match, pages[0]) if m]
    found, page = [], 1
    for heading in listed:
        head = heading[:40]  # a long heading wraps: its first line starts with this
        while page < len(pages) and not any(line.startswith(head) for line in pages[page]):
            page += 1  # headings come in order: search on from the previous one's page
        found.append((heading, page + 1))
    return contents, found


@pytest.mark.parametrize("language", ["en", "fr"])
def test_contents_lines_carry_the_page_each_heading_is_printed_on(soffice, tmp_path, language):
    source = tmp_path / f"contents-{language}.docx"
    write(hospital_report(), source, options=ExportOptions(language=language))
    pdf = to_pdf(soffice, source, tmp_path)
    contents, headings = contents_and_heading_pages(source, pdf)
    pages = page_count(pdf)
    assert len(contents) == len(headings) >= 15
    assert all(page <= pages for _, page in headings), headings  # every heading was found in the body
    for (label, number), (heading, page) in zip(contents, headings):
        assert label and label in heading, (label, heading)  # a wrapped entry's number line ends the heading
        assert number == page, f"contents say {heading!r} is on page {number}, it is printed on page {page}"
    numbers = [n for _, n in contents]
    assert numbers == sorted(numbers) and numbers[0] == 2 and len(set(numbers)) >= 4


def test_contents_page_numbers_of_an_extracted_article(soffice, tmp_path, seed_article):
    source = tmp_path / "seed.docx"
    write(extract_file(seed_article), source)
    pdf = to_pdf(soffice, source, tmp_path)
    contents, headings = contents_and_heading_pages(source, pdf)
    assert len(contents) == len(headings) >= 15
    assert [n for _, n in contents] == [p for _, p in headings]
    assert headings[-1][1] == page_count(pdf)  # the source text annex is the last page
