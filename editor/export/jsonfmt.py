"""The incident JSON export (shared/spec/incident-json.md)."""

from __future__ import annotations

import json

from editor.model.report import IncidentReport


def render_json(report: IncidentReport) -> bytes:
    """The incident JSON as UTF-8 bytes, indented, ending with a newline."""
    try:
        return (report.to_json(indent=2) + "\n").encode("utf-8")
    except (UnicodeEncodeError, ValueError):
        # lone surrogates cannot be UTF-8: keep them as JSON escapes so nothing is lost
        return (json.dumps(report.to_json_dict(), ensure_ascii=True, indent=2) + "\n").encode("ascii")
