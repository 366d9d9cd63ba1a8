"""Word .docx articles, read without python-docx. The archive is vetted first: it must be a zip with
a main document, its declared sizes and compression ratios must be sane (zip bombs are refused
before anything is inflated). Then every XML part is streamed once (defusedxml's iterparse: no
DOCTYPE or entity declaration, elements freed as they are read), counting elements against
MAX_ELEMENTS and text against MAX_TEXT_CHARS, so time and memory are linear in the input and
bounded. The main document's paragraphs and table rows are collected during that one pass."""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, BinaryIO

from editor.errors import InputError
from editor.sources.text import shorten

MAX_MEMBERS = 2000
MAX_TOTAL_UNCOMPRESSED = 200 * 1024 * 1024   # all parts together, as declared in the central directory
MAX_PART_UNCOMPRESSED = 64 * 1024 * 1024     # one part
MAX_RATIO = 100                              # real Word XML compresses ~5-20×; bombs ~1000×
RATIO_FLOOR = 1024 * 1024                    # tiny parts may compress oddly; judge ratios above 1 MB
MAIN_PART = "word/document.xml"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_ELEMENTS = 1_000_000                     # XML elements in all parts; a 100-page report has ~100,000
MAX_TEXT_CHARS = 20_000_000                  # characters of text, as much as the largest text file


@dataclass
class DocxArticle:
    """Text and core properties of a .docx article."""

    text: str
    title: str | None
    warnings: list[str]


def vet_archive(data: bytes, source: str) -> zipfile.ZipFile:
    """The opened archive, after refusing non-zips, truncation, zip bombs and encrypted parts."""
    if not data.startswith(b"PK"):
        # Word saves a password-protected .docx as an OLE container holding an "EncryptedPackage" stream.
        if data.startswith(_OLE_MAGIC) and "EncryptedPackage".encode("utf-16-le") in data[:1024 * 1024]:
            raise InputError(source, "the .docx is encrypted (password-protected)")
        raise InputError(source, "not a Word .docx file (not a zip archive)")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, IndexError, KeyError,
            NotImplementedError, UnicodeDecodeError) as exc:
        raise InputError(source, f"damaged or truncated .docx (zip archive unreadable: {exc})") from None
    if len(infos) > MAX_MEMBERS:
        raise InputError(source, f"refused: the .docx holds {len(infos)} parts (more than {MAX_MEMBERS})")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise InputError(source, "the .docx is encrypted (password-protected)")
        total += info.file_size
        if info.file_size > MAX_PART_UNCOMPRESSED:
            raise InputError(source, f"refused as a zip bomb: part {info.filename!r} would inflate to "
                                     f"{info.file_size // (1024 * 1024)} MB")
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise InputError(source, f"refused as a zip bomb: part {info.filename!r} has a compression ratio "
                                     f"above {MAX_RATIO}:1")
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise InputError(source, f"refused as a zip bomb: {total // (1024 * 1024)} MB uncompressed")
    names = {info.filename for info in infos}
    if MAIN_PART not in names:
        raise InputError(source, "not a Word .docx file (no word/document.xml in the archive)")
    return archive


_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError, RuntimeError)


class _SizedReader:
    """A part's inflated stream that refuses to give more bytes than the part declares."""

    def __init__(self, stream: BinaryIO, info: zipfile.ZipInfo, source: str) -> None:
        self.stream, self.info, self.source, self.size = stream, info, source, 0

    def read(self, n: int = -1) -> bytes:  # noqa: D102 - io protocol
        chunk = self.stream.read(1024 * 1024 if n is None or n < 0 else n)
        self.size += len(chunk)
        if self.size > self.info.file_size:
            raise InputError(self.source, f"refused: part {self.info.filename!r} is larger than its declared size")
        return chunk


