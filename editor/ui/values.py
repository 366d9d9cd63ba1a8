"""Reading and writing report values by JSON Pointer, in their JSON form. No Qt.

The UI addresses every value by the pointer the evidence keys use, so one path serves
fields, table cells, evidence and ``user_edited``. Writes are validated against the type of
the deepest struct field that owns the value, so a bad value raises before anything changes.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from msgspec import Struct, to_builtins

from editor.model.pointers import join, split
from editor.model.report import IncidentReport, validate_value


class _Missing:
    """Marks a dict key (an evidence or confidence entry) that does not exist."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


def to_plain(value: Any) -> Any:
    """A model value in its JSON form (enums as strings, models as dicts)."""
    if isinstance(value, Struct):
        return to_builtins(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    return value


def _walk(node: Any, tokens: list[str]) -> Any:
    for token in tokens:
        if isinstance(node, Struct):
            if token not in node.__struct_fields__:
                raise KeyError(token)
            node = getattr(node, token)
        elif isinstance(node, list):
            if not token.isdigit() or int(token) >= len(node):
                raise KeyError(token)
            node = node[int(token)]
        elif isinstance(node, dict):
            node = node[token]
        else:
            raise KeyError(token)
    return node


def get_value(report: IncidentReport, pointer: str, default: Any = None) -> Any:
    """The value at ``pointer`` in JSON form, or ``default`` when absent."""
    try:
        return to_plain(_walk(report, split(pointer)))
    except KeyError:
        return default


def _set_plain(container: Any, tokens: list[str], value: Any) -> None:
    node = container
    for token in tokens[:-1]:
        node = node[int(token)] if isinstance(node, list) else node[token]
    last = tokens[-1]
    if isinstance(node, list):
        node[int(last)] = value
    elif value is MISSING:
        node.pop(last, None)
    else:
        node[last] = value


def set_value(report: IncidentReport, pointer: str, value: Any) -> None:
    """Set the value at ``pointer`` (JSON form); raises ValidationError or KeyError, changing nothing."""
    tokens = split(pointer)
    if not tokens:
        raise KeyError("cannot replace the whole report")
    node: Any = report
    owner: Struct | None = None
    attr = ""
    rest_start = 0
    for index, token in enumerate(tokens):
        if isinstance(node, Struct) and token in node.__struct_fields__:
            owner, attr, rest_start = node, token, index + 1
            node = getattr(node, token)
        elif isinstance(node, list):
            if not token.isdigit() or int(token) >= len(node):
                raise KeyError(pointer)
            node = node[int(token)]
        elif isinstance(node, dict) and index == len(tokens) - 1:
            node = node.get(token)
        elif isinstance(node, dict):
            node = node[token]
        else:
            raise KeyError(pointer)
    if owner is None:
        raise KeyError(pointer)
    rest = tokens[rest_start:]
    if not rest:
        setattr(owner, attr, validate_value(type(owner), attr, to_plain(value)))
        return
    container = to_plain(getattr(owner, attr))
    _set_plain(container, rest, value)
    setattr(owner, attr, validate_value(type(owner), attr, container))


def is_under(pointer: str, prefix: str) -> bool:
    """``pointer`` is ``prefix`` or inside it."""
    return pointer == prefix or pointer.startswith(prefix + "/")


def evidence_key(pointer: str) -> str:
    """The pointer of an evidence entry (``/evidence/<escaped pointer>``)."""
    return join("evidence", pointer)


def remap_index(pointer: str, prefix: str, mapping: dict[int, int | None]) -> str | None:
    """``pointer`` under list ``prefix`` with its row index moved by ``mapping`` (old → new); None if dropped."""
    if not pointer.startswith(prefix + "/"):
        return pointer
    rest = pointer[len(prefix) + 1:]
    head, _, tail = rest.partition("/")
    if not head.isdigit():
        return pointer
    new = mapping.get(int(head))
    if new is None:
        return None
    return f"{prefix}/{new}" + (f"/{tail}" if tail else "")


def is_empty(value: Any) -> bool:
    """No value: None, empty text or an empty list."""
    return value is None or value == "" or value == [] or value == {}
