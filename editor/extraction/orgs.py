"""Mentions of organisations: every candidate name the article gives, grouped with its shorter forms.

Reads the doc's normalised text. Candidates are capitalised name phrases (with the articles, descriptor nouns
and sentence-initial common words taken off), "Full Name (ACRONYM)" definitions and lower-case heads naming a
place ("la mairie de Lannion"); a name with its acronym and shorter forms is one group (``_merge``). Which of
them is the victim is decided in ``victim.py``.
"""

from __future__ import annotations

import re
import unicodedata

from msgspec import Struct, field

from editor.extraction.doc import Doc
from editor.extraction.org_words import (adjective_slot, heads_of, lexicon_vocabulary, lower_words,
                                          place_adjective, word_set)
from editor.extraction.places import gazetteer

_UPPER = r"[^\W\d_a-zß-ÿ]"
_TOKEN = rf"{_UPPER}[\w'&]*(?:[.-][\w']+)*"
# A name starts after a non-word character, or right after an elided article ("l'Hospital X", "d'Orange").
NAME_START = r"(?:(?<=(?<!\w)[lLdD]')|(?<![\w'-]))"
# The same test split in two for speed on long texts: a cheap test of the character before a mention
# (``text.name_spans``), the elided article checked in Python on the few hits that follow an apostrophe.


def _name_starts_at(text: str, pos: int) -> bool:
    """A name may start at ``pos``: after a non-word character, or right after "l'"/"d'"."""
    if pos == 0 or text[pos - 1] != "'":
        return True
    return pos >= 2 and text[pos - 2] in "lLdD" and (pos == 2 or not text[pos - 3].isalnum() and text[pos - 3] != "_")


_ACRONYM_DEF = re.compile(r"\((?P<acr>[^\W\d_a-zß-ÿ][\w&-]{1,11})\)")
MAX_CANDIDATES = 120
MAX_MENTIONS = 200


class OrgCandidate(Struct):
    """A candidate organisation: its forms, mentions (spans in the article) and score."""

    name: str
    forms: set[str] = field(default_factory=set)
    acronym: str | None = None
    head_sector: str | None = None
    score: float = 0.0
    mentions: list[tuple[int, int]] = field(default_factory=list)
    excluded: str | None = None
    lowercase_head: bool = False


class Candidates(Struct):
    """The candidates of an article with what scoring them needs: one-word forms, name phrase spans and the
    region authorities ("provincie Zeeland") kept for an article that names no other organisation."""

    cands: list[OrgCandidate]
    singles: set[str]
    phrases: list[tuple[int, int]]
    regional: list[str]


def _phrase_rx(doc: Doc) -> re.Pattern[str]:
    def build() -> re.Pattern[str]:
        conns = sorted(doc.lex.get("org_connectors", []), key=len, reverse=True)
        glued = [c for c in conns if c.endswith("'")]
        spaced = [c for c in conns if not c.endswith("'")]
        # A name never runs on over a line break: "… Services\nSeptember 2024" is a name and a date line
        conn = "|".join([re.escape(c) + r"[^\S\n]" for c in spaced] + [re.escape(c) for c in glued])
        # A name may follow an elided article: "l'État de Genève", "d'Orléans Métropole".
        # A word may be a suspended compound: "Energie- und Wasserversorger", "Lucht- en Ruimtevaart".
        ands = "|".join(re.escape(c) for c in doc.lex.get("org_conjunctions", []) if c.isalpha())
        word = rf"{_TOKEN}(?:-[^\S\n](?:{ands})[^\S\n]{_TOKEN})?" if ands else _TOKEN
        return re.compile(rf"{NAME_START}{word}(?:[^\S\n](?:(?:{conn}))?{word}){{0,6}}")
    return doc.lex.cached("org_phrase_rx", build)


