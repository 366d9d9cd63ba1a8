"""Who is the victim: the organisation the attack happened to, chosen among the article's candidates.

Reads the organisation candidates (``orgs.find_candidates``: name phrases, acronyms, lower-case heads), the threat
actors' names, the outlet's name and each sentence's incident (``doc.is_context``). Rules a candidate out, with its
reason in ``OrgCandidate.excluded``, when it names a threat actor, the outlet, an authority or a role, a person
(two or three plain capitalised words seen alone, a title before it, a byline, a speech verb next to it), a place
or only another incident's sentences; scores the others by where they stand (headline, first mention, the patient
of an attack word, sentences about the attack) and picks the best. Adds nothing to the report itself: the slot
fillers read the ``VictimChoice``.
"""

from __future__ import annotations

import re

from msgspec import Struct, field

from editor.extraction import names
from editor.extraction.doc import Doc
from editor.extraction.org_words import heads_of, lexicon_vocabulary, lower_words, word_set
from editor.extraction.orgs import MAX_MENTIONS, NAME_START, Candidates, OrgCandidate, _name_starts_at, find_candidates
from editor.extraction.places import gazetteer
from editor.extraction.text import name_spans


class VictimChoice(Struct):
    """The chosen victim, the scored candidates (best first) and the ones ruled out (with their reason)."""

    chosen: OrgCandidate | None = None
    candidates: list[OrgCandidate] = field(default_factory=list)
    rejected: list[OrgCandidate] = field(default_factory=list)
    pattern: re.Pattern[str] | None = None
    sentences: set[int] = field(default_factory=set)
    name: str | None = None
    anaphora: set[int] = field(default_factory=set)  # sentences naming the victim by its head word: "the school group"

    def other_forms(self) -> list[str]:
        """The names of the other organisations (a head word or an acronym says so): candidates not chosen, and
        those named only in other incidents' sentences."""
        others = [c for c in self.candidates if c is not self.chosen]
        compared = [c for c in self.rejected if c.excluded == "only in comparisons"]
        # "Dort hatte die Gruppe Black Basta …": a gang named in a comparison opens that other incident's account
        actors = [f for c in self.rejected if c.excluded == "threat actor" for f in c.forms]
        # "… it hit Mesa Grande Public Schools": a name of several words seen only in comparisons is another body
        # even with no head word the lexicon knows
        return [f for c in others + compared if c.head_sector or c.acronym for f in c.forms] + actors + [
            f for c in compared if not (c.head_sector or c.acronym) and " " in c.name for f in c.forms]

    @property
    def people(self) -> list[str]:
        """Names ruled out as persons' (a quoted spokesman, a byline's author) whose first word is no place: "Meuse
        Luxembourg", two places side by side, may have been taken for a name and is no person to drop places for."""
        gaz = gazetteer()
        return [c.name for c in self.rejected if c.excluded in ("person", "byline author") and " " in c.name
                and not gaz.lookup(c.name.split(" ")[0])]

    @property
    def spans(self) -> list[tuple[int, int]]:
        """The chosen victim's mention spans (none without a victim)."""
        return list(self.chosen.mentions) if self.chosen is not None else []


def choose_victim(doc: Doc, actors: set[str], publisher: str | None = None) -> VictimChoice:
    """The victim of the article's main incident, with every candidate scored or ruled out."""
    found = find_candidates(doc)
    ranked = _ranked(doc, found.cands, actors, found, publisher)
    rejected = [c for c in found.cands if c.excluded and c.excluded != "merged"]
    if not ranked and found.regional:
        # "De website van de provincie Zeeland …": with no other organisation, the region's authority is the victim
        extra = [OrgCandidate(form, {form}, lowercase_head=True) for form in found.regional]
        ranked = _ranked(doc, extra, actors, found, publisher)
    if not ranked:
        # "Cyberattack hits Swindon … The council said …": the body names the victim by its kind only, the
        # article names the town
        headline = _headline_place_victim(doc)
        ranked = [headline] if headline is not None else []
    choice = VictimChoice(candidates=ranked, rejected=rejected)
    if ranked:
        victim = choice.chosen = ranked[0]
        forms = sorted(victim.forms, key=len, reverse=True)
        choice.pattern = re.compile(NAME_START + "(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])")
        for a, _ in victim.mentions:
            s = doc.sentence_at(a)
            if s is not None:
                choice.sentences.add(s.index)
        choice.name = _town_named(doc, victim) or names.display_name(doc, victim)
        choice.anaphora = _anaphora(doc, victim) - choice.sentences
    return choice


