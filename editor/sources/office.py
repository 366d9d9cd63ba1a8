"""Word .docx articles. The archive is vetted before python-docx sees it: it must be a zip with a
main document, its declared sizes and compression ratios must be sane (zip bombs are refused
before anything is inflated), and no XML part may carry a DOCTYPE or entity declaration
(defusedxml). python-docx is imported here only, so `extract x.txt` never loads it."""

from __future__ import annotations

import io
import zipfile
import zlib
from dataclasses import dataclass

from editor.errors import InputError
from editor.sources.text import shorten

MAX_MEMBERS = 2000
MAX_TOTAL_UNCOMPRESSED = 200 * 1024 * 1024   # all parts together, as declared in the central directory
MAX_PART_UNCOMPRESSED = 64 * 1024 * 1024     # one part
MAX_RATIO = 100                              # real Word XML compresses ~5-20×; bombs ~1000×
RATIO_FLOOR = 1024 * 1024                    # tiny parts may compress oddly; judge ratios above 1 MB
MAIN_PART = "word/document.xml"


@dataclass
class DocxArticle:
    """Text and core properties of a .docx article."""

    text: str
    title: str | None
    warnings: list[str]


def vet_archive(data: bytes, source: str) -> zipfile.ZipFile:
    """The opened archive, after refusing non-zips, truncation, zip bombs and encrypted parts."""
    if not data.startswith(b"PK"):
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


def _read_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, source: str) -> bytes:
    try:
        with archive.open(info) as fh:
            data = fh.read(info.file_size + 1)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
        raise InputError(source, f"damaged or truncated .docx (part {info.filename!r}: {exc})") from None
    if len(data) > info.file_size:  # the header lied about the size: treat as a bomb
        raise InputError(source, f"refused: part {info.filename!r} is larger than its declared size")
    return data


def _check_binary_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, source: str) -> None:
    """Inflate a non-XML part (an image...) in 1 MB chunks without keeping it. python-docx reads every
    part into memory; zipfile stops at the declared size and fails the CRC when a size lies, and
    doing it here turns that into a clear refusal before python-docx starts."""
    size = 0
    try:
        with archive.open(info) as fh:
            while chunk := fh.read(1024 * 1024):
                size += len(chunk)
                if size > info.file_size:
                    raise InputError(source, f"refused: part {info.filename!r} is larger than its declared size")
    except InputError:
        raise
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
        raise InputError(source, f"damaged or truncated .docx (part {info.filename!r}: {exc})") from None


def check_xml_parts(archive: zipfile.ZipFile, source: str) -> None:
    """Refuse XML parts with DOCTYPE or entity declarations or that do not parse, and any part whose
    inflated size exceeds its declared one."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    for info in archive.infolist():
        if info.is_dir():
            continue
        if not info.filename.lower().endswith((".xml", ".rels")):
            _check_binary_part(archive, info, source)
            continue
        data = _read_part(archive, info, source)
        try:
            fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
        except DefusedXmlException:
            raise InputError(source, f"refused: part {info.filename!r} declares a DOCTYPE or entities") from None
        except (ParseError, ValueError) as exc:
            raise InputError(source, f"damaged .docx (part {info.filename!r} is not well-formed XML: "
                                     f"{exc})") from None


def _paragraph_blocks(document) -> list[str]:
    """Body paragraphs and table rows in document order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    blocks: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            text = item.text.strip()
            if text:
                blocks.append(text)
        elif isinstance(item, Table):
            for row in item.rows:
                cells: list[str] = []
                for cell in row.cells:
                    value = " ".join(cell.text.split())
                    if value and (not cells or cells[-1] != value):  # merged cells repeat their text
                        cells.append(value)
                if cells:
                    blocks.append(" | ".join(cells))
    return blocks


def _headline(document) -> str | None:
    for paragraph in document.paragraphs:
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        if paragraph.text.strip() and (style == "Title" or style.startswith("Heading")):
            return paragraph.text.strip()
    return None


def load_docx(data: bytes, source: str) -> DocxArticle:
    """Text (paragraphs separated by blank lines) and title of a .docx article."""
    archive = vet_archive(data, source)
    check_xml_parts(archive, source)
    try:
        import docx  # lazy: python-docx costs start-up time and is only needed here
    except ImportError:
        raise InputError(source, "reading .docx files needs python-docx, which is not installed") from None
    try:
        document = docx.Document(io.BytesIO(data))
        blocks = _paragraph_blocks(document)
        core_title = (document.core_properties.title or "").strip()
        headline = _headline(document)
    except InputError:
        raise
    except Exception as exc:  # python-docx surfaces damage as KeyError, lxml errors, ValueError...
        raise InputError(source, f"damaged .docx ({type(exc).__name__}: {exc})".split("\n")[0]) from None
    text = "\n\n".join(blocks)
    if not text.strip():
        raise InputError(source, "the .docx contains no text")
    title = core_title or headline or blocks[0]
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
