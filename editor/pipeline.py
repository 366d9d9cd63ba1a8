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


def kind_of(target: str | Path) -> str:
    """'url', 'project', 'report' (an exported .docx carrying incident JSON) or 'article'."""
    text = str(target)
    if text.lower().startswith(("http://", "https://")):
        return "url"
    name = Path(text).name.lower()
    if name.endswith(PROJECT_SUFFIX) or name.endswith(".json"):
        return "project"
    if name.endswith(".docx"):
        from editor.export.roundtrip import has_embedded_report

        if Path(text).is_file() and has_embedded_report(Path(text)):
            return "report"
    return "article"


def open_any(target: str | Path, *, published: date | None = None, language: str | None = None) -> IncidentReport:
    """A report from an article, a project file or an exported .docx."""
    kind = kind_of(target)
    if kind == "project":
        from editor.storage import load_project

        return load_project(Path(target))
    if kind == "report":
        from editor.export.roundtrip import read_embedded_report

        return read_embedded_report(Path(target))
    if kind == "url" or Path(target).exists() or not str(target):
        return extract_file(target, published=published, language=language)
    raise InputError(target, "no such file")