def _anaphora(doc: Doc, victim: OrgCandidate) -> set[int]:
    """The main incident's sentences that name the victim by its own head word after an article ("De
    scholengroep, met tien scholen in …", "das Unternehmen mit Sitz in …" for "… Unternehmen X")."""
    heads = doc.lex.groups("org_heads")
    if heads is None:
        return set()
    plural = doc.lex.words("plural_heads")  # "die Kliniken in Neuburg": other hospitals as often as the victim's
    own = [w for w in victim.name.split(" ") if len(w) > 3 and heads.fullmatch(w)
           and not (plural is not None and plural.fullmatch(w))]
    articles = [a for a in doc.lex.get("org_articles", []) if a.isalpha()]
    if not own or not articles:
        return set()
    rx = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(a) for a in articles) + r")\s+(?:"
                    + "|".join(re.escape(w) for w in own) + r")(?![\w-])(?!\s+(?-i:[^\W\d_a-zß-ÿ]))", re.IGNORECASE)
    # … and names no one after it: "de gemeente Buren" is another municipality
    return {s.index for s in doc.sentences if not doc.is_context(s.index) and rx.search(s.text)}


_HEADLINE_PLACE = re.compile(r"(?<![\w-])[A-ZÀ-Ý][\w'-]+(?:[ -][A-ZÀ-Ý][\w'-]+)?")


def _headline_place_victim(doc: Doc) -> OrgCandidate | None:
    """A municipality named by its head word alone in the body (twice or more: "la mairie", "die Stadtverwaltung")
    and by its town (``_victim_town``), named from both with the lexicon's ``head_place_name`` template."""
    heads = doc.lex.words("org_heads.government")
    template = doc.lex.get("head_place_name")
    if heads is None or not isinstance(template, str):
        return None
    body = doc.norm[doc.headline_end:]
    words: dict[str, list[tuple[int, int]]] = {}
    for m in re.finditer(r"[\w-]+", body):
        if heads.fullmatch(m.group(0)):
            words.setdefault(m.group(0).lower(), []).append((doc.headline_end + m.start(), doc.headline_end + m.end()))
    if not words:
        return None
    head, mentions = max(words.items(), key=lambda kv: len(kv[1]))
    if len(mentions) < 2:
        return None
    town = _victim_town(doc)
    if town is None:
        return None
    name = template.format(head=head[:1].upper() + head[1:], place=town)
    return OrgCandidate(name, {name, head}, head_sector="government", score=1.0, mentions=mentions[:MAX_MENTIONS])


def _victim_town(doc: Doc) -> str | None:
    """The town a municipality named by its kind alone belongs to: the headline's town, or else the first town
    the main incident's sentences name ("… confiée à la police judiciaire de Lille", "Cleveland Mayor …")."""
    gaz = gazetteer()

    def town_in(text: str) -> str | None:
        for m in _HEADLINE_PLACE.finditer(text):
            for phrase in (m.group(0), m.group(0).split(" ")[0]):
                if any(p.kind == "T" for p in gaz.lookup(phrase)):
                    return phrase
        return None
    found = town_in(doc.norm[:doc.headline_end])
    for s in doc.sentences:
        if found is not None:
            break
        if s.start >= doc.headline_end and not doc.is_context(s.index):
            found = town_in(s.text)
    return found


