"""Errors the user sees as one line: `incident-editor: error: FILE: what is wrong`."""

from __future__ import annotations

from pathlib import Path


class EditorError(Exception):
    """An error whose message is meant for the user, without a traceback."""


class InputError(EditorError):
    """A file or URL that cannot be read or understood; names the input and the problem."""

    def __init__(self, source: str | Path, problem: str) -> None:
        self.source = str(source)
        self.problem = problem
        super().__init__(f"{self.source}: {problem}")


class OutputError(EditorError):
    """A target that cannot be written; the previous file, if any, is left intact."""

    def __init__(self, target: str | Path, problem: str) -> None:
        self.target = str(target)
        self.problem = problem
        super().__init__(f"{self.target}: {problem}")
