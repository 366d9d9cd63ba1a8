"""Builders for article fixtures, good and hostile, generated at test time (nothing hostile is
committed): .docx via python-docx, hand-written PDFs, zip bombs, deep HTML, entity bombs."""

from __future__ import annotations

import io
import struct
import zipfile

FRENCH = (
    "Cyberattaque à l'hôpital : les urgences réorganisées\n"
    "\n"
    "Publié le 15 mai 2022 à 10h05\n"
    "\n"
    "L'établissement a été visé dans la nuit de vendredi à samedi. Les équipes ont coupé les accès "
    "au réseau par précaution et les opérations prévues ont été reportées à la semaine prochaine.\n"
    "\n"
    "« Nous ne paierons pas de rançon », a déclaré la direction générale, qui a déposé plainte et "
    "prévenu les autorités. Les données des patients ne semblent pas avoir été dérobées.\n"
)

ENGLISH_LINES = [
    "Council systems down after ransomware attack",
    "Published 14 May 2021, 09:12 BST",
    "The council said on Friday that its computer systems had been taken offline after a",
    "ransomware attack, and that residents should expect delays to services for the rest of the week.",
    "Staff have been told to work from paper records while the investigation continues.",
]


def make_docx(paragraphs: list[str], *, title: str | None = None, heading: str | None = None,
              table: list[list[str]] | None = None) -> bytes:
    """A real .docx written by python-docx."""
    import docx

    document = docx.Document()
    if title is not None:
        document.core_properties.title = title
    if heading is not None:
        document.add_heading(heading, level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _minimal_docx_parts(document_xml: bytes) -> dict[str, bytes]:
    content_types = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
                     b'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
                     b'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="'
                     b'application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.'
                     b'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            b'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            b'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    return {"[Content_Types].xml": content_types, "_rels/.rels": rels, "word/document.xml": document_xml}


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def docx_with_entities() -> bytes:
    """A .docx whose document.xml declares a billion-laughs entity tree."""
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    xml = (f'<?xml version="1.0"?><!DOCTYPE w:document [{entities}]>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>").encode()
    return _zip(_minimal_docx_parts(xml))


def docx_ratio_bomb(size: int = 48 * 1024 * 1024) -> bytes:
    """A .docx whose document.xml really inflates ~1000:1 (48 MB of spaces)."""
    head = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    tail = b"</w:body></w:document>"
    xml = head + b" " * (size - len(head) - len(tail)) + tail
    return _zip(_minimal_docx_parts(xml))


def docx_declared_bomb(declared: int = 3 * 1024 * 1024 * 1024) -> bytes:
    """A small .docx whose central directory claims document.xml inflates to ``declared`` bytes."""
    xml = (b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           b"<w:body><w:p><w:r><w:t>Hello</w:t></w:r></w:p></w:body></w:document>")
    data = bytearray(_zip(_minimal_docx_parts(xml)))
    name = b"word/document.xml"
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        name_len = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46: at + 46 + name_len]) == name:
            struct.pack_into("<I", data, at + 24, min(declared, 0xFFFFFFFE))
        at = data.find(b"PK\x01\x02", at + 4)
    return bytes(data)


def zip_not_docx() -> bytes:
    """A valid zip archive without a Word main document."""
    return _zip({"readme.txt": b"just a zip"})


