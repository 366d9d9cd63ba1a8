"""The JSON Schema generated from the model (committed as resources/schema/incident.schema.json)."""

from __future__ import annotations

import json

import msgspec

from editor.model.report import IncidentReport


def json_schema() -> dict:
    """The incident report's JSON Schema (draft 2020-12)."""
    schema = msgspec.json.schema(IncidentReport)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://incident-editor.invalid/schema/incident.schema.json"
    return schema


def json_schema_text() -> str:
    """The schema as the committed file's text."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


if __name__ == "__main__":
    print(json_schema_text(), end="")
