"""Reading an article file safely: existence, type and size are checked before a byte is read,
and every OS error becomes an InputError with a plain-words reason."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

from editor.errors import InputError

_REASONS = {
    errno.ENOENT: "no such file",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EISDIR: "is a directory, not an article file",
    errno.ENOTDIR: "no such file (a parent in the path is not a folder)",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.ELOOP: "too many symbolic links",
    errno.EIO: "input/output error while reading",
}


def os_error_reason(exc: OSError) -> str:
    """A one-line, user-facing reason for an OS error."""
    if exc.errno in _REASONS:
        return _REASONS[exc.errno]
    return f"cannot be read ({exc.strerror or type(exc).__name__})"


def open_binary(path: Path) -> BinaryIO:
    """Open ``path`` for reading bytes (a seam: tests replace it to simulate unreadable files)."""
    return open(path, "rb")  # noqa: SIM115 - the caller closes it


def _megabytes(size: int) -> str:
    megabytes = size / (1024 * 1024)
    return f"{megabytes:.0f} MB" if megabytes == int(megabytes) else f"{megabytes:.1f} MB"


def read_file(path: Path, source: str, max_bytes: int) -> bytes:
    """The bytes of a regular file no larger than ``max_bytes``; InputError otherwise."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise InputError(source, os_error_reason(exc)) from None
    except ValueError:  # embedded NUL in the path
        raise InputError(source, "invalid file name") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(source, "is a directory, not an article file")
    if not stat.S_ISREG(info.st_mode):
        # FIFOs and devices could block or never end.
        raise InputError(source, "is not a regular file")
    if info.st_size > max_bytes:
        raise InputError(source, f"file is too large: {info.st_size:,} bytes, over the {_megabytes(max_bytes)} limit")
    if info.st_size == 0:
        raise InputError(source, "file is empty")
    try:
        with open_binary(path) as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(source, os_error_reason(exc)) from None
    if len(data) > max_bytes:  # the file grew after stat()
        raise InputError(source, f"file is too large: over the {_megabytes(max_bytes)} limit")
    if not data:
        raise InputError(source, "file is empty")
    return data


__all__ = ["open_binary", "os_error_reason", "read_file"]
