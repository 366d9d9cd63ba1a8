"""Article → incident report with evidence. Pure, deterministic, no Qt.

``extract`` runs the language's lexicon over the article: organisation and places (orgs, geo),
impact (counts, services, exfiltration), response and ransom, dates (start date, timeline). Every
value it sets carries evidence spans (the supporting sentences) and a confidence in ``report``.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from editor.model.report import IncidentReport
from editor.sources.article import Article

# Extraction reads at most this many characters (~30,000 words, far beyond any article body): its
# time grows ~4 s per MB, so a 20 MB file would keep the window busy for a minute. The report's
# source.text stays the whole text; evidence offsets index its beginning, so they stay valid.
MAX_EXTRACT_CHARS = 200_000


def extract_limit(text: str) -> int:
    """Where extraction stops reading ``text``: its length, or a paragraph or line break before the cap."""
    if len(text) <= MAX_EXTRACT_CHARS:
        return len(text)
    for mark in ("\n\n", "\n", ". "):
        cut = text.rfind(mark, MAX_EXTRACT_CHARS // 2, MAX_EXTRACT_CHARS)
        if cut > 0:
            return cut + (1 if mark == ". " else 0)
    return MAX_EXTRACT_CHARS


def capped_note(text: str) -> str | None:
    """A one-line warning when extraction read only the beginning of ``text``, else None."""
    limit = extract_limit(text)
    if limit >= len(text):
        return None
    return (f"the text has {len(text):,} characters: values were extracted from the first {limit:,} "
            f"(the limit is {MAX_EXTRACT_CHARS:,}); the whole text is kept")


def extract(article: Article, *, published: date | None = None, language: str | None = None) -> IncidentReport:
    """The incident report the article supports, with evidence spans and confidences."""
    from editor.extraction.assemble import build_report

    limit = extract_limit(article.text)
    read = article if limit >= len(article.text) else dataclasses.replace(article, text=article.text[:limit])
    try:
        report = build_report(read, published=published, language=language)
        if read is not article:
            report.source.text = article.text
        # The extractor assigns attributes directly; one validation pass makes every value the
        # model's own type (enums, upper-cased codes) and catches a value the model would refuse.
        return IncidentReport.from_json_dict(report.to_json_dict())
    except (RecursionError, ValueError, IndexError, KeyError, TypeError, AttributeError, ArithmeticError) as exc:
        # A bug of ours, never the article's fault: say so (an empty report would look like an
        # article with nothing in it) and keep the traceback for --debug.
        import logging

        from editor.errors import ExtractionError

        logging.getLogger("editor.extraction").debug("extraction failed", exc_info=True)
        raise ExtractionError(article.path, exc, _empty(article, published, language)) from exc


def _empty(article: Article, published: date | None, language: str | None) -> IncidentReport:
    report = IncidentReport(source=article.to_source())
    if published:
        report.source.published = published.isoformat()
    if language:
        report.source.language = language
    return report


__all__ = ["MAX_EXTRACT_CHARS", "capped_note", "extract", "extract_limit"]