def _article_tail_rx(doc: Doc) -> re.Pattern[str] | None:
    """A connector carrying an article and a capitalised word right after a phrase: " am Waldrand"; or an
    adjective and any connector: " régional du Chablais"."""
    def build() -> re.Pattern[str] | None:
        conns = doc.lex.get("head_article_connectors", [])
        if not conns:
            return None
        alt = "|".join(re.escape(c) for c in sorted(conns, key=len, reverse=True))
        tail = rf"\s(?:{alt})\s(?P<name>{_TOKEN}(?:\s{_TOKEN})?)"
        adjectives = doc.lex.get("head_adjectives", [])
        every = [c for c in doc.lex.get("org_connectors", []) + conns if not c.endswith("'")]
        elided = [c for c in doc.lex.get("org_connectors", []) if c.endswith("'")]
        if adjectives and every:
            adj = "|".join(f"(?:{a})" for a in sorted(adjectives, key=len, reverse=True))
            anyc = "|".join(re.escape(c) for c in sorted(set(every), key=lambda c: (-len(c), c)))
            # "Conseil départemental d'Eure-et-Loir": an elided connector joins the name with no space
            glued = "|".join(re.escape(c) for c in sorted(set(elided), key=len, reverse=True))
            glued_tail = rf"|\s(?:{adj})\s(?:{glued})" if glued else ""
            tail = rf"(?:\s(?:{alt})\s|\s(?:{adj})\s(?:{anyc})\s{glued_tail})(?P<name>{_TOKEN}(?:\s{_TOKEN})?)"
        return re.compile(tail)
    return doc.lex.cached("org_article_tail_rx", build)


def _phrases(doc: Doc) -> list[tuple[int, str]]:
    """(offset, text) of every capitalised name phrase; a head word keeps an article-connector tail.

    "Klinikum am Waldrand": German joins head and name with "am"/"im", which is no general connector
    ("Angriff am Montag"), so it joins only after a head word and before a word that is no calendar word.
    """
    rx = _phrase_rx(doc)
    tail = _article_tail_rx(doc)
    joined = doc.lex.cached("org_joined_rx", lambda: re.compile(
        rf"(?<![\w'-])(?P<place>{_TOKEN})\s(?:{'|'.join(map(re.escape, doc.lex.get('org_conjunctions', [])))})\s$")
        if doc.lex.get("org_conjunctions") else None)
    calendar = {k.lower() for k in doc.lex.get("months", {})} | {k.lower() for k in doc.lex.get("weekdays", {})}
    out = []
    for m in rx.finditer(doc.norm):
        text, start = m.group(0), m.start()
        if tail is not None:
            t = tail.match(doc.norm, m.end())
            last = text.rsplit(" ", 1)[-1]
            # the head may be the last word and the adjective together: "Conseil départemental"
            if t is not None and t.group("name").split(" ")[0].lower() not in calendar and (
                    heads_of(doc, last) or heads_of(doc, doc.norm[m.end() - len(last):t.start("name")])):
                text = doc.norm[m.start():t.end()]
        if joined is not None and " " in text and heads_of(doc, text) and not heads_of(doc, text.split(" ")[0]):
            # "Perth and Kinross Council": an authority named after two places joins them ("… Amsterdam en
            # Universiteit van Amsterdam" opens with its own head: two bodies)
            j = joined.search(doc.norm, max(0, start - 40), start)
            if j is not None and gazetteer().lookup(j.group("place")):
                text, start = doc.norm[j.start():m.start() + len(text)], j.start()
        out.append((start, text))
    return out


def _without_trailing_initials(doc: Doc, form: str, end: int) -> str:
    """"… in ziekenhuis Düsseldorf KVE" at a line's end: a reporter's initials, written once, close the line."""
    head, _, last = form.rpartition(" ")
    if head and 2 <= len(last) <= 4 and last.isupper() and last.isalpha() and doc.norm[end:end + 1] in ("\n", "") \
            and doc.norm.count(last) == 1:
        return head
    return form


def _seen_bare(doc: Doc, word: str) -> bool:
    """The article also writes ``word`` without a possessive ("the Comhairle said … the Comhairle's systems")."""
    return any(word + tail in doc.norm for tail in (" ", ",", ".", "\n"))


def _title_case_headline(doc: Doc) -> bool:
    """The headline capitalises nearly every word, as English title case does (lexicon ``title_case_headlines``)."""
    if not doc.lex.get("title_case_headlines"):
        return False
    words = [w for w in doc.norm[:doc.headline_end].split() if len(w) > 3 and w[:1].isalpha()]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def _strip_articles(doc: Doc, phrase: str) -> str:
    arts = word_set(doc, "org_articles") | word_set(doc, "stopwords")
    words = phrase.split(" ")
    while words and (words[0].lower() in arts or words[0].lower().rstrip("'") in arts):
        words = words[1:]
    if words and "'" in words[0][:3]:  # "l'Assistance" → "Assistance"
        head, _, rest = words[0].partition("'")
        if head.lower() + "'" in arts or head.lower() in arts:
            words[0] = rest
    while words and words[-1].lower() in word_set(doc, "org_connectors"):
        words = words[:-1]
    if words and words[-1].endswith("'s") and (len(words) > 1 or _seen_bare(doc, words[-1][:-2])):
        words[-1] = words[-1][:-2]  # "the University's network": the possessive is no part of the name
    return " ".join(w for w in words if w)


