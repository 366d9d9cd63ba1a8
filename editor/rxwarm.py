"""Start-up regular expressions served from the program cache (``editor.rxcache``). No Qt.

Importing Qt's Python binding compiles the same few large patterns in every new process (its
signature parser's, three verbose patterns of ~6,000 characters: ~30 ms on the development
machine), and the standard library a few dozen small ones. ``re`` keeps compiled patterns only in
memory. ``preload`` puts the programs an earlier start compiled into ``re``'s own cache before those
imports, so ``re.compile`` finds them there; ``remember`` records, when the app ends, which patterns
this run compiled, the longest first (the programs themselves go to the rxcache file).

This touches one private of CPython 3.11's ``re`` (the ``_cache`` dict and its key layout), so it
checks them first and does nothing on any other interpreter; the programs are validated by ``_sre``
as every rxcache program is, and anything unexpected makes it a no-op. The pattern list is a small
marshal file beside the rxcache file; a damaged one is ignored. ``INCIDENT_EDITOR_NO_REGEX_CACHE=1``
switches this off with the cache.
"""

from __future__ import annotations

import marshal
import re
import sys
from pathlib import Path

from editor import rxcache

MIN_LENGTH = 16  # shorter ones compile in a few microseconds
MAX_PATTERNS = 96  # the longest first: Qt's three alone cost ~25 ms, the ~40 small ones ~8 ms together
_loaded: list[tuple[str, int]] = []  # what preload read, so remember writes only when it changed


def supported() -> bool:
    """CPython 3.11's ``re`` with its compiled-pattern dict, and the program cache switched on."""
    return (sys.implementation.name == "cpython" and sys.version_info[:2] == (3, 11)
            and isinstance(getattr(re, "_cache", None), dict) and rxcache.enabled())


def list_file() -> Path:
    """Where the list of start-up patterns is kept (beside the program cache, per interpreter)."""
    return rxcache.cache_file().with_suffix(".startup")


def _read() -> list[tuple[str, int]]:
    try:
        data = marshal.loads(list_file().read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return []
    if not isinstance(data, list):
        return []
    return [(p, f) for p, f in (item for item in data[:MAX_PATTERNS] if isinstance(item, tuple) and len(item) == 2)
            if isinstance(p, str) and isinstance(f, int) and not f & re.DEBUG]


def preload() -> int:
    """Put the programs of the recorded start-up patterns into ``re``'s cache; how many were put."""
    if not supported():
        return 0
    _loaded[:] = _read()
    put = 0
    for pattern, flags in _loaded:
        key = (str, pattern, flags)
        if key in re._cache:  # type: ignore[attr-defined]
            continue
        try:
            re._cache[key] = rxcache.compile(pattern, flags)  # type: ignore[attr-defined]
        except Exception:  # noqa: BLE001 - a pattern that no longer compiles is simply not preloaded
            continue
        put += 1
    return put


def remember() -> bool:
    """Record the patterns compiled in this process, with their programs; True if the list changed."""
    if not supported():
        return False
    keys = sorted({(p, f) for t, p, f in list(re._cache) if t is str and len(p) >= MIN_LENGTH  # type: ignore[attr-defined]
                   and not f & re.DEBUG}, key=lambda k: (-len(k[0]), k))[:MAX_PATTERNS]
    if sorted(keys) == sorted(_loaded):
        return False
    for pattern, flags in keys:
        try:
            rxcache.compile(pattern, flags)  # stores the program (written by rxcache at exit)
        except Exception:  # noqa: BLE001
            continue
    if not rxcache.write_cache_file(list_file(), [marshal.dumps(keys)]):
        return False
    _loaded[:] = keys
    return True