class _Budget:
    """Elements and characters read so far across the whole package."""

    def __init__(self, source: str) -> None:
        self.source, self.elements, self.chars = source, 0, 0

    def element(self) -> None:
        self.elements += 1
        if self.elements > MAX_ELEMENTS:
            raise InputError(self.source, f"refused: the .docx holds more than {MAX_ELEMENTS:,} XML elements")

    def text(self, count: int) -> None:
        self.chars += count
        if self.chars > MAX_TEXT_CHARS:
            raise InputError(self.source, f"refused: the .docx holds more than {MAX_TEXT_CHARS:,} characters of text")


def _stream_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, source: str, budget: _Budget,
                 handler: Callable[[str, Any], None] | None = None) -> None:
    """Parse one XML part incrementally, counting its elements; ``handler(event, element)`` sees each
    start and end. DOCTYPE/entities and malformed XML are refused with the part's name."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, iterparse

    try:
        with archive.open(info) as raw:
            for event, element in iterparse(_SizedReader(raw, info, source), events=("start", "end"), forbid_dtd=True,
                                            forbid_entities=True, forbid_external=True):
                if event == "start":
                    budget.element()
                if handler is not None:
                    handler(event, element)
    except InputError:
        raise
    except DefusedXmlException:
        raise InputError(source, f"refused: part {info.filename!r} declares a DOCTYPE or entities") from None
    except ParseError as exc:
        raise InputError(source, f"damaged .docx (part {info.filename!r} is not well-formed XML: {exc})") from None
    except _ZIP_ERRORS as exc:
        raise InputError(source, f"damaged or truncated .docx (part {info.filename!r}: {exc})") from None


def _check_binary_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, source: str) -> None:
    """Inflate a non-XML part (an image...) in 1 MB chunks without keeping it: zipfile stops at the
    declared size and fails the CRC when a size lies, which becomes a clear refusal here."""
    try:
        with archive.open(info) as fh:
            reader = _SizedReader(fh, info, source)
            while reader.read(1024 * 1024):
                pass
    except InputError:
        raise
    except _ZIP_ERRORS as exc:
        raise InputError(source, f"damaged or truncated .docx (part {info.filename!r}: {exc})") from None


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
_RUN_CONTAINERS = frozenset(W + t for t in ("r", "hyperlink", "ins", "smartTag", "sdt", "sdtContent", "fldSimple",
                                             "customXml", "dir", "bdo"))
_CHARS = {W + "tab": "\t", W + "ptab": "\t", W + "br": "\n", W + "cr": "\n", W + "noBreakHyphen": "-"}
_MAX_RUN_NESTING = 16


def _paragraph_text(element: Any, depth: int = 0) -> str:
    """A paragraph's visible text: its runs' text, tabs and breaks (text boxes and deletions left out)."""
    parts: list[str] = []
    for child in element:
        tag = child.tag
        if tag == W + "t":
            parts.append(child.text or "")
        elif tag in _CHARS:
            parts.append(_CHARS[tag])
        elif tag in _RUN_CONTAINERS and depth < _MAX_RUN_NESTING:
            parts.append(_paragraph_text(child, depth + 1))
    return "".join(parts)


class _Body:
    """Collects body paragraphs and table rows in document order while document.xml streams by."""

    def __init__(self, budget: _Budget, styles: dict[str, str]) -> None:
        self.budget, self.styles = budget, styles
        self.stack: list[Any] = []
        self.blocks: list[str] = []
        self.cells: list[list[str]] = []   # paragraphs of each open table cell, innermost last
        self.rows: list[list[str]] = []    # cells of each open table row
        self.headline: str | None = None

    def __call__(self, event: str, element: Any) -> None:
        if event == "start":
            self.stack.append(element)
            if element.tag == W + "tc":
                self.cells.append([])
            elif element.tag == W + "tr":
                self.rows.append([])
            return
        self.stack.pop()
        tag = element.tag
        if tag == W + "p":
            if any(open_el.tag == W + "p" for open_el in self.stack):
                return  # a text box's paragraph: not part of the body text
            text = _paragraph_text(element).strip()
            self.budget.text(len(text))
            if self.cells:
                self.cells[-1].append(text)
            elif text:
                self.blocks.append(text)
                if self.headline is None and self._is_heading(element):
                    self.headline = text
        elif tag == W + "tc" and self.cells:
            value = " ".join("\n".join(self.cells.pop()).split())
            if self.rows and value and (not self.rows[-1] or self.rows[-1][-1] != value):
                self.rows[-1].append(value)  # merged cells repeat their text
        elif tag == W + "tr" and self.rows:
            cells = self.rows.pop()
            if cells and not self.cells:  # a nested table's rows stay inside their cell
                self.blocks.append(" | ".join(cells))
        else:
            return
        parent = self.stack[-1] if self.stack else None
        if parent is not None and parent.tag == W + "body":
            del parent[:]  # processed: free the subtree (the last child; the earlier ones are gone already)

    def _is_heading(self, paragraph: Any) -> bool:
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        if style is None:
            return False
        name = self.styles.get(style.get(W + "val") or "", "").lower()
        return name == "title" or name.startswith("heading")


def _styles(archive: zipfile.ZipFile, source: str, budget: _Budget) -> dict[str, str]:
    """Style id → style name, from word/styles.xml when the package has one."""
    found: dict[str, str] = {}

    def handler(event: str, element: Any) -> None:
        if event == "end" and element.tag == W + "style":
            name = element.find(W + "name")
            if name is not None and element.get(W + "styleId"):
                found[element.get(W + "styleId")] = name.get(W + "val") or ""
            element.clear()

    info = _info(archive, "word/styles.xml")
    if info is not None:
        _stream_part(archive, info, source, budget, handler)
    return found


def _core_title(archive: zipfile.ZipFile, source: str, budget: _Budget) -> str:
    """The document-properties title (docProps/core.xml), or ''."""
    titles: list[str] = []

    def handler(event: str, element: Any) -> None:
        if event == "end" and element.tag == _DC_TITLE:
            titles.append(element.text or "")

    info = _info(archive, "docProps/core.xml")
    if info is not None:
        _stream_part(archive, info, source, budget, handler)
    return " ".join((titles[0] if titles else "").split())


def _info(archive: zipfile.ZipFile, name: str) -> zipfile.ZipInfo | None:
    try:
        return archive.getinfo(name)
    except KeyError:
        return None


_READ_HERE = ("word/styles.xml", "docProps/core.xml", MAIN_PART)


def check_xml_parts(archive: zipfile.ZipFile, source: str, budget: _Budget | None = None) -> None:
    """Stream every part the loader does not read itself: XML parts must parse without DOCTYPE or
    entities, and no part may inflate past its declared size."""
    budget = budget or _Budget(source)
    for info in archive.infolist():
        if info.is_dir() or info.filename in _READ_HERE:
            continue
        if info.filename.lower().endswith((".xml", ".rels")):
            _stream_part(archive, info, source, budget)
        else:
            _check_binary_part(archive, info, source)


def load_docx(data: bytes, source: str) -> DocxArticle:
    """Text (paragraphs separated by blank lines) and title of a .docx article."""
    archive = vet_archive(data, source)
    budget = _Budget(source)
    check_xml_parts(archive, source, budget)
    body = _Body(budget, _styles(archive, source, budget))
    _stream_part(archive, archive.getinfo(MAIN_PART), source, budget, body)
    core_title = _core_title(archive, source, budget)
    text = "\n\n".join(body.blocks)
    if not text.strip():
        raise InputError(source, "the .docx contains no text")
    title = core_title or body.headline or body.blocks[0]
    return DocxArticle(text=text, title=shorten(title), warnings=[])


def is_docx(data: bytes) -> bool:
    """True when the bytes are a zip archive that holds a Word main document."""
    if not data.startswith(b"PK"):
        return False
    try:
        return MAIN_PART in zipfile.ZipFile(io.BytesIO(data)).namelist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, IndexError, KeyError,
            NotImplementedError, UnicodeDecodeError):
        return False


__all__ = ["DocxArticle", "check_xml_parts", "is_docx", "load_docx", "vet_archive"]
