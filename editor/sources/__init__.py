"""Article loaders: text (any encoding), Markdown, HTML, DOCX, PDF, URL → Article. No Qt.

`load()` is the one entry point. Every problem with the input becomes an InputError naming the
file or URL and what is wrong, in one line; heavy libraries (trafilatura, python-docx, pypdf,
charset-normalizer) are imported only by the loader that needs them.
"""

from __future__ import annotations

import re
from pathlib import Path

from editor.errors import InputError
from editor.sources.article import Article
from editor.sources.dates import find_date_line, parse_date
from editor.sources.files import read_file
from editor.sources.language import detect_language
from editor.sources.text import decode_bytes, first_line, require_text, shorten

MAX_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = frozenset({".txt", ".text", ""})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
UNSUPPORTED = {".doc": "old Word .doc files are not supported: save the article as .docx",
               ".odt": "OpenDocument files are not supported: save the article as .docx or .pdf",
               ".rtf": "RTF files are not supported: save the article as .docx or .txt",
               ".pages": "Pages files are not supported: export the article as .docx or .pdf"}
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+):")
# Schemes recognised without "//" too, so "data:..." or "javascript:..." get the URL message, while
# "notes:draft.txt" stays a (missing) file name.
_URL_SCHEMES = frozenset({"http", "https", "file", "ftp", "ftps", "sftp", "data", "javascript", "mailto",
                          "about", "blob", "gopher", "ws", "wss"})
_LANGUAGES = ("fr", "en", "nl", "de")
_UNKNOWN_TYPE = "?"  # pseudo-suffix for a download whose Content-Type names no format


def load(target: str | Path, *, max_bytes: int = MAX_BYTES) -> Article:
    """Load an article from a file path or an http(s) URL; raises InputError with a one-line reason."""
    source = str(target)
    if not source.strip():
        raise InputError(source or "''", "no file given")
    scheme = _SCHEME.match(source) if isinstance(target, str) else None
    if scheme and (scheme.group(1).lower() in _URL_SCHEMES or "://" in source) and not Path(source).exists():
        if scheme.group(1).lower() in ("http", "https"):
            return _load_url(source, max_bytes)
        raise InputError(source, f"unsupported URL scheme {scheme.group(1)}: (only http and https)")
    path = Path(target)
    data = read_file(path, source, max_bytes)
    article = load_bytes(data, source, suffix=path.suffix.lower())
    article.path = str(path)
    return article


def load_bytes(data: bytes, source: str, *, suffix: str = "", content_type: str | None = None,
               charset: str | None = None, url: str | None = None) -> Article:
    """An Article from raw bytes; the suffix or Content-Type says the format, else the content does."""
    if not data:
        raise InputError(source, "file is empty")
    kind = _kind(data, source, suffix, content_type)
    if kind == "html":
        article = _from_html(data, source, charset, url)
    elif kind == "docx":
        from editor.sources.office import load_docx

        word = load_docx(data, source)
        article = Article(text=word.text, title=word.title, warnings=list(word.warnings))
    elif kind == "pdf":
        from editor.sources.pdf import load_pdf

        pdf = load_pdf(data, source)
        article = Article(text=pdf.text, title=pdf.title, warnings=list(pdf.warnings))
    elif kind == "markdown":
        article = _from_markdown(data, source, charset)
    else:
        article = _from_text(data, source, charset, sniffed=kind == "sniffed-text", suffix=suffix)
    article.format = "text" if kind == "sniffed-text" else kind
    if url and not article.url:
        article.url = url
    _finish(article)
    return article


def _kind(data: bytes, source: str, suffix: str, content_type: str | None) -> str:
    if content_type is not None:
        if content_type in ("text/html", "application/xhtml+xml"):
            return "html"
        if content_type in ("text/markdown", "text/x-markdown"):
            return "markdown"
        if content_type == "application/pdf":
            return "pdf"
        if content_type == "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
            return "docx"
        if content_type.startswith("text/"):
            return "text"
        suffix = _UNKNOWN_TYPE  # application/octet-stream and friends: sniff the content
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix == ".docx":
        return "docx"
    if suffix == ".pdf":
        return "pdf"
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in UNSUPPORTED:
        raise InputError(source, UNSUPPORTED[suffix])
    # Unknown extension: believe the content (the sniffers' modules load only here: a .txt needs none of them).
    from editor.sources.html import looks_like_html
    from editor.sources.office import is_docx
    from editor.sources.pdf import is_pdf

    if is_pdf(data):
        return "pdf"
    if is_docx(data):
        return "docx"
    if looks_like_html(data[:2048]):
        return "html"
    return "sniffed-text"


def _from_text(data: bytes, source: str, charset: str | None, *, sniffed: bool, suffix: str) -> Article:
    try:
        text, encoding = decode_bytes(data, source, declared=charset)
    except InputError as exc:
        if sniffed:
            kind = "content type" if suffix == _UNKNOWN_TYPE else f"file type {suffix or '(no extension)'}"
            raise InputError(source, f"unsupported {kind}: the content is not text either ({exc.problem})") from None
        raise
    require_text(text, source)
    return Article(text=text, title=first_line(text), encoding=encoding)


def _from_markdown(data: bytes, source: str, charset: str | None) -> Article:
    from editor.sources.markdown import strip_markdown

    raw, encoding = decode_bytes(data, source, declared=charset)
    md = strip_markdown(raw)
    require_text(md.text, source)
    article = Article(text=md.text, title=md.title or first_line(md.text), encoding=encoding,
                      warnings=list(md.warnings))
    article.published = parse_date(md.date) if md.date else None
    return article


def _from_html(data: bytes, source: str, charset: str | None, url: str | None) -> Article:
    from editor.sources.html import load_html

    page = load_html(data, source, base_url=url, declared=charset)
    article = Article(text=page.text, title=page.title, publisher=page.publisher, url=page.url,
                      published=page.published, encoding=page.encoding, warnings=list(page.warnings))
    article.updated = page.updated
    if page.language_hint in _LANGUAGES:
        article.language_hint = page.language_hint
    return article


def _finish(article: Article) -> None:
    """Fill what every format shares: language, and the date from the article's own date line."""
    language = detect_language(article.text)
    article.language = language or article.language_hint
    if article.published is None or article.updated is None:
        line = find_date_line(article.text, article.language)
        article.published = article.published or line.published
        article.updated = article.updated or line.updated
    if article.title:
        article.title = shorten(article.title)


def _load_url(url: str, max_bytes: int) -> Article:
    from editor.sources.url import fetch

    fetched = fetch(url, max_bytes=max_bytes)
    suffix = Path(fetched.url.split("?", 1)[0].split("#", 1)[0]).suffix.lower()
    article = load_bytes(fetched.data, url, suffix=suffix, content_type=fetched.content_type or None,
                         charset=fetched.charset, url=fetched.url)
    article.url = article.url or fetched.url
    return article


__all__ = ["Article", "MAX_BYTES", "load", "load_bytes"]
