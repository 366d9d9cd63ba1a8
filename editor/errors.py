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


class ExtractionError(EditorError):
    """The extractor itself failed on an article (a bug, not bad input): said, never an empty report.

    ``report`` holds the article with an empty form, so a caller that can still show the article
    (the window) may offer it for filling by hand; the traceback is logged to ``editor.extraction``
    and chained (``--debug`` shows it).
    """

    def __init__(self, source: str | Path | None, cause: BaseException, report: object = None) -> None:
        self.source = str(source) if source else ""
        self.cause = cause
        self.report = report
        what = f"extraction failed (internal error: {type(cause).__name__}: {cause})"
        super().__init__(f"{self.source}: {what}" if self.source else what)


class OutputError(EditorError):
    """A target that cannot be written; the previous file, if any, is left intact."""

    def __init__(self, target: str | Path, problem: str) -> None:
        self.target = str(target)
        self.problem = problem
        super().__init__(f"{self.target}: {problem}")
