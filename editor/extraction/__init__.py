"""Article → incident report with evidence. Pure, deterministic, no Qt."""

from __future__ import annotations

from datetime import date

from editor.model.report import IncidentReport
from editor.sources.article import Article


def extract(article: Article, *, published: date | None = None, language: str | None = None) -> IncidentReport:
    """The incident report the article supports, with evidence spans and confidences."""
    report = IncidentReport(source=article.to_source())
    if published:
        report.source.published = published.isoformat()
    if language:
        report.source.language = language
    return report


__all__ = ["extract"]
