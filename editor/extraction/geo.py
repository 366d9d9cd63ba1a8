"""Where: places named in the article (gazetteer), the victim's sites, region and country."""

from __future__ import annotations

import re
from collections import defaultdict

from msgspec import Struct

from editor.extraction.doc import Doc
from editor.extraction.places import PLACE_TOKEN, Place, gazetteer

_LIST_ITEM = r"(?<![\w'])(?:(?:the|la|le|les|l'|de|het|der|die|das)\s|[dl]['’])?[^\W\d_a-zß-ÿ][\w'.]*(?:-(?:du|des|les|lès|aux|au|sous|le)(?=-)|[- ](?:[^\W\d_a-zß-ÿ][\w'.]*|de|del|la|sur|am|an|upon|on|en|aan|'s|of)){0,5}"
_LIST = re.compile(rf"({_LIST_ITEM})((?:\s?,\s?{_LIST_ITEM}){{0,8}})\s?,?\s(?:et|and|en|und|as well as|ainsi que|sowie|ebenso wie(?: in den \w+)?)\s({_LIST_ITEM})")
_LIST_ITEM_RX = re.compile(_LIST_ITEM)


# Countries whose towns carry ISO 3166-2 suffixes as admin1 codes: geonames' own for US/GB/BE/CH, translated
# by tools/build_gazetteer.py for DE/NL/FR/AT; elsewhere the codes are geonames' numbers and would name the
# wrong region (FR "84" is not Vaucluse).
ADMIN1_IS_ISO = frozenset({"US", "GB", "BE", "CH", "DE", "NL", "FR", "AT", "CA"})
DIVERSION = re.compile(r"(?<!\w)(?:vers|to|naar|nach|venus de|depuis|near|près de|towards)\s+(?:[\w']+\s+){0,5}$",
                            re.IGNORECASE)
# A given name and a capitalised surname particle: what follows is a surname ("Van Damme", "Von Tilburg").
_PERSON_PARTICLE = re.compile(r"(?<![\w'-])[^\W\d_a-zß-ÿ][a-zß-ÿ]+\s(?:Van|Von|Vanden|Vander|Van [Dd]e[rn]?|Von [Dd]er)\s$")
_CAPITAL = "[^\\W\\d_a-zß-ÿ]"
# A photo credit standing as its own line: the agency or photographer named there is no place of the story.
_CREDIT_LINE = re.compile(r"^\W*(?:©|(?:photo|foto|bild|picture|image|credit|crédit(?: photo)?|bron|afbeelding)\s?:)[^\n.]{0,40}$",
                               re.IGNORECASE)
_LOCATIVE = re.compile(r" ?(?:,|in|à|at|te|im|in der|de|du|d') ?", re.IGNORECASE)


def _place_names_org(doc: Doc, m: "PlaceMention", span: tuple[int, int]) -> bool:
    """The place locates the organisation whose name holds it: the rest of the name is a head word
    ("Dallas County", "Universiteit Tilburg", "hôpital de Saint-Dié-des-Vosges")."""
    heads = doc.lex.groups("org_heads")
    if not (m.start == span[0] or m.end >= span[1] - 1):
        return False  # "Gemeente Hof van Twente": a town name in the middle is part of the name
    rest = (doc.norm[span[0]:m.start] + " " + doc.norm[m.end:span[1]]).strip()
    return bool(heads is not None and heads.search(rest))


class PlaceMention(Struct):
    """A place name in the article with its candidate gazetteer entries."""

    start: int
    end: int
    name: str
    places: list[Place]
    sentence: int
    prefixed_region: bool = False
    role: bool = False  # named as the seat of an authority ("parquet de Paris", "Polizei Dessau")

    def best(self, country: str | None = None, kinds: str = "CRT") -> Place | None:
        """The entry to use, preferring ``country`` and the given kinds in order."""
        pool = [p for p in self.places if p.kind in kinds]
        if self.prefixed_region:
            pool = [p for p in pool if p.kind == "R"] or pool
        if country:
            same = [p for p in pool if p.country == country]
            if same:
                pool = same
        if not pool:
            return None
        return sorted(pool, key=lambda p: (kinds.index(p.kind), -p.population))[0]