def _base_letter(ch: str) -> str:
    """The letter without its accent, lower case: an acronym drops accents ("É" → "e")."""
    return unicodedata.normalize("NFKD", ch)[:1].lower()


def _acronym_definitions(doc: Doc) -> list[tuple[str, str, int]]:
    """(full name, acronym, offset) for every "Full Name (ACR)" in the article."""
    out = []
    for m in _ACRONYM_DEF.finditer(doc.norm):
        acr = m.group("acr")
        if not any(c.isupper() for c in acr[1:]) and not acr.isupper() and len(acr) > 4:
            continue
        left = doc.norm[max(0, m.start() - 120):m.start()].rstrip()
        segment = _SEGMENT_BREAK.split(left)[-1]
        words = segment.split()[-9:]
        best = None
        lowercase_run = 0
        for i in range(len(words) - 1, -1, -1):
            w = words[i]
            core = w.split("'")[-1] if "'" in w[:3] else w
            if not core:
                break
            if core[0].isupper():
                if _base_letter(core[0]) == _base_letter(acr[0]):  # "École … (ENSCRA)"
                    best = i
                lowercase_run = 0
            elif core.lower() in word_set(doc, "org_connectors") or core.lower() in word_set(doc, "org_articles"):
                continue  # "Services industriels de la Broye SA (SIB)": "de la" joins, it is no lower-case run
            else:
                lowercase_run += 1
                if lowercase_run > 1 and best is not None:
                    break
        if best is None:
            continue
        full = _strip_articles(doc, " ".join(words[best:]))
        if full and full != acr:
            out.append((full, acr, m.start()))
    return out


