"""The packed gazetteer file: same content and lookups as the single-table file it replaced, and a
damaged file or block is missing data, never an error."""

from __future__ import annotations

import hashlib
import struct
from bisect import bisect_left
from pathlib import Path

import pytest

from editor import resources
from editor.extraction import places
from editor.extraction.places import Gazetteer, Place, pack

# SHA-256 of the table (names block, "\n\0\n", entries block) that places.tsv.gz held before the packed
# format, and that `tools/build_gazetteer.py --digest` prints for the current sources.
TABLE_DIGEST = "0e549ae4017b892865a6714a0350ca31271b902311587642928a2ae41ee437c9"


@pytest.fixture(scope="module")
def shipped() -> tuple[Gazetteer, list[bytes], list[bytes]]:
    gaz = Gazetteer(resources.path("gazetteer", places.FILE_NAME).read_bytes())
    pairs = list(gaz.items())
    return gaz, [k for k, _ in pairs], [v for _, v in pairs]


def _old_lookup(keys: list[bytes], values: list[bytes], name: str) -> list[Place]:
    """The previous loader's lookup: one bisect over the whole name table."""
    key = places.table_key(name)
    i = bisect_left(keys, key)
    if i >= len(keys) or keys[i] != key:
        return []
    return places.parse_entries(values[i])


def test_shipped_table_is_the_previous_table_byte_for_byte(shipped) -> None:
    _, keys, values = shipped
    assert len(keys) > 100_000
    assert hashlib.sha256(b"\n".join(keys) + b"\n\0\n" + b"\n".join(values)).hexdigest() == TABLE_DIGEST


def test_lookups_match_the_previous_loader(shipped) -> None:
    gaz, keys, values = shipped
    names = [k.decode() for k in keys[::97]]
    names += [k.decode() for k in gaz._firsts] + [keys[keys.index(f) - 1].decode() for f in gaz._firsts[1:50]]
    names += [n.upper() for n in names[:300]] + [n.title() for n in names[:300]]
    names += [n + "x" for n in names[:300]] + [n[:-1] for n in names[:300]]
    names += ["", "!", "\x00", "~~~", "zzzzzzzzzz", "Nowhere-sur-Rien", "St Mary\u2019s", "\udcff", "#be-vlg@nl"]
    for name in names:
        assert gaz.lookup(name) == _old_lookup(keys, values, name), name


def test_round_trip_of_a_small_table() -> None:
    keys = sorted({f"town{i:04d}".encode() for i in range(1000)} | {b"#be-vlg@nl", "liège".encode()})
    values = [f"T,{i},BE,{i},Name {i}".encode() for i in range(len(keys))]
    for block_size in (1, 7, 128, 5000):
        gaz = Gazetteer(pack(keys, values, block_size))
        assert list(gaz.items()) == list(zip(keys, values))
        assert gaz.lookup("LIÈGE") == [Place("T", str(keys.index("liège".encode())), "BE",
                                             keys.index("liège".encode()), f"Name {keys.index('liège'.encode())}")]
        assert gaz.region_by_code("BE-VLG", "nl") is not None
        assert gaz.lookup("town9999") == [] and gaz.lookup("a") == [] and gaz.lookup("zzz") == []


def test_pack_refuses_unsorted_or_misaligned_tables() -> None:
    with pytest.raises(ValueError):
        pack([b"b", b"a"], [b"x", b"y"])
    with pytest.raises(ValueError):
        pack([b"a", b"a"], [b"x", b"y"])
    with pytest.raises(ValueError):
        pack([b"a"], [])


def _small() -> bytes:
    keys = [f"place{i:03d}".encode() for i in range(300)]
    return pack(keys, [f"T,,BE,{i},Place {i}".encode() for i in range(300)], 50)


@pytest.mark.parametrize("damage", [
    lambda d: b"",
    lambda d: d[:10],
    lambda d: b"XXXXXXXX" + d[8:],
    lambda d: d[:-1],  # truncated: the offsets no longer end at the file's end
    lambda d: d + b"\0",
    lambda d: d[:20] + bytes([d[20] ^ 0xFF]) + d[21:],  # inside the compressed index
    lambda d: d[:8] + struct.pack("<I", 10**6) + d[12:],  # block count
    lambda d: d[:12] + struct.pack("<I", 10**9) + d[16:],  # index length
], ids=["empty", "header-only", "magic", "truncated", "trailing", "index", "count", "index-length"])
def test_a_damaged_file_is_an_empty_gazetteer(damage) -> None:
    gaz = Gazetteer(damage(_small()))
    assert gaz.lookup("place001") == [] and list(gaz.items()) == []


def test_a_damaged_block_loses_only_its_own_names() -> None:
    data = bytearray(_small())
    gaz = Gazetteer(bytes(data))
    start = gaz._base + gaz._offsets[2]  # the third block: place100 … place149
    data[start + 10] ^= 0xFF
    damaged = Gazetteer(bytes(data))
    assert damaged.lookup("place120") == []
    assert damaged.lookup("place020")[0].name == "Place 20" and damaged.lookup("place299")[0].name == "Place 299"


def test_missing_file_is_an_empty_gazetteer(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(resources, "path", lambda *parts: tmp_path.joinpath(*parts))
    places.gazetteer.cache_clear()
    try:
        assert places.gazetteer().lookup("Paris") == []
    finally:
        monkeypatch.undo()
        places.gazetteer.cache_clear()
    assert places.gazetteer().lookup("Paris")