def _town_named(doc: Doc, victim: OrgCandidate) -> str | None:
    """"City Hall", "das Rathaus": a victim named by a municipal head word alone is shown with its town's name
    ("Cleveland City Hall") when the article names the town; its mentions stay those of the head word."""
    heads = doc.lex.words("org_heads.government")
    template = doc.lex.get("head_place_name")
    if heads is None or not isinstance(template, str) or victim.acronym or not heads.fullmatch(victim.name):
        return None
    town = _victim_town(doc)
    return template.format(head=victim.name, place=town) if town is not None else None


def _ranked(doc: Doc, cands: list[OrgCandidate], actors: set[str], found: Candidates,
            publisher: str | None) -> list[OrgCandidate]:
    _score(doc, cands, actors, found.singles, publisher, found.phrases)
    return sorted((c for c in cands if not c.excluded and c.score > 0), key=lambda c: -c.score)


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
    opener = words[0].lower()
    if (opener in lexicon_vocabulary(doc) or opener in word_set(doc, "outlet_words")) \
            and opener not in word_set(doc, "first_names"):
        return False  # "Omroep Zuiderwaard", "Radio Oakvale": a common noun opens no person's name
    if words[-1] not in singles:
        return False
    # "a cyber-attack on Norsk Hydro": what an attack hit is an organisation, whatever its name looks like
    victim_before = _victim_before(doc)
    return not (victim_before is not None and any(victim_before.search(doc.norm, max(0, a - 70), a)
                                                  for a, _ in list(name_spans(doc.norm, [form]))[:20]))



_SENTENCE_END = re.compile(r"[.!?]\s")
_BYLINE_OPENER = re.compile(r"(?:^|\n|[—–|·]| - )\s*(\w+)\s+$")
_LINE_OPENER = re.compile(r"\s*(\w+)\s+[^\W\d_a-zß-ÿ]")


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
    if first < 0:
        return False
    if title_before.search(doc.norm, max(0, first - 30), first) is not None:
        return True
    # "Jeanne Roux, adjointe au maire", "Jane Roe, deputy head of IT": a title in apposition after the name
    after = doc.lex.cached("title_after_rx", lambda: re.compile(
        r",\s+(?:(?:the|its|la|le|l'|de|het|der|die|das)\s+)?(?:\w+\s+)?(?:" + "|".join(
            f"(?:{t})" for t in doc.lex.get("person_titles", []) + doc.lex.get("person_titles_after", []))
        + r")(?!\w)", re.IGNORECASE))
    end = first + len(c.name)
    return after.match(doc.norm, end) is not None



def _plain_name(doc: Doc, c: OrgCandidate) -> bool:
    """Two or three plain capitalised words with no head word and no acronym: what a person's name looks like."""
    words = c.name.split(" ")
    return (2 <= len(words) <= 3 and not c.acronym and not heads_of(doc, c.name)
            and all(w[:1].isupper() and (w[1:].islower() or not w[1:]) for w in words)
            and not any(w.lower() in word_set(doc, "org_connectors") for w in words))


def _named_person(doc: Doc, c: OrgCandidate) -> bool:
    """A person's name: a first name then a capitalised word ("Jean Moreau"), or a plain name a speech verb
    introduces ("…, said Joanne Pryce", "a déclaré Jean Moreau", "aldus Pieter Smit", "sagte Thomas Berger")."""
    if not _plain_name(doc, c):
        return False
    if c.name.split(" ")[0].lower() in word_set(doc, "first_names"):
        return True
    speech = doc.lex.cached("speech_before_rx", lambda: re.compile(
        r"(?<!\w)(?:" + "|".join(f"(?:{v.replace(' ', chr(92) + 's+')})" for v in doc.lex.get("speech_verbs", []))
        + r"),?\s+$", re.IGNORECASE) if doc.lex.get("speech_verbs") else None)
    if speech is None:
        return False
    for n, (a, _) in enumerate(name_spans(doc.norm, [c.name])):
        if n >= 20:
            break
        if speech.search(doc.norm, max(0, a - 30), a):
            return True
    return False