def find_candidates(doc: Doc) -> Candidates:
    """Every organisation candidate of the article, unscored: name phrases, acronym definitions, lower-case heads."""
    lower = lower_words(doc)
    stop = word_set(doc, "stopwords") | word_set(doc, "org_articles")
    months = {k.lower() for k in doc.lex.get("months", {})} | {k.lower() for k in doc.lex.get("weekdays", {})}
    # "Published 7:55 a.m. ET Nov. 13": a date line's time zone and month abbreviation name no one
    calendar = months | {z.lower() for z in doc.lex.get("time_zones", [])}
    forms: dict[str, OrgCandidate] = {}
    seen_count: dict[str, int] = {}

    def candidate(form: str) -> OrgCandidate:
        seen_count[form] = seen_count.get(form, 0) + 1
        if form not in forms:
            forms[form] = OrgCandidate(form, {form})
        return forms[form]

    for full, acr, _ in _acronym_definitions(doc):
        c = candidate(full)
        c.acronym = acr
        c.forms.add(acr)
    singles: set[str] = set()
    negations = word_set(doc, "negations")
    connectors = word_set(doc, "org_connectors")  # "The City of X": a head before "of" stays in the name
    vocabulary = lexicon_vocabulary(doc)
    mid_sentence: set[str] = set()
    first_names = word_set(doc, "first_names")
    phrase_list = _phrases(doc)
    if _title_case_headline(doc):
        # "Howard University Cancels Classes After Attack": a headline in title case is one capitalised run; its
        # names are those the body gives (their headline mentions still count when scored)
        phrase_list = [(a, t) for a, t in phrase_list if a >= doc.headline_end]
    for m_start, m_text in phrase_list:
        form = _strip_articles(doc, m_text.rstrip(".'"))
        first, _, rest = form.partition(" ")
        initial = _sentence_initial(doc.norm, m_start)
        whole = True
        if rest and initial and (first.lower() in lower or first.lower() in negations or first.lower() in vocabulary) \
                and not heads_of(doc, first) and rest.split(" ")[0].lower() not in connectors:
            form = rest  # "Neither Pathlab", "Both trusts": a sentence-initial common word is no part of a name
            whole = False
        undescribed = form
        form = _strip_descriptors(doc, form, lower, vocabulary)
        described = bool(form) and form != undescribed and undescribed.endswith(form)
        words = form.split(" ")
        if len(words) >= 3 and words[0].isupper() and len(words[0]) >= 2 and not heads_of(doc, words[0]) \
                and words[1].lower() in first_names:
            form = words[0]  # "a confié à l'AFP Sophie Perrissin": an acronym, then a person
        while " " in form and form.rsplit(" ", 1)[1].lower() in stop and not form.rsplit(" ", 1)[1].isupper():
            # "Stadtwerke Schwerte Was …": a function word ends no name; "Brindle SA" keeps its legal form
            form = form.rsplit(" ", 1)[0]
        form = _without_trailing_initials(doc, form, m_start + len(m_text))
        if not initial or (m_text.find(form.split(" ")[0]) > 0 and (heads_of(doc, form) or described)):
            # "Het Rivierziekenhuis": the article opened the sentence; "Elektronicafabrikant Marchal": the descriptor
            mid_sentence.add(form.split(" ")[0])
        if not form or all(w.rstrip(".").lower() in calendar for w in form.split(" ")):
            continue
        low = form.lower()
        place, _, tail = form.rpartition("-")
        if " " not in form and place and tail.islower() and gazetteer().lookup(place):
            continue  # "London-based", "Köln-weit": a place with a suffix describes, it names no one
        if " " not in form:
            if whole:  # "City Hall will …" → "Hall" is a candidate, but no surname the article writes alone
                singles.add(form)
            if low in stop or low in months or low in vocabulary or (
                    low in lower and not any(ch.isupper() for ch in form[1:])):
                continue
        elif all(w.lower() in vocabulary or w.lower() in stop for w in form.split(" ")):
            continue
        candidate(form)
    for form, c in list(forms.items()):
        # One capitalised word seen only at sentence starts ("Selon", "Chauffeurs") is a common word.
        if " " not in form and not c.acronym and form not in mid_sentence and not any(ch.isupper() for ch in form[1:]):
            c.excluded = "sentence-initial word"
    regional: list[str] = []
    _lowercase_heads(doc, forms, candidate, regional)
    _located_heads(doc, candidate)
    cands = list(forms.values())
    if len(cands) > MAX_CANDIDATES:
        # Scoring scans the article once per candidate: keep the most frequent names (and every defined
        # acronym) so a huge or hostile text stays linear.
        cands.sort(key=lambda c: (c.acronym is None, -seen_count.get(c.name, 0), c.name))
        cands = cands[:MAX_CANDIDATES]
    _merge(cands)
    phrases = []
    for m_start, m_text in phrase_list:
        form = _strip_descriptors(doc, _strip_articles(doc, m_text), lower, vocabulary)
        offset = m_text.find(form) if form else -1
        if offset >= 0:  # "La Banque Postale": the name starts after the article
            phrases.append((m_start + offset, m_start + offset + len(form)))
    return Candidates(cands, singles, phrases, list(dict.fromkeys(regional)))


def _strip_descriptors(doc: Doc, form: str, lower: frozenset[str], vocabulary: frozenset[str]) -> str:
    """"Studenten van Hogeschool X" → "Hogeschool X"; "Ireland's Health Service Executive" → "Health Service Executive"."""
    connectors = word_set(doc, "org_connectors")
    descriptor = doc.lex.words("descriptor_nouns")
    articles = word_set(doc, "org_articles")
    words = form.split(" ")
    while len(words) > 1:
        first = words[0]
        if descriptor is not None and not heads_of(doc, first):
            # German capitalises the descriptor too: "Der Berliner Fernwärmeanbieter X GmbH" → "X GmbH"
            if _is_descriptor(descriptor, first):
                words = words[1:]
                continue
            if _is_descriptor(descriptor, words[1]) and place_adjective(doc, first):
                words = words[2:] or [""]
                continue
        if first.endswith("'s") and gazetteer().lookup(first[:-2]):
            words = words[1:]
            continue
        low = first.lower()
        if descriptor is not None and len(words) > 2 and words[1] in connectors and words[1] in articles \
                and not heads_of(doc, first) and heads_of(doc, " ".join(words[2:])):
            # German capitalises every noun: "die Computersysteme der X GmbH" — a headless noun before a genitive
            # connector is what the named body owns, not part of its name
            words = words[2:]
            continue
        if (low in lower or low in vocabulary) and not heads_of(doc, first) and words[1].lower() in connectors:
            if len(words) > 2 and gazetteer().lookup(" ".join(words[2:])):
                break  # "État de Genève", "Canton de Vaud": a common word naming a place is the body's name
            words = words[2:] if len(words) > 2 else words
            continue
        break
    return " ".join(words)


