"""Scored candidates: for each scored field, the readings the article supports (best first, the chosen value
among them, at most five), and the calibrated confidence of every extracted value (``confidence``).

Reads the finished report, the analysed article and what the engine scored on the way (organisation
candidates, threat actors); adds ``report.candidates``, ``report.confidence`` (probabilities) and
``report.confidence_why`` (the features that lower a value's probability). ``finish`` is the one entry.
"""

from __future__ import annotations

import re
import math

from datetime import timedelta
from enum import Enum
from typing import Any

from editor.extraction import confidence as calibration
from editor.extraction.doc import Doc
from editor.extraction.org_words import word_set
from editor.model.report import Candidate, IncidentReport, Span

MAX_CANDIDATES = 5
COUNT_NOUNS = {"/impact/servers_affected": "servers", "/impact/workstations_affected": "workstations",
               "/impact/appointments_affected": "appointments"}


def finish(doc: Doc, report: IncidentReport, engine: dict[str, float], victims: list, actors: dict) -> None:
    """Calibrate the confidences and attach the candidates of every scored field to ``report``."""
    values = {f: _value(report, f) for f in calibration.FIELDS}
    values |= {p: _value(report, p) for p in engine if calibration.family(p) != p}  # list rows
    probs, feats = calibration.calibrate(doc, values, report.evidence, engine)
    report.confidence = probs
    report.confidence_why = {f: why for f in feats if (why := calibration.reasons(f, feats[f]))
                             and probs[f] < calibration.LOW}
    options: dict[str, list[tuple[Any, float, list[int]]]] = {
        "/organization/name": _organisations(doc, victims),
        "/ransom/threat_actor": [(name, float(len(spans)), _sentences(doc, spans)) for name, spans in actors.items()],
        "/organization/sector": _sectors(doc, victims),
        "/organization/country": _countries(doc),
        "/incident/start_date": _dates(doc),
        "/ransom/status": _statuses(doc),
        "/ransom/amount": _amounts(doc),
    }
    for pointer, noun in COUNT_NOUNS.items():
        options[pointer] = _counts(doc, noun)
    out: dict[str, list[Candidate]] = {}
    for pointer, found in options.items():
        chosen = values.get(pointer)
        listed = _rank(doc, report, pointer, chosen, probs.get(pointer), found)
        if len(listed) > 1:
            out[pointer] = listed
    report.candidates = out


def _value(report: IncidentReport, pointer: str) -> Any:
    """The value at ``pointer`` (an enumeration by its value; a list row other than a string, as True)."""
    node: Any = report
    for token in pointer.strip("/").split("/"):
        if isinstance(node, list):
            node = node[int(token)] if token.isdigit() and int(token) < len(node) else None
        else:
            node = getattr(node, token, None)
    if node is None or isinstance(node, (str, int, float, bool)):
        return node
    return node.value if isinstance(node, Enum) else True


def _sentences(doc: Doc, spans) -> list[int]:
    out = []
    for a, _ in spans:
        s = doc.sentence_at(a)
        if s is not None and s.index not in out:
            out.append(s.index)
    return out


def _rank(doc: Doc, report: IncidentReport, pointer: str, chosen: Any, p: float | None,
          found: list[tuple[Any, float, list[int]]]) -> list[Candidate]:
    """The chosen value first at its probability; the others share the rest in proportion to their weight."""
    merged: dict[Any, tuple[Any, float, list[int]]] = {}
    for value, weight, sentences in found:
        key = _key(value)
        if key is None or key == _key(chosen):
            continue
        old = merged.get(key)
        merged[key] = (value, (old[1] if old else 0.0) + weight, (old[2] if old else []) + sentences)
    others = sorted(merged.values(), key=lambda o: -o[1])[:MAX_CANDIDATES - 1]
    listed: list[Candidate] = []
    rest = 1.0
    if chosen not in (None, ""):
        p = p if p is not None else 0.5
        listed.append(Candidate(value=chosen, confidence=round(p, 3), evidence=list(report.evidence.get(pointer, []))))
        rest = 1.0 - p
    total = sum(max(w, 0.01) for _, w, _ in others) or 1.0
    for value, weight, sentences in others:
        spans = [Span(start=doc.sentences[i].start, end=doc.sentences[i].end) for i in list(dict.fromkeys(sentences))[:3]
                 if 0 <= i < len(doc.sentences)]
        listed.append(Candidate(value=value, confidence=round(rest * max(weight, 0.01) / total, 3), evidence=spans))
    return listed


def _key(value: Any) -> Any:
    if value is None:
        return None
    return value.casefold() if isinstance(value, str) else value


def _organisations(doc: Doc, victims: list) -> list[tuple[Any, float, list[int]]]:
    from editor.extraction.names import display_name

    out = _acronym_readings(doc, victims)
    for c in victims[1:]:
        sentences = _sentences(doc, c.mentions)
        if all(_date_line(doc, i) for i in sentences):
            continue  # "Published 9 March 2024, 18:20 GMT": a word of the outlet's date line names no one
        name = display_name(doc, c)
        if "\n" in name:
            continue  # a capitalised run across a line break ("Notbetrieb\nRundschau") is two lines, no name
        out.append((name, c.score, sentences))
        if len(out) >= MAX_CANDIDATES:
            break
    return out


