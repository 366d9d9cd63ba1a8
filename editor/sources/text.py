"""Plain text: encoding detection (BOMs, UTF-16 without BOM, UTF-8, then charset-normalizer),
newline normalisation, binary refusal, and the .txt article convention (first line = headline)."""

from __future__ import annotations

import re
import codecs
import unicodedata

from editor.errors import InputError

SNIFF_BYTES = 64 * 1024      # enough bytes to judge UTF-16 and binary content
MAX_CONTROL_SHARE = 0.05     # above this share of control characters the "text" is binary
MAX_TITLE_CHARS = 300
LONG_TITLE = 150  # a first line longer than this is a lead paragraph: its first sentence is the title
# A photo caption or credit pasted above an article is not its headline: "… (Photo: Paperjam)",
# "Foto: dpa", "Image : Reuters", "© AFP". (Words only from the languages the editor reads.)
_CREDIT = re.compile(r"(?:^|[\s(\[])(?:©|(?:photo|foto|bild|image|picture|afbeelding|crédit(?: photo)?"
                          r"|credit|bron)\s?:)[^()\[\]\n]{0,80}[)\]]?\s*$", 2)  # 2: IGNORECASE
_SENTENCE_END = re.compile(r"[.!?](?=\s+\S)")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts with UTF-16 LE's
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR become LF; nothing else changes."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when every other byte is zero, as in Latin text saved as UTF-16."""
    if len(sample) < 4:
        return None
    even = sample[0::2]
    odd = sample[1::2]
    zeros_even = even.count(0) / len(even)
    zeros_odd = odd.count(0) / len(odd)
    if zeros_odd > 0.3 and zeros_even < 0.05:
        return "utf-16-le"
    if zeros_even > 0.3 and zeros_odd < 0.05:
        return "utf-16-be"
    return None


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("'\"")).name
    except (LookupError, ValueError):
        return None


def _check_text(text: str, source: str) -> None:
    sample = text[:SNIFF_BYTES]
    if not sample:
        return
    bad = sum(1 for ch in sample
              if ch == "\ufffd" or (ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) == "Cc"))
    if bad / len(sample) > MAX_CONTROL_SHARE:
        raise InputError(source, "looks like a binary file, not text (mostly non-text characters)")


def decode_bytes(data: bytes, source: str, *, declared: str | None = None) -> tuple[str, str]:
    """Decode article bytes → (text with \\n newlines, encoding name); refuses binary content."""
    text, encoding = _decode(data, source, declared)
    if text.startswith("\ufeff"):
        text = text[1:]
    _check_text(text, source)
    return normalize_newlines(text), encoding


def _decode(data: bytes, source: str, declared: str | None) -> tuple[str, str]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            # A damaged BOM file still loads: a few replacement characters beat a refusal.
            return data[len(bom):].decode(name, errors="replace"), name + ("-sig" if name == "utf-8" else "")
    sample = data[:SNIFF_BYTES]
    codec = _codec(declared)
    if codec is not None:
        try:
            return data.decode(codec), codec
        except (UnicodeDecodeError, LookupError):
            pass  # the declaration lies; detect instead
    utf16 = _utf16_without_bom(sample[: len(sample) - len(sample) % 2])
    if utf16 is not None and len(data) % 2 == 0:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise InputError(source, "contains NUL bytes: looks like a binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly, "utf-8 (with replacements)"
    return _detect(data, source)


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few damaged bytes: keep it as UTF-8 (with U+FFFD) rather than let a detector
    turn every accent into mojibake. Single-byte encodings almost never form valid UTF-8 sequences."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", "ignore")) - bad  # non-ASCII characters, in C speed
    return text if good >= 2 * bad and good >= 3 else None


def _detect(data: bytes, source: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # imported here: pure UTF-8 files never need it

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        # charset-normalizer gives up on binary data; mostly-UTF-8 text still loads with replacements.
        text = data.decode("utf-8", errors="replace")
        return text, "utf-8 (with replacements)"
    return str(best), best.encoding


def first_line(text: str, limit: int = MAX_TITLE_CHARS) -> str | None:
    """The headline of a plain-text article: its first non-empty line that is not a photo caption or credit.

    A first line longer than ``LONG_TITLE`` is a lead paragraph (no headline was pasted): its first
    sentence stands for the title. The result is cut at ``limit`` characters on a word boundary.
    """
    start = 0
    length = len(text)
    first = None
    seen = 0
    while start < length and seen < 5:  # a headline is among the first few lines, or there is none
        end = text.find("\n", start)
        if end < 0:
            end = length
        line = text[start:min(end, start + limit * 4)].strip()
        if line:
            seen += 1
            first = first or line
            if not _CREDIT.search(line):
                return _headline(line, limit)
        start = end + 1
    return _headline(first, limit) if first else None


def _headline(line: str, limit: int) -> str:
    if len(line) > LONG_TITLE:
        match = _SENTENCE_END.search(line, 0, LONG_TITLE + 100)
        if match and match.start() >= 20:
            line = line[:match.start()]
    return shorten(line, limit)


def shorten(value: str, limit: int = MAX_TITLE_CHARS) -> str:
    """``value`` cut to ``limit`` characters at a word boundary, with an ellipsis when cut."""
    value = " ".join(value.split())
    if len(value) <= limit:
        return value
    cut = value[:limit].rsplit(" ", 1)[0] or value[:limit]
    return cut.rstrip(" ,;:-") + "…"


def require_text(text: str, source: str) -> None:
    """Refuse an article with no visible text."""
    if not text.strip():
        raise InputError(source, "contains no text")


__all__ = ["decode_bytes", "first_line", "normalize_newlines", "require_text", "shorten"]
