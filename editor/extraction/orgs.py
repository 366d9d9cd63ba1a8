"""Who was attacked: the victim organisation told apart from authorities, experts, outlets, people,
threat actors and other victims named for comparison (the threat actor itself: ``actors``).

Candidates are capitalised name phrases and "Full Name (ACRONYM)" definitions. Each candidate group
(a name with its acronym and shorter forms) is scored by how often and where it is mentioned (headline,
first mention, sentences about the attack), whether it carries an organisation head word (hospital,
université, Landkreis…), and penalised when role words or cues mark it as someone else.
"""

from __future__ import annotations

import re
import unicodedata

from msgspec import Struct, field

from editor import rxcache
from editor.extraction.doc import Doc
from editor.extraction.org_words import (adjective_slot, head_rx, heads_of, lexicon_vocabulary, lower_words,
                                          place_adjective, word_set)
from editor.extraction.places import gazetteer
from editor.extraction.text import name_spans

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


_ACRONYM_DEF = rxcache.compile(r"\((?P<acr>[^\W\d_a-zß-ÿ][\w&-]{1,11})\)")
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


def _phrase_rx(doc: Doc) -> re.Pattern[str]:
    def build() -> re.Pattern[str]:
        conns = sorted(doc.lex.get("org_connectors", []), key=len, reverse=True)
        glued = [c for c in conns if c.endswith("'")]
        spaced = [c for c in conns if not c.endswith("'")]
        conn = "|".join([re.escape(c) + r"\s" for c in spaced] + [re.escape(c) for c in glued])
        # A name may follow an elided article: "l'État de Genève", "d'Orléans Métropole".
        return rxcache.compile(rf"{NAME_START}{_TOKEN}(?:\s(?:(?:{conn}))?{_TOKEN}){{0,6}}")
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
        if adjectives and every:
            adj = "|".join(f"(?:{a})" for a in sorted(adjectives, key=len, reverse=True))
            anyc = "|".join(re.escape(c) for c in sorted(set(every), key=lambda c: (-len(c), c)))
            tail = rf"(?:\s(?:{alt})|\s(?:{adj})\s(?:{anyc}))\s(?P<name>{_TOKEN}(?:\s{_TOKEN})?)"
        return rxcache.compile(tail)
    return doc.lex.cached("org_article_tail_rx", build)


def _phrases(doc: Doc) -> list[tuple[int, str]]:
    """(offset, text) of every capitalised name phrase; a head word keeps an article-connector tail.

    "Klinikum am Waldrand": German joins head and name with "am"/"im", which is no general connector
    ("Angriff am Montag"), so it joins only after a head word and before a word that is no calendar word.
    """
    rx = _phrase_rx(doc)
    tail = _article_tail_rx(doc)
    joined = doc.lex.cached("org_joined_rx", lambda: rxcache.compile(
        rf"(?<![\w'-])(?P<place>{_TOKEN})\s(?:{'|'.join(map(re.escape, doc.lex.get('org_conjunctions', [])))})\s$")
        if doc.lex.get("org_conjunctions") else None)
    calendar = {k.lower() for k in doc.lex.get("months", {})} | {k.lower() for k in doc.lex.get("weekdays", {})}
    out = []
    for m in rx.finditer(doc.norm):
        text, start = m.group(0), m.start()
        if tail is not None:
            t = tail.match(doc.norm, m.end())
            last = text.rsplit(" ", 1)[-1]
            if t is not None and t.group("name").split(" ")[0].lower() not in calendar and heads_of(doc, last):
                text = doc.norm[m.start():t.end()]
        if joined is not None and " " in text and heads_of(doc, text):
            # "Perth and Kinross Council": an authority named after two places joins them
            j = joined.search(doc.norm, max(0, start - 40), start)
            if j is not None and gazetteer().lookup(j.group("place")):
                text, start = doc.norm[j.start():m.start() + len(text)], j.start()
        out.append((start, text))
    return out


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
            elif core.lower() in word_set(doc, "org_connectors"):
                continue
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


