"""A persistent cache of compiled regular expressions, like Python's own ``__pycache__`` for code.

The lexicons compile into a few dozen large alternations. CPython parses and compiles a pattern
in pure Python (``re._parser`` / ``re._compiler``), which costs ~150 ms per language on every new
process — the largest single cost of a first extraction. The output of that work is a list of
integers (the SRE program) that ``_sre.compile`` turns into a pattern object in microseconds, and
it depends only on the pattern text, the flags and the interpreter's SRE version. This module
keeps those programs in one file in the user's cache folder, keyed by the interpreter's cache tag
and ``_sre.MAGIC``, and falls back to ``re.compile`` whenever anything is off: another Python, a
missing, truncated or foreign file, a record whose checksum is wrong, or a program ``_sre`` refuses
(it validates every program). Opening the file reads only its index; a program is decoded when its
pattern is first asked for (a process uses the few dozen of its language).

Only patterns from a bounded set (the lexicons, and the extractor's module-level constants) go through here;
see ``compile``.
Set ``INCIDENT_EDITOR_NO_REGEX_CACHE=1`` to bypass it, ``INCIDENT_EDITOR_CACHE_DIR`` to move it.
"""

from __future__ import annotations

import atexit
import _thread  # not threading: a lock is all this needs, and threading costs ~1.5 ms to import
import marshal
import os
import re
import sys
import time
import zlib
from pathlib import Path
from typing import Any

from editor import resources

try:  # CPython internals: without them (another implementation) every call is plain re.compile
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - CPython always has them
    _sre = None  # type: ignore[assignment]

FORMAT = 3
STALE_AFTER = 7 * 86400  # seconds: a program no process has used for a week goes at the next write
MAX_ENTRIES = 1000  # the four lexicons need about 300; entries unused by the last process go first
# File: magic, then format, index length and CRC-32 of the index (little-endian u32), the marshalled
# index [(pattern, flags, record length, record CRC-32, last use), ...] and the records one after another.
# A record (one marshalled program) is read and checked only when its pattern is asked for, so a process
# pays for the few dozen programs its language uses, not for every program of every language.
_HEADER = b"IERX"
_HEAD_SIZE = 16

_lock = _thread.allocate_lock()
_entries: dict[tuple[str, int], bytes | memoryview] | None = None  # key → encoded record; loaded lazily
_crcs: dict[tuple[str, int], int] = {}  # each record's CRC-32 as the file's index gives it, checked at first use
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


def _load() -> dict[tuple[str, int], bytes | memoryview]:
    try:
        blob = cache_file().read_bytes()
    except Exception:  # noqa: BLE001 - no readable cache (or no cache folder): compile as usual
        return {}
    try:
        magic, version, index_len, index_crc = _unpack_head(blob)
        if magic != _HEADER or version != FORMAT or _HEAD_SIZE + index_len > len(blob):
            return {}
        index = memoryview(blob)[_HEAD_SIZE:_HEAD_SIZE + index_len]
        if zlib.crc32(index) != index_crc:
            return {}  # a torn or edited file
        rows = marshal.loads(index)
        entries: dict[tuple[str, int], bytes | memoryview] = {}
        stamps: dict[tuple[str, int], int] = {}
        records = memoryview(blob)[_HEAD_SIZE + index_len:]
        offset = 0
        for pattern, flags, length, crc, stamp in rows:
            if not (isinstance(pattern, str) and type(flags) is int and type(length) is int and length >= 0):
                return {}
            entries[(pattern, flags)] = records[offset:offset + length]
            stamps[(pattern, flags)] = int(stamp)
            _crcs[(pattern, flags)] = int(crc)
            offset += length
        if offset != len(records):
            return {}
    except Exception:  # noqa: BLE001 - any malformed file is an empty cache
        _crcs.clear()
        return {}
    _stamps.clear()
    _stamps.update(stamps)
    return entries


def _entries_now() -> dict[tuple[str, int], bytes | memoryview]:
    global _entries
    if _entries is None:
        _entries = _load()
    return _entries


def _pack_head(version: int, index_len: int, index_crc: int) -> bytes:
    return _HEADER + b"".join(n.to_bytes(4, "little") for n in (version, index_len, index_crc))


