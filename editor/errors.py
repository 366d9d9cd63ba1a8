"""Errors the user sees as one line: `incident-editor: error: FILE: what is wrong`."""

from __future__ import annotations

import errno
import re
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


# Plain sentences for the system errors a user meets, instead of "[Errno 111] Connection refused".
# The window translates these sentences (editor/ui/messages.py); the command line prints them as they are.
ERRNO_SENTENCES = {
    errno.ENOENT: "the file or folder does not exist",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EISDIR: "it is a folder, not a file",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.ENOSPC: "the disk is full",
    errno.EROFS: "the disk is read-only",
    errno.EEXIST: "the file already exists",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.EMFILE: "too many files are open",
    errno.ECONNREFUSED: "the server refused the connection (is the address right?)",
    errno.ECONNRESET: "the server closed the connection",
    errno.ETIMEDOUT: "the server did not answer in time",
    errno.EHOSTUNREACH: "the server cannot be reached (no network?)",
    errno.ENETUNREACH: "the network cannot be reached (no connection?)",
    errno.ENETDOWN: "the network is down",
}
# socket.gaierror codes (negative on Linux): the server's name could not be looked up.
NAME_NOT_FOUND = "the server's name cannot be found (no network, or a mistyped address)"
_GAI_CODES = {-2, -3, -5, 8, 11001, 11004}  # EAI_NONAME, EAI_AGAIN, EAI_NODATA; macOS; Windows WSAHOST_NOT_FOUND…
_ERRNO_TEXT = re.compile(r"<urlopen error (?P<inner>.*)>|\[Errno (?P<code>-?\d+)\] (?P<text>[^\]\)>]*?)(?=$|[)\]>,;])")


def plain_os_error(exc: OSError) -> str:
    """An OSError as a plain sentence (no errno number, no Python class name)."""
    if exc.errno in ERRNO_SENTENCES:
        return ERRNO_SENTENCES[exc.errno]
    if exc.errno in _GAI_CODES and "name" in str(exc).lower() or type(exc).__name__ == "gaierror":
        return NAME_NOT_FOUND
    return (exc.strerror or str(exc) or type(exc).__name__).strip()


def plain_words(message: str) -> str:
    """``message`` with raw system error texts ("[Errno 111] Connection refused") made plain sentences."""

    def one(match: re.Match[str]) -> str:
        if match.group("inner") is not None:
            return plain_words(match.group("inner"))
        code = int(match.group("code"))
        if code in ERRNO_SENTENCES:
            return ERRNO_SENTENCES[code]
        if code in _GAI_CODES:
            return NAME_NOT_FOUND
        return match.group("text").strip()

    return _ERRNO_TEXT.sub(one, message)
