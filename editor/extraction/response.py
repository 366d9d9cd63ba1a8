"""Response actions, the ransom (status as of publication, amount, actor) and the incident type."""

from __future__ import annotations

import re

from msgspec import Struct, field

from editor.extraction import modality
from editor.extraction.doc import Doc

RANSOM_ORDER = ("paid", "refused", "demanded", "not_demanded", "unknown")
TYPE_ORDER = ("ddos", "ransomware", "data_breach", "malware", "intrusion")
MAX_DESCRIPTION = 160
# Actions a negation describes: "ne reçoit plus d'ambulances", "neemt geen ambulances meer aan" is the diversion
NEGATIVE_ACTIONS = frozenset({"patient_diversion"})
# What a restoration sentence lists, in brackets or after a colon: "(X-rays, lab, pharmacy)", ": the lab and …".
_LISTED = re.compile(r"\(([^()]{5,200})\)|:\s*([^.;]{5,200})")


class ActionFinding(Struct):
    """A response action: category, a short description (the clause), an actor, its sentence."""

    category: str
    description: str
    actor: str | None
    sentence: int
    confidence: float = 0.6


class RansomFinding(Struct):
    """What the article says of the ransom."""

    status: str = "unknown"
    status_sentences: list[int] = field(default_factory=list)
    amount: float | None = None
    currency: str | None = None
    amount_sentence: int | None = None
    confidence: float = 0.2
    local_currency: bool = False  # the amount was in bare "$" / "dollars" (numbers.Quantity.local)


def _shorten(text: str, limit: int = MAX_DESCRIPTION) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit - 1)
    return text[:cut if cut > 40 else limit - 1].rstrip(",;:") + "…"


def _clause_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(sep, 0, start) for sep in (",", ";", ":", "(", " – ", " - "))
    rights = [i for i in (text.find(sep, end) for sep in (",", ";", ":", ")", " – ", " - ")) if i >= 0]
    right = min(rights) if rights else len(text)
    clause = text[left + 1 if left >= 0 else 0:right].strip(" ,;:-–\"'«»")
    return clause if len(clause) >= 12 else text


def find_actions(doc: Doc, victim: re.Pattern[str] | None) -> list[ActionFinding]:
    """One action per category (its first supporting sentence), in the article's order.

    Each category has its own pattern: one cue may overlap another ("working with the police, the
    national cyber security centre and outside experts" is three actions).
    """
    categories = list((doc.lex.get("actions") or {}).keys())
    any_cue = doc.lex.groups("actions")
    if any_cue is None:
        return []
    # One pass with the combined pattern finds the sentences worth a per-category look.
    candidates = [s for s in doc.sentences if any_cue.search(s.text) and not doc.is_context(s.index, victim)]
    found: list[tuple[int, int, ActionFinding]] = []
    for category in categories:
        rx = doc.lex.words(f"actions.{category}")
        if rx is None:
            continue
        for s in candidates:
            # "would not have filed a complaint", "recovery could take days": a denied or hedged action is none
            m = next((m for m in rx.finditer(s.text) if modality.asserted(
                doc, s.index, m, negative=category in NEGATIVE_ACTIONS, before=modality.ACTION_WORDS_BEFORE)), None)
            if m is None:
                continue
            actor = None
            # Who: a body of the kind the category names (lexicon action_actors: police for a complaint, the
            # data-protection authority for a notice), the one named nearest the cue: "porté plainte et prévenu la
            # CNIL ainsi que l'Anssi, dont des experts sont sur place" gives the experts to the Anssi.
            roles = doc.lex.words(f"action_actors.{category}")
            if roles is not None:
                def gap(r: re.Match[str]) -> int:
                    return max(r.start() - m.end(), m.start() - r.end(), 0)
                near = min(roles.finditer(s.text), key=gap, default=None)
                if near:
                    actor = near.group(0)[:1].upper() + near.group(0)[1:]
            description = _shorten(_clause_around(s.text, m.start(), m.end()))
            found.append((s.index, m.start(), ActionFinding(category, description, actor, s.index)))
            break
    return [a for _, _, a in sorted(found, key=lambda t: (t[0], t[1]))]


