"""The loaded article: the text evidence offsets index, plus what the page says about itself."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from editor.model.report import Source


@dataclass
class Article:
    """An article as loaded. ``text`` is exactly what evidence offsets index."""

    text: str
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: date | None = None
    language: str | None = None  # fr, en, nl, de (None when undetected)
    path: str | None = None
    warnings: list[str] = field(default_factory=list)
    # Added by the loaders; not part of the report's ``source`` object.
    updated: date | None = None  # the "updated" date of the date line, when one is given
    format: str | None = None  # text, markdown, html, docx, pdf
    encoding: str | None = None  # how a text file was decoded (utf-8, utf-16-le, cp1252, ...)
    language_hint: str | None = None  # what the page declares (<html lang>), used when detection fails

    def to_source(self) -> Source:
        """The report's ``source`` object for this article."""
        return Source(
            title=self.title,
            publisher=self.publisher,
            url=self.url,
            published=self.published.isoformat() if self.published else None,
            language=self.language,
            text=self.text,
            path=self.path,
        )

    @classmethod
    def from_source(cls, source: Source) -> Article:
        """Rebuild an article from a stored ``source`` (re-extraction of a saved project)."""
        return cls(
            text=source.text,
            title=source.title,
            publisher=source.publisher,
            url=source.url,
            published=date.fromisoformat(source.published) if source.published else None,
            language=source.language,
            path=source.path,
        )
