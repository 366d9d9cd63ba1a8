"""A persistent cache of compiled regular expressions, like Python's own ``__pycache__`` for code.

The lexicons compile into a few dozen large alternations. CPython parses and compiles a pattern
in pure Python (``re._parser`` / ``re._compiler``), which costs ~150 ms per language on every new
process — the largest single cost of a first extraction. The output of that work is a list of
integers (the SRE program) that ``_sre.compile`` turns into a pattern object in microseconds, and
it depends only on the pattern text, the flags and the interpreter's SRE version. This module
keeps those programs in one file in the user's cache folder, keyed by the interpreter's cache tag
and ``_sre.MAGIC``, and falls back to ``re.compile`` whenever anything is off: another Python, a
missing, truncated or foreign file, or a program ``_sre`` refuses (it validates every program).

Only patterns from a bounded set (the lexicons) go through here; see ``compile``.
Set ``INCIDENT_EDITOR_NO_REGEX_CACHE=1`` to bypass it, ``INCIDENT_EDITOR_CACHE_DIR`` to move it.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import re
import sys
import threading
import time
from pathlib import Path
from typing import Any

from editor import resources

try:  # CPython internals: without them (another implementation) every call is plain re.compile
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - CPython always has them
    _sre = None  # type: ignore[assignment]

FORMAT = 2
STALE_AFTER = 7 * 86400  # seconds: a program no process has used for a week goes at the next write
MAX_ENTRIES = 1000  # the four lexicons need about 200; entries unused by the last process go first
_HEADER = b"IERX"

_lock = threading.Lock()
_entries: dict[tuple[str, int], tuple[Any, ...]] | None = None  # loaded lazily
_stamps: dict[tuple[str, int], int] = {}  # when each program was last used by a process that wrote the file
_used: set[tuple[str, int]] = set()
_dirty = False
_registered = False
stats = {"hits": 0, "misses": 0}


def enabled() -> bool:
    """The cache is used: CPython with the expected internals, and not switched off."""
    return _sre is not None and os.environ.get("INCIDENT_EDITOR_NO_REGEX_CACHE", "") not in ("1", "true")


def cache_file() -> Path:
    """The cache file for this interpreter: one per Python version and SRE version."""
    folder = resources.user_folder("cache", "INCIDENT_EDITOR_CACHE_DIR")
    tag = sys.implementation.cache_tag or "python"
    return folder / f"regex-{tag}-{getattr(_sre, 'MAGIC', 0)}.bin"


def _load() -> dict[tuple[str, int], tuple[Any, ...]]:
    try:
        blob = cache_file().read_bytes()
    except Exception:  # noqa: BLE001 - no readable cache (or no cache folder): compile as usual
        return {}
    # Header, a digest of the payload (a torn or edited file is ignored), then the marshalled data.
    if len(blob) < 36 or blob[:4] != _HEADER or hashlib.blake2b(blob[36:], digest_size=32).digest() != blob[4:36]:
        return {}
    try:
        data = marshal.loads(blob[36:])
    except (EOFError, ValueError, TypeError):
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("entries"), dict):
        return {}
    stamps = data.get("stamps")
    _stamps.clear()
    if isinstance(stamps, dict):
        _stamps.update(stamps)
    return data["entries"]


def _entries_now() -> dict[tuple[str, int], tuple[Any, ...]]:
    global _entries
    if _entries is None:
        _entries = _load()
    return _entries


def _build(pattern: str, flags: int) -> tuple[re.Pattern[str], tuple[Any, ...]]:
    """What ``re._compiler.compile`` does, keeping the program so it can be stored."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    entry = (int(flags | parsed.state.flags), [int(op) for op in code], int(parsed.state.groups - 1), groupindex,
             tuple(indexgroup))
    return _from_entry(pattern, entry), entry


def _from_entry(pattern: str, entry: tuple[Any, ...]) -> re.Pattern[str]:
    final_flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, final_flags, code, groups, groupindex, indexgroup)


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - mirrors re.compile
    """``re.compile(pattern, flags)``, served from the on-disk cache when it has the pattern.

    Only for patterns from a bounded set (lexicon data): every distinct pattern is kept on disk.
    """
    global _dirty, _registered
    if not enabled() or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    key = (str(pattern), int(flags))
    with _lock:
        entry = _entries_now().get(key)
    if entry is not None:
        try:
            compiled = _from_entry(pattern, entry)
        except Exception:  # a foreign or damaged program: _sre validates it and refuses
            compiled = None
        if compiled is not None:
            with _lock:
                _used.add(key)
                stats["hits"] += 1
            return compiled
    try:
        compiled, entry = _build(pattern, flags)
    except re.error:
        raise
    except Exception:  # internals changed shape: the public API still works
        return re.compile(pattern, flags)
    with _lock:
        _entries_now()[key] = entry
        _used.add(key)
        stats["misses"] += 1
        _dirty = True
        if not _registered:
            atexit.register(flush)
            _registered = True
    return compiled


def flush() -> bool:
    """Write newly compiled programs to the cache file (atomically); True when something was written.

    Never raises: a read-only or full disk only means the next process compiles again.
    """
    global _dirty
    with _lock:
        if not _dirty or _entries is None:
            return False
        now = int(time.time())
        for key in _used:
            _stamps[key] = now
        # Programs of an older lexicon are never asked for again: unused for a week, they go.
        entries = {k: v for k, v in _entries.items() if k in _used or _stamps.get(k, 0) >= now - STALE_AFTER}
        stamps = {k: _stamps.get(k, now) for k in entries}
        if len(entries) > MAX_ENTRIES:  # keep what this process used, then as many others as fit
            kept = {k: v for k, v in entries.items() if k in _used}
            for key, value in entries.items():
                if len(kept) >= MAX_ENTRIES:
                    break
                kept.setdefault(key, value)
            entries = kept
            stamps = {k: stamps[k] for k in entries}
        _dirty = False
    try:
        payload = marshal.dumps({"format": FORMAT, "entries": entries, "stamps": stamps})
        target = cache_file()
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        with open(temp, "wb") as fh:
            fh.write(_HEADER + hashlib.blake2b(payload, digest_size=32).digest() + payload)
        os.replace(temp, target)
        return True
    except Exception:  # noqa: BLE001 - a cache must never fail the program that uses it
        try:
            temp.unlink()  # type: ignore[possibly-undefined]
        except (OSError, NameError):
            pass
        return False


def reset_for_tests() -> None:
    """Forget the in-memory state so the next call reads the file again."""
    global _entries, _dirty
    with _lock:
        _entries = None
        _stamps.clear()
        _used.clear()
        _dirty = False
        stats.update(hits=0, misses=0)
