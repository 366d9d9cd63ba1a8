"""What a sentence does with the facts it names: asserts them, denies them, or only says they are possible,
asked, forecast or reported second-hand (conditional).

Reads each sentence's text and the lexicon's ``modality`` cues (per language: "no evidence", "whether", "could",
"would", "will"; "aurait", "si", "pourrait"; "zou", "of", "kan"; "soll … haben", "ob", "könnte"). A cue governs
the clause it stands in (a clause opened by a complementizer — "that", "que", "dat", "dass" — is governed by the
clause before it too: "no sign that data was taken"). Adds ``doc.modality`` (per sentence: the modality of its
first governed cue, else "asserted"); slot fillers ask ``at(doc, index, start, end)`` for a cue's own clause.
"""

from __future__ import annotations

import re


ASSERTED = "asserted"
# When one clause holds several cues the stronger reading wins: a denied forecast is a denial.
ORDER = ("denied", "asked", "conditional", "possible", "forecast")
# What does not assert a fact: the value it would support is left unknown (a forecast still reports a plan).
UNASSERTED = frozenset({"denied", "asked", "conditional", "possible"})
# A comma between digits ("5,500 miles") parts no clause
_CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:()\"«»]|\s[-–]\s")
# A cue governs the fact it stands next to: this many words before it (and after it, see ``at``); an action's
# cue is often its object, further from the verb: "would not have filed a complaint with the police"
WORDS_BEFORE = 7
ACTION_WORDS_BEFORE = 8
WORDS_AFTER = 3
# Where the verb closes the clause its negation stands further on: "eine Schadsoftware zur Erpressung fanden die
# Forensiker nicht"
VERB_FINAL_WORDS_AFTER = 6
_WORD = re.compile(r"\w+")


