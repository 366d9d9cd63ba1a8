"""How the victim is named and described: the displayed name (with a lower-case head the article gives it)
and the sector said by the head word just before a mention."""

from __future__ import annotations

import re

from editor.extraction.doc import Doc
from editor.extraction.org_words import adjective_slot, head_rx, heads_of, word_set
from editor.extraction.orgs import OrgCandidate
from editor.extraction.places import gazetteer


def display_name(doc: Doc, c: OrgCandidate) -> str:
    """The name to show (see ``_display_name``), with the full stop of a legal form the article writes ("Inc.")."""
    name = _nominative(doc, _display_name(doc, c))
    last = name.rsplit(" ", 1)[-1]
    if last.lower() in word_set(doc, "legal_form_abbreviations") and c.mentions:
        start, end = c.mentions[0]
        if doc.norm[start:end].endswith(last) and doc.norm[end:end + 1] == ".":
            return name + "."
    return name


def _nominative(doc: Doc, name: str) -> str:
    """"bei den Verkehrsbetrieben X AG" → "Verkehrsbetriebe X AG": a head the article only writes after a dative
    plural article (lexicon ``dative_plural_articles``) takes the nominative form its head word has."""
    articles = doc.lex.get("dative_plural_articles", [])
    first, sep, rest = name.partition(" ")
    heads = doc.lex.groups("org_heads")
    if not articles or not sep or heads is None or not first.endswith("n") or heads.fullmatch(first):
        return name
    nominative = first[:-1]
    if not heads.fullmatch(nominative):
        return name  # "Kliniken" is already the nominative plural
    if doc.norm.count(name) != sum(doc.norm.count(f"{a} {name}") + doc.norm.count(f"{a.capitalize()} {name}")
                                   for a in articles):
        return name  # the article also writes the name outside a dative: that is the form it uses
    return f"{nominative} {rest}"


def _display_name(doc: Doc, c: OrgCandidate) -> str:
    """The name to show; a name the article only ever introduces with a lower-case head word keeps it.

    "le centre hospitalier Simone-Veil de Cannes" → that whole phrase; "l'intercommunale Valmonde" → "Valmonde",
    because the article also says plain "Valmonde".
    """
    gaz = gazetteer()
    places = {f for f in c.forms if gaz.lookup(f) and not heads_of(doc, f)}
    # "Wearside Buses" stays whole: a head word alone ("Buses", seen at a sentence start) is no shorter name
    shorter = [f for f in c.forms if f != c.name and c.name.endswith(" " + f) and f not in places
               and not (" " not in f and heads_of(doc, f)) and not f[:1].islower()]
    if shorter and not c.acronym:
        extra = c.name[: -len(max(shorter, key=len))]
        # "Omroep Zuiderwaard" stays whole: a word saying what kind of body it is, like a head, opens its name
        if not heads_of(doc, extra) and extra.strip().lower() not in word_set(doc, "outlet_words"):
            return max(shorter, key=len)
    rx = doc.lex.cached("head_before_rx", lambda: _head_before_rx(doc))
    if rx is None or c.lowercase_head or c.acronym or c.head_sector or not c.mentions:
        return c.name
    heads = []
    for start, end in c.mentions:
        if doc.norm[start:end] in places:
            continue  # "à Cannes" says where, not what the organisation is called
        m = rx.search(doc.norm[max(0, start - 40):start])
        if m is None or not m.group("head")[:1].islower():
            return c.name
        heads.append(m.group("head"))
    return f"{max(heads, key=len)} {c.name}" if heads else c.name


def _head_before_rx(doc: Doc) -> re.Pattern[str] | None:
    heads = [h for key, hs in doc.lex.get("org_heads", {}).items() if key != "other" for h in hs]
    if not heads:
        return None
    alt = "|".join(f"(?:{h})" for h in sorted(heads, key=len, reverse=True))
    # "la clinique des Tilleuls", "Klinikum am Waldrand": a connector carrying an article makes the
    # capitalised word a common noun of the name, not a place, so head and connector belong to the name.
    conns = doc.lex.get("head_article_connectors", [])
    conn = "|".join(re.escape(c) for c in sorted(conns, key=len, reverse=True))
    tail = rf"(?:\s+(?:{conn}))?" if conn else ""
    return re.compile(rf"(?<!\w)(?P<head>(?:{alt}){adjective_slot(doc)}{tail})\s*$", re.IGNORECASE)


def descriptor_sector(doc: Doc, c: OrgCandidate) -> str | None:
    """Sector from the words just before a mention ("the pathology firm X", "l'intercommunale X")."""
    heads = head_rx(doc)
    if heads is None:
        return None
    for start, _ in c.mentions[:6]:
        window = doc.norm[max(0, start - 40):start]
        m = None
        for m in heads.finditer(window):
            pass
        # the head stands right before the name: at most two words ("the pathology firm X", "la régie X") and no
        # clause break between ("… the council. X said" is no descriptor)
        between = window[m.end():] if m is not None else ""
        if m is not None and m.lastgroup and m.lastgroup != "other" and len(between.split()) <= 2 \
                and not any(ch in between for ch in ".,;:!?()\"«»"):
            return m.lastgroup
    return None


def name_sector(doc: Doc, c: OrgCandidate) -> str | None:
    """Sector from a word of the name itself when its head says only "group" or "company": "Brackenfield Care
    Group", "Groupe Santé Vallée" (the lexicon's ``sector_cues``)."""
    rx = doc.lex.groups("sector_cues")
    if rx is None:
        return None
    found = [m.lastgroup for m in rx.finditer(c.name) if m.lastgroup]
    return found[0] if len(set(found)) == 1 else None
