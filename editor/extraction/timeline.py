"""Slot filling, time: the incident's start date and its timeline.

Reads each sentence's dates (``doc.dates``), skips the headline, the outlet's date line and sentences of another
incident; adds ``incident.start_date`` and ``timeline``.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from msgspec.structs import replace

from editor.extraction.dates import find_later, find_times
from editor.extraction.doc import Doc
from editor.extraction.evidence import Evidence
from editor.model.report import IncidentReport, TimelineEvent

MAX_TIMELINE = 15


def fill_start_date(doc: Doc, report: IncidentReport, ev: Evidence, victim_rx) -> None:
    attack = doc.lex.words("attack_cues")
    start = doc.lex.words("start_cues")
    pub = doc.published
    best = None
    fallback = None
    announce = doc.lex.cached("announce_rx", lambda: re.compile(
        r"(?<!\w)(?:" + "|".join(f"(?:{a})" for a in doc.lex.get("announce_verbs", [])) + r")\s+$", re.IGNORECASE)
        if doc.lex.get("announce_verbs") else None)
    for s, dates in zip(doc.sentences, doc.dates):
        if doc.is_context(s.index, victim_rx):
            continue
        for w in dates:
            d = w.as_date()
            if d is None or (pub and (d > pub or d < pub - timedelta(days=400))):
                continue
            if w.relative and d == pub and announce is not None and announce.search(s.text, 0, w.start):
                continue  # "a confirmé jeudi avoir été victime …": the day it was announced, not attacked
            if not w.relative and d == pub and s.index <= 3 and w.start <= 40:
                continue  # "Mons, le 12 décembre 2024 – …": the dateline's date is the outlet's
            # "Tout a commencé dans la nuit de samedi à dimanche", "the intrusion was detected on Sunday": the
            # start told as such (lexicon ``start_cues``) weighs as an attack sentence does
            if (attack is not None and attack.search(s.text)) or (start is not None and start.search(s.text)):
                if best is None or d < best[0]:
                    best = (d, s.index)
            elif not _is_date_line(doc, s, dates) and (fallback is None or d < fallback[0]):
                fallback = (d, s.index)
    chosen = best or fallback
    if chosen:
        report.incident.start_date = chosen[0].isoformat()
        ev.add("/incident/start_date", [chosen[1]], 0.75 if best else 0.4)


def _is_date_line(doc: Doc, s, dates) -> bool:
    """"Publié le 12/03/2024 à 08h15", "Paris, le 14 avril 2023": the outlet's date, not an event."""
    return s.index <= 3 and len(s.text) < 90 and any(not w.relative and w.as_date() == doc.published for w in dates)


_DAY_PART_HOURS = {"morning": 8, "afternoon": 14, "evening": 19}


def _day_part_hour(doc: Doc, text: str, when) -> int | None:
    """The hour a part of the day next to a date stands for, only to order the timeline ("Mardi après-midi"
    comes after "À 6h" the same day); the event keeps the date alone, no time is made up."""
    rx = doc.lex.groups("day_parts")
    if rx is None:
        return None
    m = rx.search(text, when.start, min(len(text), when.end + 25))
    return _DAY_PART_HOURS.get(m.lastgroup) if m is not None and m.lastgroup else None


def _timeline_order(event) -> tuple[str, int]:
    """Day first; within a day, clock times, and dates alone at the hour of their part of the day if one is said,
    else before every time (stable: the article's order among equals)."""
    iso, _, _, guess = event
    if len(iso) > 10:
        return iso[:10], int(iso[11:13]) * 60 + int(iso[14:16])
    return iso, -1 if guess is None else guess * 60


def fill_timeline(doc: Doc, report: IncidentReport, ev: Evidence, victim_rx) -> None:
    events = []
    last_when = None
    last_index = -1
    for s, dates in zip(doc.sentences, doc.dates):
        if doc.is_context(s.index, victim_rx) or s.start < doc.headline_end:
            continue
        if _is_date_line(doc, s, dates):
            continue
        dated = False
        for w in dates:
            iso = w.iso()
            if iso is None or w.precision == "year":
                continue
            # One event per sentence: its first date says when it happened ("Dimanche, … prévues ce lundi").
            events.append((iso, w.text, s, _day_part_hour(doc, s.text, w) if w.hour is None else None))
            last_when, last_index = w, s.index
            dated = True
            break
        if not dated and last_when is not None and last_when.day and s.index - last_index <= 2:
            # "Saturday night, … . The first alerts came at about 3 a.m.": the clock time continues that day.
            times = find_times(s.text, doc.lex)
            if times:
                start, end, hour, minute = times[0]
                if last_when.hour is None or (hour, minute) > (last_when.hour, last_when.minute or 0):
                    last_when = replace(last_when, hour=hour, minute=minute)
                    last_index = s.index
                    events.append((last_when.iso(), s.text[start:end], s, None))
        for start, end, minutes in find_later(s.text, doc.lex):
            if last_when is not None and last_when.hour is not None and last_when.as_date():
                base = datetime(last_when.year, last_when.month, last_when.day, last_when.hour, last_when.minute or 0)
                t = base + timedelta(minutes=minutes)
                events.append((t.strftime("%Y-%m-%dT%H:%M"), s.text[start:end], s, None))
    seen = set()
    events.sort(key=_timeline_order)
    for iso, when_text, s, _ in events:
        key = (iso, s.index)
        if key in seen:
            continue
        seen.add(key)
        what = " ".join(s.text.split())
        if len(what) > 160:
            what = what[:159].rsplit(" ", 1)[0] + "…"
        i = len(report.timeline)
        report.timeline.append(TimelineEvent(when=iso, when_text=when_text, what=what))
        ev.add(f"/timeline/{i}", [s.index], 0.6)
        if len(report.timeline) >= MAX_TIMELINE:
            break

