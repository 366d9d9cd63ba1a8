"""Slot filling, geography: the victim's country, region and affected sites.

Reads the doc's place mentions (geo.find_places), the chosen victim (its candidate, the sentences naming it,
its mention spans) and the threat actors' names (a gang named after a place is no place); skips sentences of
another incident (``doc.is_context``). Adds ``organization.country``, ``organization.region`` and ``sites``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from editor.extraction import geo, names
from editor.extraction.doc import Doc
from editor.extraction.evidence import Evidence
from editor.extraction.org_words import word_set
from editor.extraction.text import name_spans
from editor.model.report import IncidentReport

# Victims that work where they are seated (an authority, a school); a firm's seat is no site. A hospital's
# seat is its site when named, but "the Nashville-based company" may be a healthcare firm: no fallback.
SEATED_SECTORS = ("government", "education")
PUBLIC_SECTORS = SEATED_SECTORS + ("healthcare",)
# A utility serves the town it is seated in: with no other site named, its seat is where its networks are
UTILITY_SECTORS = ("energy",)


def fill_geography(doc: Doc, report: IncidentReport, ev: Evidence, victim, victim_sentences: set[int],
                   org_spans: list[tuple[int, int]], url: str | None, actors: set[str],
                   people: Sequence[str] = ()) -> None:
    """Country, region and sites of the victim (see the module docstring); ``people`` are persons' names."""
    mentions = geo.find_places(doc)
    if actors:  # "Anonymous Sudan" names a gang, not a place the victim is in
        rx = re.compile("|".join(re.escape(a) for a in sorted(actors, key=len, reverse=True)))
        spans = [(m.start(), m.end()) for m in rx.finditer(doc.norm)]
        mentions = [p for p in mentions if not any(a <= p.start < b for a, b in spans)]
    # "J. Garrel", "A. Smith": a capitalised word after an initial is a surname, no town
    mentions = [p for p in mentions if not _INITIAL_BEFORE.search(doc.norm, max(0, p.start - 4), p.start)]
    first_names = word_set(doc, "first_names")
    if first_names:
        # "ÖH-Vorsitzender Lukas Aigner": a first name before a capitalised word is a person's, no town's
        mentions = [p for p in mentions if not (p.name.lower() in first_names
                                                and _CAPITALISED_NEXT.match(doc.norm, p.end))]
    if people:
        # "said council leader John Chester. Chester said …": a person's surname is no town, alone or in the name
        surnames = {name.rsplit(" ", 1)[-1].lower() for name in people}
        spans = [span for span in name_spans(doc.norm, sorted(people, key=len, reverse=True))]
        mentions = [p for p in mentions if p.name.lower() not in surnames
                    and not any(a <= p.start < b for a, b in spans)]
    hq_rx = doc.lex.words("hq_cues")
    hq_towns = []
    if hq_rx is not None:
        for m in mentions:
            near = doc.norm[m.end:m.end + 12] + " " + doc.norm[max(0, m.start - 25):m.start]
            if hq_rx.search(near) and (m.sentence in victim_sentences | {i + 1 for i in victim_sentences}
                                       or _possessive_before(doc, m.start)):
                hq_towns.append(m)  # "at the corporation's Cairns headquarters": the possessive names the victim
    country, country_sentences = geo.choose_country(doc, mentions, victim_sentences, org_spans, url)
    if country:
        report.organization.country = country
        ev.add("/organization/country", country_sentences, 0.7 if len(country_sentences) > 1 else 0.5)
    # towns too small for the gazetteer ("in Oberlenne", "à Salmont"): site candidates, never a country or region
    unlisted = _unlisted_towns(doc, mentions, country or "", actors, people)
    sites = _sites(doc, sorted(mentions + unlisted, key=lambda m: m.start), country, victim, victim_sentences,
                   org_spans, hq_towns, report.organization.sector)
    if not sites and hq_towns and (report.organization.sector in SEATED_SECTORS + UTILITY_SECTORS
                                   or _public_after(doc, hq_towns[0])):
        # "Kreisverwaltung X mit Sitz in Y", "une haute école basée à Y": an authority or a school works
        # from its seat (a firm's HQ is no site)
        town = hq_towns[0]
        if town.best(country, kinds="T") is not None:
            sites = [(town.name.title() if town.name.isupper() else town.name, town.sentence)]
    if not sites and _is_public(doc, victim):
        # "Hamburg. Die Hochschule …": a body whose name says hospital, school or authority is at the town of
        # the dateline (a firm's, or a service provider's, dateline is more often the outlet's city)
        town = _dateline_town(doc, mentions, country)
        if town is not None:
            sites = [(_spelled(town, town.best(country, kinds="T")), town.sentence)]
    if not sites and _is_public(doc, victim):
        # "Ville de Lille", "Stadtwerke Wismar": a public body named after its town (the name may be composed
        # from its kind and the town the article names elsewhere) is in that town
        town = _town_in_name(doc, victim, mentions, country)
        if town is not None:
            sites = [(_spelled(town, town.best(country, kinds="T")), town.sentence)]
    if not sites and report.organization.sector in SEATED_SECTORS + UTILITY_SECTORS:
        # "la commune de Valbourg", "Stadtwerke Ostheim": the town a council, school or utility is named after,
        # even one too small for the gazetteer, once the article names it alone ("les habitants de Valbourg")
        town = _unlisted_town_of_name(doc, victim, report.organization.name)
        if town is not None:
            sites = [town]
    site_names = {name.lower() for name, _ in sites}  # "OAK HARBOR" in a dateline is the site "Oak Harbor"
    site_towns = [m for m in mentions if m.name.lower() in site_names]
    fallback = hq_towns or _common_region_town(site_towns, country)
    region, region_sentence = geo.choose_region(doc, mentions, country, victim_sentences, org_spans, fallback,
                                                site_names)
    if region:
        inside = _inside_region(doc, sites, region, country)
        if len(sites) >= 3 and 2 * len(inside) < len(sites):
            # "Filialen in A, B, C und D" across two regions: a region holding the fewest of the sites the
            # article lists is no seat of the victim; the sites stay, the region is left open
            region = None
        else:
            sites = inside
    if region:
        report.organization.region = region
        ev.add("/organization/region", [region_sentence] if region_sentence is not None else [], 0.6)
    for i, (name, sentence) in enumerate(sites):
        report.sites.append(name)
        ev.add(f"/sites/{i}", [sentence], 0.6)