def find_places(doc: Doc) -> list[PlaceMention]:
    """Place names of the article found in the gazetteer (common words and month names skipped)."""
    return doc.cached("places", lambda: _find_places(doc))


def _find_places(doc: Doc) -> list[PlaceMention]:
    gaz = gazetteer()
    from editor.extraction.org_words import lexicon_vocabulary, lower_words

    lower = lower_words(doc)  # computed once per article, shared with the organisation finder
    stop = {w.lower() for w in doc.lex.get("stopwords", [])} | {w.lower() for w in doc.lex.get("org_articles", [])}
    calendar = {k.lower() for k in doc.lex.get("months", {})} | {k.lower() for k in doc.lex.get("weekdays", {})}
    prefixes = doc.lex.get("region_prefixes", [])
    prefix_rx = re.compile(r"(?:" + "|".join(re.escape(p) for p in prefixes) + r")\s*$", re.IGNORECASE) if prefixes else None
    role_rx = doc.lex.words("distractor_words")
    vocabulary = lexicon_vocabulary(doc)
    suffixes = doc.lex.get("place_adjective_suffixes", [])
    article_rx = None
    if doc.lex.get("articles_mark_nouns"):
        # German: "des Landes", "die Halle" are nouns; towns take no article.
        arts = "|".join(re.escape(a) for a in doc.lex.get("org_articles", []))
        article_rx = re.compile(rf"(?<!\w)(?:{arts})\s+$", re.IGNORECASE) if arts else None
    out: list[PlaceMention] = []
    spoken = set(doc.lex.get("language_countries", []))
    tokens = list(PLACE_TOKEN.finditer(doc.norm))
    i = 0
    while i < len(tokens):
        hit = None
        for span in (3, 2, 1):
            j = i + span - 1
            if j >= len(tokens):
                continue
            if any(doc.norm[tokens[k].end():tokens[k + 1].start()] not in (" ",) for k in range(i, j)):
                continue
            name = doc.norm[tokens[i].start():tokens[j].end()].rstrip(".'")
            if name.endswith("'s"):
                name = name[:-2]
            low = name.lower()
            if span == 1 and (low in stop or low in calendar or low in vocabulary or (low in lower and not name.isupper())
                              or len(name) < 3):
                continue
            nominal = article_rx is not None and article_rx.search(doc.norm[max(0, tokens[i].start() - 6):tokens[i].start()])
            if nominal and span > 1:
                continue
            # After an article only a place adjective before a capitalised noun may be a place ("der Kölner Dom")
            adjective_only = bool(nominal) and j + 1 < len(tokens) and doc.norm[tokens[j].end():tokens[j + 1].start()] == " "
            if nominal and not adjective_only:
                continue
            places = [] if nominal else gaz.lookup(name)
            if not places and not nominal and name.isupper() and len(name) > 3:
                places = gaz.lookup(name.title())
            if not places and not nominal and span == 1 and "-" in name:
                head, _, tail = name.rpartition("-")
                if tail[:1].islower() and head:  # "Nashville-based", "Köln-weit"
                    places = gaz.lookup(head)
                    if places:
                        name = head
            if not places and span == 1:
                # "Kortrijkse" → Kortrijk, "Wismarer" → Wismar, "Kärntner" → Kärnten: (suffix, replacement) pairs.
                # Every pair is tried and the most populous reading wins: "Wiener" is Wien, not a hamlet
                # another pair would also reach.
                readings = []
                for rank, pair in enumerate(suffixes):
                    suffix, repl = (pair, "") if isinstance(pair, str) else (pair[0], pair[1])
                    if low.endswith(suffix) and len(low) - len(suffix) + len(repl) >= 4:
                        base = name[: -len(suffix)] + repl
                        found = gaz.lookup(base)
                        if nominal:  # "die Bürger": a noun unless the reading is a real town or a region
                            found = [p for p in found if p.population >= 20000 or p.kind == "R"]
                        if found:
                            readings.append((max(p.population for p in found), -rank, base, found))
                if readings:  # a tie is one town under two spellings: the lexicon's pairs are in preference order
                    _, _, name, places = max(readings, key=lambda r: (r[0], r[1]))
            if places and span == 1 and all(p.kind == "R" and p.country not in spoken for p in places) \
                    and j + 1 < len(tokens) and doc.norm[tokens[j].end():tokens[j + 1].start()] == " " \
                    and tokens[j + 1].group(0)[:1].isupper():
                places = []  # "East Riding", "Northern Hauliers": a far-away region's name opening a longer name
            if places:
                hit = (j, name, places)
                break
        if hit is None:
            i += 1
            continue
        j, name, places = hit
        start = tokens[i].start()
        if _PERSON_PARTICLE.search(doc.norm[max(0, start - 30):start]):
            i = j + 1
            continue  # "Pieter Van Damme": a surname after a capitalised particle, not the town
        s = doc.sentence_at(start)
        before = doc.norm[max(0, start - 40):start]
        prefixed = bool(prefix_rx and prefix_rx.search(before))
        role = bool(role_rx and role_rx.search(before[-25:]))
        end = start + len(name) if doc.norm.startswith(name, start) else tokens[j].end()
        out.append(PlaceMention(start, end, name, places, s.index if s else -1, prefixed, role))
        i = j + 1
    return _drop_people_and_credits(doc, out)