def _is_descriptor(descriptor: re.Pattern[str], word: str) -> bool:
    """"Softwareanbieter", and a hyphenated compound by its last part ("Medizintechnik-Zulieferer")."""
    return bool(descriptor.fullmatch(word) or ("-" in word and descriptor.fullmatch(word.rsplit("-", 1)[1])))


def _tokens(form: str) -> list[str]:
    return form.split()


_SEGMENT_BREAK = re.compile(r"[,;:.!?\"()\n]|\s-\s")


def _sentence_initial(text: str, pos: int) -> bool:
    """``pos`` starts a sentence, a line or a quotation."""
    before = text[max(0, pos - 4):pos].rstrip(" \"'(«")
    return pos == 0 or not before or before[-1] in ".!?:\n;" or text[max(0, pos - 1):pos] in ("\n", '"')


def _located_heads(doc: Doc, candidate) -> None:
    """"die Stadtwerke in Wismar" (twice or more): a capitalised head word after an article, then a preposition
    of place and a capitalised town, names the body of that town ("Stadtwerke Wismar", its form "Stadtwerke in
    Wismar" the mentions). After another capitalised word the head is part of a longer name ("Atrium Health in
    Charlotte")."""
    def build() -> re.Pattern[str] | None:
        heads = [h for hs in doc.lex.get("org_heads", {}).values() for h in hs]
        preps = doc.lex.get("place_prepositions", [])
        arts = [a for a in doc.lex.get("org_articles", []) if a.isalpha()]
        if not heads or not preps or not arts:
            return None
        h = "|".join(f"(?:{x})" for x in sorted(heads, key=len, reverse=True))
        p = "|".join(re.escape(x) for x in preps if " " not in x)
        a = "|".join(re.escape(x) for x in arts)
        return re.compile(rf"(?<!\w)(?i:{a})\s+(?P<head>(?=[^\W\d_a-zß-ÿ])(?i:{h}))\s+(?i:{p})\s+"
                          rf"(?P<town>[^\W\d_a-zß-ÿ][\w'-]+)(?![\w-])")
    rx = doc.lex.cached("located_head_rx", build)
    if rx is None:
        return
    seen: dict[tuple[str, str], int] = {}
    for m in rx.finditer(doc.norm):
        key = (m.group("head"), m.group("town"))
        seen[key] = seen.get(key, 0) + 1
    for (head, town), n in seen.items():
        if n >= 2:
            c = candidate(f"{head} {town}")
            c.forms.add(f"{head} in {town}")


def _lowercase_heads(doc: Doc, forms: dict[str, OrgCandidate], candidate, regional: list[str]) -> None:
    """"la mairie de Lannion", "the council of X": a lower-case head word naming a capitalised place or name."""
    def build() -> re.Pattern[str] | None:
        heads = [h for hs in doc.lex.get("org_heads", {}).values() for h in hs]
        conns = [c for c in doc.lex.get("org_connectors", []) if not c.endswith("'")]
        if not heads or not conns:
            return None
        # "Le Centre hospitalier de X": a head of several words may open the sentence with a capital
        h = "|".join(f"(?:[{x[0].upper()}{x[0]}]{x[1:]})" if " " in x and x[:1].isalpha() else f"(?:{x})"
                     for x in sorted(heads, key=len, reverse=True))
        c = "|".join(re.escape(x) for x in sorted(conns, key=len, reverse=True))
        # "mairie de Lannion", and with no connector "gemeente Groningen", "stad Antwerpen"
        # the name may hold a connector itself: "communauté d'agglomération du Pays de Grasse"
        # "l'hôpital de Cannes": the head may follow an elided article
        return re.compile(rf"{NAME_START}(?P<head>{h}){adjective_slot(doc)}\s(?:(?P<conn>{c})\s)?(?:l'|d')?"
                          rf"(?P<name>{_TOKEN}(?:\s(?:(?:{c})\s)?{_TOKEN}){{0,2}})")
    rx = doc.lex.cached("lower_head_rx", build)
    if rx is None:
        return
    prefixes = [p.lower() for p in doc.lex.get("region_prefixes", [])]
    article_conns = {c.lower() for c in doc.lex.get("head_article_connectors", [])}
    gaz = gazetteer()
    for m in rx.finditer(doc.norm):
        head = m.group("head")
        if not head[:1].islower() and not (" " in head and head.split(" ")[1][:1].islower()):
            continue  # a capitalised head is a name phrase's own word, unless it runs on in lower case ("Centre hospitalier")
        form = doc.norm[m.start():m.end()]
        if any(form.lower().startswith(p) for p in prefixes):
            regional.append(form)
            continue  # "province de Luxembourg" names a region, not an organisation (unless nothing else does)
        if m.group("head").lower() in word_set(doc, "plural_heads"):
            continue  # "ziekenhuizen Apeldoorn", "les hôpitaux de Lyon": several institutions of a town, no name
        with_article = (m.group("conn") or "").lower() in article_conns  # "clinique du Parc"
        if not with_article and not any(p.kind == "T" for p in gaz.lookup(m.group("name"))):
            continue  # "hôpitaux de Valmonde": the capitalised word is itself the name
        c = candidate(form)
        c.lowercase_head = True
    _place_then_head(doc, candidate)