def restoration_order(doc: Doc, victim: re.Pattern[str] | None = None) -> tuple[list[str], int | None]:
    """Services in the order the article says they come back, e.g. "selon les priorités (laboratoires, radiologie,
    dossiers)": a restoration sentence of the main incident that says an order (lexicon ``order_cues``)."""
    services = doc.lex.groups("services")
    if services is None:
        return [], None
    restore = doc.lex.words("actions.restoration")
    order = doc.lex.words("order_cues")
    if restore is None or order is None:
        return [], None
    for s in doc.sentences:
        if doc.is_context(s.index, victim) or not restore.search(s.text) or not order.search(s.text):
            continue  # "staff are restoring the systems (lab, radiology, pharmacy)" lists them in no order
        for group in _LISTED.finditer(s.text):
            inner = group.group(1) or group.group(2) or ""
            names = []
            for m in services.finditer(inner):
                if m.lastgroup and m.lastgroup not in names:
                    names.append(m.lastgroup)
            if len(names) >= 2:
                return names, s.index
    return [], None


_QUOTE = re.compile("[\"“”„«»]|(?:^|\\s)'\\w")


def find_ransom(doc: Doc, victim: re.Pattern[str] | None) -> RansomFinding:
    """Ransom status as of publication, and the amount asked or paid."""
    rx = doc.lex.groups("ransom")
    mention = doc.lex.words("ransom_mention")
    found = RansomFinding()
    hits: dict[str, list[int]] = {}
    if rx is None:
        return found
    money_sentences: list[tuple[int, float, str | None, bool]] = []
    for s in doc.sentences:
        if doc.is_context(s.index, victim):
            continue
        # "erst wieder freigeschaltet, wenn die Stadt 10.000 € anweist", "could cost $2m": an amount in a
        # conditional or hedged clause is no sum asked or paid
        quantities = [q for q in doc.numbers(s.index) if q.kind == "money"
                      and modality.at(doc, s.index, q.start, q.end) not in modality.UNASSERTED]
        has_mention = bool(mention and mention.search(s.text))
        # "did not explicitly ask for money", "a ransom would have been paid": no demand, no payment reported
        matches = [m for m in rx.finditer(s.text) if m.lastgroup]
        keys = {m.lastgroup for m in matches if m.lastgroup not in ("demanded", "paid")
                or (modality.asserted(doc, s.index, m) and not modality.denied_within(doc, s.index, m))}
        if any(m.lastgroup == "demanded" and modality.denied_within(doc, s.index, m) for m in matches) \
                and has_mention and not keys & {"demanded", "refused", "paid"}:
            keys.add("not_demanded")  # "Om losgeld is niet gevraagd", "the gang did not ask for a ransom"
        if "unknown" in keys:
            keys -= {"demanded", "not_demanded"}  # "has not said whether a ransom was demanded"
        if "demanded" in keys and not (has_mention or quantities):
            keys.discard("demanded")
        for key in keys:
            hits.setdefault(key, []).append(s.index)
        if quantities and (has_mention or any(k for k in hits if s.index in hits[k])):
            q = quantities[0]
            money_sentences.append((s.index, q.value, q.currency, q.local))
    if "unknown" in hits and "demanded" in hits and not money_sentences:
        # "whether a ransom was demanded, the company does not say": a quoted comment that does not name the
        # victim (an expert on the gang's "double extortion") does not answer what the article left open
        speech = doc.lex.words("speech_verbs")
        kept = [i for i in hits["demanded"] if (victim is not None and victim.search(doc.sentences[i].text))
                or not (_QUOTE.search(doc.sentences[i].text) or (speech is not None
                                                                 and speech.search(doc.sentences[i].text)))]
        if kept:
            hits["demanded"] = kept
        else:
            del hits["demanded"]
    if "unknown" in hits and "not_demanded" in hits and not hits.keys() & {"demanded", "refused", "paid"}:
        # "no ransom note was found; whether there is a demand anyway, a spokesman would not say": still open
        del hits["not_demanded"]
    if "refused" in hits and "not_demanded" in hits and "demanded" not in hits and "paid" not in hits:
        # "no demand has come in; should one come, we will not pay": a refusal in principle, of no demand made
        del hits["refused"]
    for key in RANSOM_ORDER:
        if key in hits:
            found.status = key
            found.status_sentences = hits[key]
            found.confidence = 0.75 if key != "demanded" else 0.6
            break
    if money_sentences and found.status in ("paid", "refused", "demanded", "unknown"):
        index, value, currency, local = money_sentences[0]
        found.amount, found.currency, found.amount_sentence = value, currency, index
        found.local_currency = local and currency == "USD"
        if found.status == "unknown":
            found.status, found.status_sentences, found.confidence = "demanded", [index], 0.5
    return found