def _is_person(doc: Doc, form: str, singles: set[str]) -> bool:
    words = form.split()
    if not 2 <= len(words) <= 3 or heads_of(doc, form):
        return False
    if any(w.lower() in word_set(doc, "org_connectors") for w in words):
        return False
    if not all(w[0].isupper() and w[1:].islower() for w in words if w[1:]):
        return False
    last = words[-1].lower()
    if last in lexicon_vocabulary(doc) or last in lower_words(doc):
        return False  # "Brookmere Water": a common word ends no person's name, even one seen alone in a headline
    return words[-1] in singles


def find_organizations(doc: Doc, actors: set[str], publisher: str | None = None) -> list[OrgCandidate]:
    """Organisation candidates, best first (excluded ones are dropped)."""
    lower = lower_words(doc)
    stop = word_set(doc, "stopwords") | word_set(doc, "org_articles")
    months = {k.lower() for k in doc.lex.get("months", {})} | {k.lower() for k in doc.lex.get("weekdays", {})}
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
    phrase_list = _phrases(doc)
    for m_start, m_text in phrase_list:
        form = _strip_articles(doc, m_text.rstrip(".'"))
        first, _, rest = form.partition(" ")
        initial = _sentence_initial(doc.norm, m_start)
        if rest and initial and (first.lower() in lower or first.lower() in negations or first.lower() in vocabulary) \
                and not heads_of(doc, first) and rest.split(" ")[0].lower() not in connectors:
            form = rest  # "Neither Pathlab", "Both trusts": a sentence-initial common word is no part of a name
        form = _strip_descriptors(doc, form, lower, vocabulary)
        if not initial or (m_text.find(form.split(" ")[0]) > 0 and heads_of(doc, form)):
            mid_sentence.add(form.split(" ")[0])  # "Het Rivierziekenhuis": the article opened the sentence
        if not form:
            continue
        low = form.lower()
        place, _, tail = form.rpartition("-")
        if " " not in form and place and tail.islower() and gazetteer().lookup(place):
            continue  # "London-based", "Köln-weit": a place with a suffix describes, it names no one
        if " " not in form:
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
    _score(doc, cands, actors, singles, publisher, phrases)
    found = sorted((c for c in cands if not c.excluded and c.score > 0), key=lambda c: -c.score)
    if not found and regional:
        # "De website van de provincie Zeeland …": with no other organisation, the region's authority is the victim
        extra = [OrgCandidate(form, {form}, lowercase_head=True) for form in dict.fromkeys(regional)]
        _score(doc, extra, actors, singles, publisher, phrases)
        found = sorted((c for c in extra if not c.excluded and c.score > 0), key=lambda c: -c.score)
    return found


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


_SENTENCE_END = rxcache.compile(r"[.!?]\s")
_BYLINE_OPENER = rxcache.compile(r"(?:^|\n|[—–|·]| - )\s*(\w+)\s+$")
_SEGMENT_BREAK = rxcache.compile(r"[,;:.!?\"()\n]|\s-\s")
_LINE_OPENER = rxcache.compile(r"\s*(\w+)\s+[^\W\d_a-zß-ÿ]")


def _byline(text: str, pos: int, words: re.Pattern[str] | None) -> bool:
    """``pos`` follows a byline word at a line start or after a dateline dash ("— By Jane Roe"),
    or lies later on such a short byline line ("By Jane Roe, Technology Reporter")."""
    if words is None:
        return False
    before = text[max(0, pos - 30):pos]
    m = _BYLINE_OPENER.search(before)
    if m and m.group(1)[0].isupper() and words.fullmatch(m.group(1)):
        return True
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if len(line) > 90 or _SENTENCE_END.search(line):
        return False  # a sentence, not a byline
    first = _LINE_OPENER.match(line)
    return bool(first and first.group(1)[0].isupper() and words.fullmatch(first.group(1)))


def _titled(doc: Doc, c: OrgCandidate, title_before: re.Pattern[str]) -> bool:
    """Two or three plain capitalised words that a title introduces ("directeur Bart Peeters") name a person."""
    words = c.name.split(" ")
    if not 2 <= len(words) <= 3 or c.acronym or heads_of(doc, c.name):
        return False
    if not all(w[:1].isupper() and w[1:].islower() for w in words):
        return False
    first = doc.norm.find(c.name)
    return first >= 0 and title_before.search(doc.norm, max(0, first - 30), first) is not None