_ACRONYM = re.compile(r"\(([^\W\d_a-zß-ÿ][^\W_]{1,9})\)")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _acronym_readings(doc: Doc, victims: list) -> list[tuple[Any, float, list[int]]]:
    """The full name a "(ACRONYM)" spells, where the victim or a runner-up is named right before it:
    "les Services industriels de la Broye SA (SIB)" reads "Services industriels de la Broye SA" as well."""
    if not victims:
        return []
    small = word_set(doc, "org_connectors") | word_set(doc, "org_articles") | word_set(doc, "stopwords")
    top = victims[0]
    out = []
    for c in victims[:3]:
        for start, end in c.mentions[:MAX_CANDIDATES]:
            m = _ACRONYM.match(doc.norm, end + 1) if doc.norm[end:end + 1] == " " else None
            if m is None:
                continue
            full = _spelled(doc.norm[max(0, start - 80):end], m.group(1), small)
            if full and full not in c.forms:
                sentence = doc.sentence_at(start)
                out.append((full, top.score * 0.9, [sentence.index] if sentence else []))
                out.append((m.group(1), top.score * 0.5, [sentence.index] if sentence else []))
    return out


def _spelled(before: str, acronym: str, small: frozenset[str]) -> str | None:
    """The shortest run of words ending ``before`` whose initials spell ``acronym`` (small words skipped, a
    trailing legal form such as "SA" or "GmbH" allowed), or None."""
    words = _WORD.findall(before.split("\n")[-1])
    letters = [ch.casefold() for ch in acronym if ch.isalpha()]
    i, taken = len(letters) - 1, []
    for j in range(len(words) - 1, -1, -1):
        w = words[j]
        if i < 0:
            break
        if w[0].casefold() == letters[i]:
            i -= 1
        elif w.casefold() in small or (not taken and _legal_form(w)):
            pass
        else:
            return None
        taken.append(w)
    if i >= 0 or not taken or not taken[-1][:1].isupper():
        return None
    return " ".join(reversed(taken))


def _legal_form(word: str) -> bool:
    """"SA", "AG", "GmbH", "BV", "Inc", "Ltd": a short trailing word with capitals, the firm's legal form."""
    return len(word) <= 4 and word[:1].isupper() and any(ch.isupper() for ch in word[1:]) or word in ("Inc", "Ltd")


def _date_line(doc: Doc, index: int) -> bool:
    """A short line near the top that gives the publication date (the outlet's, not the article's)."""
    s = doc.sentences[index]
    return index <= 3 and len(s.text) < 90 and any(w.as_date() == doc.published for w in doc.dates[index])


def _sectors(doc: Doc, victims: list) -> list[tuple[Any, float, list[int]]]:
    out = [(c.head_sector, c.score / 4, _sentences(doc, c.mentions[:1])) for c in victims[1:4]
           if c.head_sector and c.head_sector != "other"]
    rx = doc.lex.groups("sector_cues")
    if rx is not None:
        for s in doc.sentences:
            if not doc.is_context(s.index):
                out += [(m.lastgroup, 1.0, [s.index]) for m in rx.finditer(s.text) if m.lastgroup]
    return out


def _countries(doc: Doc) -> list[tuple[Any, float, list[int]]]:
    from editor.extraction.geo import find_places

    out = []
    for m in find_places(doc):
        if m.sentence < 0 or doc.is_context(m.sentence):
            continue
        best = m.best()
        if best is not None:
            out.append((best.country, 1.0 if best.kind == "C" else 0.5, [m.sentence]))
    return out


def _dates(doc: Doc) -> list[tuple[Any, float, list[int]]]:
    """Days the article dates in its own sentences: one with an attack word counts double, an earlier one
    more (the start is the first day of the incident), the publication day less (usually the report's day)."""
    attack = doc.lex.words("attack_cues")
    pub = doc.published
    out = []
    for s, dates in zip(doc.sentences, doc.dates):
        if doc.is_context(s.index):
            continue
        for w in dates:
            d = w.as_date()
            if d is None or (pub and (d > pub or d < pub - timedelta(days=400))):
                continue
            weight = 2.0 if attack is not None and attack.search(s.text) else 1.0
            if pub is not None:
                weight *= 0.5 if d == pub else 1 + min((pub - d).days, 30) / 30
            out.append((d.isoformat(), weight, [s.index]))
    return out


def _statuses(doc: Doc) -> list[tuple[Any, float, list[int]]]:
    rx = doc.lex.groups("ransom")
    out: list[tuple[Any, float, list[int]]] = []
    if rx is not None:
        for s in doc.sentences:
            out += [(m.lastgroup, 0.5 if doc.is_context(s.index) else 1.0, [s.index])
                    for m in rx.finditer(s.text) if m.lastgroup]
    return out + [("unknown", 0.3, [])]


def _amounts(doc: Doc) -> list[tuple[Any, float, list[int]]]:
    return [(q.value, 0.5 if doc.is_context(s.index) else 1.0, [s.index])
            for s in doc.sentences for q in doc.numbers(s.index) if q.kind == "money"]


def _counts(doc: Doc, noun: str) -> list[tuple[Any, float, list[int]]]:
    nouns = doc.lex.groups("nouns")
    out: list[tuple[Any, float, list[int]]] = []
    if nouns is None:
        return out
    for s in doc.sentences:
        if doc.is_context(s.index):
            continue
        for q in doc.numbers(s.index):
            if q.kind != "count" or not math.isfinite(q.value) or q.value != int(q.value):
                continue  # a run of a thousand digits reads as infinity: no count
            m = nouns.search(s.text, q.end, min(len(s.text), q.end + 40))
            if m is not None and m.lastgroup == noun:
                out.append((int(q.value), 1.0, [s.index]))
    return out
