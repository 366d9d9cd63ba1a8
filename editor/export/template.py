"""Report templates: the styles a report needs, adding the missing ones, and checking a user's template.

python-docx is imported lazily (inside functions) so importing this module stays cheap.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor.errors import InputError

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f'xmlns:w="{W_NS}"'
MAX_PART_BYTES = 32 * 1024 * 1024  # a real template's largest part is a few MB (images); more is hostile
MAX_TOTAL_BYTES = 256 * 1024 * 1024
_DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_DOTX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"

NAVY = "1F3864"
FONT = "Arial"  # metric-compatible with Liberation Sans, so Word and LibreOffice lay out alike


def _rpr(size_pt: float | None = None, bold: bool = False, italic: bool = False, color: str | None = None,
         font: bool = True, extra: str = "") -> str:
    parts = []
    if font:
        parts.append(f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}" w:eastAsia="{FONT}"/>')
    if bold:
        parts.append("<w:b/><w:bCs/>")
    if italic:
        parts.append("<w:i/><w:iCs/>")
    if color:
        parts.append(f'<w:color w:val="{color}"/>')
    if size_pt:
        half = int(size_pt * 2)
        parts.append(f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>')
    return "<w:rPr>" + "".join(parts) + extra + "</w:rPr>"


def _para(style_id: str, name: str, ppr: str, rpr: str, based_on: str = "Normal", next_id: str = "Normal") -> str:
    based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    return (f'<w:style {_W} w:type="paragraph" w:customStyle="1" w:styleId="{style_id}"><w:name w:val="{name}"/>'
            f'{based}<w:next w:val="{next_id}"/><w:qFormat/><w:pPr>{ppr}</w:pPr>{rpr}</w:style>')


def _heading(level: int, size: float, before: int, after: int, border: bool) -> str:
    line = (f'<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="2" w:color="{NAVY}"/></w:pBdr>' if border else "")
    return (f'<w:style {_W} w:type="paragraph" w:styleId="Heading{level}"><w:name w:val="heading {level}"/>'
            f'<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>'
            f'<w:pPr><w:keepNext/><w:keepLines/>{line}<w:spacing w:before="{before}" w:after="{after}"/>'
            f'<w:outlineLvl w:val="{level - 1}"/></w:pPr>{_rpr(size, bold=True, color=NAVY)}</w:style>')


def _char(style_id: str, name: str, rpr: str) -> str:
    return (f'<w:style {_W} w:type="character" w:customStyle="1" w:styleId="{style_id}"><w:name w:val="{name}"/>'
            f'<w:uiPriority w:val="99"/><w:qFormat/>{rpr}</w:style>')


def _table_style(style_id: str, name: str, inside: str, outer: str) -> str:
    borders = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="{outer}"/>'
                      for side in ("top", "left", "bottom", "right"))
    borders += "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="{inside}"/>'
                       for side in ("insideH", "insideV"))
    return (f'<w:style {_W} w:type="table" w:customStyle="1" w:styleId="{style_id}"><w:name w:val="{name}"/>'
            f'<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:pPr><w:spacing w:after="0" '
            f'w:line="240" w:lineRule="auto"/></w:pPr>{_rpr(9)}<w:tblPr><w:tblBorders>{borders}</w:tblBorders>'
            f'<w:tblCellMar><w:top w:w="45" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>'
            f'<w:bottom w:w="45" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>')


# Style name → (type, XML). Names are what a template author sees in Word's style gallery.
STYLE_SPECS: dict[str, tuple[str, str]] = {
    "heading 1": ("paragraph", _heading(1, 15, 360, 120, True)),
    "heading 2": ("paragraph", _heading(2, 12, 240, 80, False)),
    "heading 3": ("paragraph", _heading(3, 10.5, 200, 60, False)),
    "Report Title": ("paragraph", _para("ReportTitle", "Report Title", '<w:spacing w:before="1200" w:after="120"/>',
                                        _rpr(24, bold=True, color=NAVY))),
    "Report Subtitle": ("paragraph", _para("ReportSubtitle", "Report Subtitle", '<w:spacing w:after="360"/>',
                                           _rpr(15, color="404040"))),
    "Cover Field": ("paragraph", _para("CoverField", "Cover Field",
                                       '<w:tabs><w:tab w:val="left" w:pos="3119"/></w:tabs>'
                                       '<w:spacing w:after="60"/><w:ind w:left="3119" w:hanging="3119"/>',
                                       _rpr(10.5))),
    "Report Body": ("paragraph", _para("ReportBody", "Report Body", '<w:spacing w:after="120" w:line="264" '
                                       'w:lineRule="auto"/>', _rpr(10))),
    "Report Note": ("paragraph", _para("ReportNote", "Report Note", '<w:spacing w:before="60" w:after="120"/>',
                                       _rpr(9, italic=True, color="595959"))),
    "Report List": ("paragraph", _para("ReportList", "Report List",
                                       '<w:tabs><w:tab w:val="left" w:pos="357"/></w:tabs><w:spacing w:after="60"/>'
                                       '<w:ind w:left="357" w:hanging="357"/>', _rpr(10))),
    "Table Text": ("paragraph", _para("TableText", "Table Text", '<w:spacing w:before="0" w:after="0"/>', _rpr(9))),
    "Table Heading": ("paragraph", _para("TableHeading", "Table Heading", '<w:keepNext/><w:spacing w:before="0" '
                                         'w:after="0"/>', _rpr(9, bold=True, color="FFFFFF"))),
    "Table Caption": ("paragraph", _para("TableCaption", "Table Caption", '<w:keepNext/><w:spacing w:before="200" '
                                         'w:after="60"/>', _rpr(10, bold=True, color=NAVY))),
    "Source Text": ("paragraph", _para("SourceText", "Source Text", '<w:spacing w:after="100" w:line="252" '
                                       'w:lineRule="auto"/>', _rpr(9.5))),
    "Header Line": ("paragraph", _para("HeaderLine", "Header Line", '<w:tabs><w:tab w:val="right" w:pos="9638"/>'
                                       '</w:tabs><w:spacing w:after="0"/>', _rpr(8, color="404040"))),
    "TOC Title": ("paragraph", _para("TOCTitle", "TOC Title", '<w:keepNext/><w:spacing w:before="480" w:after="120"/>',
                                     _rpr(13, bold=True, color=NAVY))),
    "toc 1": ("paragraph", _para("TOC1", "toc 1", '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9638"/></w:tabs>'
                                 '<w:spacing w:before="60" w:after="20"/>', _rpr(10, bold=True))),
    "toc 2": ("paragraph", _para("TOC2", "toc 2", '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9638"/></w:tabs>'
                                 '<w:spacing w:after="20"/><w:ind w:left="397"/>', _rpr(9.5))),
    "Evidence Highlight": ("character", _char("EvidenceHighlight", "Evidence Highlight",
                                              _rpr(font=False, extra='<w:shd w:val="clear" w:color="auto" '
                                                   'w:fill="FFE27A"/>'))),
    "Evidence Tag": ("character", _char("EvidenceTag", "Evidence Tag",
                                        _rpr(7.5, bold=True, color="7F6000", font=False))),
    "TLP Label": ("character", _char("TLPLabel", "TLP Label", _rpr(9, bold=True, extra='<w:shd w:val="clear" '
                                                                  'w:color="auto" w:fill="000000"/>'))),
    "Key Facts Table": ("table", _table_style("KeyFactsTable", "Key Facts Table", "BFBFBF", "8EA9DB")),
    "Report Table": ("table", _table_style("ReportTable", "Report Table", "BFBFBF", "8EA9DB")),
}

# Roles the content builder uses → style names above.
STYLE_ROLES = {
    "title": "Report Title", "subtitle": "Report Subtitle", "cover_field": "Cover Field", "body": "Report Body",
    "note": "Report Note", "list": "Report List", "table_text": "Table Text", "table_heading": "Table Heading",
    "table_caption": "Table Caption", "source_text": "Source Text", "header": "Header Line", "toc_title": "TOC Title",
    "toc1": "toc 1", "toc2": "toc 2", "evidence": "Evidence Highlight", "evidence_tag": "Evidence Tag",
    "tlp": "TLP Label", "facts": "Key Facts Table", "report": "Report Table",
    "heading1": "heading 1", "heading2": "heading 2", "heading3": "heading 3",
}

_TYPE_CODES = {"paragraph": "paragraph", "character": "character", "table": "table", "numbering": "numbering"}


def _styles_by_name(document: DocxDocument) -> dict[str, Any]:
    """Style elements by their lower-cased w:name (Word matches style names case-insensitively)."""
    from docx.oxml.ns import qn

    out = {}
    for element in document.styles.element.iterchildren(qn("w:style")):
        name = element.find(qn("w:name"))
        if name is not None:
            out[name.get(qn("w:val"), "").lower()] = element
    return out


def style_problems(document: DocxDocument) -> list[tuple[str, str]]:
    """(style name, problem) for each required style that is missing or of the wrong type."""
    from docx.oxml.ns import qn

    existing = _styles_by_name(document)
    out = []
    for name, (kind, _xml) in STYLE_SPECS.items():
        element = existing.get(name.lower())
        if element is None:
            out.append((name, "missing"))
        elif element.get(qn("w:type")) != kind:
            out.append((name, f"is a {element.get(qn('w:type'))} style, expected a {kind} style"))
    return out


def ensure_styles(document: DocxDocument, *, replace: bool = False) -> None:
    """Add every required style the document lacks (or has with the wrong type); ``replace`` redefines all."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    existing = _styles_by_name(document)
    styles_element = document.styles.element
    taken_ids = {e.get(qn("w:styleId")) for e in styles_element.iterchildren(qn("w:style"))}
    for name, (kind, xml) in STYLE_SPECS.items():
        element = existing.get(name.lower())
        if element is not None and element.get(qn("w:type")) == kind and not replace:
            continue
        new = parse_xml(xml)
        if element is not None:
            # same name with the wrong type (or a rebuild): the new definition takes its place and id
            new.set(qn("w:styleId"), element.get(qn("w:styleId")))
            element.addprevious(new)
            styles_element.remove(element)
        else:
            style_id = new.get(qn("w:styleId"))
            while style_id in taken_ids:  # a user style may already use our id under another name
                style_id += "X"
            new.set(qn("w:styleId"), style_id)
            taken_ids.add(style_id)
            styles_element.append(new)