def _place_then_head(doc: Doc, candidate) -> None:
    """"het Saint-Pierre ziekenhuis", "the Redhill hospital": a definite article, a place name and a lower-case
    head word name the body of that place, which the place name alone never does (it is ruled out as a place).
    Without the article the place only describes: "a London logistics firm", "Ontario hospital diverts …"."""
    def build() -> re.Pattern[str] | None:
        plural = word_set(doc, "plural_heads")
        heads = [h for hs in doc.lex.get("org_heads", {}).values() for h in hs
                 if " " not in h and h[:1].isalpha() and h.lower() not in plural]
        articles = [a for a in doc.lex.get("org_articles", []) if a.isalpha()]
        if not heads or not articles:
            return None
        h = "|".join(f"(?:{x})" for x in sorted(heads, key=len, reverse=True))
        a = "|".join(re.escape(x) for x in sorted(articles, key=len, reverse=True))
        return re.compile(rf"(?<![\w'-])(?i:{a})[^\S\n](?P<name>{_TOKEN}(?:[^\S\n]{_TOKEN}){{0,2}})"
                          rf"[^\S\n](?P<head>{h})(?![\w-])")
    rx = doc.lex.cached("place_head_rx", build)
    if rx is None:
        return
    gaz = gazetteer()
    for m in rx.finditer(doc.norm):
        if not m.group("head")[:1].islower() or not gaz.lookup(m.group("name")):
            continue
        candidate(doc.norm[m.start("name"):m.end()]).lowercase_head = True


def _merge(cands: list[OrgCandidate]) -> None:
    """A short form whose words all appear, in order, in a longer name joins that name's group.

    A one-word form shared by several unrelated names ("NHS" in "NHS England" and "… NHS Foundation
    Trust") stays on its own: it could be either.
    """
    cands.sort(key=lambda c: -len(c.name))
    containing: dict[str, list[list[str]]] = {}
    for c in cands:
        toks = _tokens(c.name)
        if len(toks) > 1:
            for t in set(toks):
                containing.setdefault(t, []).append(toks)
    for i, short in enumerate(cands):
        # "Meridale said …": a one-word form seen only at sentence starts still names a longer candidate
        if short.excluded and short.excluded != "sentence-initial word":
            continue
        st = _tokens(short.name)
        if len(st) == 1:
            holders = containing.get(st[0], [])
            maximal = [h for h in holders if not any(h is not o and len(h) < len(o) and _subsequence(h, o) for o in holders)]
            if len(maximal) > 1:
                continue
        for long in cands[:i]:
            if long.excluded or long is short:
                continue
            lt = _tokens(long.name)
            if len(st) < len(lt) and _subsequence(st, lt) and not (len(st) == 1 and len(st[0]) <= 3 and st[0] != long.acronym
                                                                    and not st[0].isupper()):
                long.forms |= short.forms
                if short.acronym and not long.acronym:
                    long.acronym = short.acronym
                short.excluded = "merged"
                break


def _subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(any(s == t for t in it) for s in short)