def _victim_before(doc: Doc) -> re.Pattern[str] | None:
    """An attack word, a preposition and up to three words just before a name: "attack on the pathology firm X"."""
    def build() -> re.Pattern[str] | None:
        attack = doc.lex.get("attack_cues", [])
        preps = doc.lex.get("victim_prepositions", [])
        if not attack or not preps:
            return None
        a = "|".join(f"(?:{p})" for p in attack)
        p = "|".join(re.escape(w) for w in preps)
        return re.compile(rf"(?<!\w)(?:{a})\W+(?:\w+\W+)?(?:{p})\W+(?:\w+\W+){{0,3}}$", re.IGNORECASE)
    return doc.lex.cached("victim_before_rx", build)


def _title_inside(name: str, titles) -> bool:
    """A title, alone or as a compound's tail, then one to three plain capitalised words: "Kapfenbergs
    Bürgermeister Friedrich Moser", "MEW-Geschäftsführer Andreas Pölzl", "IT-Leiterin Jana Roth"."""
    words = name.split(" ")
    for i, w in enumerate(words[:-1]):
        tail = w.rsplit("-", 1)[-1]
        rest = words[i + 1:]
        if titles.fullmatch(tail) and 1 <= len(rest) <= 3 and (i > 0 or "-" in w) \
                and all(r[:1].isupper() and r[1:].islower() for r in rest):
            return True
    return False


def _head_right_before(doc: Doc, c: OrgCandidate) -> bool:
    """A lower-case head word of a public or named kind right before a mention ("l'ensemble scolaire X", "la
    clinique X"), not one a few words off ("a water authority on the X Coast")."""
    rx = doc.lex.cached("head_before_rx", lambda: names._head_before_rx(doc))
    if rx is None:
        return False
    for start, _ in c.mentions[:6]:
        m = rx.search(doc.norm, max(0, start - 40), start)
        if m is not None and m.group("head")[:1].islower():
            return True
    return False


def _time_phrase(doc: Doc, name: str) -> bool:
    """A word of time inside the phrase (lexicon ``time_nouns``, months, weekdays): German capitalises "Anfang der
    Woche", a run of capitals may swallow "Uhr"; a name with no head word holding one is no organisation."""
    words = {w.lower() for w in name.split(" ")}
    calendar = word_set(doc, "time_nouns") | {k.lower() for k in doc.lex.get("months", {})} \
        | {k.lower() for k in doc.lex.get("weekdays", {})}
    return bool(words & calendar)


def _unlisted_place(doc: Doc, c: OrgCandidate) -> bool:
    """The candidate's one-word form is a place the gazetteer does not hold: the article writes it after a
    preposition of place ("in Oberlenne", "à Valbourg", "te Oosterzijl") at least twice and in most mentions."""
    single = [f for f in c.forms if " " not in f and "-" not in f and not f.isupper() and f[:1].isupper()]
    if not single:
        return False
    word = min(single, key=len)
    if len(c.forms) > 1 and not all(word in f.split(" ") for f in c.forms):
        return False
    rx = doc.lex.cached("place_prep_before_rx", lambda: re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in doc.lex.get("place_prepositions", []))
        + r")\s+$", re.IGNORECASE) if doc.lex.get("place_prepositions") else None)
    if rx is None:
        return False
    starts = [a for a, _ in name_spans(doc.norm, [word])][:40]
    placed = sum(1 for a in starts if rx.search(doc.norm, max(0, a - 12), a))
    return placed >= 2 and 2 * placed >= len(starts)


_LEADING_THE = re.compile(r"^(?:the|le|la|les|de|het|der|die|das)\s+", re.IGNORECASE)


def _same_outlet(name: str, masthead: str) -> bool:
    """The name is the masthead's outlet, or the company publishing it ("Dales Courier Media Ltd")."""
    a = _LEADING_THE.sub("", name).casefold()
    b = _LEADING_THE.sub("", masthead).casefold()
    return a == b or (len(b) >= 4 and (a.startswith(b + " ") or (" " in a and b.startswith(a + " "))))


