"""A neutral document model of the report: the content builder fills it, the DOCX and Markdown writers render it.

Keeping content and rendering apart means both formats carry the same sections in the same order,
and every label decision is made once.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Run:
    """A stretch of inline text. ``mark`` is evidence highlighting, ``tag`` the small label after it."""

    text: str
    bold: bool = False
    italic: bool = False
    mark: bool = False
    tag: bool = False


@dataclass
class Paragraph:
    """A paragraph in a style role (see template.STYLE_ROLES)."""

    runs: list[Run]
    role: str = "body"

    @classmethod
    def of(cls, text: str, role: str = "body", **run: bool) -> Paragraph:
        """A paragraph of one run."""
        return cls([Run(text, **run)], role)

    @property
    def text(self) -> str:
        """The plain text."""
        return "".join(r.text for r in self.runs)


@dataclass
class Heading:
    """A numbered or plain heading that the table of contents lists."""

    text: str
    level: int = 1


@dataclass
class Cell:
    """A table cell: main text, an optional secondary line, an optional fill colour (hex RRGGBB), a link."""

    text: str
    note: str = ""
    fill: str | None = None
    bold: bool = False
    link: bool = False  # the text is a web address to make clickable


@dataclass
class Table:
    """A table with a header row (``columns``) repeated on every page, or a two-column fact table."""

    columns: list[str]
    rows: list[list[Cell]]
    widths: list[float]  # relative column widths
    kind: str = "report"  # "report" (header row) or "facts" (label | value, no header row)


@dataclass
class BulletList:
    """A bulleted or numbered list."""

    items: list[str]
    numbered: bool = False


@dataclass
class TableOfContents:
    """The table of contents: headings 1–2, each linked to its heading with the page it is printed on."""

    title: str
    entries: list[Heading] = field(default_factory=list)
    hint: str = ""


@dataclass
class Cover:
    """The cover block: title, organisation, TLP label and the label/value fields."""

    title: str
    subtitle: str
    tlp: str
    fields: list[tuple[str, str]]


@dataclass
class PageBreak:
    """Start a new page."""


Block = Paragraph | Heading | Table | BulletList | TableOfContents | Cover | PageBreak


@dataclass
class ReportDocument:
    """Everything a writer needs: metadata, page furniture and the blocks in order."""

    title: str
    subject: str
    keywords: str
    author: str
    author_organization: str
    language: str
    locale: str
    tlp: str
    page_label: str  # "Page {PAGE} of {NUMPAGES}"
    blocks: list[Block] = field(default_factory=list)

    def headings(self) -> list[Heading]:
        """The headings in order (what the TOC lists)."""
        return [b for b in self.blocks if isinstance(b, Heading)]
