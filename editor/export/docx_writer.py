"""The Word report: render the neutral blocks into a .docx built on the built-in or a user's template.

python-docx is imported inside the functions, so importing the export package stays cheap.
Paragraph and run styles are set by id (not looked up by name per paragraph), which keeps a
long report fast.
"""

from __future__ import annotations

import io
from datetime import datetime, timezone
from functools import cache
from typing import TYPE_CHECKING, Any

from editor import resources
from editor.export.blocks import (
    BulletList,
    Cover,
    Heading,
    PageBreak,
    Paragraph,
    ReportDocument,
    Table,
    TableOfContents,
)
from editor.export.content import build_document
from editor.export.options import ExportOptions
from editor.model.report import IncidentReport

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument

HEADER_FILL = "1F3864"
FACT_LABEL_FILL = "EEF2F8"
NOTE_COLOUR = "595959"
_LANGUAGE_TAGS = {"fr": "fr-BE", "nl": "nl-BE", "de": "de-DE", "en": "en-GB"}
_PAPER_EMU = {"a4": (7560310, 10692130), "letter": (7772400, 10058400)}  # 210×297 mm, 8.5×11 in


@cache
def _builtin_template_bytes() -> bytes | None:
    try:
        return resources.template_file("report.docx").read_bytes()
    except (OSError, FileNotFoundError):
        return None


def _base_document(options: ExportOptions) -> tuple[DocxDocument, bool]:
    """The document to fill and whether it is the user's template."""
    import docx

    from editor.export.template import open_template

    if options.template:
        return open_template(options.template), True
    data = _builtin_template_bytes()
    # without the shipped template (a broken install) python-docx's default plus our styles still works
    return (docx.Document(io.BytesIO(data)) if data else docx.Document()), False


def _clear_body(document: DocxDocument) -> None:
    from docx.oxml.ns import qn

    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


