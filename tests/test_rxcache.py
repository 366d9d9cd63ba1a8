"""The on-disk cache of compiled patterns: same behaviour as re.compile, and never a failure of its own."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from editor import rxcache

PATTERNS = [
    (r"(?<!\w)(?:(?P<paid>ont pay[ée]|paid)|(?P<refused>refus\w*))(?!\w)", re.IGNORECASE),
    (r"\b(\d{1,3}(?:[ .,]\d{3})*)\s+(serveurs?|servers?)\b", re.IGNORECASE),
    (r"^(?:[A-Z][a-zé]+\s?){1,4}$", re.MULTILINE),
]
TEXTS = ["Ils ont payé", "The board REFUSED to pay", "1 500 serveurs et 200 servers", "Hôpital Central\nx", ""]


@pytest.fixture
def cache_dir(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("INCIDENT_EDITOR_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("INCIDENT_EDITOR_NO_REGEX_CACHE", raising=False)
    rxcache.reset_for_tests()
    yield tmp_path
    rxcache.reset_for_tests()


def _same(left: re.Pattern[str], right: re.Pattern[str]) -> None:
    assert (left.pattern, left.flags, left.groups, left.groupindex) == \
        (right.pattern, right.flags, right.groups, right.groupindex)
    for text in TEXTS:
        found = [(m.span(), m.groups(), m.lastgroup) for m in left.finditer(text)]
        assert found == [(m.span(), m.groups(), m.lastgroup) for m in right.finditer(text)]


def _fill(cache_dir: Path) -> None:
    for pattern, flags in PATTERNS:
        rxcache.compile(pattern, flags)
    assert rxcache.flush() is True
    rxcache.reset_for_tests()


def test_patterns_from_the_cache_match_like_re_compile(cache_dir):
    for pattern, flags in PATTERNS:
        _same(rxcache.compile(pattern, flags), re.compile(pattern, flags))
    assert rxcache.stats["misses"] == len(PATTERNS)
    assert rxcache.flush() is True and rxcache.cache_file().is_file()
    assert rxcache.flush() is False  # nothing new to write
    rxcache.reset_for_tests()
    for pattern, flags in PATTERNS:
        _same(rxcache.compile(pattern, flags), re.compile(pattern, flags))
    assert rxcache.stats == {"hits": len(PATTERNS), "misses": 0}


def test_a_bad_pattern_raises_re_error(cache_dir):
    with pytest.raises(re.error):
        rxcache.compile("(unclosed", 0)


def _read(target: Path) -> list[tuple[str, int, bytes, int]]:
    """(pattern, flags, record, stamp) of every program in a cache file."""
    blob = target.read_bytes()
    _, version, index_len, _ = rxcache._unpack_head(blob)
    assert version == rxcache.FORMAT
    offset = rxcache._HEAD_SIZE + index_len
    out = []
    for pattern, flags, length, _crc, stamp in marshal.loads(blob[rxcache._HEAD_SIZE:offset]):
        out.append((pattern, flags, blob[offset:offset + length], stamp))
        offset += length
    return out


def _write(target: Path, rows: list[tuple[str, int, bytes, int]], crcs: list[int] | None = None) -> None:
    """A well-formed cache file holding ``rows`` (with the records' own CRCs unless ``crcs`` says otherwise)."""
    crcs = crcs or [zlib.crc32(record) for _, _, record, _ in rows]
    index = marshal.dumps([(p, f, len(r), c, s) for (p, f, r, s), c in zip(rows, crcs)])
    target.write_bytes(rxcache._pack_head(rxcache.FORMAT, len(index), zlib.crc32(index)) + index
                       + b"".join(r for _, _, r, _ in rows))


@pytest.mark.parametrize("damage", ["truncated", "garbage", "digest", "empty", "foreign"])
def test_a_damaged_cache_file_is_ignored(cache_dir, damage):
    _fill(cache_dir)
    target = rxcache.cache_file()
    blob = target.read_bytes()
    if damage == "truncated":
        blob = blob[: len(blob) // 2]
    elif damage == "garbage":
        blob = os.urandom(len(blob))
    elif damage == "digest":
        blob = blob[:10] + bytes([blob[10] ^ 0xFF]) + blob[11:]
    elif damage == "empty":
        blob = b""
    else:  # a well-formed file of another format
        index = marshal.dumps([])
        blob = rxcache._pack_head(999, len(index), zlib.crc32(index)) + index
    target.write_bytes(blob)
    for pattern, flags in PATTERNS:
        _same(rxcache.compile(pattern, flags), re.compile(pattern, flags))
    assert rxcache.stats["hits"] == 0


def test_a_forged_program_is_refused_by_sre_and_compiled_afresh(cache_dir):
    _fill(cache_dir)
    target = rxcache.cache_file()
    rows = []
    for pattern, flags, record, stamp in _read(target):
        final_flags, code, groups, groupindex, indexgroup = rxcache._decode(record)
        forged = (final_flags, [7, 3, 99999, 1] + code[::-1], groups, groupindex, indexgroup)
        rows.append((pattern, flags, rxcache._encode(forged), stamp))
    _write(target, rows)  # well-formed, checksums right: only _sre's validation stands in the way
    for pattern, flags in PATTERNS:
        _same(rxcache.compile(pattern, flags), re.compile(pattern, flags))
    assert rxcache.stats["hits"] == 0 and rxcache.stats["misses"] == len(PATTERNS)


def test_a_damaged_record_is_one_miss_and_stays_detected_until_replaced(cache_dir):
    _fill(cache_dir)
    target = rxcache.cache_file()
    rows = _read(target)
    assert [(p, f) for p, f, _, _ in rows] == PATTERNS
    good_crcs = [zlib.crc32(r) for _, _, r, _ in rows]
    first = rows[0]
    damaged = bytearray(first[2])
    damaged[-3] ^= 0x01  # one bit of the program: still decodes, but is not what was stored
    rows[0] = (first[0], first[1], bytes(damaged), first[3])
    _write(target, rows, good_crcs)
    # A process that never asks for the damaged pattern rewrites the file: the record stays flagged.
    rxcache.compile("something new", 0)
    assert rxcache.flush() is True
    rxcache.reset_for_tests()
    for pattern, flags in PATTERNS:
        _same(rxcache.compile(pattern, flags), re.compile(pattern, flags))
    assert rxcache.stats == {"hits": len(PATTERNS) - 1, "misses": 1}
    assert rxcache.flush() is True  # the recompiled program replaces the damaged one
    rxcache.reset_for_tests()
    for pattern, flags in PATTERNS:
        rxcache.compile(pattern, flags)
    assert rxcache.stats == {"hits": len(PATTERNS), "misses": 0}


def test_programs_are_stored_as_packed_words_and_decode_to_the_same_program(cache_dir):
    for pattern, flags in PATTERNS + [("x{1,4294967294}y*", 0), ("\U0010ffff+", 0)]:
        compiled, entry = rxcache._build(pattern, flags)
        record = rxcache._encode(entry)
        assert isinstance(marshal.loads(record)[1], bytes)
        assert rxcache._decode(record) == entry
        assert rxcache._decode(record)[1] == [int(op) for op in re._compiler._code(re._parser.parse(pattern, flags),
                                                                                     flags)]


def test_an_unwritable_cache_folder_only_costs_time(cache_dir, monkeypatch):
    blocker = cache_dir / "file-not-folder"
    blocker.write_text("x")
    monkeypatch.setenv("INCIDENT_EDITOR_CACHE_DIR", str(blocker / "sub"))
    pattern, flags = PATTERNS[0]
    _same(rxcache.compile(pattern, flags), re.compile(pattern, flags))
    assert rxcache.flush() is False
    assert not list(cache_dir.glob("*.tmp")) and not list(cache_dir.glob(".*.tmp"))


def test_switched_off_writes_nothing(cache_dir, monkeypatch):
    monkeypatch.setenv("INCIDENT_EDITOR_NO_REGEX_CACHE", "1")
    pattern, flags = PATTERNS[1]
    _same(rxcache.compile(pattern, flags), re.compile(pattern, flags))
    assert rxcache.flush() is False and not list(cache_dir.iterdir())


def test_the_cache_bound_keeps_the_patterns_in_use(cache_dir, monkeypatch):
    monkeypatch.setattr(rxcache, "MAX_ENTRIES", 3)
    for i in range(6):
        rxcache.compile(f"word{i}", 0)
    rxcache.flush()
    rxcache.reset_for_tests()
    rxcache.compile("word5", 0)
    rxcache.compile("fresh", 0)
    rxcache.flush()
    rxcache.reset_for_tests()
    kept = set(rxcache._entries_now())
    assert len(kept) == 3 and {("word5", 0), ("fresh", 0)} <= kept


def test_an_extraction_process_fills_the_cache_and_the_next_one_uses_it(cache_dir, corpus):
    # One article per language: every pattern the lexicons build must come out the same in every
    # process (a pattern built from a set in hash order would miss, and churn the file, on every run).
    own = Path(__file__).parent / "data" / "articles"
    articles = [next(iter(sorted(own.glob(f"{lang}-*.txt")))) for lang in ("fr", "en", "nl", "de")]
    env = dict(os.environ, INCIDENT_EDITOR_CACHE_DIR=str(cache_dir))
    code = ("import sys; from editor import rxcache, pipeline\n"
            "for a in sys.argv[1:]: pipeline.extract_file(a)\n"
            "print(rxcache.stats['hits'], rxcache.stats['misses'])")
    runs = []
    for seed in ("1", "2"):  # two hash seeds: set iteration orders differ
        done = subprocess.run([sys.executable, "-c", code, *map(str, articles)], env=env | {"PYTHONHASHSEED": seed},
                              capture_output=True, text=True, check=True)
        runs.append(tuple(map(int, done.stdout.split())))
    (hits, misses), second = runs
    assert misses > 40 and rxcache.cache_file().is_file()
    assert second == (hits + misses, 0)


def test_programs_unused_for_a_week_are_dropped_at_the_next_write(cache_dir, monkeypatch):
    rxcache.compile("old lexicon", 0)
    rxcache.flush()
    rxcache.reset_for_tests()
    later = rxcache.time.time() + rxcache.STALE_AFTER + 60
    monkeypatch.setattr(rxcache.time, "time", lambda: later)
    rxcache.compile("new lexicon", 0)  # a miss: the file is written again
    rxcache.flush()
    rxcache.reset_for_tests()
    assert set(rxcache._entries_now()) == {("new lexicon", 0)}
