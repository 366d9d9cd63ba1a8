"""PDF articles via pypdf (imported lazily). Damage of any kind becomes one InputError line; pages
and time are bounded so a hostile file cannot keep the loader busy."""

from __future__ import annotations

import io
import logging
import re
import time
import warnings as python_warnings
from dataclasses import dataclass, field

from editor.errors import InputError
from editor.sources.text import normalize_newlines, shorten

MAX_PAGES = 300
TIME_BUDGET_S = 20.0
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
    started = time.monotonic()
    warnings: list[str] = []
    pages: list[str] = []
    with _PypdfLog() as repairs, python_warnings.catch_warnings():
        python_warnings.simplefilter("ignore")  # PdfReadWarning would print to stderr too
        try:
            title = _read(data, source, pages, warnings, started)
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


def _read(data: bytes, source: str, pages: list[str], warnings: list[str], started: float) -> str | None:
    """Fill ``pages`` with the reflowed text of each page; returns the document-info title."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise InputError(source, "the PDF is password-protected")
            except InputError:
                raise
            except Exception:
                raise InputError(source, "the PDF is encrypted and cannot be read") from None
        count = len(reader.pages)
        if count > MAX_PAGES:
            warnings.append(f"only the first {MAX_PAGES} of {count} pages were read")
        for index, page in enumerate(reader.pages):
            if index >= MAX_PAGES:
                break
            if time.monotonic() - started > TIME_BUDGET_S:
                warnings.append(f"stopped after {index} pages: text extraction took over {TIME_BUDGET_S:.0f} s")
                break
            pages.append(reflow(page.extract_text() or ""))
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
        raise InputError(source, f"damaged or truncated PDF ({type(exc).__name__}{': ' + detail if detail else ''})") \
            from None


def is_pdf(data: bytes) -> bool:
    """True when the bytes start like a PDF."""
    return b"%PDF-" in data[:1024]


__all__ = ["PdfArticle", "is_pdf", "load_pdf", "reflow"]