def _sentence_initial(text: str, pos: int) -> bool:
    """``pos`` starts a sentence, a line or a quotation."""
    before = text[max(0, pos - 4):pos].rstrip(" \"'(«")
    return pos == 0 or not before or before[-1] in ".!?:\n;" or text[max(0, pos - 1):pos] in ("\n", '"')


def _lowercase_heads(doc: Doc, forms: dict[str, OrgCandidate], candidate, regional: list[str]) -> None:
    """"la mairie de Lannion", "the council of X": a lower-case head word naming a capitalised place or name."""
    def build() -> re.Pattern[str] | None:
        heads = [h for hs in doc.lex.get("org_heads", {}).values() for h in hs]
        conns = [c for c in doc.lex.get("org_connectors", []) if not c.endswith("'")]
        if not heads or not conns:
            return None
        h = "|".join(f"(?:{x})" for x in sorted(heads, key=len, reverse=True))
        c = "|".join(re.escape(x) for x in sorted(conns, key=len, reverse=True))
        # "mairie de Lannion", and with no connector "gemeente Groningen", "stad Antwerpen"
        # the name may hold a connector itself: "communauté d'agglomération du Pays de Grasse"
        return rxcache.compile(rf"(?<![\w'-])(?P<head>{h}){adjective_slot(doc)}\s(?:(?P<conn>{c})\s)?(?:l'|d')?"
                          rf"(?P<name>{_TOKEN}(?:\s(?:(?:{c})\s)?{_TOKEN}){{0,2}})")
    rx = doc.lex.cached("lower_head_rx", build)
    if rx is None:
        return
    prefixes = [p.lower() for p in doc.lex.get("region_prefixes", [])]
    article_conns = {c.lower() for c in doc.lex.get("head_article_connectors", [])}
    gaz = gazetteer()
    for m in rx.finditer(doc.norm):
        if not m.group("head")[:1].islower():
            continue
        form = doc.norm[m.start():m.end()]
        if any(form.lower().startswith(p) for p in prefixes):
            regional.append(form)
            continue  # "province de Luxembourg" names a region, not an organisation (unless nothing else does)
        with_article = (m.group("conn") or "").lower() in article_conns  # "clinique du Parc"
        if not with_article and not any(p.kind == "T" for p in gaz.lookup(m.group("name"))):
            continue  # "hôpitaux de Valmonde": the capitalised word is itself the name
        c = candidate(form)
        c.lowercase_head = True


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


def _victim_before(doc: Doc) -> re.Pattern[str] | None:
    """An attack word, a preposition and up to three words just before a name: "attack on the pathology firm X"."""
    def build() -> re.Pattern[str] | None:
        attack = doc.lex.get("attack_cues", [])
        preps = doc.lex.get("victim_prepositions", [])
        if not attack or not preps:
            return None
        a = "|".join(f"(?:{p})" for p in attack)
        p = "|".join(re.escape(w) for w in preps)
        return rxcache.compile(rf"(?<!\w)(?:{a})\W+(?:\w+\W+)?(?:{p})\W+(?:\w+\W+){{0,3}}$", re.IGNORECASE)
    return doc.lex.cached("victim_before_rx", build)


def _inside_other(phrases: list[tuple[int, int]], start: int, end: int, doc: Doc, forms: set[str]) -> bool:
    """The mention is part of a longer capitalised name that is not one of this candidate's forms."""
    from bisect import bisect_right

    i = bisect_right(phrases, (start, 10**12)) - 1
    if i < 0:
        return False
    a, b = phrases[i]
    if not (a <= start and end <= b) or (a, b) == (start, end):
        return False
    whole = doc.norm[a:b]
    return not any(f in whole and len(f) >= len(whole) - 12 for f in forms if len(f) > end - start)


