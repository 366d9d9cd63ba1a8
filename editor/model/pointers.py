"""JSON Pointer (RFC 6901) helpers over the report's JSON form; used for evidence keys."""

from __future__ import annotations

from typing import Any


def escape(token: str) -> str:
    """Escape one reference token."""
    return token.replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    """Unescape one reference token."""
    return token.replace("~1", "/").replace("~0", "~")


def split(pointer: str) -> list[str]:
    """The reference tokens of a pointer ('' is the whole document)."""
    if pointer == "":
        return []
    if not pointer.startswith("/"):
        raise ValueError(f"{pointer!r} is not a JSON Pointer")
    return [unescape(t) for t in pointer[1:].split("/")]


def join(*tokens: str | int) -> str:
    """Build a pointer from tokens."""
    return "".join("/" + escape(str(t)) for t in tokens)


def resolve(document: Any, pointer: str) -> Any:
    """The value at ``pointer``; raises KeyError when absent."""
    node = document
    for token in split(pointer):
        if isinstance(node, list):
            if not (token.isascii() and token.isdigit()) or int(token) >= len(node):  # "²" is a digit int() refuses
                raise KeyError(pointer)
            node = node[int(token)]
        elif isinstance(node, dict):
            if token not in node:
                raise KeyError(pointer)
            node = node[token]
        else:
            raise KeyError(pointer)
    return node
