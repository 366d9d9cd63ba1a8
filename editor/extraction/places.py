"""The place gazetteer (resources/gazetteer/places.tsv.gz, built by tools/build_gazetteer.py).

Loaded once, lazily: two aligned sorted blocks (names, entries) split into lists and searched with
bisect, so start-up costs two ``str.split`` calls instead of hashing a hundred thousand names.
"""

from __future__ import annotations

import gzip
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from editor import resources

# A capitalised place-like token: "Saint-Dié-des-Vosges", "Île-de-France", "St Mary's", "SAINT-DIÉ".
# Dutch names opening with an elided article keep it: "'s-Hertogenbosch", "'S-GRAVENHAGE".
PLACE_TOKEN = re.compile(r"(?<![\w'])'[sStT]-[^\W\d_a-zß-ÿ][\w'.]*(?:-[\w']+)*"
                         r"|(?:(?<=\b[lLdD]')|(?<![\w'-]))[^\W\d_a-zß-ÿ][\w'.]*(?:-[\w']+)*")


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry: kind C (country), R (region), T (town)."""

    kind: str
    code: str
    country: str
    population: int
    name: str


class Gazetteer:
    """Name → places lookup over the compiled gazetteer."""

    def __init__(self, keys: list[bytes], values: list[bytes]) -> None:
        self._keys = keys
        self._values = values
        self._memo: dict[str, list[Place]] = {}

    def lookup(self, name: str) -> list[Place]:
        """Every place called ``name`` (case-insensitive), countries first, then by population."""
        found = self._memo.get(name)
        if found is None:
            found = self._lookup(name)
            if len(self._memo) > 50_000:  # bounded: hostile input must not grow it without end
                self._memo.clear()
            self._memo[name] = found
        return found

    def _lookup(self, name: str) -> list[Place]:
        # UTF-8 bytes sort in code-point order, so the index stays bytes until a name is found.
        key = name.lower().replace("\u2019", "'").encode("utf-8", "replace")
        i = bisect_left(self._keys, key)
        if i >= len(self._keys) or self._keys[i] != key:
            return []
        out = []
        for entry in self._values[i].decode("utf-8", "replace").split(";"):
            parts = entry.split(",", 4)
            if len(parts) == 5:
                try:
                    out.append(Place(parts[0], parts[1], parts[2], int(parts[3]), parts[4]))
                except ValueError:
                    continue
        return out

    def region_by_code(self, code: str, language: str | None = None) -> Place | None:
        """An ISO 3166-2 region by code (e.g. 'US-TN'), named as ``language`` names it when known."""
        keys = ([f"#{code}@{language}"] if language else []) + ["#" + code]
        for key in keys:
            for place in self.lookup(key):
                return place
        return None


@cache
def gazetteer() -> Gazetteer:
    """The shared gazetteer (empty when the resource file is missing)."""
    path = resources.path("gazetteer", "places.tsv.gz")
    try:
        data = gzip.decompress(path.read_bytes())
    except (OSError, EOFError, gzip.BadGzipFile):
        return Gazetteer([], [])
    keys, _, values = data.partition(b"\n\0\n")
    return Gazetteer(keys.split(b"\n"), values.split(b"\n"))
