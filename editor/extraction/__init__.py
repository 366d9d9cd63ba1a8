"""Article → incident report with evidence. Pure, deterministic, no Qt.

``extract`` runs the language's lexicon over the article: organisation and places (orgs, geo),
impact (counts, services, exfiltration), response and ransom, dates (start date, timeline). Every
value it sets carries evidence spans (the supporting sentences) and a confidence in ``report``.
"""

from __future__ import annotations

from datetime import date

from editor.model.report import IncidentReport
from editor.sources.article import Article


def extract(article: Article, *, published: date | None = None, language: str | None = None) -> IncidentReport:
    """The incident report the article supports, with evidence spans and confidences."""
    from editor.extraction.assemble import build_report

    try:
        report = build_report(article, published=published, language=language)
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


__all__ = ["extract"]
