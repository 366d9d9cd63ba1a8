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


def pdf_text(pdf: Path) -> str:
    """The PDF's text with every kind of space folded to one plain space."""
    tool = shutil.which("pdftotext")
    if tool is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("pdftotext (poppler-utils) is required in CI")
        pytest.skip("pdftotext not installed")
    text = subprocess.run([tool, "-layout", str(pdf), "-"], capture_output=True, text=True, timeout=60,
                          check=True).stdout
    return re.sub(r"[\s\u00a0\u202f\u2002]+", " ", text)


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