def encryption_denied(doc: Doc, victim: re.Pattern[str] | None) -> list[int]:
    """The main incident's sentences saying nothing was encrypted ("aucun système n'a été chiffré"), or none if an
    encryption (lexicon ``encryption_cues``) is also asserted."""
    rx = doc.lex.words("encryption_cues")
    if rx is None:
        return []
    denied: list[int] = []
    for s in doc.sentences:
        if doc.is_context(s.index, victim):
            continue
        for m in rx.finditer(s.text):
            found = modality.at(doc, s.index, m.start(), m.end())
            if found == "asserted":
                return []
            if found == "denied":
                denied.append(s.index)
    return denied


def find_type(doc: Doc, victim: re.Pattern[str] | None) -> tuple[str, list[int], float]:
    """The incident type per the spec's meanings, with supporting sentences."""
    rx = doc.lex.groups("type")
    if rx is None:
        return "unknown", [], 0.2
    weight: dict[str, float] = {}
    where: dict[str, list[int]] = {}
    ransom = doc.lex.groups("ransom")
    exfil = doc.lex.groups("exfiltration")
    for s in doc.sentences:
        if doc.is_context(s.index, victim):
            continue
        w = 2.0 if s.start < doc.headline_end or s.index < 3 else 1.0
        # "no ransom has been demanded" speaks of ransom without making the attack a ransomware one
        # nor does "declined to say whether a ransom was demanded"
        ransom_keys = {m.lastgroup for m in ransom.finditer(s.text)} if ransom is not None else set()
        denied = bool(ransom_keys & {"not_demanded", "unknown"})
        refusal = "refused" in ransom_keys
        # "whether data was stolen is being checked" / "no data was taken" make no data breach either
        unsure = exfil is not None and any(m.lastgroup in ("unknown", "none") for m in exfil.finditer(s.text))
        for m in rx.finditer(s.text):
            if (m.lastgroup == "ransomware" and denied) or (m.lastgroup == "data_breach" and unsure):
                continue
            # "Verschlüsselt wurde nichts", "no sign of ransomware": no type from a denied or hedged word; but a
            # ransom refused ("ne versera aucune rançon") still says ransomware
            found = modality.at(doc, s.index, m.start(), m.end())
            if found in modality.UNASSERTED and not (found == "denied" and refusal):
                continue
            if m.lastgroup:
                weight[m.lastgroup] = weight.get(m.lastgroup, 0.0) + w
                where.setdefault(m.lastgroup, []).append(s.index)
    if not weight:
        return "unknown", [], 0.2
    if weight.get("ddos", 0) >= 2 or (weight.get("ddos", 0) > 0 and weight.get("ransomware", 0) < 2):
        return "ddos", where["ddos"], 0.8 if weight["ddos"] >= 2 else 0.6
    if weight.get("data_breach", 0) >= 3 * max(weight.get("ransomware", 0), 1):
        # "customer data stolen" said again and again, encryption named once in passing: a data breach
        return "data_breach", where["data_breach"], 0.6
    for key in TYPE_ORDER[1:]:
        if weight.get(key, 0) > 0:
            return key, where[key], 0.7 if weight[key] >= 2 else 0.5
    return "unknown", [], 0.2
