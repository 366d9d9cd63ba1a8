"""Impact: machines and appointments counted, services with their status, data exfiltration."""

from __future__ import annotations

import re

from msgspec import Struct, field

from editor.extraction import modality
from editor.extraction.doc import Doc
from editor.extraction.numbers import Quantity

SEVERITY = {"operational": 0, "degraded": 1, "unavailable": 2}
# Between a number and its noun: a few words ("800 planned operations", "une centaine d'interventions").
_GAP = re.compile(r"^[\s'-]*(?:(?:de|d'|of|van|an|[\w-]+)[\s'-]+){0,2}$", re.IGNORECASE)
_CLAUSE = re.compile(r"\s*(?:;|:|\s-\s|,\s(?:mais|but|maar|aber|en revanche|however|whereas|while|alors que|tandis que|doch|terwijl|omdat|because|parce que|car|weil|da|nachdem|nadat|although|though|même si|hoewel|obwohl|want)\s|\s(?:mais|but|maar|aber|whereas|tandis que|alors que)\s)\s*", re.IGNORECASE)
MAX_STATUS_DISTANCE = 90
_SINCE = re.compile(r"(?<!\w)(?:seit|since|depuis|sinds)(?:\s+(?:dem|der|den|the|la|le|l'|de|het))?\s*$", re.IGNORECASE)
_LIST_JOIN = re.compile(r",|\s(?:et|and|en|und|ou|or|oder|sowie|ainsi que)\s")
_LIST_ITEM = re.compile(r"\s*[-•*–]\s")
# A clause opened by a contrast after a disruption ("…diverted, although A&E remains open") is no all-clear.
_CONTRAST = re.compile(r"(?:although|though|but|however|même si|bien que|mais|hoewel|maar|obwohl|auch wenn|aber)\s*$",
                             re.IGNORECASE)


class Count(Struct):
    """A counted value with the sentence that supports it."""

    value: int
    sentences: list[int] = field(default_factory=list)
    confidence: float = 0.6


class ServiceFinding(Struct):
    """A service's most severe reported status, with the clause that says so."""

    service: str
    status: str
    note: str
    label: str
    sentences: list[int] = field(default_factory=list)
    confidence: float = 0.6


def _noun_after(text: str, q: Quantity, nouns: re.Pattern[str]) -> tuple[str, int, int] | None:
    window = text[q.end:q.end + 60]
    for m in nouns.finditer(window):
        if _GAP.match(window[:m.start()]):
            return m.lastgroup or "", q.end + m.start(), q.end + m.end()
        break
    return None


def _partitives(doc: Doc) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """"34 of the district's servers", "73 van de 110 servers", "douze serveurs sur les seize": the gap after a
    count that opens a part of a whole (lexicon ``partitive_prepositions``) — up to three words before the noun,
    or the whole's own number."""
    def build() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
        preps = doc.lex.get("partitive_prepositions", [])
        if not preps:
            return None
        p = "|".join(re.escape(w) for w in preps)
        return (re.compile(rf"^\s+(?:{p})\s+(?:[\w'’-]+\s+){{0,3}}$", re.IGNORECASE),
                # "60 van de in totaal 100 servers", "une quarantaine de serveurs, sur les 310 que compte …"
                re.compile(rf"^\s*(?:[\w'’-]+\s+)?(?:[\w-]+,?\s+)?(?:{p})\s+(?:[\w'’-]+\s+){{0,3}}$",
                           re.IGNORECASE))
    return doc.lex.cached("partitive_rx", build)


def _part_noun(text: str, q: Quantity, nouns: re.Pattern[str], gap: re.Pattern[str]) -> tuple[str, int, int] | None:
    """The noun a partitive count names: "34 of the district's servers"."""
    window = text[q.end:q.end + 60]
    for m in nouns.finditer(window):
        if gap.match(window[:m.start()]):
            return m.lastgroup or "", q.end + m.start(), q.end + m.end()
    return None


