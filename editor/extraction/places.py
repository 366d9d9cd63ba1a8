"""The place gazetteer (resources/gazetteer/places.bin, built by tools/build_gazetteer.py).

The table holds about 240,000 lower-cased names. Unpacking all of it costs ~60 ms, while one article
looks up a few dozen names, so the file is cut into blocks of consecutive names, each compressed on
its own. Opening it reads a small index (the first name of every block); a lookup bisects that index,
unpacks the one block that may hold the name (~40 µs, kept for later lookups) and bisects inside it.

File layout (all integers little-endian unsigned 32-bit)::

    MAGIC  block count N  index length L
    index: zlib(first names of the N blocks joined by "\\n")  +  N + 1 block offsets into the data
    data:  N zlib streams, each: names joined by "\\n", "\\n\\0\\n", entries joined by "\\n"

An entry line is ``kind,code,country,population,display name;kind,...``. A damaged file is an empty
gazetteer; a damaged block is one whose names are not found (zlib's checksum catches the damage).
"""

from __future__ import annotations

import re
import sys
import zlib
from bisect import bisect_left, bisect_right
from functools import cache

from msgspec import Struct

from editor import resources

MAGIC = b"IEGAZ\x00\x00\x02"
FILE_NAME = "places.bin"
_HEAD_SIZE = 16  # MAGIC, block count, index length

# A capitalised place-like token: "Saint-Dié-des-Vosges", "Île-de-France", "St Mary's", "SAINT-DIÉ".
# Dutch names opening with an elided article keep it: "'s-Hertogenbosch", "'S-GRAVENHAGE".
PLACE_TOKEN = re.compile(r"(?<![\w'])'[sStT]-[^\W\d_a-zß-ÿ][\w'.]*(?:-[\w']+)*"
                               r"|(?:(?<=\b[lLdD]')|(?<![\w'-]))[^\W\d_a-zß-ÿ][\w'.]*(?:-[\w']+)*")


class Place(Struct, frozen=True):
    """One gazetteer entry: kind C (country), R (region), T (town)."""

    kind: str
    code: str
    country: str
    population: int
    name: str


_EMPTY_BLOCK: tuple[list[bytes], list[bytes]] = ([], [])


def pack(keys: list[bytes], values: list[bytes], block_size: int = 128) -> bytes:
    """The file for sorted, unique ``keys`` and their aligned ``values`` (used by the builder and tests)."""
    if len(keys) != len(values) or any(a >= b for a, b in zip(keys, keys[1:])):
        raise ValueError("gazetteer keys must be sorted, unique and aligned with their values")
    firsts, blocks, offsets = [], [], [0]
    for i in range(0, len(keys), block_size):
        firsts.append(keys[i])
        blob = b"\n".join(keys[i:i + block_size]) + b"\n\0\n" + b"\n".join(values[i:i + block_size])
        blocks.append(zlib.compress(blob, 9))
        offsets.append(offsets[-1] + len(blocks[-1]))
    index = zlib.compress(b"\n".join(firsts), 9) + b"".join(_u32(n) for n in offsets)
    return MAGIC + _u32(len(blocks)) + _u32(len(index)) + index + b"".join(blocks)


def _u32(n: int) -> bytes:
    return n.to_bytes(4, "little")


def _u32s(data: bytes) -> list[int]:
    """Little-endian unsigned 32-bit integers (struct is not imported for this: it costs a module load)."""
    if len(data) % 4:
        raise ValueError("truncated integer table")
    if sys.byteorder == "little" and memoryview(b"").cast("I").itemsize == 4:
        return memoryview(data).cast("I").tolist()
    return [int.from_bytes(data[i:i + 4], "little") for i in range(0, len(data), 4)]


def table_key(name: str) -> bytes:
    """A place name as the table keys it. UTF-8 bytes sort in code-point order, so keys stay bytes."""
    return name.lower().replace("\u2019", "'").encode("utf-8", "replace")


