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