def _inventory(totals: re.Pattern[str] | None, text: str) -> bool:
    """Whether a sentence gives an inventory ("sur un total de 300 serveurs") rather than the damage."""
    if totals is None:
        return False
    for m in totals.finditer(text):
        if m.start() <= 2:
            continue  # "Au total, une quarantaine de serveurs sont touchés": an opening "in all" sums the damage
        return True
    return False


def find_counts(doc: Doc, victim: re.Pattern[str] | None) -> dict[str, Count]:
    """servers_affected, workstations_affected and appointments_affected."""
    nouns = doc.lex.groups("nouns")
    if nouns is None:
        return {}
    affected = doc.lex.words("affected_cues")
    totals = doc.lex.words("total_cues")
    postpone = doc.lex.words("postpone_cues")
    subset = doc.lex.words("subset_cues")
    precaution = doc.lex.words("precaution_cues")
    best: dict[str, tuple[float, int, list[int]]] = {}
    appointments: tuple[int, list[int]] | None = None
    # "- Operatiekamers: 180 ingrepen uitgesteld" / "- Poliklinieken: 2.300 afspraken afgezegd": the items of
    # one list add up
    run_total, run_sentences, last_item = 0, [], -2
    for s in doc.sentences:
        if doc.is_context(s.index, victim):
            continue
        quantities = [q for q in doc.numbers(s.index) if q.kind == "count" and q.value >= 1]
        if not quantities:
            continue
        is_affected = bool(affected and affected.search(s.text))
        is_total = _inventory(totals, s.text)
        # "More than 3,000 computers were shut down as a precaution": machines taken off-line, not found hit
        is_precaution = bool(precaution and precaution.search(s.text))
        is_postponed = bool(postpone and postpone.search(s.text))
        appointment_sum = 0
        attached: set[int] = set()
        seen_nouns: set[int] = set()
        partitives = _partitives(doc)
        wholes: set[int] = set()
        for i, q in enumerate(quantities):
            if q.start in wholes:
                continue  # "sur les 250 que compte le groupe": the whole the part was counted from
            hit = _noun_after(s.text, q, nouns)
            part = False
            value = q.value
            if partitives is not None and q.kind == "count":
                nxt = quantities[i + 1] if i + 1 < len(quantities) else None
                if nxt is not None and partitives[1].match(s.text[q.end:nxt.start]):
                    part = True  # "73 van de 110 servers", "60 serveurs sur les 250"
                    wholes.add(nxt.start)
                    hit = hit or _noun_after(s.text, nxt, nouns)
                    if hit is not None and affected is not None and affected.search(s.text, nxt.end, hit[2] + 1):
                        # "elf van de veertien getroffen servers zijn teruggezet": the whole is what was hit,
                        # the part what is restored
                        value = nxt.value
                elif hit is None:
                    hit = _part_noun(s.text, q, nouns, partitives[0])
                    part = hit is not None
            if hit is None:
                continue
            group, ns, _ = hit
            attached.add(q.start)
            if group == "appointments":
                if is_postponed and ns not in seen_nouns and not _subset(subset, s.text, q.start):
                    appointment_sum += int(q.value)
                    seen_nouns.add(ns)
                continue
            # a part of a whole is the damage, whatever the sentence says of the whole ("… que compte la mairie")
            score = (1.0 if is_affected else 0.0) - (2.0 if is_total and not part else 0.0) \
                - (2.0 if is_precaution and not part else 0.0)
            if s.text[ns:ns + 8].lower().startswith("machine"):
                score -= 0.3  # "machines" may be servers or PCs: weaker than "serveurs"
            previous = best.get(group)
            if previous is None or score > previous[0]:
                best[group] = (score, int(value), [s.index])
            elif score == previous[0] and int(value) == previous[1]:
                previous[2].append(s.index)
        if is_postponed and appointment_sum == 0:
            # "des opérations et des consultations – il y en avait plus de 1.400 programmées – seront reportées"
            m = nouns.search(s.text)
            loose = [q for q in quantities if q.start not in attached and q.value >= 10]
            if m and m.lastgroup == "appointments" and loose:
                appointment_sum = int(max(loose, key=lambda q: q.value).value)
        if appointment_sum and _LIST_ITEM.match(s.text):
            if last_item == s.index - 1:
                run_total, run_sentences = run_total + appointment_sum, run_sentences + [s.index]
            else:
                run_total, run_sentences = appointment_sum, [s.index]
            last_item = s.index
            if appointments is None or run_total > appointments[0]:
                appointments = (run_total, list(run_sentences))
        elif appointment_sum and (appointments is None or appointment_sum > appointments[0]):
            appointments = (appointment_sum, [s.index])
    out: dict[str, Count] = {}
    for group, key in (("servers", "servers_affected"), ("workstations", "workstations_affected")):
        if group in best and best[group][0] > -1:
            score, value, sentences = best[group]
            out[key] = Count(value, sentences, 0.8 if score > 0 else 0.5)
    if appointments:
        out["appointments_affected"] = Count(appointments[0], appointments[1], 0.6)
    return out