def _drop_people_and_credits(doc: Doc, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Without surnames ("Geschäftsführerin Anna Moser", then "sagte Moser") and photo credits ("Foto: dpa")."""
    if not mentions:
        return mentions
    # "Chief executive Martin Hesketh", "the federation's chair, Gary Lumb": a title, then a person's given
    # name(s) and surname; none of them is a place where the person is named
    titled = doc.lex.cached("titled_person_rx", lambda: re.compile(
        r"(?<!\w)(?i:" + "|".join(f"(?:{t.replace(' ', chr(92) + 's+')})" for t in doc.lex.get("person_titles", []))
        + rf"),?\s+(?P<given>(?:{_CAPITAL}[\w'-]*\s+){{1,2}})(?P<surname>{_CAPITAL}[\w'-]+)")
        if doc.lex.get("person_titles") else None)
    surnames: set[str] = set()
    given: set[int] = set()
    if titled is not None:
        for m in titled.finditer(doc.norm):
            surnames.add(m.group("surname"))
            given.add(m.start("given"))
    return [m for m in mentions if m.name not in surnames and m.start not in given
            and not (0 <= m.sentence < len(doc.sentences) and _CREDIT_LINE.match(doc.sentences[m.sentence].text))]


def choose_country(doc: Doc, mentions: list[PlaceMention], victim_sentences: set[int], org_spans: list[tuple[int, int]],
                   url: str | None = None) -> tuple[str | None, list[int]]:
    """The victim's country by weighted votes; returns (code, sentence indices that support it)."""
    votes: dict[str, float] = defaultdict(float)
    support: dict[str, list[int]] = defaultdict(list)

    def after_org(m: PlaceMention) -> bool:
        # "Brookfield Community Hospital in Cardiff": the town right after the name locates it best.
        return any(0 <= m.start - b <= 6 and _LOCATIVE.fullmatch(doc.norm[b:m.start]) for _, b in org_spans)
    located = any(after_org(m) for m in mentions)
    for m in mentions:
        if m.sentence < 0 or doc.is_context(m.sentence) or m.role:
            continue
        spans = [(a, b) for a, b in org_spans if a <= m.start < b]
        in_org = bool(spans) and _place_names_org(doc, m, spans[0])
        if spans and not in_org:
            continue  # "Hof van Twente": a town name inside a name without a head word is no location
        weight = 4.0 if after_org(m) else (1.0 if located else 1.5) if in_org else \
            2.0 if m.sentence in victim_sentences else 1.0
        places = m.places
        if m.prefixed_region:
            # "la province de Luxembourg": the region's country, not the country of the same name
            places = [p for p in places if p.kind == "R"] or places
        spoken = set(doc.lex.get("language_countries", []))
        if len({p.country for p in places}) > 1 and any(p.country in spoken for p in places):
            # "Brest": the French article means the Breton port, not the Belarusian city
            places = [p for p in places if p.country in spoken]
        countries = {p.country for p in places}
        total_pop = sum(p.population for p in places if p.kind == "T") or 1
        for p in places:
            share = weight / len(countries)
            if p.kind == "T" and len(countries) > 1:
                # An ambiguous town name leans to its most populous bearer.
                share = weight * (0.3 / len(countries) + 0.7 * p.population / total_pop)
            votes[p.country] += share / max(1, sum(1 for q in places if q.country == p.country))
            support[p.country].append(m.sentence)
    demonyms = {k.lower(): v for k, v in doc.lex.get("demonyms", {}).items()}
    if demonyms:
        rx = doc.lex.cached("demonym_rx", lambda: re.compile(
            r"(?<![\w'-])(?:" + "|".join(re.escape(k) for k in sorted(demonyms, key=len, reverse=True)) + r")(?![\w-])",
            re.IGNORECASE))
        for s in doc.sentences:
            if doc.is_context(s.index):
                continue
            for m in rx.finditer(s.text):
                word = m.group(0)
                if len(word.replace(".", "")) <= 3 and not word.isupper():
                    continue  # "told us", "bij ons": an abbreviation ("US", "U.S.") counts in capitals only
                code = demonyms.get(word.lower())
                if code:
                    votes[code] += 1.0 if s.index in victim_sentences else 0.5
                    support[code].append(s.index)
    for code, patterns in (doc.lex.get("country_cues") or {}).items():
        rx = doc.lex.cached("country_cue:" + code, lambda patterns=patterns: re.compile(
            "|".join(f"(?:{p})" for p in patterns), re.IGNORECASE))
        # "the gang demanded $10 million" in a precedent's paragraph says nothing of the victim's country
        hits = sum(1 for m in rx.finditer(doc.norm) if not _in_context(doc, m.start()))
        if hits:
            votes[code] += min(3.0, 0.75 * hits)
    for code, prior in (doc.lex.get("country_prior") or {}).items():
        votes[code] += prior  # a weak lean: an article in German is most often about Germany
    if url:
        tld = re.search(r"https?://[^/]+\.([a-z]{2})(?:[:/]|$)", url.lower())
        if tld and tld.group(1) not in ("io", "co", "tv", "me", "ai"):
            code = {"uk": "GB"}.get(tld.group(1), tld.group(1).upper())
            votes[code] += 1.0
    if not votes:
        return None, []
    code = max(sorted(votes), key=lambda k: votes[k])
    return code, sorted(set(support.get(code, [])))


def _in_context(doc: Doc, offset: int) -> bool:
    """The offset lies in a sentence about another incident."""
    s = doc.sentence_at(offset)
    return s is not None and doc.is_context(s.index)


_REGION_WORD = re.compile(r"(\w+(?: d[eu'])?\s*)$")


_COMMA_GAP = re.compile(r",\s*")


def choose_region(doc: Doc, mentions: list[PlaceMention], country: str | None, victim_sentences: set[int],
                  org_spans: list[tuple[int, int]], hq_towns: list[PlaceMention],
                  sites: set[str] | None = None) -> tuple[str | None, int | None]:
    """The victim's region: a named region of its country (prefixed, in its name or near it), else its HQ town's.
    ``sites`` (lower case) are the victim's sites: a region written after another town ("a firm of Charlotte,
    North Carolina") says where that town is, not the victim."""
    articles = {w.lower() for w in doc.lex.get("org_articles", [])} | {w.lower() for w in doc.lex.get("stopwords", [])}
    best: tuple[float, str, int] | None = None
    per_sentence = defaultdict(int)
    for m in mentions:
        per_sentence[m.sentence] += 1
    for m in mentions:
        if m.sentence < 0 or doc.is_context(m.sentence):
            continue
        region = m.best(country, kinds="R")
        if region is None or (country and region.country != country):
            continue
        if per_sentence[m.sentence] >= 4 and not m.prefixed_region:
            continue  # an enumeration of states or provinces is not the victim's region
        if sites is not None and any(o.sentence == m.sentence and o.name.lower() not in sites
                                     and _COMMA_GAP.fullmatch(doc.norm, o.end, m.start) for o in mentions):
            continue
        town = m.best(country, kinds="T")
        score = 1.0
        if any(p.kind == "C" for p in m.places) and not m.prefixed_region:
            continue
        if DIVERSION.search(doc.norm[max(0, m.start - 60):m.start]):
            continue  # "transférés vers l'hôpital de Namur": where patients went, not where the victim is
        if town is not None and not m.prefixed_region:
            continue  # "Paris", "Manchester": a city first, a region only by law ("province de Namur" is one)
        if m.prefixed_region:
            score += 2.0
        if any(a <= m.start < b for a, b in org_spans):
            score += 1.5
        if m.sentence in victim_sentences:
            score += 1.0
        if best is None or score > best[0]:
            name = m.name
            if m.prefixed_region:
                prefix = _REGION_WORD.search(doc.norm[max(0, m.start - 20):m.start])
                # "province de Namur" keeps its word; "département de la Haute-Loire" gives "Haute-Loire"
                if prefix and prefix.group(1).split()[0].lower() not in articles:
                    name = prefix.group(1) + m.name
            best = (score, name.strip(), m.sentence)
    if best is not None and best[0] > -2.5:
        return best[1], best[2]
    for m in hq_towns:
        town = m.best(country, kinds="T")
        code = _iso_region_code(town) if town is not None else None
        if code is not None:
            region = gazetteer().region_by_code(code, doc.language)
            if region is not None:
                return region.name, m.sentence
    return None, None


# geonames' numeric admin1 codes of countries whose regions the gazetteer keys by ISO 3166-2
_GEONAMES_ADMIN1 = {
    "AU": {"01": "ACT", "02": "NSW", "03": "NT", "04": "QLD", "05": "SA", "06": "TAS", "07": "VIC", "08": "WA"},
}


def _iso_region_code(town: Place) -> str | None:
    """The ISO 3166-2 code of a town's first-level region ("AU-QLD" for a Queensland town's "04"), None when unknown."""
    if town.country in ADMIN1_IS_ISO:
        return f"{town.country}-{town.code}"
    sub = _GEONAMES_ADMIN1.get(town.country, {}).get(town.code)
    return f"{town.country}-{sub}" if sub else None


_TRAILING_CONNECTOR = re.compile(r"(?:[- ](?:de|del|la|sur|am|an|upon|on|en|aan|'s|of))+$")


def _trim(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """"Basildon on paper": a connector kept only to join a following capitalised word is no part of the name."""
    t = _TRAILING_CONNECTOR.search(text, span[0], span[1])
    return (span[0], t.start()) if t is not None and t.start() > span[0] else span


def find_lists(text: str) -> list[list[tuple[int, int]]]:
    """Capitalised enumerations "A, B et C" in a sentence: item spans relative to the sentence."""
    out = []
    for m in _LIST.finditer(text):
        items = []
        head = m.group(1)
        items.append((m.start(1), m.end(1)))
        middle = m.group(2)
        pos = m.start(2)
        for part in _LIST_ITEM_RX.finditer(middle):
            items.append((pos + part.start(), pos + part.end()))
        items.append((m.start(3), m.end(3)))
        if head:
            out.append([_trim(text, item) for item in items])
    return out
