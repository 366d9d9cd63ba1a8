"""PDF articles via pypdf (imported lazily). Damage of any kind becomes one InputError line. Pages,
content and characters are bounded so a hostile file cannot keep the loader busy: the page tree is
walked only as far as the pages read (pypdf's own list of all pages parses every page object: 7 s
and 460 MB for 100,000 pages), and pypdf's pure-Python text extraction (~1 s per MB of content
stream) stops at MAX_CONTENT_BYTES, MAX_TEXT_CHARS or TIME_BUDGET_S, with a warning."""

from __future__ import annotations

import io
import logging
import re
import time
import warnings as python_warnings
from dataclasses import dataclass, field
from typing import Any

from editor.errors import InputError
from editor.sources.text import normalize_newlines, shorten

MAX_PAGES = 300
MAX_CONTENT_BYTES = 4 * 1024 * 1024   # decoded content streams of the pages read (~4 s at worst)
MAX_TEXT_CHARS = 5_000_000            # characters extracted
MAX_TREE_NODES = 20_000               # page-tree nodes visited to find the pages
TIME_BUDGET_S = 8.0
_INHERITED = ("/Resources", "/MediaBox", "/CropBox", "/Rotate")
_SENTENCE_END = re.compile(r"[.!?:;»\"”)\]]$")


@dataclass
class PdfArticle:
    """Text and document-info title of a PDF article."""

    text: str
    title: str | None
    warnings: list[str] = field(default_factory=list)


def reflow(page_text: str) -> str:
    """Join the hard-wrapped lines of a PDF page into paragraphs; a blank line separates paragraphs.
    A line joins the next when it does not end a sentence and the next starts in lower case."""
    lines = [line.strip() for line in normalize_newlines(page_text).split("\n")]
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if not line:
            if current:
                paragraphs.append(current)
                current = ""
            continue
        if not current:
            current = line
        elif current.endswith("-") and line[:1].islower() and current[-2:-1].isalpha():
            current = current[:-1] + line  # a word hyphenated at the line end
        elif not _SENTENCE_END.search(current) and (line[:1].islower() or line[:1].isdigit()):
            current += " " + line
        else:
            paragraphs.append(current)
            current = line
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)


def load_pdf(data: bytes, source: str) -> PdfArticle:
    """Text of a PDF article, page by page; refuses truncated, damaged and encrypted files."""
    if b"%PDF-" not in data[:1024]:
        raise InputError(source, "not a PDF file (no %PDF header)")
    if b"%%EOF" not in data[-2048:]:
        raise InputError(source, "truncated PDF (no end-of-file marker)")
    try:
        import pypdf  # noqa: F401 - lazy: only PDF articles pay its import time
    except ImportError:
        raise InputError(source, "reading PDF files needs pypdf, which is not installed") from None
    warnings: list[str] = []
    pages: list[str] = []
    with _PypdfLog() as repairs, python_warnings.catch_warnings():
        python_warnings.simplefilter("ignore")  # PdfReadWarning would print to stderr too
        try:
            title = _read(data, source, pages, warnings)
        finally:
            if repairs.count:
                warnings.append(f"the PDF is not well-formed: pypdf worked around {repairs.count} problem(s)")
    text = "\n\n".join(p for p in pages if p.strip())
    if not text.strip():
        raise InputError(source, "the PDF contains no extractable text (scanned image?)")
    first = text.split("\n", 1)[0]
    return PdfArticle(text=text, title=shorten(title or first), warnings=warnings)


