"""Word and PDF articles: text, titles, dates, and refusal of damaged or hostile files."""

from __future__ import annotations

import time
from datetime import date

import pytest
from hostile import (ENGLISH_LINES, docx_declared_bomb, docx_ratio_bomb, docx_with_entities, make_docx, make_pdf,
                     zip_not_docx)

from editor.errors import InputError
from editor.sources import load, load_bytes
from editor.sources.pdf import reflow

PARAGRAPHS = [
    "Gepubliceerd op 24 december 2019",
    "De universiteit werd maandag getroffen door een cyberaanval. Alle systemen zijn uit voorzorg offline "
    "gehaald en de medewerkers kunnen niet bij hun bestanden.",
    "Volgens de woordvoerder is er nog geen losgeld gevraagd en werkt de politie aan het onderzoek.",
]


def test_docx_article(tmp_path):
    path = tmp_path / "article.docx"
    path.write_bytes(make_docx(PARAGRAPHS, heading="Universiteit getroffen door cyberaanval",
                               table=[["Dienst", "Status"], ["E-mail", "offline"]]))
    article = load(path)
    assert article.title == "Universiteit getroffen door cyberaanval"
    assert article.text.startswith("Universiteit getroffen door cyberaanval\n\nGepubliceerd op 24 december 2019")
    assert PARAGRAPHS[1] in article.text and "E-mail | offline" in article.text
    assert article.published == date(2019, 12, 24)
    assert article.language == "nl" and article.format == "docx"


def test_docx_core_title_wins(tmp_path):
    path = tmp_path / "titled.docx"
    path.write_bytes(make_docx(PARAGRAPHS, title="Core title"))
    assert load(path).title == "Core title"


@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.9, 0.99])
def test_truncated_docx_is_one_clear_error(tmp_path, fraction):
    data = make_docx(PARAGRAPHS)
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: int(len(data) * fraction)])
    with pytest.raises(InputError, match="damaged or truncated .docx|not a Word .docx"):
        load(path)


def test_docx_with_corrupted_part_is_one_clear_error(tmp_path):
    data = bytearray(make_docx(PARAGRAPHS))
    # Flip bytes inside the compressed data of the first member: CRC or inflate fails.
    data[200:260] = bytes(60)
    path = tmp_path / "corrupt.docx"
    path.write_bytes(bytes(data))
    with pytest.raises(InputError):
        load(path)


def test_zip_bomb_by_ratio_is_refused_before_inflating(tmp_path):
    path = tmp_path / "bomb.docx"
    path.write_bytes(docx_ratio_bomb())
    started = time.perf_counter()
    with pytest.raises(InputError, match="zip bomb"):
        load(path)
    assert time.perf_counter() - started < 1


def test_zip_bomb_by_declared_size_is_refused(tmp_path):
    path = tmp_path / "declared.docx"
    path.write_bytes(docx_declared_bomb())
    with pytest.raises(InputError, match="zip bomb"):
        load(path)


def test_docx_with_entity_declarations_is_refused(tmp_path):
    path = tmp_path / "laughs.docx"
    path.write_bytes(docx_with_entities())
    with pytest.raises(InputError, match="DOCTYPE or entities"):
        load(path)


def test_zip_without_word_document_is_refused(tmp_path):
    path = tmp_path / "plain.docx"
    path.write_bytes(zip_not_docx())
    with pytest.raises(InputError, match="no word/document.xml"):
        load(path)


def test_text_file_named_docx_is_refused(tmp_path):
    path = tmp_path / "fake.docx"
    path.write_text("just text", encoding="utf-8")
    with pytest.raises(InputError, match="not a zip archive"):
        load(path)


def test_docx_loader_imports_python_docx_lazily():
    import subprocess
    import sys

    code = ("import sys; import editor.sources, editor.sources.office; "
            "print('docx' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "False"


def test_pdf_article(tmp_path):
    path = tmp_path / "article.pdf"
    path.write_bytes(make_pdf([ENGLISH_LINES[:3], ENGLISH_LINES[3:]], title="Council systems down"))
    article = load(path)
    assert article.title == "Council systems down"
    assert article.published == date(2021, 5, 14)
    # The hard-wrapped sentence is joined back into one paragraph.
    assert (ENGLISH_LINES[2] + " " + ENGLISH_LINES[3]) not in article.text  # different pages stay apart
    assert "taken offline after a" in article.text
    assert article.language == "en" and article.format == "pdf"


def test_pdf_reflow_joins_wrapped_lines():
    text = reflow("The council said its systems had been taken offline after a\nransomware attack on "
                  "Friday.\nStaff use paper.\n\nNew para with cyber-\nattack hyphen")
    assert text == ("The council said its systems had been taken offline after a ransomware attack on Friday.\n\n"
                    "Staff use paper.\n\nNew para with cyberattack hyphen")


@pytest.mark.parametrize("fraction", [0.05, 0.3, 0.7, 0.95])
def test_truncated_pdf_is_one_clear_error(tmp_path, fraction):
    data = make_pdf([ENGLISH_LINES])
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: int(len(data) * fraction)])
    with pytest.raises(InputError, match="PDF"):
        load(path)


def test_pdf_with_garbage_body_is_one_clear_error(tmp_path):
    path = tmp_path / "garbage.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 50 + b"\n%%EOF\n")
    with pytest.raises(InputError, match="PDF"):
        load(path)


def test_pdf_without_text_is_refused(tmp_path):
    path = tmp_path / "blank.pdf"
    path.write_bytes(make_pdf([[]]))
    with pytest.raises(InputError, match="no extractable text"):
        load(path)


def test_not_a_pdf_named_pdf(tmp_path):
    path = tmp_path / "fake.pdf"
    path.write_text("hello", encoding="utf-8")
    with pytest.raises(InputError, match="not a PDF"):
        load(path)


def test_pdf_page_bound(monkeypatch):
    import editor.sources.pdf as pdf

    monkeypatch.setattr(pdf, "MAX_PAGES", 2)
    article = load_bytes(make_pdf([ENGLISH_LINES, ["Second page text line."], ["Third page text line."]]),
                         "three.pdf", suffix=".pdf")
    assert "Second page text line." in article.text and "Third page" not in article.text
    assert any("first 2 of 3 pages" in w for w in article.warnings)


def test_part_larger_than_declared_is_refused():
    import struct

    from hostile import _zip

    parts = _minimal_parts_with_image(b"\0" * 500_000)
    data = bytearray(_zip(parts))
    # Shrink the declared size of the image, in both the local header and the central directory.
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(signature)
        while at >= 0:
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            name_len = struct.unpack_from("<H", data, at + (26 if signature == b"PK\x03\x04" else 28))[0]
            if bytes(data[name_at: name_at + name_len]) == b"word/media/a.png":
                struct.pack_into("<I", data, at + offset, 1000)
            at = data.find(signature, at + 4)
    with pytest.raises(InputError, match="a.png") as info:
        load_bytes(bytes(data), "lying.docx", suffix=".docx")
    assert "declared size" in info.value.problem or "CRC" in info.value.problem


def _minimal_parts_with_image(image: bytes) -> dict[str, bytes]:
    from hostile import _minimal_docx_parts

    xml = (b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           b"<w:body><w:p><w:r><w:t>Hello</w:t></w:r></w:p></w:body></w:document>")
    parts = _minimal_docx_parts(xml)
    parts["word/media/a.png"] = image
    return parts