def _unpack_head(blob: bytes) -> tuple[bytes, int, int, int]:
    if len(blob) < _HEAD_SIZE:
        raise ValueError("short cache file")
    return (blob[:4], int.from_bytes(blob[4:8], "little"), int.from_bytes(blob[8:12], "little"),
            int.from_bytes(blob[12:16], "little"))


def _encode(entry: tuple[Any, ...]) -> bytes:
    from array import array  # only a miss writes a record

    final_flags, code, groups, groupindex, indexgroup = entry
    try:
        words = array("I", code)
        if words.itemsize != 4:
            raise OverflowError
        if sys.byteorder == "big":
            words.byteswap()
        stored: bytes | list[int] = words.tobytes()
    except OverflowError:  # a word that does not fit 32 bits (or odd platform ints): keep the list
        stored = list(code)
    return marshal.dumps((final_flags, stored, groups, groupindex, indexgroup))


def _decode(record: bytes | memoryview) -> tuple[Any, ...]:
    # SRE code words are 32-bit: a record holds them as little-endian words, one bytes object to load.
    final_flags, stored, groups, groupindex, indexgroup = marshal.loads(record)
    if isinstance(stored, bytes):
        if sys.byteorder == "little" and memoryview(b"").cast("I").itemsize == 4:
            stored = memoryview(stored).cast("I").tolist()
        else:
            from array import array

            words = array("I")
            words.frombytes(stored)
            if sys.byteorder == "big":
                words.byteswap()
            stored = words.tolist()
    return final_flags, stored, groups, groupindex, indexgroup


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


def _from_record(key: tuple[str, int], record: bytes | memoryview) -> re.Pattern[str] | None:
    """The pattern object of a stored record; None when the record is damaged or ``_sre`` refuses it."""
    try:
        crc = _crcs.get(key)
        if crc is not None and zlib.crc32(record) != crc:
            return None
        return _from_entry(key[0], _decode(record))
    except Exception:  # noqa: BLE001 - a foreign or damaged program: _sre validates it and refuses
        return None


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - mirrors re.compile
    """``re.compile(pattern, flags)``, served from the on-disk cache when it has the pattern.

    Only for patterns from a bounded set (lexicon data): every distinct pattern is kept on disk.
    """
    global _dirty, _registered
    if not enabled() or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    key = (str(pattern), int(flags))
    with _lock:
        record = _entries_now().get(key)
    if record is not None:
        compiled = _from_record(key, record)
        if compiled is not None:
            with _lock:
                _used.add(key)
                stats["hits"] += 1
            return compiled
    try:
        compiled, entry = _build(pattern, flags)
        record = _encode(entry)
    except re.error:
        raise
    except Exception:  # internals changed shape: the public API still works
        return re.compile(pattern, flags)
    with _lock:
        _entries_now()[key] = record
        _crcs[key] = zlib.crc32(record)
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
        records = [bytes(entries[key]) for key in entries]
        # A record keeps the CRC the index gave it: one damaged on disk stays detectably damaged.
        index = marshal.dumps([(pattern, flags, len(record), _crcs.get((pattern, flags), zlib.crc32(record)),
                                stamps[(pattern, flags)])
                               for (pattern, flags), record in zip(entries, records)])
    except Exception:  # noqa: BLE001 - a cache must never fail the program that uses it
        return False
    return write_cache_file(cache_file(), [_pack_head(FORMAT, len(index), zlib.crc32(index)), index, *records])


def write_cache_file(target: Path, chunks: list[bytes]) -> bool:
    """Write a start-up cache file atomically (a temporary file beside it, then a rename).

    Never raises: a read-only or full disk only means the next process does the work again. No fsync:
    a cache lost in a crash is only a miss. (Documents go through ``storage.atomic_write_bytes``.)
    """
    temp = target.with_name(f".{target.name}.{os.getpid()}.{_thread.get_ident()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(temp, "wb") as fh:
            for chunk in chunks:
                fh.write(chunk)
        os.replace(temp, target)
        return True
    except Exception:  # noqa: BLE001 - a cache must never fail the program that uses it
        try:
            temp.unlink()
        except OSError:
            pass
        return False


def reset_for_tests() -> None:
    """Forget the in-memory state so the next call reads the file again."""
    global _entries, _dirty
    with _lock:
        _entries = None
        _stamps.clear()
        _crcs.clear()
        _used.clear()
        _dirty = False
        stats.update(hits=0, misses=0)
