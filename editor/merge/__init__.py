"""Several articles, one incident: merge reports (extracted articles, projects, exported reports) into one. No Qt.

The result depends on the set of sources, not on the order the inputs come in: every input is taken
apart into what each of its sources says (``views``), the sources are ordered by publication date, and
the report is built again from them (``build``). Inputs about another victim are left out and said so.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from editor.merge.build import SourceSummary, build
from editor.merge.identity import same_victim
from editor.merge.views import View, overrides_of, views_of
from editor.model.multi import all_sources
from editor.model.report import IncidentReport

__all__ = ["MergeResult", "Rejected", "SourceSummary", "merge", "merge_reports", "same_victim"]


@dataclass
class Rejected:
    """An input left out of the merge: it is about another victim."""

    index: int
    label: str
    reason: str


@dataclass
class MergeResult:
    """The merged report, what each of its sources brought, and the inputs left out."""

    report: IncidentReport
    summaries: list[SourceSummary] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)


def _label(report: IncidentReport, index: int) -> str:
    source = report.source
    return source.path or source.title or f"input {index + 1}"


def _date(report: IncidentReport) -> str:
    return min((s.published for s in all_sources(report) if s.published), default="9999-12-31")


def _reference(reports: list[IncidentReport]) -> int:
    """The input whose victim most inputs share (then the most sources, then the oldest): the incident's victim."""
    def score(i: int) -> tuple[int, int, int, str, str]:
        agree = sum(1 for j, other in enumerate(reports) if j != i and same_victim(reports[i], other)[0])
        r = reports[i]
        return (-agree, -len(all_sources(r)), -len(r.user_edited), _date(r), r.source.text)
    return min(range(len(reports)), key=score)


def _template(reports: list[IncidentReport]) -> IncidentReport:
    """Whose report metadata (title, stage, notifications, lessons) the result keeps: the fullest project."""
    return min(reports, key=lambda r: (-len(all_sources(r)), -len(r.user_edited), -len(r.submissions),
                                       -len(r.notifications), _date(r), r.source.text))


def _unique(views: list[View]) -> list[View]:
    """The same article given twice (itself and inside a project) is one source; the first reading kept."""
    seen: dict[tuple, View] = {}
    for view in views:
        kept = seen.setdefault(view.identity, view)
        if kept is not view:
            for pointer, said in view.scalars.items():
                kept.scalars.setdefault(pointer, said)
            for pointer, items in view.lists.items():
                kept.lists.setdefault(pointer, items)
    return list(seen.values())


def merge_reports(reports: list[IncidentReport]) -> MergeResult:
    """One report from reports about one incident, in any order; inputs about another victim are left out."""
    if not reports:
        raise ValueError("nothing to merge")
    ref = _reference(reports)
    kept, rejected = [], []
    for i, report in enumerate(reports):
        same, why = (True, "") if i == ref else same_victim(reports[ref], report)
        if same:
            kept.append(report)
        else:
            rejected.append(Rejected(i, _label(report, i), why))
    # views sorted by their own key, ties impossible for distinct articles: the input order cannot show
    views = _unique(sorted((v for r in kept for v in views_of(r)), key=lambda v: (v.order_key, len(v.scalars))))
    overrides: dict = {}
    edited: list[str] = []
    for report in sorted(kept, key=lambda r: (_date(r), r.source.text)):
        for pointer, value in overrides_of(report).items():
            overrides.setdefault(pointer, value)
        edited += [p for p in report.user_edited if p not in edited]
    merged, summaries = build(views, overrides, _template(kept), sorted(edited))
    return MergeResult(merged, summaries, rejected)


def merge(base: IncidentReport, new: IncidentReport) -> MergeResult:
    """``base`` with the article (or report) ``new`` added; nothing merged when ``new`` is about another victim."""
    same, why = same_victim(base, new)
    if not same:
        return MergeResult(base.deep_copy(), [], [Rejected(1, _label(new, 1), why)])
    return merge_reports([base, new])