def _clause(doc, text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the clause holding text[start:end], with the clause before it when this one opens with a
    complementizer ("no sign that data was taken")."""
    a = 0
    for m in _CLAUSE_BREAK.finditer(text, 0, start):
        a = m.end()
    m = _CLAUSE_BREAK.search(text, end)
    b = m.start() if m is not None else len(text)
    comp = doc.lex.words("complementizers")
    opening = len(text) - len(text[a:].lstrip())
    if comp is not None and a > 0 and comp.match(text, opening):
        previous = 0
        for m in _CLAUSE_BREAK.finditer(text, 0, a - 1):
            previous = m.end()
        a = previous
    return a, b


def _strongest(keys: set[str]) -> str:
    for key in ORDER:
        if key in keys:
            return key
    return ASSERTED


def at(doc, index: int, start: int, end: int, *, before: int = WORDS_BEFORE) -> str:
    """The modality governing text[start:end] of sentence ``index``: the cues of its clause a few words around it.
    A negation after the fact counts only where the verb closes the clause ("hat der Forderung nicht
    nachgegeben", "geen aangifte gedaan"; lexicon ``modality_after_fact``): "police said no data was taken" does
    not deny the police."""
    rx = doc.lex.groups("modality")
    if rx is None:
        return ASSERTED
    text = doc.sentences[index].text
    a, b = _clause(doc, text, start, end)
    clause_start = a
    a = max(a, _words_back(text, start, before))
    after = bool(doc.lex.get("modality_after_fact"))
    b = min(b, _words_on(text, end, VERB_FINAL_WORDS_AFTER if after else WORDS_AFTER))
    breaks = doc.lex.words("clause_breaks")  # "… te publiceren als er niet betaald wordt": "if" opens another clause
    window, opened = a, -1
    if breaks is not None:
        for m in breaks.finditer(text, a, start):
            a, opened = m.end(), m.start()
        m = breaks.search(text, end, b)
        if m is not None:
            b = m.start()
    keys = {m.lastgroup for m in rx.finditer(text, a, b) if m.lastgroup and _governs(m, start, end, after)}
    # a gapped cue around the fact governs it across a break inside it: "kann aber auch ein … Versuch sein"
    keys |= {m.lastgroup for m in rx.finditer(text, window, b) if m.lastgroup and m.start() < a <= start
             and m.end() >= end}
    # a cue of several words whose end reaches the window governs from there: "ni confirmer ni infirmer qu'il y a
    # eu un vol", "can neither confirm nor deny that any data was taken"
    keys |= {m.lastgroup for m in rx.finditer(text, clause_start, start) if m.lastgroup and m.start() < window < m.end()}
    openers = doc.lex.words("condition_openers")
    if openers is not None and any(c.start() >= opened for c in openers.finditer(text, window, start)):
        keys.add("conditional")  # "wenn die Stadt 10.000 € anweist", "if data was taken": a condition, no fact
    return _strongest(keys)


def _governs(cue: re.Match[str], start: int, end: int, verb_final: bool) -> bool:
    """A cue before the fact governs it; after it, a hedge does ("recovery could take days") and, where the verb
    closes the clause, a negation too; a question ("whether") only governs what follows it."""
    if cue.start() < start:
        return True
    if cue.start() < end:
        return False  # inside the fact's own words
    return cue.lastgroup != "asked" and (verb_final or cue.lastgroup != "denied")


def _words_back(text: str, pos: int, n: int) -> int:
    """Where the ``n``-th word before ``pos`` starts (0 if there are fewer)."""
    starts = [m.start() for m in _WORD.finditer(text, max(0, pos - 25 * n), pos)]
    return starts[-n] if len(starts) >= n else max(0, pos - 25 * n) if starts else pos


def _words_on(text: str, pos: int, n: int) -> int:
    """Where the ``n``-th word after ``pos`` ends (the text's end if there are fewer)."""
    ends = [m.end() for m in _WORD.finditer(text, pos, min(len(text), pos + 25 * n))]
    return ends[n - 1] if len(ends) >= n else min(len(text), pos + 25 * n)


def denied_within(doc, index: int, match: re.Match[str]) -> bool:
    """A negation inside the fact's own words, or governing it: "Om losgeld is niet gevraagd", "no ransom was
    asked for", "hat kein Lösegeld verlangt" (the fact's pattern spans its negation)."""
    rx = doc.lex.groups("modality")
    if rx is None:
        return False
    text = doc.sentences[index].text
    breaks = doc.lex.words("clause_breaks")
    inside: set[str] = set()
    for m in rx.finditer(text, match.start(), match.end()):
        if m.lastgroup == "denied" and breaks is not None and breaks.search(text, match.start(), m.start()):
            continue  # "te publiceren als er niet wordt betaald": a threat's condition, no denial
        if m.lastgroup:
            inside.add(m.lastgroup)
    if inside & (UNASSERTED - {"denied"}):
        return False
    restrictors = doc.lex.words("negation_restrictors")
    if restrictors is not None and restrictors.search(text, max(0, match.start() - 40), match.end()):
        return False  # "did not explicitly ask for money": a denial of the manner, not of the demand
    return "denied" in inside or at(doc, index, match.start(), match.end()) == "denied"


def asserted(doc, index: int, match: re.Match[str], *, negative: bool = False, before: int = WORDS_BEFORE) -> bool:
    """The fact ``match`` (found in sentence ``index``) names is asserted or forecast, not denied or hedged; a
    ``negative`` fact (one a negation states: "no longer accepts ambulances") is only not hedged."""
    found = at(doc, index, match.start(), match.end(), before=before)
    return found not in UNASSERTED or (negative and found == "denied")


def sentence_modality(doc, index: int) -> str:
    """The modality of sentence ``index``: its first cue's, else asserted."""
    rx = doc.lex.groups("modality")
    if rx is None:
        return ASSERTED
    m = rx.search(doc.sentences[index].text)
    return m.lastgroup if m is not None and m.lastgroup else ASSERTED


def assign(doc) -> None:
    """Fill ``doc.modality`` (one entry per sentence)."""
    doc.modality = [sentence_modality(doc, s.index) for s in doc.sentences]
