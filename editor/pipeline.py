"""Glue shared by the CLI, batch and the app: open any input as a report. No Qt."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from editor.errors import InputError
from editor.model.report import IncidentReport

PROJECT_SUFFIX = ".incident.json"


def extract_file(target: str | Path, *, published: date | None = None, language: str | None = None) -> IncidentReport:
    """Load an article (file or URL) and extract its incident report."""
    from editor.extraction import extract
    from editor.sources import load

    article = load(target)
    return extract(article, published=published, language=language)


def _kind_by_name(target: str | Path) -> str:
    """'url', 'project', 'docx' (maybe an exported report: its content decides) or 'article', without reading it."""
    text = str(target)
    if text.lower().startswith(("http://", "https://")):
        return "url"
    name = Path(text).name.lower()
    if name.endswith(PROJECT_SUFFIX) or name.endswith(".json"):
        return "project"
    if name.endswith(".docx") and Path(text).is_file():
        return "docx"
    return "article"


def kind_of(target: str | Path) -> str:
    """'url', 'project', 'report' (an exported .docx carrying incident JSON) or 'article'."""
    kind = _kind_by_name(target)
    if kind == "docx":
        from editor.export.roundtrip import has_embedded_report

        return "report" if has_embedded_report(Path(target)) else "article"
    return kind


def open_any(target: str | Path, *, published: date | None = None, language: str | None = None) -> IncidentReport:
    """A report from an article, a project file or an exported .docx."""
    kind = _kind_by_name(target)
    if kind == "project":
        from editor.storage import load_project

        return load_project(Path(target))
    if kind == "docx":
        from editor.export.roundtrip import embedded_report_if_any

        # one pass over the zip decides whether it is a report and reads it; None: a Word article
        report = embedded_report_if_any(Path(target))
        if report is not None:
            return report
    if kind in ("url", "docx") or Path(target).exists() or not str(target):
        return extract_file(target, published=published, language=language)
    raise InputError(target, "no such file")
