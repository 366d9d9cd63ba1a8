"""What a re-extraction would change, and the one undo step that applies the accepted part."""

from __future__ import annotations

from typing import Any

from editor.model.report import IncidentReport
from editor.ui.document import Document, ReplaceFieldsCommand
from editor.ui.prompts import Change
from editor.ui.values import get_value, is_under, to_plain

# Values the extractor produces; report metadata and the source are the user's.
EXTRACTED = (
    "/organization/name", "/organization/sector", "/organization/country", "/organization/region", "/sites",
    "/incident/type", "/incident/start_date", "/incident/detected_at", "/incident/summary", "/timeline",
    "/impact/servers_affected", "/impact/workstations_affected", "/impact/network_disconnected",
    "/impact/services", "/impact/appointments_affected", "/impact/patients_diverted",
    "/impact/data_exfiltration", "/impact/data_categories", "/impact/people_affected", "/impact/records_affected",
    "/response/actions", "/response/restoration_order", "/ransom/status", "/ransom/amount", "/ransom/currency",
    "/ransom/threat_actor", "/ransom/claimed", "/ransom/leak_published", "/ransom/as_of", "/notifications",
    "/lessons_learned/text", "/lessons_learned/items",
)


def proposed_changes(doc: Document, new: IncidentReport, labels: dict[str, str]) -> list[Change]:
    """Fields whose extracted value differs from the document's, typed ones flagged."""
    changes = []
    for pointer in EXTRACTED:
        old_value = doc.value(pointer)
        new_value = get_value(new, pointer)
        if old_value == new_value:
            continue
        edited = any(is_under(p, pointer) for p in doc.report.user_edited)
        changes.append(Change(pointer, labels.get(pointer, pointer), old_value, new_value, edited))
    return changes


def _meta_of(report: IncidentReport, prefix: str) -> tuple[dict, dict, list[str]]:
    evidence = {k: to_plain(v) for k, v in report.evidence.items() if is_under(k, prefix)}
    confidence = {k: v for k, v in report.confidence.items() if is_under(k, prefix)}
    return evidence, confidence, []


def _readings(old: IncidentReport, new: IncidentReport, pointers: list[str]) -> list[tuple[str, Any, Any]]:
    """The candidates and low-confidence reasons of the accepted fields follow their new values."""
    out = []
    for key in ("candidates", "confidence_why"):
        before = to_plain(getattr(old, key))
        fresh = to_plain(getattr(new, key))
        after = {k: v for k, v in before.items() if not any(is_under(k, p) for p in pointers)}
        after |= {k: v for k, v in fresh.items() if any(is_under(k, p) for p in pointers)}
        if after != before:
            out.append((f"/{key}", before, after))
    return out


def apply_changes(doc: Document, new: IncidentReport, accepted: list[str], extra: list[tuple[str, Any, Any]],
                  text: str) -> bool:
    """Push one command for the accepted fields (and ``extra`` source changes); False if nothing to do."""
    changes = [(p, doc.value(p), get_value(new, p)) for p in accepted if doc.value(p) != get_value(new, p)]
    extra = [e for e in extra if e[1] != e[2]]
    if not changes and not extra:
        return False
    old_meta = {p: doc.meta_under(p) for p, _o, _n in changes}
    new_meta = {p: _meta_of(new, p) for p, _o, _n in changes}
    old_edited = list(doc.report.user_edited)
    # Accepting a new value for a field the user typed hands it back to the extractor.
    new_edited = [p for p in old_edited if not any(is_under(p, c[0]) for c in changes)]
    if new_edited != old_edited:
        extra = extra + [("/user_edited", old_edited, new_edited)]
    extra = extra + _readings(doc.report, new, [c[0] for c in changes])
    doc.stack.push(ReplaceFieldsCommand(doc, changes, old_meta, new_meta, extra, text))
    return True