def _score(doc: Doc, cands: list[OrgCandidate], actors: set[str], singles: set[str], publisher: str | None,
           phrases: list[tuple[int, int]]) -> None:
    victim_before = _victim_before(doc)
    bylines = doc.lex.words("byline")
    titles = doc.lex.words("person_titles")
    title_before = doc.lex.cached("title_before_rx", lambda: rxcache.compile(
        r"(?<!\w)(?:" + "|".join(f"(?:{t.replace(' ', chr(92) + 's+')})" for t in doc.lex.get("person_titles", []))
        + r")\s+$", re.IGNORECASE) if doc.lex.get("person_titles") else None)
    heads = head_rx(doc)
    distractors = doc.lex.words("distractor_words")
    before_rx = doc.lex.cached("distractor_before_rx", lambda: rxcache.compile(
        r"(?:" + "|".join(re.escape(w) for w in sorted(doc.lex.get("distractor_before", []), key=len, reverse=True))
        + r")\s*$", re.IGNORECASE) if doc.lex.get("distractor_before") else None)
    attack = doc.lex.words("attack_cues")
    actor_low = {a.lower() for a in actors}
    attack_memo: dict[int, bool] = {}

    def attack_sentence(index: int) -> bool:
        if index not in attack_memo:
            attack_memo[index] = bool(attack.search(doc.sentences[index].text)) if attack is not None else False
        return attack_memo[index]
    gaz = gazetteer()
    first_body = None
    for c in cands:
        if c.excluded:
            continue
        forms = sorted(c.forms, key=len, reverse=True)
        if any(f.lower() in actor_low for f in forms):
            c.excluded = "threat actor"
            continue
        if publisher and any(f.lower() == publisher.lower() for f in forms):
            c.excluded = "outlet"
            continue
        if distractors is not None and any(distractors.search(f) for f in forms):
            c.excluded = "authority or role"
            continue
        head = heads_of(doc, c.name)
        c.head_sector = head
        attack_words = doc.lex.groups("type")
        if not head and not c.acronym and attack_words is not None and attack_words.search(c.name):
            c.excluded = "attack word"
            continue
        places = gaz.lookup(c.name)
        if places and not head and not c.acronym:
            c.excluded = "place"
            continue
        if _is_person(doc, c.name, singles) or (titles is not None and " " in c.name and titles.match(c.name)) or (
                title_before is not None and _titled(doc, c, title_before)):
            c.excluded = "person"  # "Mayor Jane Roe", "directeur Bart Peeters": a title names a person
            continue
        # Lazily: the scan stops at the first mention outside a byline (the usual case), not at the text's end.
        starts = (a for a, _ in name_spans(doc.norm, [c.name]) if _name_starts_at(doc.norm, a))
        first = next(starts, None)
        if first is not None and _byline(doc.norm, first, bylines) and all(_byline(doc.norm, p, bylines)
                                                                            for p in starts):
            c.excluded = "byline author"
            continue
        score = 0.0
        # Longest form first at one position, as an alternation of the forms would match.
        mentions = ((a, b) for a, b in name_spans(doc.norm, forms) if _name_starts_at(doc.norm, a))
        for n, (start, end) in enumerate(mentions):
            if n >= MAX_MENTIONS:
                break  # a name cited hundreds of times is already a clear winner; stop paying per mention
            s = doc.sentence_at(start)
            if s is None:
                continue
            if doc.is_context(s.index):
                continue
            if _inside_other(phrases, start, end, doc, c.forms):
                continue
            w = 1.0
            if victim_before is not None and victim_before.search(doc.norm[max(0, start - 70):start]):
                w += 1.5
            if start < doc.headline_end:
                w += 1.5
            if before_rx is not None and before_rx.search(doc.norm[max(0, start - 40):start]):
                w = -1.5
            elif attack is not None and attack_sentence(s.index):
                w += 0.7
            if doc.language == "de" and " " not in doc.norm[start:end] and not head and not c.acronym:
                w *= 0.5  # German capitalises every noun: one capitalised word is weak evidence
            score += w
            c.mentions.append((start, end))
        if not c.mentions:
            c.excluded = "only in comparisons"
            continue
        if head:
            score += 2.0 if head != "other" else 0.5
        if c.acronym:
            score += 1.5
        c.score = score
        first = min(c.mentions)[0]
        if first >= doc.headline_end and (first_body is None or first < first_body[0]):
            first_body = (first, c)
    if first_body is not None and first_body[1].score > 0:
        first_body[1].score += 1.5