class _PypdfLog(logging.Handler):
    """Counts pypdf's log records instead of letting them reach stderr: the command line promises
    exactly one error line, and pypdf logs every repair (even at ERROR level) on damaged files."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.count = 0
        self._logger = logging.getLogger("pypdf")
        self._saved = (self._logger.propagate, self._logger.level)

    def emit(self, record: logging.LogRecord) -> None:  # noqa: D102 - logging hook
        self.count += 1

    def __enter__(self) -> _PypdfLog:
        self._logger.addHandler(self)
        self._logger.propagate = False
        self._logger.setLevel(logging.WARNING)
        return self

    def __exit__(self, *exc: object) -> None:
        self._logger.removeHandler(self)
        self._logger.propagate, level = self._saved
        self._logger.setLevel(level)


def _first_pages(reader: Any, source: str) -> tuple[list[Any], int | None]:
    """The first MAX_PAGES pages in document order and the page count (None when the tree's /Count
    is below what it holds), walking no more of the tree than needed (shared or cyclic nodes once)."""
    from pypdf import PageObject
    from pypdf.generic import DictionaryObject, IndirectObject, NameObject

    tree = reader.trailer["/Root"].get_object()["/Pages"].get_object()
    if not isinstance(tree, DictionaryObject):
        raise InputError(source, "damaged PDF (no page tree)")
    try:
        declared = int(tree.get("/Count", 0))
    except (TypeError, ValueError):
        declared = 0
    pages: list[Any] = []
    seen: set[int] = {id(tree)}
    visited = 0
    stack: list[tuple[Any, dict[str, Any]]] = [(tree, {})]
    while stack and len(pages) < MAX_PAGES:
        node, inherited = stack.pop()
        visited += 1
        if visited > MAX_TREE_NODES:
            raise InputError(source, f"refused: the page tree has more than {MAX_TREE_NODES:,} nodes before its "
                                     f"first {MAX_PAGES} pages")
        kids = node.get("/Kids")
        if node.get("/Type") == "/Pages" or (kids is not None and node.get("/Type") != "/Page"):
            inherited = {**inherited, **{key: node[key] for key in _INHERITED if key in node}}
            kids = kids.get_object() if kids is not None else []
            entries = []
            for kid in list(kids)[: MAX_TREE_NODES]:
                child = kid.get_object() if isinstance(kid, IndirectObject) else kid
                if isinstance(child, DictionaryObject) and id(child) not in seen:
                    seen.add(id(child))
                    entries.append((child, kid if isinstance(kid, IndirectObject) else None))
            stack.extend((child, {**inherited, "__ref__": ref}) for child, ref in reversed(entries))
            continue
        page = PageObject(reader, inherited.get("__ref__"))
        page.update(node)
        for key in _INHERITED:
            if key in inherited and key not in page:
                page[NameObject(key)] = inherited[key]
        pages.append(page)
    if stack and declared <= len(pages):
        return pages, None  # more pages than the tree admits to
    return pages, max(declared, len(pages))


def _content_size(page: Any) -> int:
    """Bytes of the page's decoded content stream(s)."""
    contents = page.get("/Contents")
    if contents is None:
        return 0
    contents = contents.get_object()
    streams = contents if isinstance(contents, list) else [contents]
    return sum(len(stream.get_object().get_data()) for stream in streams[:1000])


def _decrypt(reader: Any, source: str) -> None:
    """Open an encrypted PDF with the empty user password (what viewers do), whatever its cipher."""
    try:
        opened = reader.decrypt("")
    except Exception as exc:  # noqa: BLE001 - pypdf's many decrypt failures all mean: we cannot open it
        if "cryptography" in str(exc) or "AES" in str(exc):
            raise InputError(source, "the PDF is password-protected (AES) and the 'cryptography' package "
                                     "needed to open it is not installed") from None
        raise InputError(source, "the PDF is password-protected and cannot be opened") from None
    if not opened:
        raise InputError(source, "the PDF is password-protected")


def _read(data: bytes, source: str, pages: list[str], warnings: list[str]) -> str | None:
    """Fill ``pages`` with the reflowed text of each page; returns the document-info title."""
    from pypdf import PdfReader

    encrypted = False
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            encrypted = True
            _decrypt(reader, source)
        first, count = _first_pages(reader, source)
        content = chars = 0
        started = time.monotonic()  # the budget is for text extraction; the first page is always read
        for index, page in enumerate(first):
            content += _content_size(page)
            if index and content > MAX_CONTENT_BYTES:
                warnings.append(f"only the first {index} of {count or 'more'} pages were read: their content reached the "
                                f"{MAX_CONTENT_BYTES / (1024 * 1024):g} MB limit")
                break
            if index and time.monotonic() - started > TIME_BUDGET_S:
                warnings.append(f"stopped after {index} pages: text extraction took over {TIME_BUDGET_S:.0f} s")
                break
            text = reflow(page.extract_text() or "")
            chars += len(text)
            if chars > MAX_TEXT_CHARS:
                warnings.append(f"only the first {index} of {count or 'more'} pages were read: their text reached the "
                                f"{MAX_TEXT_CHARS:,}-character limit")
                break
            pages.append(text)
        else:
            if count is None:
                warnings.append(f"only the first {len(first)} pages were read")
            elif count > len(first):
                warnings.append(f"only the first {len(first)} of {count} pages were read")
        title = None
        if reader.metadata is not None and reader.metadata.title:
            title = str(reader.metadata.title).strip() or None
        return title
    except InputError:
        raise
    except RecursionError:
        raise InputError(source, "damaged PDF (structure nested too deeply)") from None
    except MemoryError:
        raise InputError(source, "damaged PDF (would need too much memory)") from None
    except Exception as exc:  # pypdf raises many types (PdfReadError, KeyError, ValueError...) on damage
        detail = " ".join(str(exc).split())[:120]
        if encrypted or b"/Encrypt" in data:  # whatever failed, the user must hear that the file is encrypted
            raise InputError(source, f"the PDF is password-protected and cannot be read ({type(exc).__name__}"
                                     f"{': ' + detail if detail else ''})") from None
        raise InputError(source, f"damaged or truncated PDF ({type(exc).__name__}{': ' + detail if detail else ''})") \
            from None


def is_pdf(data: bytes) -> bool:
    """True when the bytes start like a PDF."""
    return b"%PDF-" in data[:1024]


__all__ = ["PdfArticle", "is_pdf", "load_pdf", "reflow"]
