"""Every loader bounds what it parses (issue 15): elements, attributes, pages, content, characters,
and refuses past a bound with one line naming it; encrypted PDFs are called password-protected."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from hostile import (docx_many_paragraphs, encrypted_pdf, html_many_elements, html_wide_element, make_pdf,
                     pdf_dense_pages, pdf_many_pages, ENGLISH_LINES)

from editor.errors import InputError
from editor.sources import html, load_bytes, office, pdf


def _refused(data: bytes, suffix: str, match: str) -> InputError:
    with pytest.raises(InputError, match=match) as info:
        load_bytes(data, f"hostile{suffix}", suffix=suffix)
    assert "\n" not in str(info.value)
    return info.value


# --- HTML --------------------------------------------------------------------------------------

def test_element_with_50000_attributes_is_refused_naming_the_limit() -> None:
    _refused(html_wide_element(50_000), ".html", r"more than 256 attributes")


def test_element_at_the_attribute_limit_loads() -> None:
    article = load_bytes(html_wide_element(html.MAX_ELEMENT_ATTRIBUTES), "ok.html", suffix=".html")
    assert "taken offline" in article.text


def test_page_with_too_many_elements_is_refused() -> None:
    _refused(html_many_elements(html.MAX_ELEMENTS + 10), ".html", r"more than 200,000 HTML elements")


def test_page_with_too_many_attributes_is_refused() -> None:
    elements = html.MAX_ATTRIBUTES // 200 + 10
    _refused(html_wide_element(200, elements), ".html", r"more than 500,000 attributes")


# --- DOCX --------------------------------------------------------------------------------------

def test_docx_with_too_many_elements_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(office, "MAX_ELEMENTS", 2_000)
    _refused(docx_many_paragraphs(1_000), ".docx", r"more than 2,000 XML elements")


def test_docx_with_too_much_text_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(office, "MAX_TEXT_CHARS", 5_000)
    _refused(docx_many_paragraphs(1_000), ".docx", r"more than 5,000 characters of text")


def test_docx_under_the_bounds_streams_every_paragraph() -> None:
    article = load_bytes(docx_many_paragraphs(20_000), "many.docx", suffix=".docx")
    assert article.text.count("\n\n") == 19_999


def test_docx_of_a_million_elements_is_refused_at_full_size() -> None:
    _refused(docx_many_paragraphs(office.MAX_ELEMENTS // 3 + 100), ".docx", r"more than 1,000,000 XML elements")


def test_password_protected_docx_says_so() -> None:
    """Word writes an encrypted .docx as an OLE container with an EncryptedPackage stream."""
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptedPackage".encode("utf-16-le") + bytes(4096)
    _refused(ole, ".docx", r"^hostile\.docx: the \.docx is encrypted \(password-protected\)$")
    _refused(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096), ".docx", r"not a zip archive")


# --- PDF ---------------------------------------------------------------------------------------

def test_pdf_of_100000_pages_reads_only_the_first_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf, "TIME_BUDGET_S", 600.0)  # pages, not a busy machine's clock, are the subject
    article = load_bytes(pdf_many_pages(100_000), "pages.pdf", suffix=".pdf")
    assert article.text.count("Systems offline") == pdf.MAX_PAGES
    assert any(f"first {pdf.MAX_PAGES} of 100000 pages" in w for w in article.warnings)


def test_pdf_whose_page_count_lies_still_stops(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf, "TIME_BUDGET_S", 600.0)
    article = load_bytes(pdf_many_pages(2_000, declared=1), "lying.pdf", suffix=".pdf")
    assert article.text.count("Systems offline") == pdf.MAX_PAGES
    assert any(f"only the first {pdf.MAX_PAGES} pages were read" in w for w in article.warnings)


def test_pdf_content_bound_stops_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf, "MAX_CONTENT_BYTES", 70_000)  # a page of 1,000 placed characters is ~27,000 bytes
    article = load_bytes(pdf_dense_pages(10, 1_000), "dense.pdf", suffix=".pdf")
    assert any("only the first 2 of 10 pages were read: their content reached" in w for w in article.warnings)


def test_pdf_text_bound_stops_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf, "MAX_TEXT_CHARS", 1_000)
    article = load_bytes(pdf_dense_pages(10, 400), "text.pdf", suffix=".pdf")
    assert any("1,000-character limit" in w for w in article.warnings)


@pytest.mark.parametrize("algorithm", ["RC4-40", "RC4-128", "AES-128", "AES-256-R5", "AES-256"])
def test_encrypted_pdf_with_empty_user_password_opens(algorithm: str) -> None:
    article = load_bytes(encrypted_pdf(algorithm), f"{algorithm}.pdf", suffix=".pdf")
    assert "taken offline after a" in article.text


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_encrypted_pdf_with_a_password_is_password_protected(algorithm: str) -> None:
    _refused(encrypted_pdf(algorithm, "secret"), ".pdf", r"^hostile\.pdf: the PDF is password-protected$")


def test_aes_pdf_without_cryptography_is_still_called_password_protected(tmp_path) -> None:
    path = tmp_path / "aes.pdf"
    path.write_bytes(encrypted_pdf("AES-256"))
    code = textwrap.dedent(f"""
        import sys

        class Refuse:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] == "cryptography":
                    raise ImportError("blocked")
                return None

        sys.meta_path.insert(0, Refuse())
        from editor.errors import InputError
        from editor.sources import load
        try:
            load({str(path)!r})
        except InputError as exc:
            print(exc.problem)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "password-protected" in out.stdout and "damaged" not in out.stdout


def test_time_budget_always_reads_the_first_page(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf, "TIME_BUDGET_S", -1.0)
    article = load_bytes(make_pdf([ENGLISH_LINES, ["Second page."]]), "slow.pdf", suffix=".pdf")
    assert "taken offline after a" in article.text and "Second page." not in article.text
    assert any("stopped after 1 pages" in w for w in article.warnings)


def test_plain_pdf_still_loads_after_the_page_walk() -> None:
    article = load_bytes(make_pdf([ENGLISH_LINES, ["Second page."]], title="T"), "p.pdf", suffix=".pdf")
    assert article.title == "T" and "Second page." in article.text and not article.warnings
