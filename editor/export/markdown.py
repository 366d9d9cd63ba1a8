"""The Markdown report: the same sections as the Word report, as GitHub-flavoured Markdown."""

from __future__ import annotations

import re

from editor.export.blocks import (
    BulletList,
    Cell,
    Cover,
    Heading,
    PageBreak,
    Paragraph,
    Table,
    TableOfContents,
)
from editor.export.content import build_document
from editor.export.options import ExportOptions
from editor.model.report import IncidentReport

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def escape(text: str) -> str:
    """Markdown-inert text on one line (newlines become <br>)."""
    text = _SPECIAL.sub(r"\\\1", text)
    return text.replace("\r", "").replace("\n", "<br>")


def _cell(cell: Cell) -> str:
    text = escape(cell.text)
    if cell.bold and text:
        text = f"**{text}**"
    if cell.note:
        text += ("<br>" if text else "") + f"*{escape(cell.note)}*"
    return text or " "


def _table(block: Table) -> list[str]:
    columns = block.columns if block.kind == "report" else [" ", " "]
    lines = ["| " + " | ".join(escape(c) or " " for c in columns) + " |",
             "|" + "|".join("---" for _ in columns) + "|"]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in block.rows]
    return lines + [""]


def _paragraph(block: Paragraph) -> list[str]:
    parts = []
    for run in block.runs:
        text = escape(run.text)
        if not text.strip():
            parts.append(text)
            continue
        if run.mark:
            text = f"<mark>{text}</mark>"
        elif run.tag:
            text = f"*{text.strip()}*"
            text = " " + text
        if run.bold:
            text = f"**{text}**"
        if run.italic:
            text = f"*{text}*"
        parts.append(text)
    return ["".join(parts), ""]


def render_markdown(report: IncidentReport, options: ExportOptions | None = None) -> str:
    """The report as Markdown text."""
    model = build_document(report, options)
    lines: list[str] = []
    for block in model.blocks:
        if isinstance(block, Cover):
            lines += [f"# {escape(block.title)}", "", f"**{escape(block.subtitle)}**", "",
                      f"`{block.tlp}`", ""]
            lines += [f"- **{escape(label)}:** {escape(value)}" for label, value in block.fields]
            lines.append("")
        elif isinstance(block, TableOfContents):
            lines += [f"**{escape(block.title)}**", ""]
            lines += [("  " * (e.level - 1)) + f"- {escape(e.text)}" for e in block.entries]
            lines.append("")
        elif isinstance(block, Heading):
            lines += [f"{'#' * (block.level + 1)} {escape(block.text)}", ""]
        elif isinstance(block, Paragraph):
            lines += _paragraph(block)
        elif isinstance(block, Table):
            lines += _table(block)
        elif isinstance(block, BulletList):
            lines += [f"{n}. {escape(item)}" if block.numbered else f"- {escape(item)}"
                      for n, item in enumerate(block.items, 1)]
            lines.append("")
        elif isinstance(block, PageBreak):
            continue
    lines += ["---", "", f"*{model.tlp}*", ""]
    return "\n".join(lines)