def parse_entries(value: bytes) -> list[Place]:
    """The places of one table row ("kind,code,country,population,name;…"); a malformed entry is skipped."""
    out = []
    for entry in value.decode("utf-8", "replace").split(";"):
        parts = entry.split(",", 4)
        if len(parts) == 5:
            try:
                out.append(Place(parts[0], parts[1], parts[2], int(parts[3]), parts[4]))
            except ValueError:
                continue
    return out


class Gazetteer:
    """Name → places lookup over the packed gazetteer (see the module docstring for the layout)."""

    def __init__(self, data: bytes = b"") -> None:
        """Index ``data`` (the file's bytes); anything malformed gives an empty gazetteer."""
        self._data = data
        self._firsts: list[bytes] = []
        self._offsets: list[int] = []
        self._base = 0
        self._blocks: dict[int, tuple[list[bytes], list[bytes]]] = {}
        self._memo: dict[str, list[Place]] = {}
        try:
            self._open(data)
        except (zlib.error, ValueError):
            self._firsts, self._offsets = [], []

    def _open(self, data: bytes) -> None:
        if len(data) < _HEAD_SIZE:
            return
        magic, (count, index_len) = data[:8], _u32s(data[8:16])
        if magic != MAGIC or count == 0 or _HEAD_SIZE + index_len > len(data):
            return
        index = data[_HEAD_SIZE:_HEAD_SIZE + index_len]
        table = 4 * (count + 1)
        if table >= len(index):
            return
        firsts = zlib.decompress(index[:-table]).split(b"\n")
        offsets = _u32s(index[-table:])
        base = _HEAD_SIZE + index_len
        if len(firsts) != count or offsets != sorted(offsets) or base + offsets[-1] != len(data):
            return
        self._firsts, self._offsets, self._base = firsts, offsets, base

    def _block(self, i: int) -> tuple[list[bytes], list[bytes]]:
        block = self._blocks.get(i)
        if block is None:
            start, end = self._base + self._offsets[i], self._base + self._offsets[i + 1]
            try:
                keys, _, values = zlib.decompress(self._data[start:end]).partition(b"\n\0\n")
                block = (keys.split(b"\n"), values.split(b"\n"))
            except zlib.error:
                block = _EMPTY_BLOCK
            if len(block[0]) != len(block[1]) or block[0][:1] != [self._firsts[i]]:
                block = _EMPTY_BLOCK  # a block that does not start where the index says is no block
            self._blocks[i] = block
        return block

    def lookup(self, name: str) -> list[Place]:
        """Every place called ``name`` (case-insensitive), countries first, then by population."""
        found = self._memo.get(name)
        if found is None:
            found = self._lookup(name)
            if len(self._memo) > 50_000:  # bounded: hostile input must not grow it without end
                self._memo.clear()
            self._memo[name] = found
        return found

    def raw(self, key: bytes) -> bytes | None:
        """The stored entry line of a lower-cased ``key``, or None."""
        i = bisect_right(self._firsts, key) - 1
        if i < 0:
            return None
        keys, values = self._block(i)
        j = bisect_left(keys, key)
        return values[j] if j < len(keys) and keys[j] == key else None

    def _lookup(self, name: str) -> list[Place]:
        value = self.raw(table_key(name))
        return [] if value is None else parse_entries(value)

    def items(self):
        """Every (key, entry line) in key order (unpacks every block: for tools and tests)."""
        for i in range(len(self._firsts)):
            yield from zip(*self._block(i))

    def region_by_code(self, code: str, language: str | None = None) -> Place | None:
        """An ISO 3166-2 region by code (e.g. 'US-TN'), named as ``language`` names it when known."""
        keys = ([f"#{code}@{language}"] if language else []) + ["#" + code]
        for key in keys:
            for place in self.lookup(key):
                return place
        return None


@cache
def gazetteer() -> Gazetteer:
    """The shared gazetteer (empty when the resource file is missing or damaged)."""
    try:
        data = resources.path("gazetteer", FILE_NAME).read_bytes()
    except OSError:
        return Gazetteer()
    return Gazetteer(data)