class _Writer:
    """Renders blocks into one python-docx Document."""

    def __init__(self, document: DocxDocument, model: ReportDocument) -> None:
        from editor.export.template import ensure_styles, style_ids

        self.document = document
        self.model = model
        ensure_styles(document)
        self.ids = style_ids(document)
        self.body = document._body
        section = document.sections[-1]
        self.text_width_twips = int((section.page_width - section.left_margin - section.right_margin) / 635)
        self.bookmarks: dict[int, str] = {}  # id() of a Heading block → its bookmark name
        self.bookmarks_placed = 0
        self.style_tabs: dict[str, list[int]] = {}  # style id → its tab stops in twips

    # --- inline ------------------------------------------------------------------------------
    def paragraph(self, role: str, container: Any = None) -> Any:
        """A new paragraph in ``role``'s style at the end of ``container`` (the body by default)."""
        para = (container or self.body).add_paragraph()
        para._p.style = self.ids[role]
        return para

    def run(self, para: Any, text: str, *, bold: bool = False, italic: bool = False, role: str | None = None,
            colour: str | None = None) -> Any:
        """Append a run; newlines and tabs become Word breaks and tabs."""
        from docx.shared import RGBColor

        from editor.export.labels import xml_safe

        run = para.add_run(xml_safe(text))  # a control character from a typed or pasted value: Word cannot hold it
        if role:
            run._r.style = self.ids[role]
        if bold:
            run.bold = True
        if italic:
            run.italic = True
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)
        return run

    def tlp_run(self, para: Any, *, size_pt: float | None = None) -> None:
        """The TLP label in FIRST's colour on black."""
        from docx.shared import Pt, RGBColor

        from editor.export import ooxml

        run = self.run(para, f"\u00a0{self.model.tlp}\u00a0", role="tlp")
        run.bold = True
        run.font.color.rgb = RGBColor.from_string(ooxml.TLP_COLOURS[self.model.tlp])
        if size_pt:
            run.font.size = Pt(size_pt)
        ooxml.shade_run(run, "000000")

    # --- blocks ------------------------------------------------------------------------------
    def render(self) -> None:
        """Every block in order."""
        handlers = {Cover: self.cover, TableOfContents: self.toc, PageBreak: self.page_break, Heading: self.heading,
                    Paragraph: self.text, Table: self.table, BulletList: self.bullets}
        for block in self.model.blocks:
            handlers[type(block)](block)

    def cover(self, block: Cover) -> None:
        from docx.shared import Pt

        self.run(self.paragraph("title"), block.title)
        if block.subtitle:
            self.run(self.paragraph("subtitle"), block.subtitle)
        para = self.paragraph("cover_field")
        self.tlp_run(para, size_pt=12)
        para.paragraph_format.space_after = Pt(12)
        for label, value in block.fields:
            para = self.paragraph("cover_field")
            self.run(para, f"{label}\t", bold=True)
            self.run(para, value)

    def toc(self, block: TableOfContents) -> None:
        """The contents: one line per heading, each a link to the heading and a PAGEREF to its page.

        Not a Word TOC field: LibreOffice turns a TOC field into an index whose text it freezes
        (a cached result stays as written; an empty one is rebuilt before any page is laid out),
        so a headless PDF conversion never shows page numbers. A PAGEREF outside a TOC field is
        computed by LibreOffice at layout time and by Word when it updates fields on open
        (settings.xml updateFields), so both print the real page of every heading.
        """
        from editor.export import ooxml

        self.run(self.paragraph("toc_title"), block.title)
        entries = [e for e in block.entries if e.level <= 2]
        if not entries:  # nothing to list: a TOC field Word fills once the user adds headings
            ooxml.add_field(self.paragraph("toc1"), 'TOC \\o "1-3" \\h \\z \\u', block.hint, dirty=True)
            return
        for entry in entries:
            para = self.paragraph("toc1" if entry.level == 1 else "toc2")
            self.right_tab(para, self.text_width_twips, dots=True)
            ooxml.add_toc_entry(para, entry.text, self.bookmark_for(entry))

    def right_tab(self, para: Any, position_twips: int, *, dots: bool = False) -> None:
        """A right tab stop at ``position_twips`` that the style's own stops cannot pre-empt.

        Styles set their stops for A4 text width; on a wider Letter page the style's stop would come
        first and the page number would end short of the margin, so those stops are cleared here.
        """
        from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
        from docx.shared import Twips

        stops = para.paragraph_format.tab_stops
        for position in self._style_tabs(para.style):
            if position != position_twips:
                stops.add_tab_stop(Twips(position), WD_TAB_ALIGNMENT.CLEAR)
        stops.add_tab_stop(Twips(position_twips), WD_TAB_ALIGNMENT.RIGHT,
                           WD_TAB_LEADER.DOTS if dots else WD_TAB_LEADER.SPACES)

    def _style_tabs(self, style: Any) -> list[int]:
        """Tab stop positions (twips) a paragraph style and the styles it is based on define."""
        key = style.style_id
        if key not in self.style_tabs:
            positions: list[int] = []
            seen = set()
            while style is not None and style.style_id not in seen:  # a template may loop basedOn
                seen.add(style.style_id)
                positions += [int(t.position / 635) for t in style.paragraph_format.tab_stops]
                style = style.base_style
            self.style_tabs[key] = sorted(set(positions))
        return self.style_tabs[key]

    def bookmark_for(self, heading: Heading) -> str:
        """The hidden bookmark ("_Toc…", as Word names them) the TOC links to for ``heading``."""
        name = self.bookmarks.get(id(heading))
        if name is None:
            name = self.bookmarks[id(heading)] = f"_Toc{100000001 + len(self.bookmarks)}"
        return name

    def page_break(self, _block: PageBreak) -> None:
        from docx.enum.text import WD_BREAK

        self.body.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def heading(self, block: Heading) -> None:
        from editor.export import ooxml

        para = self.paragraph(f"heading{min(block.level, 3)}")
        self.run(para, block.text)
        name = self.bookmarks.get(id(block))
        if name is not None:  # listed in the contents
            self.bookmarks_placed += 1
            ooxml.add_bookmark(para, name, self.bookmarks_placed)

    def text(self, block: Paragraph) -> None:
        para = self.paragraph(block.role if block.role in self.ids else "body")
        for run in block.runs:
            role = "evidence" if run.mark else "evidence_tag" if run.tag else None
            self.run(para, run.text, bold=run.bold, italic=run.italic, role=role)

    def bullets(self, block: BulletList) -> None:
        for number, item in enumerate(block.items, 1):
            para = self.paragraph("list")
            self.run(para, f"{number}.\t{item}" if block.numbered else f"\u2022\t{item}")

    def table(self, block: Table) -> None:
        from docx.table import _Cell
        from docx.text.paragraph import Paragraph as DocxParagraph

        from editor.export import ooxml

        header = block.kind == "report"
        ncols = len(block.columns)
        table = self.document.add_table(rows=len(block.rows) + (1 if header else 0), cols=ncols)
        total = sum(block.widths) or 1
        widths = [int(self.text_width_twips * w / total) for w in block.widths]
        ooxml.set_table_geometry(table, widths, self.ids["report" if header else "facts"])
        trs = table._tbl.tr_lst
        text_id, head_id = self.ids["table_text"], self.ids["table_heading"]
        if header:
            ooxml.repeat_header(table.rows[0])
            for tc, label in zip(trs[0].tc_lst, block.columns):
                cell = _Cell(tc, table)
                ooxml.shade_cell(cell, HEADER_FILL)
                para = DocxParagraph(tc.p_lst[0], cell)
                para._p.style = head_id
                para.add_run(label)
            trs = trs[1:]
        for tr, row in zip(trs, block.rows):
            ooxml.keep_row_together(tr)  # a quote cut over two pages reads as two rows
            for column, (tc, data) in enumerate(zip(tr.tc_lst, row)):
                cell = _Cell(tc, table)
                para = DocxParagraph(tc.p_lst[0], cell)
                para._p.style = text_id
                if data.text and data.link:
                    ooxml.add_hyperlink(para, data.text)
                elif data.text:
                    run = para.add_run(data.text)
                    if data.bold:
                        run.bold = True
                if data.note:
                    self.run(para, ("\n" if data.text else "") + data.note, italic=True, colour=NOTE_COLOUR)
                fill = data.fill or (FACT_LABEL_FILL if not header and column == 0 else None)
                if fill:
                    ooxml.shade_cell(cell, fill)

    # --- page furniture ----------------------------------------------------------------------
    def furniture(self) -> None:
        """TLP label, title and "Page X of Y" in the header and footer of every section."""
        from editor.export import ooxml

        label = self.model.page_label
        before, _, rest = label.partition("{PAGE}")
        middle, _, after = rest.partition("{NUMPAGES}")
        odd_even = self.document.settings.odd_and_even_pages_header_footer
        for index, section in enumerate(self.document.sections):
            width = int((section.page_width - section.left_margin - section.right_margin) / 635)
            parts = [(section.header, section.footer)]
            if section.different_first_page_header_footer:
                parts.append((section.first_page_header, section.first_page_footer))
            if odd_even:
                parts.append((section.even_page_header, section.even_page_footer))
            for head, foot in parts:
                if index and head.is_linked_to_previous and foot.is_linked_to_previous:
                    continue  # inherits the previous section's, which already carries the marking
                for part, is_header in ((head, True), (foot, False)):
                    _drop_empty_paragraphs(part)
                    para = self.paragraph("header", part)
                    self.right_tab(para, width)
                    self.tlp_run(para)
                    if is_header:
                        title = self.model.title
                        # one line in the header: a very long title would push the body down the page
                        self.run(para, "\t" + (title if len(title) <= 90 else title[:89].rstrip() + "\u2026"))
                    else:
                        self.run(para, "\t" + before)
                        ooxml.add_field(para, "PAGE", "1")
                        self.run(para, middle)
                        ooxml.add_field(para, "NUMPAGES", "1")
                        if after:
                            self.run(para, after)

    def properties(self) -> None:
        """Core properties from the report and options: never the operating-system user."""
        now = datetime.now(timezone.utc).replace(microsecond=0, tzinfo=None)
        props = self.document.core_properties
        props.title = self.model.title[:255]
        props.subject = self.model.subject[:255]
        props.keywords = self.model.keywords[:255]
        props.author = self.model.author[:255]
        props.last_modified_by = self.model.author[:255]
        props.comments = ""
        props.category = self.model.tlp
        props.content_status = self.model.subject[:255]
        props.language = _LANGUAGE_TAGS.get(self.model.language, "en-GB")
        props.created = now
        props.modified = now
        props.revision = 1