def style_ids(document: DocxDocument) -> dict[str, str]:
    """Role → style id in this document (after ensure_styles)."""
    from docx.oxml.ns import qn

    by_name = _styles_by_name(document)
    return {role: by_name[name.lower()].get(qn("w:styleId")) for role, name in STYLE_ROLES.items()}


def _read_checked(path: Path) -> bytes:
    """The template's bytes after checking it is a sane, non-hostile .docx; raises InputError."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from None
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise InputError(path, "encrypted or old-format Word file (save it as an unprotected .docx)")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise InputError(path, "not a Word document") from None
    names = {i.filename for i in infos}
    if "word/document.xml" not in names and not any(n.endswith("document.xml") for n in names):
        raise InputError(path, "not a Word document")
    if any(i.file_size > MAX_PART_BYTES for i in infos) or sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
        raise InputError(path, "too large once unpacked (refused: possible zip bomb)")
    for info in infos:
        if info.filename.endswith((".xml", ".rels")):
            head = archive.open(info).read(4096)
            if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                raise InputError(path, f"{info.filename} declares a DTD (refused)")
    return data


def open_template(path: str | Path) -> DocxDocument:
    """A user's .docx/.dotx as a python-docx Document, after safety checks; raises InputError."""
    import docx

    path = Path(path)
    data = _read_checked(path)
    archive = zipfile.ZipFile(io.BytesIO(data))
    types = archive.read("[Content_Types].xml") if "[Content_Types].xml" in archive.namelist() else b""
    if _DOTX_MAIN.encode() in types or _DOCM_MAIN.encode() in types:
        # a .dotx/.docm is a document with another content type: present it as a plain .docx (macros dropped)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as rewritten:
            for info in archive.infolist():
                if info.filename == "word/vbaProject.bin":
                    continue
                body = archive.read(info)
                if info.filename == "[Content_Types].xml":
                    body = body.replace(_DOTX_MAIN.encode(), _DOCX_MAIN.encode()).replace(
                        _DOCM_MAIN.encode(), _DOCX_MAIN.encode())
                rewritten.writestr(info, body)
        data = out.getvalue()
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on broken packages
        raise InputError(path, f"cannot be opened as a Word document ({type(exc).__name__})") from None


def check_template(path: str | Path) -> list[str]:
    """Lines "error: T.docx: …" / "warning: T.docx: …" for what the template lacks or breaks; [] when complete."""
    path = Path(path)
    try:
        document = open_template(path)
    except InputError as exc:
        return [f"error: {path}: {exc.problem}"]
    lines = []
    for name, problem in style_problems(document):
        fix = "will be added" if problem == "missing" else "will be replaced"
        lines.append(f"warning: {path}: style '{name}' {problem} ({fix})")
    for number, section in enumerate(document.sections, 1):
        width, left, right = section.page_width, section.left_margin, section.right_margin
        if width and left is not None and right is not None:
            usable_cm = (width - left - right) / 360000
            if usable_cm < 12:
                lines.append(f"warning: {path}: section {number} leaves only {usable_cm:.1f} cm for text; "
                             "tables will be cramped")
    body_paragraphs = [p for p in document.paragraphs if p.text.strip()]
    if body_paragraphs or document.tables:
        lines.append(f"warning: {path}: body has content ({len(body_paragraphs)} paragraphs, "
                     f"{len(document.tables)} tables) that the report replaces; headers and footers are kept")
    return lines