def _town_in_name(doc: Doc, victim, mentions, country: str | None):
    """The first mention of the town a name made of a head word and a town holds ("Ville de Valbourg" →
    "Valbourg", "Stadtwerke Ostheim"); "Hospices Réunis du Pays de Valbourg" is more than a head and a town."""
    heads = doc.lex.groups("org_heads")
    if victim is None or heads is None:
        return None
    connectors = word_set(doc, "org_connectors") | word_set(doc, "org_articles")
    for m in mentions:
        if m.sentence < 0 or m.best(country, kinds="T") is None or m.name not in victim.name.split(" "):
            continue
        rest = [w for w in victim.name.split(" ") if w != m.name and w.lower() not in connectors]
        if rest and heads.fullmatch(" ".join(rest)):
            return m
    return None


_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(]))([^\W\d_][\w'-]*) $")


def _tail_of_name(doc: Doc, m, heads) -> bool:
    """A one-word place right after a capitalised word that is no head, title, article or common word of the
    article: the last word of a longer name ("Alder Mesa", "Birch Creek") the gazetteer does not hold."""
    from editor.extraction.org_words import lexicon_vocabulary, lower_words

    if " " in m.name or "-" in m.name or doc.lex.get("articles_mark_nouns"):
        return False  # German capitalises every noun: "Staatsanwaltschaft Kassel" is an authority and its town
    hit = _WORD_BEFORE.search(doc.norm, max(0, m.start - 30), m.start)
    if hit is None:
        return False
    word = re.split(r"['’]", hit.group(1))[-1]  # "L'Université Grenoble": the head after an elided article
    if not word[:1].isupper() or (word.isupper() and not m.name.isupper()) or len(word) < 3:
        return False
    low = word.lower()
    if low in lower_words(doc) or low in lexicon_vocabulary(doc) or low in word_set(doc, "stopwords") \
            or low in word_set(doc, "org_articles") or low in word_set(doc, "org_connectors"):
        return False
    if heads is not None and heads.fullmatch(word):
        return False
    titles = doc.lex.words("person_titles")
    return not (titles is not None and titles.fullmatch(word))


# A town's name: a capitalised word, with hyphenated parts ("Saint-Aubre-les-Forges", "Beaufays-sur-Salm")
_TOWN_NAME = r"[^\W\d_a-zß-ÿ][\w’']*(?:-[\w’']+)*"


def _unlisted_towns(doc: Doc, mentions, country: str, actors: set[str], people: Sequence[str]) -> list:
    """Place mentions of towns the gazetteer lacks: a capitalised word after a preposition of place (lexicon
    ``place_prepositions``: "in Oberlenne", "à Salmont", "te Ekkelkamp") that is no word of the language, no
    person's or actor's name and no head word; a German noun ("in Betrieb") is a word of the lexicon or ends
    like a noun."""
    from editor.extraction.org_words import lexicon_vocabulary, lower_words
    from editor.extraction.places import Place

    preps = doc.lex.get("place_prepositions", [])
    if not preps:
        return []
    # (case-insensitive prepositions only: the name's capital is what makes it one)
    rx = doc.lex.cached("unlisted_town_rx", lambda: re.compile(
        r"(?<![\w'])(?i:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in preps)
        + rf")\s+(?P<name>{_TOWN_NAME})(?![\w-])"))
    known = {m.start for m in mentions}
    # "le site de Saint-Aubre-les-Forges", "im Werk Wiesentrup": after a site cue too
    cues = doc.lex.words("site_list_cues")
    after_cue = re.compile(rf"\s*(?P<name>{_TOWN_NAME})(?![\w-])")
    hits = [(m.group("name"), m.start("name")) for m in rx.finditer(doc.norm)]
    if cues is not None:
        for c in cues.finditer(doc.norm):
            t = after_cue.match(doc.norm, c.end())
            if t is not None and t.start("name") > c.end() - 1 and not rx.match(doc.norm, t.end() + 1):
                # "les sites Sainte-Gertrude à Ciney": a campus named before its town is no town
                hits.append((t.group("name"), t.start("name")))
    vocabulary, lower = lexicon_vocabulary(doc), lower_words(doc)
    skip = word_set(doc, "stopwords") | word_set(doc, "org_articles") | word_set(doc, "first_names") \
        | {k.lower() for k in doc.lex.get("months", {})} | {k.lower() for k in doc.lex.get("weekdays", {})}
    blocked = {a.lower() for a in actors} | {w.lower() for p in people for w in p.split()}
    heads = doc.lex.groups("org_heads")
    suffixes = tuple(doc.lex.get("common_noun_suffixes", []))
    out = []
    for name, start in sorted(set(hits), key=lambda h: h[1]):
        low = name.lower()
        if start in known or name.isupper() or len(name) < 3 or low in skip or low in blocked:
            continue
        if low in vocabulary or low in lower or (suffixes and low.endswith(suffixes)):
            continue
        if heads is not None and heads.fullmatch(name):
            continue
        if re.match(r"\s+[^\W\d_a-zß-ÿ]", doc.norm[start + len(name):start + len(name) + 3]) \
                and not doc.lex.get("articles_mark_nouns"):
            continue  # "in Harbor Freight's depot": the first word of a longer name
        s = doc.sentence_at(start)
        if s is None:
            continue
        out.append(geo.PlaceMention(start, start + len(name), name, [Place("T", "", country, 0, name)], s.index))
    return out


_CAPITALISED_WORD = re.compile(r"[^\W\d_][\w'-]*")


def _unlisted_town_of_name(doc: Doc, victim, name: str | None) -> tuple[str, int] | None:
    """The town a public body's name holds beside its head word ("Mairie de Valbourg", "Gemeente Oosterzijl",
    "Stadtwerke Ostheim"), or the body's bare name when an article calls it by its town ("la commune de
    Valbourg" → "Valbourg"), found alone elsewhere in the article: the first sentence naming it outside the body's
    name. A region or country of the gazetteer, or a word the lexicon knows, is no town."""
    from editor.extraction.places import gazetteer

    heads = doc.lex.groups("org_heads")
    if victim is None or heads is None or not name:
        return None
    skip = word_set(doc, "org_connectors") | word_set(doc, "org_articles")
    words = name.split(" ")
    legal = doc.lex.words("legal_forms")
    if legal is not None and any(legal.fullmatch(w.strip(".,")) for w in words):
        return None  # "Harbor Pipeline Co": a firm, whatever its head word
    if len(words) == 1 and not any(heads.search(doc.norm[max(0, a - 20):a]) for a, _ in victim.mentions):
        return None  # a bare name is a town's only where the article calls it by its kind: "la commune de X"
    head = heads.search(name)
    if head is None and len(words) > 1:
        return None  # no head word in the name: "Harbor Freight Logistics" is a firm's name, not a town's
    if head is not None and head.lastgroup in UTILITY_SECTORS and head.start() > 0:
        return None  # "Stadtwerke Ostheim" is the town's utility; "Harbor Pipeline", "Ridge Power" are firms
    if head is not None:
        # the head and the head words right after it ("School District"), not a later word that only ends
        # like one ("Stadtwerke Ostheimstadt")
        end = head.end()
        while (more := heads.match(name, end + 1)) is not None and name[end:end + 1] == " " \
                and (head.start() > 0 or more.end() < len(name)):
            end = more.end()
        words = (name[:head.start()] + " " + name[end:]).split() if len(words) > 1 else words
    rest = [w for w in words if w.lower() not in skip]
    if not 1 <= len(rest) <= 3 or not all(_CAPITALISED_WORD.fullmatch(w) and w[:1].isupper() for w in rest):
        return None
    # "Alder Creek Unified School District": the town is the longest run of the name's first words found alone
    for size in range(len(rest), 0, -1):
        town = " ".join(rest[:size])
        if town.isupper() or town.lower() in word_set(doc, "stopwords"):
            continue  # an acronym is no town
        if any(p.kind in "CR" for p in gazetteer().lookup(town)):
            return None
        found = _alone(doc, town, victim, heads, " " in name)
        if found is not None:
            return town, found
    return None


def _alone(doc: Doc, town: str, victim, heads, named_with_head: bool) -> int | None:
    """The first body sentence of the main incident naming ``town`` outside the victim's name and not right after
    a head word or before another capitalised word ("la mairie de Valbourg", "Valbourg Gazette" are names)."""
    rx = re.compile(rf"(?<![\w-]){re.escape(town)}(?![\w-])(?!\s+[^\W\d_a-zß-ÿ])")
    for hit in rx.finditer(doc.norm):
        if named_with_head and any(a <= hit.start() < b and doc.norm[a:b].strip() != town for a, b in victim.mentions):
            continue
        if heads.search(doc.norm[max(0, hit.start() - 20):hit.start()]):
            continue  # "la mairie de Valbourg": the body again
        s = doc.sentence_at(hit.start())
        if s is None or s.start < doc.headline_end or doc.is_context(s.index):
            continue
        return s.index
    return None


def _common_region_town(towns, country: str | None) -> list:
    """The first site town, to read the victim's region from; none when the site towns cannot lie in one region
    ("hospitals in A and B", towns of two counties: the first one's county is no better than the second's)."""
    common: set[str] | None = None
    for m in towns:
        codes = {p.code for p in m.places if p.kind == "T" and (country is None or p.country == country)}
        common = codes if common is None else common & codes
    return towns[:1] if common else []


def _public_after(doc: Doc, town) -> bool:
    """"a Bozeman-based hospital system": the seat is a hospital's, school's or authority's, not a firm's."""
    heads = doc.lex.groups("org_heads")
    if heads is None:
        return False
    m = heads.search(doc.norm, town.end, town.end + 40)
    return m is not None and m.lastgroup in PUBLIC_SECTORS


def _is_public(doc: Doc, victim) -> bool:
    """The victim's name or the head word before it says hospital, school or authority ("l'hôpital privé des X")."""
    if victim is None:
        return False
    return victim.head_sector in PUBLIC_SECTORS or names.descriptor_sector(doc, victim) in PUBLIC_SECTORS


# "hôpitaux de X", "andere Krankenhäuser in X": several institutions, so other ones than the victim's
_PLURAL_HEAD = re.compile(r"(?:hôpitaux|hospitals|ziekenhuizen|kliniken|krankenhäuser|spitäler|centres|groupe|group)"
                                r"\W+(?:de|of|van|der|in)?\W*$", re.IGNORECASE)
# "in den Krankenhäusern in Weilheim und Penzberg", "its hospitals in X": a dative article or a possessive right
# before the plural makes them the victim's own houses ("andere Krankenhäuser", "les hôpitaux de la région" stay apart)
_OWN_ARTICLE = re.compile(r"(?<!\w)(?:den|its|their|ses|leurs|seinen|ihren|zijn)\s+$", re.IGNORECASE)
# "Kreisverwaltung in Hameln": German capitalises every head, so a head and a locative preposition say where
# (in English "Atrium Health in Charlotte" is another organisation's name)
_LOCATIVE_END = re.compile(r"\s(?:in|im|te|à|at)\s+$", re.IGNORECASE)
# "Nach einem Cyberangriff auf die Kliniken …", "nach Angaben der Klinik": German "nach" before an article is "after"
_FAR_DIVERSION = re.compile(r"(?<!\w)(?:vers|to|naar|nach(?!\s+(?:einem|einer|dem|der|angaben)\b)|towards|richting)"
                                 r"\s[^,;:.]{0,100}$", re.IGNORECASE)
_DATELINE_END = re.compile(r"\s*(?:[.,(]|[—–-]\s)")
_INITIAL_BEFORE = re.compile(r"(?<![\w.])[^\W\d_a-zß-ÿ]\.\s$")
_CAPITALISED_NEXT = re.compile(r"\s+[^\W\d_a-zß-ÿ][a-zß-ÿ]")
_ELIDED_START = re.compile(r"'[sStT]-")
_LEADING_ARTICLE = re.compile(r"^(?:(?:the|la|le|l'|de|het|der|die|das)\s|[dl]['’])")


def _dateline_end(doc: Doc, m) -> bool:
    """The mention opens one of the first body lines as a dateline ("Hamburg. Die …", "KINGSTON, Ont. —")."""
    return (doc.headline_end < m.start <= doc.headline_end + 300 and doc.norm[m.start - 1] == "\n"
            and bool(_DATELINE_END.match(doc.norm[m.end:m.end + 3])))


def _spelled(m, town) -> str:
    """The site's name as written, or the gazetteer's spelling for an upper-case dateline ("LE PUY-EN-VELAY")."""
    if not m.name.isupper():
        return m.name
    return town.name if town is not None and town.name.lower() == m.name.lower() else m.name.title()


def _possessive_before(doc: Doc, pos: int) -> bool:
    """"its X headquarters", "the corporation's X headquarters": a possessive right before the town."""
    def build() -> re.Pattern[str]:
        own = "|".join(doc.lex.get("own_possessives", []))
        return re.compile(rf"(?:(?<!\w)(?:{own})|\w+'s)\s+$" if own else r"\w+'s\s+$", re.IGNORECASE)
    return doc.lex.cached("possessive_before_rx", build).search(doc.norm, max(0, pos - 30), pos) is not None


def _dateline_town(doc: Doc, mentions, country: str | None):
    """The town of the dateline, if the article has one."""
    for m in mentions:
        if m.start > doc.headline_end + 300:
            break
        if m.role or not _dateline_end(doc, m):
            continue
        town = m.best(country, kinds="T")
        if town is not None and (country is None or town.country == country):
            return m
    return None


def _inside_region(doc: Doc, sites: list[tuple[str, int]], region: str, country: str | None) -> list[tuple[str, int]]:
    """Sites outside the victim's region are names that happen to match a far-away town (a county in Ohio
    named like a town of Alabama); all kept when none lies inside, or the region's code is unknown. A town the
    article places in the region itself ("MARIETTA, Ohio") is inside whatever the gazetteer knows of it."""
    from editor.extraction.places import gazetteer

    if len(sites) < 2 or country not in geo.ADMIN1_IS_ISO:
        return sites
    gaz = gazetteer()
    codes = {p.code for p in gaz.lookup(region) if p.kind == "R" and p.country == country}
    if not codes:
        return sites

    # "Flers, Normandie": sites the article itself places in the region (one pattern for all of them)
    # (a look-ahead tries every position, as one search per name would: "Lô" inside "Saint-Lô, Manche" too)
    names = "|".join(re.escape(n) for n in sorted({s[0] for s in sites}, key=len, reverse=True))
    listed_rx = re.compile(rf"(?<!\w)(?=({names}),\s+{re.escape(region)}(?!\w))", re.IGNORECASE)
    listed = {m.group(1).casefold() for m in listed_rx.finditer(doc.norm)}

    def inside(name: str) -> bool:
        if name.casefold() in listed:
            return True
        towns = [p for p in gaz.lookup(name) if p.kind == "T" and p.country == country]
        return not towns or any(f"{country}-{p.code}" in codes for p in towns)
    kept = [site for site in sites if inside(site[0])]
    town_codes = {p.code for site in sites for p in gaz.lookup(site[0]) if p.kind == "T" and p.country == country}
    if town_codes and all(c.split("-", 1)[-1].isdigit() != t.isdigit() for c in codes for t in town_codes):
        # the region is of another level than the towns' codes ("Haute-Savoie", a département "FR-74", over
        # towns coded by their région "ARA"): nothing to judge by
        return sites
    return kept or sites


def _sites(doc: Doc, mentions, country, victim, victim_sentences, org_spans, hq_towns,
           sector_hint: str | None = None) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    seen: set[str] = set()
    cue_rx = doc.lex.words("site_list_cues")
    own = doc.lex.words("own_possessives")
    heads = doc.lex.groups("org_heads")
    plural_head = _PLURAL_HEAD
    hq_starts = {m.start for m in hq_towns}
    sector = getattr(victim, "head_sector", None) if victim is not None else None
    public = _is_public(doc, victim)
    # "Woonzorggroep X": a name whose head the lexicon does not know still has the article's sector, whose
    # facility words ("het dagcentrum in Y") name its sites
    head_sector = sector or sector_hint
    hq_names = {m.name.lower() for m in hq_towns}
    if sector not in PUBLIC_SECTORS:
        # "London logistics firm …, a London-based company": a firm's seat stays no site wherever it is named
        hq_starts |= {m.start for m in mentions if m.name.lower() in hq_names}
    sector_heads = (doc.lex.get("org_heads") or {}).get(head_sector or "", [])
    head_before = re.compile(
        r"(?<!\w)(?P<head>" + "|".join(f"(?:{h})" for h in sector_heads) + r")\s+(?:in|de|d'|à|te|im|in der)\s+$",
        re.IGNORECASE) if sector_heads else None
    in_name_only: set[str] = set()
    headline_only: set[str] = set()  # "Bruxelles : les Cliniques X …", the body then names the commune

    def add(name: str, sentence: int) -> None:
        name = name.strip(" .,;:\"()")
        name = name if _ELIDED_START.match(name) else name.strip("'")
        key = name.lower()
        if key not in seen and name:
            seen.add(key)
            out.append((name, sentence))

    status_rx = doc.lex.groups("status")
    outlets = doc.lex.words("outlet_words")

    def calm(s) -> bool:
        """The sentence only reports facilities running ("the branches stayed open"): they are no affected site."""
        states = {m.lastgroup for m in status_rx.finditer(s.text)} if status_rx is not None else set()
        return states == {"operational"}

    def cue_before(s, pos: int) -> bool:
        """A site cue ("notamment", "Außenstellen", "sites hospitaliers") shortly before ``pos``."""
        if cue_rx is None or calm(s):
            return False
        return any(0 <= pos - m.end() <= 60 for m in cue_rx.finditer(s.text[:pos]))

    def diverted(before: str) -> bool:
        """Patients sent "to"/"naar" the place; the victim's own sites after that word ("forced it to run
        its warehouses in X") make the place the victim's again."""
        d = geo.DIVERSION.search(before)
        if d is None:
            # "orientés vers le CHU de Lille et le centre hospitalier de Tourcoing": a list of receiving
            # hospitals after the diversion word, in the same clause
            far = _FAR_DIVERSION.search(before)
            return bool(far and heads is not None and heads.search(far.group(0)))
        after = before[d.start():]
        return not (cue_rx is not None and own is not None and own.search(after) and cue_rx.search(after))

    for m in mentions:
        town = m.best(country, kinds="T")
        if town is None or m.prefixed_region or any(p.kind == "C" for p in m.places):
            continue
        if m.sentence < 0 or doc.is_context(m.sentence) or m.role or m.start in hq_starts:
            continue
        if country and town.country != country:
            continue
        if heads is not None and heads.fullmatch(m.name):
            continue  # "University", "Hospital": a head word, not a town
        if outlets is not None and outlets.match(doc.norm, m.end + 1) and doc.norm[m.end:m.end + 1] == " ":
            continue  # "the local paper the Oakvale Chronicle": the town names an outlet, no site
        if _tail_of_name(doc, m, heads):
            continue  # "in Alder Mesa": a town's name ending in a word that is a town elsewhere is not that town
        before = doc.norm[max(0, m.start - 60):m.start]
        if diverted(doc.norm[max(0, m.start - 120):m.start]):
            continue
        plural = plural_head.search(before[-40:])
        if plural is not None and not _OWN_ARTICLE.search(before[-40:], 0, plural.start()):
            continue
        in_org = [span for span in org_spans if span[0] <= m.start < span[1]]
        s = doc.sentences[m.sentence]
        if in_org:
            if hq_names and m.name.lower() not in hq_names:
                continue  # "Gallatin Valley Health, a Bozeman-based …": the seat, not a word of the name, says where
            a, b = in_org[0]
            # the word before may be joined by a sign: "Brand & Vogt GmbH"
            words_before = [w for w in doc.norm[a:m.start].split() if any(ch.isalnum() for ch in w)]
            if a < m.start and m.end < b - 1 and (words_before or [""])[-1][:1].isupper() \
                    and heads is not None and not heads.search(doc.norm, a, m.start):
                continue  # "Copper Bend Public Power District": a town name amid a name's own words is one of them
            if m.name.lower() not in seen:
                in_name_only.add(m.name)
            add(m.name, m.sentence)
            continue
        in_name_only.discard(m.name)
        if _dateline_end(doc, m) and not public:
            continue  # "Siegen, 2. November – … the IT provider X": a dateline names a firm's place only by chance
        in_headline = s.start < doc.headline_end
        is_headline = s.start < doc.headline_end + 2 and m.sentence <= 2
        head = head_before.search(before[-40:]) if head_before is not None else None
        name = _spelled(m, town)
        if (m.sentence in victim_sentences and not in_headline) or cue_before(s, m.start - s.start) or (
                head is not None and (head.group("head")[:1].islower() or (
                    doc.language == "de" and _LOCATIVE_END.search(head.group(0))))):
            add(name, m.sentence)
            headline_only.discard(name.lower())
        elif is_headline or m.sentence in victim_sentences:
            if name.lower() not in seen:
                headline_only.add(name.lower())
            add(name, m.sentence)
    listed_before = len(out)
    if cue_rx is not None:
        for s in doc.sentences:
            if doc.is_context(s.index) or not cue_rx.search(s.text) or calm(s):
                continue
            accepted_end = -1
            for items in geo.find_lists(s.text):
                # "an den Standorten A und B": German capitalises the cue, which the list then opens with
                lead = cue_rx.match(s.text, items[0][0])
                if lead is not None and lead.end() < items[0][1]:
                    a0 = lead.end() + len(s.text[lead.end():items[0][1]]) - len(s.text[lead.end():items[0][1]].lstrip())
                    items = [(a0, items[0][1])] + list(items[1:])
                # "…include A, B and C, as well as D and E": a list right after an accepted one continues it
                follows = accepted_end >= 0 and items[0][0] - accepted_end <= 25
                if not (cue_before(s, items[0][0]) or follows):
                    continue
                if diverted(s.text[max(0, items[0][0] - 60):items[0][0]]):
                    continue  # "naar omliggende ziekenhuizen in Nijmegen en Utrecht": where patients went
                names = [s.text[a:b].strip(" .,;:") for a, b in items]
                names = [_LEADING_ARTICLE.sub("", n) for n in names]
                if not all(n[:1].isupper() for n in names):
                    continue
                if any(_is_region_or_country(n, country) for n in names):
                    continue
                if victim is not None and any(n in victim.forms for n in names):
                    continue
                for n in names:
                    add(n, s.index)
                accepted_end = items[-1][1]
    if headline_only and any(n.lower() not in headline_only for n, _ in out):
        out = [(n, i) for n, i in out if n.lower() not in headline_only]
    if len(out) - listed_before >= 2 and in_name_only:
        # "Hospital del Norte in Sevilla … sites Alameda, Triana": the campuses are the sites, not the city
        out = [(n, i) for n, i in out if n not in in_name_only]
    return out[:12]


def _is_region_or_country(name: str, country: str | None) -> bool:
    """A country, or a region of the victim's country (not a town): such a list is no list of sites."""
    from editor.extraction.places import gazetteer

    places = [p for p in gazetteer().lookup(name) if country is None or p.kind == "C" or p.country == country]
    return bool(places) and all(p.kind in "CR" for p in places)