def _subset(subset: re.Pattern[str] | None, text: str, start: int) -> bool:
    """"420 operations and appointments, of which 120 operations": a count right after "of which", "dont",
    "waarvan", "davon" is part of the one before it, not more of them."""
    if subset is None:
        return False
    return any(0 <= start - m.end() <= 8 for m in subset.finditer(text, max(0, start - 30), start))


def _clauses(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in _CLAUSE.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [(a, b) for a, b in spans if b > a]


def _has_other_subject(attack: re.Pattern[str] | None, between: str) -> bool:
    """An attack word between a service and a status cue: the cue's subject is the attack, not the service."""
    if attack is None:
        return False
    # "Das Kundenportal ist seit dem Angriff offline": an attack named as the time since is no subject
    return any(_SINCE.search(between[:m.start()]) is None for m in attack.finditer(between))


def _shared_predicate(mentions: list[tuple[int, int, str | None]], cues: list[tuple[int, int, str | None]], ms: int,
                      me: int, clause: str) -> tuple[int, int, str | None] | None:
    """The status cue a list of services shares: "le site web, le portail de paiement et le système
    d'inscription ne fonctionnent plus" (the first item is far from the verb)."""
    after = [c for c in cues if c[0] >= me]
    if not after:
        return None
    cue = min(after)
    listed = [m for m in mentions if me <= m[0] < cue[0] and m[2]]
    if not listed or cue[0] - listed[-1][1] > MAX_STATUS_DISTANCE or not _LIST_JOIN.search(clause, me, listed[0][0]):
        return None
    return cue


def find_services(doc: Doc, victim: re.Pattern[str] | None) -> list[ServiceFinding]:
    """Services the article reports on, each with its most severe status."""
    services = doc.lex.groups("services")
    status = doc.lex.groups("status")
    # "partly down", "zeitweise": a part of the service or some of the time is degraded; a brief outage ("closed
    # briefly", "vorübergehend offline") was still the most severe state during the incident, unavailable
    partial = doc.lex.words("partial")
    if services is None or status is None:
        return []
    found: dict[str, ServiceFinding] = {}
    order: list[str] = []
    negation = doc.lex.words("negations")
    # "neither … nor", "weder … noch", "ni … ni", "noch … noch": one word earlier in the clause negates the
    # status cue for every service of the list, whichever side of the list the cue stands
    correlative = doc.lex.words("correlative_negations")
    attack = doc.lex.words("attack_cues")

    def record(name: str, state: str, note: str, label: str, index: int) -> None:
        prev = found.get(name)
        if prev is None:
            found[name] = ServiceFinding(name, state, note, label, [index])
            order.append(name)
            return
        if index not in prev.sentences:
            prev.sentences.append(index)
        if SEVERITY[state] > SEVERITY[prev.status]:
            prev.status, prev.note = state, note

    for s in doc.sentences:
        if doc.is_context(s.index, victim) or s.start < doc.headline_end:
            continue  # headlines compress ("websites knocked offline"); the body says it precisely
        previous: list[str] = []
        qualified = False  # an earlier clause of the sentence reports a disruption with no service named
        # A list item "Urgences : ouvertes, attente allongée" names the service before a colon and its state
        # after; "Ce qui ne fonctionne pas : l'état civil, …" puts the state first.
        labels: list[tuple[str, str]] = []
        heading: tuple[str, str] | None = None
        name_labels: dict[str, str] = {}
        prev_end = 0
        for a, b in _clauses(s.text):
            clause = s.text[a:b]
            # "Urgences : fermées"; "Telefone, E-Mails, Patientendaten - fast alles stand still": a dash too
            gap = s.text[prev_end:a]
            after_colon = ":" in gap or " - " in gap
            prev_end = b
            state_matches = [m for m in status.finditer(clause) if m.lastgroup]
            # "résultats transmis par téléphone": a service word inside a status phrase says how, not what
            mentions = [(m.start(), m.end(), m.lastgroup) for m in services.finditer(clause)
                        if not any(c.start() <= m.start() and m.end() <= c.end() for c in state_matches)]
            states = [(m.lastgroup, m.group(0)) for m in state_matches]
            if after_colon and labels and not mentions and states:
                state, note = max(states, key=lambda st: SEVERITY[st[0]])
                for name, label in labels:
                    record(name, state, note, label, s.index)
                labels, previous = [], []
                continue
            if after_colon and heading is not None and mentions and not states:
                for ms, me, name in mentions:
                    if name:
                        record(name, heading[0], heading[1], clause[ms:me], s.index)
                heading = None
                continue
            labels = [(name, clause[ms:me]) for ms, me, name in mentions if name] if not states else []
            heading = max(states, key=lambda st: SEVERITY[st[0]]) if states and not mentions else None
            if not mentions:
                # "Les urgences sont assurées, mais les délais sont plus longs": the second clause qualifies the first
                worse = [m for m in status.finditer(clause) if m.lastgroup in ("degraded", "unavailable")
                         and not _has_other_subject(attack, clause[:m.start()])]
                qualified = qualified or bool(worse)
                contrast = bool(worse) and _CONTRAST.search(s.text[max(0, a - 14):a]) is not None
                for name in previous:
                    prev = found.get(name)
                    if prev is None and contrast:
                        # "En radiologie, les examens sont réalisés mais les comptes rendus sont retranscrits à la
                        # main": the service works, the contrast says how badly
                        record(name, "degraded", worse[0].group(0), name_labels.get(name, name), s.index)
                        continue
                    if worse and prev is not None and SEVERITY[worse[0].lastgroup] > SEVERITY[prev.status]:
                        # "stays open, but ambulances are diverted": a service said to run is at worst degraded
                        state = "degraded" if prev.status == "operational" else worse[0].lastgroup
                        prev.status, prev.note = state, worse[0].group(0)
                previous = []
                continue
            previous = [name for _, _, name in mentions if name]
            name_labels = {name: clause[ms:me] for ms, me, name in mentions if name}
            cues = [(m.start(), m.end(), m.lastgroup) for m in status.finditer(clause)]
            if not cues:
                continue
            for ms, me, name in mentions:
                if name is None:
                    continue
                cue_overlap = [c for c in cues if not (c[1] <= ms or c[0] >= me)]
                # "… appointments after a ransomware attack took down its systems": the attack is the
                # subject of that verb, so the cue says nothing about the service.
                candidates = [c for c in cues if c not in cue_overlap
                              and not (c[0] >= me and _has_other_subject(attack, clause[me:c[0]]))]
                if not candidates:
                    continue
                def distance(c: tuple[int, int, str | None]) -> int:
                    # The status usually follows its subject ("X is down"); one before must be much closer.
                    # A cue right before the name governs it ("no access to the records … on paper").
                    if c[0] >= me:
                        return c[0] - me
                    governs = ms - c[1] <= 6 and not re.search(r"[,;:.]", clause[c[1]:ms])
                    return ms - c[1] if governs else (ms - c[1]) + 30
                cue = min(candidates, key=distance)
                if distance(cue) > MAX_STATUS_DISTANCE:
                    cue = _shared_predicate(mentions, candidates, ms, me, clause)
                    if cue is None:
                        continue
                state = cue[2] or "degraded"
                if correlative is not None and correlative.search(clause[:ms]):
                    # "funktionieren weder PC noch E-Mail" is down; "neither phones nor email were affected" runs
                    state = "unavailable" if state == "operational" else "operational"
                elif state != "operational" and negation is not None and negation.search(
                        clause[max(0, cue[0] - 16):cue[0]]):
                    state = "operational"  # "have not been disrupted", "nicht betroffen"
                elif state == "operational" and qualified and _CONTRAST.search(s.text[max(0, a - 14):a]):
                    state = "degraded"  # "Ambulances are diverted, although A&E remains open"
                is_partial = bool(partial and partial.search(clause[max(0, cue[0] - 30):cue[1] + 30]))
                if state == "unavailable" and is_partial:
                    state = "degraded"
                record(name, state, clause[cue[0]:cue[1]].strip(), clause[ms:me], s.index)
    return [found[n] for n in order]


def find_exfiltration(doc: Doc, victim: re.Pattern[str] | None) -> tuple[str, list[int], float]:
    """(confirmed | claimed | none | unknown, supporting sentences, confidence)."""
    rx = doc.lex.groups("exfiltration")
    speech = doc.lex.words("claim_speech")
    openers = doc.lex.words("condition_openers")
    hits: dict[str, list[int]] = {}
    if rx is not None:
        for s in doc.sentences:
            if doc.is_context(s.index, victim):
                continue
            # "could have been copied": a hedged theft is no confirmation nor claim; "is said to have stolen",
            # "according to media reports … published": a theft reported second-hand is a claim
            keys: set[str] = set()
            for m in rx.finditer(s.text):
                if not m.lastgroup:
                    continue
                if m.lastgroup not in ("confirmed", "claimed"):
                    keys.add(m.lastgroup)
                    continue
                mood = modality.at(doc, s.index, m.start(), m.end())
                if mood == "conditional" and not (openers is not None and openers.search(s.text, 0, m.start())):
                    keys.add("claimed")  # hearsay, not a condition ("si des données ont été dérobées")
                elif mood not in modality.UNASSERTED:
                    keys.add(_claimed_by_speech(s.text, m, speech))
            if "unknown" in keys or "claimed" in keys or "none" in keys:
                # "whether data was stolen is not yet known"; "the gang says it stole 200 GB"; "no sign that
                # data was stolen": the steal verb is not a confirmation
                keys.discard("confirmed")
            for key in keys:
                hits.setdefault(key, []).append(s.index)
    for key, conf in (("confirmed", 0.7), ("claimed", 0.6), ("none", 0.7), ("unknown", 0.6)):
        if key in hits:
            return key, hits[key], conf
    return "unknown", [], 0.2


# A claim verb governs the theft it introduces this far on: "the group claims to have taken 300 GB of data"
CLAIM_REACH = 80


def _claimed_by_speech(text: str, m: re.Match[str], speech) -> str:
    """The key of an exfiltration cue, "claimed" for a theft the attackers only say they did ("Gruppe behauptet
    Datendiebstahl", "le groupe dit avoir exfiltré …"): a claim verb shortly before it, in the same sentence."""
    if m.lastgroup != "confirmed" or speech is None:
        return m.lastgroup
    before = text[max(0, m.start() - CLAIM_REACH):m.start()]
    return "claimed" if speech.search(before) else m.lastgroup


def _theft_sentences(doc: Doc, victim: re.Pattern[str] | None, exfiltration: str,
                     sentences: list[int]) -> list[tuple[int, str]]:
    """(index, text) of the sentences that report data stolen or claimed, without one that also says no data was
    taken or that it is not known ("no patient data was taken", "whether personal data was taken is not known")."""
    if exfiltration not in ("confirmed", "claimed"):
        return []
    cues = doc.lex.groups("exfiltration")
    out = []
    for index in sorted(set(sentences)):
        if doc.is_context(index, victim):
            continue
        text = doc.sentences[index].text
        if cues is None or not any(m.lastgroup in ("none", "unknown") for m in cues.finditer(text)):
            out.append((index, text))
    return out


# A word after a count: the noun it counts, or one of the two words allowed before it.
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def find_data_categories(doc: Doc, victim: re.Pattern[str] | None, exfiltration: str,
                         sentences: list[int]) -> list[tuple[str, list[int]]]:
    """The kinds of data said to be stolen or claimed ("données de patients", "bank details"), each with its
    sentences, in the order the article names them: looked for in the sentences that report the theft, not in
    one that also says no data was taken or that it is not known. A capitalised match inside a sentence is
    part of a name ("Autoriteit Persoonsgegevens"), except in German, which capitalises every noun. Labels in
    the article's language (lexicon ``data_category_labels``)."""
    rx = doc.lex.groups("data_categories")
    labels = doc.lex.get("data_category_labels") or {}
    if rx is None:
        return []
    found: dict[str, list[int]] = {}
    for index, text in _theft_sentences(doc, victim, exfiltration, sentences):
        for m in rx.finditer(text):
            if not m.lastgroup or m.lastgroup not in labels:
                continue
            if doc.language != "de" and m.group(0)[:1].isupper() and text[:m.start()].strip():
                continue  # "de Autoriteit Persoonsgegevens": a name, not the data
            if index not in found.setdefault(m.lastgroup, []):
                found[m.lastgroup].append(index)
    return [(labels[key], found[key]) for key in found]


def find_affected_counts(doc: Doc, victim: re.Pattern[str] | None, exfiltration: str,
                         sentences: list[int]) -> dict[str, tuple[int, int]]:
    """How many people and records the stolen data concerns ("les données de 45 000 étudiants", "records of
    11 million patients"): ``{"people_affected" | "records_affected": (count, sentence)}``, the largest count
    followed by a person noun (lexicon ``people_nouns``) or a record noun (``record_nouns``), with at most two
    words between that are no function words ("19,000 current students", not "April 14 and copied files"),
    in the sentences that report the theft (not one that denies it or says it is unknown); never a date."""
    nouns = [(key, rx) for key, rx in (("people_affected", doc.lex.words("people_nouns")),
                                       ("records_affected", doc.lex.words("record_nouns"))) if rx is not None]
    stop = {w.lower() for w in doc.lex.get("stopwords", [])}
    best: dict[str, tuple[int, int]] = {}
    for index, text in _theft_sentences(doc, victim, exfiltration, sentences):
        dates = [(w.start, w.end) for w in doc.dates[index]] if index < len(doc.dates) else []
        for q in doc.numbers(index):
            if q.kind != "count" or q.value < 1 or q.value != int(q.value) \
                    or any(a < q.end and q.start < b for a, b in dates):
                continue
            for k, word in enumerate(_WORD.finditer(text, q.end, min(len(text), q.end + 80))):
                if k > 2 or (k == 0 and text[q.end:word.start()].strip()):
                    break  # "14, and": only spaces between the count and the first word
                hit = next((key for key, rx in nouns if rx.match(text, word.start())), None)
                if hit is not None:
                    if int(q.value) > best.get(hit, (0, 0))[0]:
                        best[hit] = (int(q.value), index)
                    break
                if word.group(0).lower() in stop:
                    break
    return best