def _actor_phrase(name: str, actors: set[str], nouns: set[str]) -> bool:
    """A threat actor's name with only actor nouns around it: "Gruppe Black Basta", "the Rhysida gang"."""
    low = " " + name.lower() + " "
    for actor in actors:
        if len(actor) >= 3 and " " + actor + " " in low:
            rest = low.replace(" " + actor + " ", " ", 1).split()
            if rest and all(w in nouns for w in rest):
                return True
    return False


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
    title_before = doc.lex.cached("title_before_rx", lambda: re.compile(
        r"(?<!\w)(?:" + "|".join(f"(?:{t.replace(' ', chr(92) + 's+')})" for t in doc.lex.get("person_titles", []))
        + r")\s+$", re.IGNORECASE) if doc.lex.get("person_titles") else None)
    distractors = doc.lex.words("distractor_words")
    before_rx = doc.lex.cached("distractor_before_rx", lambda: re.compile(
        r"(?:" + "|".join(re.escape(w) for w in sorted(doc.lex.get("distractor_before", []), key=len, reverse=True))
        + r")\s*$", re.IGNORECASE) if doc.lex.get("distractor_before") else None)
    attack = doc.lex.words("attack_cues")
    outlets = doc.lex.words("outlet_words")
    head_words = doc.lex.groups("org_heads")
    things = (doc.lex.groups("services"), doc.lex.groups("nouns"))
    actor_low = {a.lower() for a in actors}
    legal_forms = doc.lex.words("legal_forms")
    suffixes = tuple(doc.lex.get("common_noun_suffixes", []))
    actor_nouns = {w.lower() for w in doc.lex.get("actor_nouns", [])} | word_set(doc, "org_articles")
    attack_memo: dict[int, bool] = {}
    # "Dépêche ATS … Lausanne (ATS) —": a word of a masthead names the outlet wherever it stands alone
    masthead_words = {w for c in cands if outlets is not None and not heads_of(doc, c.name)
                      and any(outlets.search(f) for f in c.forms)
                      for w in c.name.split(" ") if not outlets.fullmatch(w)} if outlets is not None else set()

    def attack_sentence(index: int) -> bool:
        if index not in attack_memo:
            attack_memo[index] = bool(attack.search(doc.sentences[index].text)) if attack is not None else False
        return attack_memo[index]
    gaz = gazetteer()
    first_body = None
    masthead = doc.masthead
    for c in cands:
        if c.excluded:
            continue
        forms = sorted(c.forms, key=len, reverse=True)
        if any(f.lower() in actor_low for f in forms) or _actor_phrase(c.name, actor_low, actor_nouns):
            c.excluded = "threat actor"
            continue
        if publisher and any(f.lower() == publisher.lower() for f in forms):
            c.excluded = "outlet"
            continue
        if (masthead and any(_same_outlet(f, masthead) for f in forms)) or any(f in doc.agencies for f in forms):
            c.excluded = "outlet"  # "© Dales Courier Media Ltd" under the masthead "THE DALES COURIER"
            continue
        if distractors is not None and any(distractors.search(f) for f in forms):
            c.excluded = "authority or role"
            continue
        head = heads_of(doc, c.name)
        c.head_sector = head
        if " " not in c.name and not c.acronym and any(rx is not None and rx.fullmatch(c.name) for rx in things):
            c.excluded = "service or thing"  # "E-Mail", "Website", "Server": what was hit, not whose it was
            continue
        if head and " " not in c.name and not c.name.isupper() and head_words is not None \
                and head_words.fullmatch(c.name):
            c.excluded = "head word alone"  # "die Hochschule", "the Trust": the victim named by its kind only
            continue
        if head and " " not in c.name and "-" in c.name and not c.acronym and head_words is not None \
                and head_words.fullmatch(c.name.split("-", 1)[0]) and not gaz.lookup(c.name.split("-", 1)[1]):
            c.excluded = "head word alone"  # "Stadtwerke-Kundschaft", "Klinik-Personal": the kind as a modifier
            continue
        if " " not in c.name and not head and not c.acronym and "-" in c.name \
                and c.name.rsplit("-", 1)[1][:1].islower() and c.name.rsplit("-", 1)[1].lower() in lower_words(doc):
            c.excluded = "common noun"  # "IT-systems", "E-mails": a compound of a common noun the article writes
            continue
        attack_words = doc.lex.groups("type")
        if not head and not c.acronym and attack_words is not None and attack_words.search(c.name):
            c.excluded = "attack word"
            continue
        if " " not in c.name and not head and not c.acronym and suffixes \
                and c.name.lower().endswith(suffixes):
            c.excluded = "common noun"  # "Auswirkungen", "Verwaltung": a German noun, capitalised as every noun is
            continue
        places = gaz.lookup(c.name)
        if places and not head and not c.acronym:
            c.excluded = "place"
            continue
        if " " in c.name and not head and not c.acronym and _time_phrase(doc, c.name):
            c.excluded = "time expression"  # "Versorger Anfang der Woche Ziel", "Uhr Cyberkriminelle"
            continue
        if " " not in c.name and c.name.lower() in (doc.lex.get("demonyms") or {}):
            c.excluded = "place"  # "de Amerikaanse staat Georgia": a country's adjective, capitalised as names are
            continue
        if not head and not c.acronym and _unlisted_place(doc, c):
            c.excluded = "place"  # "in Oberlenne" three times out of four: a town too small for the gazetteer
            continue
        if (titles is not None and _title_inside(c.name, titles)) or _is_person(doc, c.name, singles) or (titles is not None and " " in c.name and titles.match(c.name)) or (
                title_before is not None and _titled(doc, c, title_before)) or _named_person(doc, c):
            c.excluded = "person"  # "Mayor Jane Roe", "directeur Bart Peeters": a title names a person
            continue
        if outlets is not None and (any(outlets.search(f) for f in forms) or c.name in masthead_words) and not head \
                and not (masthead and c.name in doc.norm[:doc.headline_end]):
            # with the page's own masthead known, an outlet the headline names is the attack's patient: "Cyber
            # attack takes Radio Oakvale off air"
            c.excluded = "outlet"  # "The Evening Gazette", "Tagblatt": a masthead, never the victim
            continue
        # Lazily: the scan stops at the first mention outside a byline (the usual case), not at the text's end.
        starts = (a for a, _ in name_spans(doc.norm, [c.name]) if _name_starts_at(doc.norm, a))
        first = next(starts, None)
        if first is not None and _byline(doc.norm, first, bylines) and all(_byline(doc.norm, p, bylines)
                                                                            for p in starts):
            c.excluded = "byline author"
            continue
        score = 0.0
        in_dateline = False
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
            if any(a <= start < b for a, b in doc.datelines):
                in_dateline = True
                continue  # "Bijgewerkt: di 15/09/2026", "Wirtschaft regional | Dienstag, …": a date line's words
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
            c.excluded = "date line" if in_dateline else "only in comparisons"
            continue
        legal = legal_forms is not None and legal_forms.fullmatch(c.name.rsplit(" ", 1)[-1]) is not None \
            and " " in c.name
        if head:
            score += 2.0 if head != "other" or legal else 0.5
        elif legal:
            score += 2.0  # "Kessler Präzisionstechnik GmbH", "Brindle Works Ltd": a legal form names a firm
        elif not c.acronym and _head_right_before(doc, c):
            score += 1.5  # "l'ensemble scolaire Notre-Dame-des-Aravis": a lower-case head just before says what it is
        if c.acronym:
            score += 1.5
        c.score = score
        first = min(c.mentions)[0]
        if first >= doc.headline_end and (first_body is None or first < first_body[0]):
            first_body = (first, c)
    if first_body is not None and first_body[1].score > 0:
        first_body[1].score += 1.5