def _pdf_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(pages: list[list[str]], *, title: str | None = None) -> bytes:
    """A small valid PDF (Helvetica, WinAnsi) with one text line per entry, written by hand."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids: list[int] = []
    for lines in pages:
        content = "BT /F1 11 Tf 72 740 Td 14 TL\n" + "".join(f"({_pdf_escape(line)}) Tj T*\n" for line in lines) + "ET"
        stream = content.encode("cp1252")
        page_number = len(objects) + 1
        kids.append(page_number)
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 "
                       f"{page_number + 1} 0 R >> >> /Contents {page_number + 2} 0 R >>".encode())
        objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    info = None
    if title is not None:
        objects.append(f"<< /Title ({_pdf_escape(title)}) >>".encode("cp1252"))
        info = len(objects)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    trailer = f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R" + (f" /Info {info} 0 R" if info else "") + " >>\n"
    out += trailer.encode() + b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def deep_html(levels: int = 100_000) -> bytes:
    """An HTML page nested ``levels`` divs deep."""
    return (b"<!DOCTYPE html><html><head><title>Deep</title></head><body>" + b"<div>" * levels
            + b"<p>deep text</p>" + b"</div>" * levels + b"</body></html>")


def entity_bomb_html() -> bytes:
    """An (X)HTML page with billion-laughs entity declarations in its DOCTYPE."""
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    return (f'<?xml version="1.0"?><!DOCTYPE html [{entities}]><html><body><article><h1>Title here</h1>'
            "<p>&lol9;</p><p>" + "Un paragraphe de texte ordinaire pour l'article. " * 8 + "</p></article>"
            "</body></html>").encode()


def html_page(body: str, *, head: str = "", lang: str = "en") -> bytes:
    """A UTF-8 page with the given head and body markup."""
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head><body>{body}'
            "</body></html>").encode("utf-8")


# --- issue 15: inputs whose cost grows with what they hold, not with their file size ---------------

STORY_PARAGRAPH = ("<p>" + "The council said on Friday that its computer systems had been taken offline after "
                   "an attack on its network. " * 3 + "</p>")


def html_wide_element(attributes: int, elements: int = 1) -> bytes:
    """A page whose ``elements`` elements each carry ``attributes`` attributes (libxml2 adds them in
    time quadratic in their number: 50,000 took 40 s)."""
    names = " ".join(f'data-a{i}="v{i}"' for i in range(attributes))
    return html_page("<article><h1>Title of the story</h1>" + STORY_PARAGRAPH * 3
                     + f"<b {names}>x</b>" * elements + "</article>")


def html_many_elements(elements: int) -> bytes:
    """A story followed by ``elements`` empty inline elements."""
    return html_page("<article><h1>Title of the story</h1>" + STORY_PARAGRAPH * 3 + "<i></i>" * elements
                     + "</article>")


def html_long_story(paragraphs: int) -> bytes:
    """A valid page of ``paragraphs`` story paragraphs (a large, honest page)."""
    return html_page("<article><h1>Title of the story</h1>" + STORY_PARAGRAPH * paragraphs + "</article>")


def docx_many_paragraphs(paragraphs: int) -> bytes:
    """A .docx whose document.xml holds ``paragraphs`` short paragraphs (four elements each), with
    varied words so it compresses like real text (under the ratio limit) while inflating ~10×."""
    import random

    rnd = random.Random(paragraphs)
    head = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    body = b"".join(b"<w:p><w:r><w:t>%x %x</w:t></w:r></w:p>" % (rnd.getrandbits(32), rnd.getrandbits(16))
                    for _ in range(paragraphs))
    return _zip(_minimal_docx_parts(head + body + b"</w:body></w:document>"))


def _pdf_file(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode() + b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def pdf_many_pages(pages: int, *, declared: int | None = None) -> bytes:
    """A PDF of ``pages`` pages sharing one font and one content stream (~100 bytes a page); the page
    tree may declare another /Count."""
    stream = b"BT /F1 11 Tf 72 740 Td (Systems offline after the attack on the council.) Tj ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents 4 0 R >>")
    objects.extend([page] * pages)
    kids = " ".join(f"{n} 0 R" for n in range(5, 5 + pages))
    objects[1] = f"<< /Type /Pages /Kids [{kids}] /Count {pages if declared is None else declared} >>".encode()
    return _pdf_file(objects)


def pdf_dense_pages(pages: int, chars: int) -> bytes:
    """A PDF whose pages place each of ``chars`` characters with its own text matrix (pypdf's
    extraction costs ~30 µs per operator: 300 such pages of 7,000 characters took 45 s)."""
    line = "The council said that its systems were offline after the attack. "
    text = (line * (chars // len(line) + 1))[:chars]
    ops = "".join(f"1 0 0 1 {72 + (i % 80) * 6} {740 - (i // 80) * 8} Tm ({_pdf_escape(c)}) Tj\n"
                  for i, c in enumerate(text))
    stream = ("BT /F1 11 Tf\n" + ops + "ET").encode("cp1252")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    objects.extend([b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
                    b"/Contents 4 0 R >>"] * pages)
    objects[1] = (f"<< /Type /Pages /Kids [{' '.join(f'{n} 0 R' for n in range(5, 5 + pages))}] "
                  f"/Count {pages} >>").encode()
    return _pdf_file(objects)


def encrypted_pdf(algorithm: str, user_password: str = "") -> bytes:
    """A small text PDF encrypted by pypdf with ``algorithm`` (RC4-40, RC4-128, AES-128, AES-256-R5, AES-256)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([ENGLISH_LINES]))))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm=algorithm)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
