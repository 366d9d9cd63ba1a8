"""Small helpers shared by the extraction tests (articles written for these tests)."""

from __future__ import annotations

from datetime import date

from editor.extraction import extract
from editor.extraction.doc import Doc, build_doc
from editor.extraction.lexicon import lexicon
from editor.model.report import IncidentReport
from editor.sources.article import Article


def run(text: str, language: str, published: date | None = date(2024, 3, 13)) -> IncidentReport:
    """Extract a report from ``text`` in ``language`` published on ``published``."""
    return extract(Article(text=text, language=language), published=published)


def doc_of(text: str, language: str, published: date | None = date(2024, 3, 13)) -> Doc:
    """The analysed document (for unit tests of single extractors)."""
    return build_doc(text, lexicon(language), published)


def services_of(report: IncidentReport) -> dict[str, str]:
    """service → status of a report."""
    return {s.service.value: s.status.value for s in report.impact.services}


def categories_of(report: IncidentReport) -> set[str]:
    """The response categories of a report."""
    return {a.category.value for a in report.response.actions}
