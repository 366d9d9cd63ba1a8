"""Small WordprocessingML helpers python-docx lacks: fields, shading, repeated header rows, table geometry.

Only called from the DOCX writer, after python-docx is imported.
"""

from __future__ import annotations

from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

# FIRST TLP 2.0 text colours; the label is always printed on black.
TLP_COLOURS = {
    "TLP:RED": "FF2B2B",
    "TLP:AMBER": "FFC000",
    "TLP:AMBER+STRICT": "FFC000",
    "TLP:GREEN": "33FF00",
    "TLP:CLEAR": "FFFFFF",
}


def _el(tag: str, **attrs: str) -> Any:
    element = OxmlElement(tag)
    for key, value in attrs.items():
        element.set(qn(f"w:{key}"), value)
    return element


def add_field(paragraph: Any, instruction: str, placeholder: str = "", *, dirty: bool = False) -> None:
    """Append a complex field (begin / instrText / separate / result / end) to ``paragraph``."""
    p = paragraph._p
    p.append(field_run("begin", dirty=dirty))
    p.append(instr_run(instruction))
    p.append(field_run("separate"))
    result = OxmlElement("w:r")
    text = _el("w:t")
    text.text = placeholder
    result.append(text)
    p.append(result)
    p.append(field_run("end"))


def add_hyperlink(paragraph: Any, url: str) -> None:
    """Append ``url`` as a clickable external link (blue, underlined) to ``paragraph``."""
    from docx.opc.constants import RELATIONSHIP_TYPE

    r_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rpr.append(_el("w:color", val="1F4E9A"))
    rpr.append(_el("w:u", val="single"))
    run.append(rpr)
    text = _el("w:t")
    text.text = url
    text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    run.append(text)
    link.append(run)
    paragraph._p.append(link)


def add_bookmark(paragraph: Any, name: str, bookmark_id: int) -> None:
    """Wrap everything in ``paragraph`` (after its properties) in a bookmark called ``name``."""
    p = paragraph._p
    start = _el("w:bookmarkStart", id=str(bookmark_id), name=name)
    ppr = p.find(qn("w:pPr"))
    if ppr is not None:
        ppr.addnext(start)
    else:
        p.insert(0, start)
    p.append(_el("w:bookmarkEnd", id=str(bookmark_id)))


def add_toc_entry(paragraph: Any, text: str, bookmark: str) -> None:
    """One contents line as Word writes a TOC entry: a link to ``bookmark`` holding the text, a tab, a PAGEREF.

    The PAGEREF has no cached page (we cannot know it before layout) and is marked dirty: Word and
    LibreOffice compute the bookmark's page when they lay the document out. The caller sets the tab stop.
    """
    p = paragraph._p
    link = _el("w:hyperlink", anchor=bookmark, history="1")
    link.append(_text_run(text))
    tab_run = OxmlElement("w:r")
    tab_run.append(OxmlElement("w:tab"))
    link.append(tab_run)
    link.append(field_run("begin", dirty=True))
    link.append(instr_run(f"PAGEREF {bookmark} \\h"))
    link.append(field_run("separate"))
    link.append(field_run("end"))
    p.append(link)


def _text_run(text: str) -> Any:
    run = OxmlElement("w:r")
    element = _el("w:t")
    element.text = text
    element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    run.append(element)
    return run


def field_run(kind: str, *, dirty: bool = False) -> Any:
    """A run holding one w:fldChar of ``kind`` (begin, separate, end)."""
    run = OxmlElement("w:r")
    char = _el("w:fldChar", fldCharType=kind)
    if dirty:
        char.set(qn("w:dirty"), "true")
    run.append(char)
    return run


def instr_run(instruction: str) -> Any:
    """A run holding a field instruction."""
    run = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instr.text = f" {instruction} "
    run.append(instr)
    return run


def shade_run(run: Any, fill: str) -> None:
    """Run shading (w:shd) with ``fill``; used for the TLP label's black background."""
    rpr = run._r.get_or_add_rPr()
    rpr.append(_el("w:shd", val="clear", color="auto", fill=fill))


def shade_cell(cell: Any, fill: str) -> None:
    """Cell background colour."""
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(_el("w:shd", val="clear", color="auto", fill=fill))


def repeat_header(row: Any) -> None:
    """Mark a table row as a header row repeated on every page (w:tblHeader)."""
    trpr = row._tr.get_or_add_trPr()
    trpr.append(_el("w:tblHeader", val="true"))
    trpr.append(_el("w:cantSplit", val="true"))


def keep_row_together(tr: Any) -> None:
    """A table row is never split across two pages (w:cantSplit), unless it is taller than a page."""
    tr.get_or_add_trPr().append(_el("w:cantSplit", val="true"))


def set_table_geometry(table: Any, widths_twips: list[int], style_id: str) -> None:
    """Fixed layout, full text width, the given column widths (grid and every cell), the style id."""
    tbl = table._tbl
    tblpr = tbl.tblPr
    for child in list(tblpr):
        if child.tag in (qn("w:tblStyle"), qn("w:tblW"), qn("w:tblLayout"), qn("w:tblLook")):
            tblpr.remove(child)
    tblpr.insert(0, _el("w:tblStyle", val=style_id))
    tblpr.append(_el("w:tblW", w=str(sum(widths_twips)), type="dxa"))
    tblpr.append(_el("w:tblLayout", type="fixed"))
    tblpr.append(_el("w:tblLook", val="04A0", firstRow="1", lastRow="0", firstColumn="0", lastColumn="0",
                     noHBand="1", noVBand="1"))
    grid = tbl.tblGrid
    for col, width in zip(grid.iterchildren(qn("w:gridCol")), widths_twips):
        col.set(qn("w:w"), str(width))
    tcw = qn("w:tcW")
    for tr in tbl.iterchildren(qn("w:tr")):
        for tc, width in zip(tr.iterchildren(qn("w:tc")), widths_twips):
            tcpr = tc.get_or_add_tcPr()
            w = tcpr.find(tcw)
            if w is None:
                w = _el("w:tcW")
                tcpr.insert(0, w)
            w.set(qn("w:w"), str(width))
            w.set(qn("w:type"), "dxa")


def set_update_fields(settings: Any) -> None:
    """Ask Word to refresh fields (the TOC, NUMPAGES) when the document is opened."""
    element = settings.element
    for old in element.findall(qn("w:updateFields")):
        element.remove(old)
    update = _el("w:updateFields", val="true")
    # CT_Settings is a sequence and Word rejects misplaced children: updateFields precedes these
    followers = {qn(f"w:{t}") for t in (
        "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "attachedSchema",
        "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures",
        "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults",
        "doNotEmbedSmartTags", "decimalSymbol", "listSeparator")}
    followers.add("{http://schemas.openxmlformats.org/officeDocument/2006/math}mathPr")
    for child in element:
        if child.tag in followers:
            child.addprevious(update)
            return
    element.append(update)


def set_language(styles_element: Any, language_tag: str) -> None:
    """Proofing language of the document defaults (so spell-checking uses the report language)."""
    rpr_default = styles_element.find(qn("w:docDefaults"))
    if rpr_default is None:
        return
    rpr = rpr_default.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if rpr is None:
        return
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = _el("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), language_tag)
