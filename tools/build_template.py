"""Build the built-in report template resources/templates/report.docx.

Run from the checkout: ``.venv/bin/python tools/build_template.py``. The output is deterministic
(fixed dates, no user names), so rebuilding without changes leaves git clean.
"""

from __future__ import annotations

import io
import sys
import zipfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from editor.export.template import FONT, ensure_styles  # noqa: E402

OUTPUT = ROOT / "resources" / "templates" / "report.docx"
FIXED_TIME = datetime(2024, 1, 1, 0, 0, 0)


def _fonts_and_defaults(document) -> None:
    """Arial everywhere (docDefaults), 10 pt body, A4-friendly spacing."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    defaults = document.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    old = rpr.find(qn("w:rFonts"))
    if old is not None:
        rpr.remove(old)
    fonts = OxmlElement("w:rFonts")
    for attr in ("ascii", "hAnsi", "cs", "eastAsia"):
        fonts.set(qn(f"w:{attr}"), FONT)
    rpr.insert(0, fonts)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(6)
    for name in ("Header", "Footer"):
        document.styles[name].font.size = Pt(8)


def _page(document) -> None:
    from docx.shared import Cm, Emu

    for section in document.sections:
        section.page_width, section.page_height = Emu(7560310), Emu(10692130)  # A4
        section.left_margin = section.right_margin = Cm(2)
        section.top_margin = Cm(2.2)
        section.bottom_margin = Cm(2)
        section.header_distance = section.footer_distance = Cm(1)


def _slim(document) -> None:
    """Drop what python-docx's default template carries but a report never uses (keeps exports fast)."""
    from docx.oxml.ns import qn

    from editor.export.template import STYLE_SPECS

    keep = {name.lower() for name in STYLE_SPECS} | {"normal table", "table grid"}
    styles = document.styles.element
    for style in list(styles.iterchildren(qn("w:style"))):
        name = style.find(qn("w:name"))
        if style.get(qn("w:type")) == "table" and (name is None or name.get(qn("w:val")).lower() not in keep):
            styles.remove(style)
    part = document.part
    for r_id, rel in list(part.rels.items()):
        if rel.reltype.endswith(("/stylesWithEffects", "/customXml")):
            del part.rels[r_id]
    package_rels = part.package.rels
    for r_id, rel in list(package_rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            del package_rels[r_id]


def _properties(document) -> None:
    props = document.core_properties
    props.title = "Incident report"
    props.subject = ""
    props.author = ""
    props.last_modified_by = ""
    props.comments = ""
    props.keywords = ""
    props.category = ""
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.last_printed = FIXED_TIME
    props.revision = 1


def _deterministic(data: bytes) -> bytes:
    """Rewrite the zip with fixed timestamps and order so rebuilds are byte-identical."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            body = source.read(info)
            if info.filename == "docProps/app.xml":
                body = body.replace(b"Microsoft Macintosh Word", b"Incident Report Editor")
            target.writestr(fixed, body)
    return out.getvalue()


def build() -> bytes:
    """The template's bytes."""
    import docx

    document = docx.Document()
    body = document.element.body
    for child in list(body):
        if child.tag.endswith("}p") or child.tag.endswith("}tbl"):
            body.remove(child)
    _fonts_and_defaults(document)
    ensure_styles(document, replace=True)
    _page(document)
    _slim(document)
    _properties(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return _deterministic(buffer.getvalue())


def main() -> int:
    """Write the template and report where."""
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_bytes(build())
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({OUTPUT.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
