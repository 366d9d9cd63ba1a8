"""Several articles, one incident: the report's list of sources and which one a span counts in. No Qt, no I/O."""

from __future__ import annotations

from typing import Any

from editor.model.enums import ReportStage
from editor.model.report import IncidentReport, Source, Span, Submission

# The values a submission records, to say later what changed since that stage.
SNAPSHOT = (
    "/organization/name", "/organization/sector", "/organization/country", "/incident/type", "/incident/start_date",
    "/impact/servers_affected", "/impact/workstations_affected", "/impact/appointments_affected",
    "/impact/data_exfiltration", "/impact/people_affected", "/impact/records_affected", "/ransom/status",
    "/ransom/amount", "/ransom/currency", "/ransom/threat_actor", "/ransom/claimed", "/ransom/leak_published",
)


def _is_main(first: Source, main: Source) -> bool:
    """Whether ``first`` (sources[0]) is the main article itself rather than a further one (older files)."""
    if first.text or main.text:
        return first.text == main.text
    return (first.title, first.url, first.published) == (main.title, main.url, main.published)


def all_sources(report: IncidentReport) -> list[Source]:
    """Every article backing the report, in index order: what a span's ``source`` K counts in.

    ``source`` is authoritative for the first (the form edits it); older files listed only further
    articles in ``sources``, and those follow the main one.
    """
    if not report.sources:
        return [report.source]
    if _is_main(report.sources[0], report.source):
        return [report.source, *report.sources[1:]]
    return [report.source, *report.sources]


def canonical_sources(report: IncidentReport) -> None:
    """Rewrite ``sources`` in the spec's form (the main article first) when it holds more than one article."""
    found = all_sources(report)
    report.sources = list(found) if len(found) > 1 else []


def span_source(span: Span) -> int:
    """The index of the source a span counts in (no key: the first)."""
    return span.source or 0


def span_text(report: IncidentReport, span: Span) -> str:
    """The text a span covers, in the right source ('' when the index or offsets are out of range)."""
    found = all_sources(report)
    k = span_source(span)
    if k >= len(found):
        return ""
    return found[k].text[span.start:span.end]


def snapshot(report: IncidentReport) -> dict[str, Any]:
    """The reported values a submission keeps: the key facts, and each service's status."""
    from editor.model import pointers

    data = report.to_json_dict()
    values = {p: pointers.resolve(data, p) for p in SNAPSHOT}
    values["/impact/services"] = [{"service": s["service"], "status": s["status"]} for s in data["impact"]["services"]]
    return values


def record_submission(report: IncidentReport, when: str | None = None, stage: ReportStage | None = None) -> Submission:
    """Record the report's current stage as submitted (its version, its sources, its values) and return it.

    A stage submitted again replaces nothing: each submission is kept, oldest first.
    """
    entry = Submission(stage=stage or report.report.stage, version=report.report.version, date=when,
                       sources=len(all_sources(report)), values=snapshot(report))
    report.submissions = [*report.submissions, entry]
    return entry