def _drop_empty_paragraphs(part: Any) -> None:
    """Remove paragraphs without runs, fields or drawings; the template's letterhead stays."""
    for para in list(part.paragraphs):
        p = para._p
        if not p.xpath("./w:r|./w:hyperlink|./w:fldSimple|./w:sdt|./w:smartTag"):
            p.getparent().remove(p)


def _set_paper(document: DocxDocument, paper: str) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Emu

    width, height = _PAPER_EMU[paper]
    for section in document.sections:
        landscape = section.orientation == WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = (Emu(height), Emu(width)) if landscape else (Emu(width), Emu(height))


def render_docx(report: IncidentReport, options: ExportOptions | None = None) -> bytes:
    """The Word report as bytes."""
    from editor.export import ooxml
    from editor.export.roundtrip import embed_report

    options = options or ExportOptions()
    model = build_document(report, options)
    document, custom = _base_document(options)
    _clear_body(document)
    # a user's template keeps its own paper unless a size or locale was asked for explicitly
    if not custom or options.paper or options.locale:
        _set_paper(document, options.resolved_paper())
    writer = _Writer(document, model)
    writer.furniture()
    writer.render()
    writer.properties()
    ooxml.set_update_fields(document.settings)
    ooxml.set_language(document.styles.element, _LANGUAGE_TAGS.get(model.language, "en-GB"))
    embed_report(document, report)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
