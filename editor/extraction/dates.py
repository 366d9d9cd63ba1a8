"""Dates and times in a sentence, resolved against the publication date.

Handles explicit dates in each language's style (14.07.2021 · 5 Feb 2020 · July 5 · 23 december),
months and years alone, weekdays ("dimanche", "Am Dienstag vergangener Woche", "on Monday"),
night spans ("dans la nuit de vendredi à samedi", "in de nacht van zaterdag op zondag"), relative
days ("hier", "yesterday", "gisteren", "gestern") and clock times ("vers 3h", "11 Uhr", "3 a.m.").
Month and weekday names, time formats and phrases are lexicon data.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from msgspec import Struct
from msgspec.structs import replace

from editor.extraction.lexicon import Lexicon
from editor.extraction.numbers import find_numbers

# Punctuation that ends a clause: a date beyond it belongs to another statement.
_CLAUSE_BREAK = re.compile(r"[.;:!?]")

_PREPOSITIONS = r"(?:en|in|im|au mois d'|au mois de|de|d'|of|since|depuis|sinds|seit|dès|from|à la mi-|mid-|mi-|mitte|eind|begin|anfang|ende|fin|début|early|late|half|until|jusqu'en|tot)"


class When(Struct, frozen=True):
    """A date expression: offsets relative to its sentence, resolved day (or month/year) and time."""

    start: int
    end: int
    text: str
    year: int | None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    relative: bool = False

    @property
    def precision(self) -> str:
        """'day', 'month' or 'year'."""
        return "day" if self.day else "month" if self.month else "year"

    def as_date(self) -> date | None:
        """The calendar day, when known to the day."""
        if self.year and self.month and self.day:
            try:
                return date(self.year, self.month, self.day)
            except ValueError:
                return None
        return None

    def iso(self) -> str | None:
        """Partial ISO: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM."""
        if not self.year:
            return None
        out = f"{self.year:04d}"
        if self.month:
            out += f"-{self.month:02d}"
            if self.day:
                out += f"-{self.day:02d}"
                if self.hour is not None:
                    out += f"T{self.hour:02d}:{(self.minute or 0):02d}"
        return out


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


class _Patterns:
    def __init__(self, lex: Lexicon) -> None:
        self.months = {k.lower(): v for k, v in lex.get("months", {}).items()}
        self.weekdays = {k.lower(): v for k, v in lex.get("weekdays", {}).items()}
        mon, wd = _alt(self.months), _alt(self.weekdays)
        suffix = "|".join(re.escape(s) for s in lex.get("ordinal_suffix", [])) or "x^"
        i = re.IGNORECASE
        self.iso = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)")
        self.numeric = re.compile(r"(?<![\d.])(?P<a>\d{1,2})(?P<s>[./-])(?P<b>\d{1,2})(?P=s)(?P<y>(?:19|20)\d\d|\d\d)(?![\d])")
        self.day_month = re.compile(
            rf"(?<!\w)(?:(?P<wd>{wd})\.?,?\s+)?(?:(?:le|the|den|dem)\s+)?(?P<d>\d{{1,2}})(?:{suffix})?\.?\s+(?:of\s+)?"
            rf"(?P<mon>{mon})\.?(?!\w)(?:,?\s+(?P<y>(?:19|20)\d\d)(?!\d))?", i)
        self.month_day = re.compile(
            rf"(?<!\w)(?P<mon>{mon})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:.]\d)(?!\w)(?:,?\s+(?P<y>(?:19|20)\d\d)(?!\d))?", i)
        self.month_only = re.compile(
            rf"(?<!\w){_PREPOSITIONS}\s*(?P<mon>{mon})\.?(?!\w)(?:\s+(?P<y>(?:19|20)\d\d)(?!\d))?", i)
        self.year_only = re.compile(rf"(?<!\w)(?:{_PREPOSITIONS}|the|l'an|het jaar|dem jahr|das jahr)\s+(?P<y>(?:19|20)\d\d)(?!\d)", i)
        self.year_attr = re.compile(r"(?<![\w.,])(?P<y>(?:19|20)\d\d)(?:'s)?\s+(?=attack|cyber|breach|hack)", i)
        rel = lex.get("relative_days", {})
        self.relative = {k.lower(): v for k, v in rel.items()}
        self.relative_rx = re.compile(rf"(?<!\w)(?P<r>{_alt(rel)})(?!\w)", i) if rel else None
        nights = [p.replace("{wd1}", f"(?P<wd1>{wd})").replace("{wd2}", f"(?P<wd2>{wd})").replace(" ", r"\s+")
                  for p in lex.get("night_span", [])]
        self.nights = [re.compile(rf"(?<!\w){p}(?!\w)", i) for p in nights]
        suffixes = _alt(lex.get("weekday_suffixes", []))
        glued = f"(?:{suffixes})?" if suffixes else ""
        # "Mittwochabend", "dinsdagochtend": Dutch and German glue the part of the day to the weekday.
        self.weekday = re.compile(rf"(?<!\w)(?P<wd>{wd}){glued}(?!\w)", i)
        weekend = lex.get("weekend", [])
        self.weekend = re.compile(rf"(?<!\w)(?:{_alt(weekend)})(?!\w)", i) if weekend else None
        last = lex.get("last_week", [])
        self.last_week = re.compile(rf"(?<!\w)(?:{_alt(last)})(?!\w)", i) if last else None
        past_pre, past_post = lex.get("past_prefix", []), lex.get("past_suffix", [])
        self.past_prefix = re.compile(rf"(?:{_alt(past_pre)})\s+$", i) if past_pre else None
        self.past_suffix = re.compile(rf"^\s+(?:{_alt(past_post)})(?!\w)", i) if past_post else None
        fut_pre, fut_soft, fut_post = (lex.get(k, []) for k in ("future_prefix", "future_soft_prefix", "future_suffix"))
        self.future_prefix = re.compile(rf"(?<!\w)(?:{_alt(fut_pre)})\s+$", i) if fut_pre else None
        self.future_soft = re.compile(rf"(?<!\w)(?:{_alt(fut_soft)})\s+(?:(?:le|la|the|dem|den)\s+)?$", i) if fut_soft else None
        self.future_suffix = re.compile(rf"^\s+(?:{_alt(fut_post)})(?!\w)", i) if fut_post else None
        self.future_cues = lex.words("future_cues")
        self.pm_words = {w.lower().replace("\u2019", "'") for w in lex.get("pm_words", [])}
        this = lex.get("this_prefix", [])
        self.this_prefix = re.compile(rf"(?:{_alt(this)})\s+$", i) if this else None
        self.times = [re.compile(rf"(?<!\w){p.replace(' ', chr(92) + 's?')}(?!\w)", i) for p in lex.get("time", [])]
        self.later = [re.compile(rf"(?<!\w){p.replace(' ', chr(92) + 's+')}(?!\w)", i) for p in lex.get("later", [])]
        self.units = {k.lower(): v for k, v in lex.get("units", {}).items()}
        ago = lex.get("ago") or {}
        self.ago_units = {k.lower(): v for k, v in ago.get("units", {}).items()}
        # "vor zwei Wochen", "il y a trois jours", "two weeks ago": a count of days or weeks before publication
        self.ago = [re.compile(rf"(?<!\w){p.replace(' ', chr(92) + 's+')}(?!\w)", i) for p in ago.get("patterns", [])]
        self.month_first = lex.language == "en"
        # "am Ostermontag", "on Boxing Day", "le lundi de Pâques": a holiday, fixed or counted from Easter
        self.holidays = {k.lower(): v for k, v in (lex.get("holidays") or {}).items()}
        self.holiday_rx = re.compile(rf"(?<!\w)(?P<h>{_alt(self.holidays)})(?!\w)", i) if self.holidays else None
        # A sentence with no digit and none of these words holds no date: skip the dozen patterns.
        words = list(self.months) + list(self.weekdays) + list(self.relative) + [w.lower() for w in weekend] \
            + list(self.ago_units) + list(self.holidays)
        self.maybe = re.compile(rf"\d|(?<!\w)(?:{_alt(words)})", i) if words else re.compile(r"\d")


def _patterns(lex: Lexicon) -> _Patterns:
    return lex.cached("date_patterns", lambda: _Patterns(lex))


_HOLIDAY_SPEC = re.compile(r"^(?:easter(?P<offset>[+-]\d{1,2})?|(?P<month>\d\d)-(?P<day>\d\d))$")


def _holiday(spec: str | None, published: date) -> date | None:
    """The last such holiday up to publication: "easter+1" counts days from Easter Sunday (dateutil's Gregorian
    computus), "12-26" is a fixed date."""
    m = _HOLIDAY_SPEC.match(spec or "")
    if m is None:
        return None
    for year in (published.year, published.year - 1):
        if m.group("month"):
            try:
                d = date(year, int(m.group("month")), int(m.group("day")))
            except ValueError:
                return None
        else:
            from dateutil.easter import easter

            d = easter(year) + timedelta(days=int(m.group("offset") or 0))
        if d <= published:
            return d
    return None


def _infer_year(month: int, day: int | None, published: date | None) -> int | None:
    if published is None:
        return None
    for year in (published.year, published.year - 1):
        try:
            if date(year, month, day or 1) <= published + timedelta(days=7):
                return year
        except ValueError:
            continue
    return published.year - 1


def _weekday_before(published: date, weekday: int) -> date:
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def _from_date(start: int, end: int, text: str, d: date | None, relative: bool = True) -> When | None:
    if d is None:
        return None
    return When(start, end, text, d.year, d.month, d.day, relative=relative)


_ONE = frozenset({"a", "an", "one", "un", "une", "een", "één", "ein", "eine", "einer", "einem"})


def _count(word: str, lex: Lexicon) -> float | None:
    """The number a word or digits say ("zwei", "3", "une" → 1), or None."""
    if word.isdigit():
        return float(word)
    if word.lower() in _ONE:
        return 1.0
    found = find_numbers(word, lex)
    return found[0].value if found and found[0].end == len(word) else None


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(s < b and a < e for a, b in spans)


def find_dates(text: str, lex: Lexicon, published: date | None) -> list[When]:
    """Date expressions of one sentence, resolved where the publication date allows."""
    p = _patterns(lex)
    if not p.maybe.search(text):
        return []
    found: list[When] = []
    taken: list[tuple[int, int]] = []

    def add(w: When | None) -> None:
        if w is not None and not _overlaps(taken, w.start, w.end):
            found.append(w)
            taken.append((w.start, w.end))

    for m in p.iso.finditer(text):
        add(When(m.start(), m.end(), m.group(0), int(m.group("y")), int(m.group("m")), int(m.group("d"))))
    for m in p.numeric.finditer(text):
        a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
        y = y + 2000 if y < 100 else y
        day, month = (b, a) if (p.month_first and m.group("s") == "/" and a <= 12) or b > 12 else (a, b)
        if 1 <= month <= 12 and 1 <= day <= 31:
            add(When(m.start(), m.end(), m.group(0), y, month, day))
    for rx in (p.day_month, p.month_day):
        for m in rx.finditer(text):
            month = p.months.get(m.group("mon").lower().rstrip("."))
            day = int(m.group("d"))
            if not month or not 1 <= day <= 31:
                continue
            year = int(m.group("y")) if m.group("y") else _infer_year(month, day, published)
            add(When(m.start(), m.end(), m.group(0), year, month, day))
    for night in p.nights:
        for m in night.finditer(text):
            add(_night(m, p, text, published))
    for m in p.month_only.finditer(text):
        month = p.months.get(m.group("mon").lower().rstrip("."))
        if month:
            year = int(m.group("y")) if m.group("y") else _infer_year(month, None, published)
            add(When(m.start("mon"), m.end(), m.group(0), year, month))
    for rx in (p.year_only, p.year_attr):
        for m in rx.finditer(text):
            add(When(m.start("y"), m.end("y"), m.group("y"), int(m.group("y"))))
    if published is not None:
        if p.relative_rx is not None:
            for m in p.relative_rx.finditer(text):
                offset = p.relative.get(m.group("r").lower().replace("\u2019", "'"))
                if offset is not None:
                    add(_from_date(m.start(), m.end(), m.group(0), published + timedelta(days=offset)))
        for rx in p.ago:
            for m in rx.finditer(text):
                count = _count(m.group("n"), lex)
                unit = p.ago_units.get(m.group("u").lower())
                if count and unit and count * unit <= 400:
                    add(_from_date(m.start(), m.end(), m.group(0), published - timedelta(days=int(count * unit))))
        if p.holiday_rx is not None:
            for m in p.holiday_rx.finditer(text):
                d = _holiday(p.holidays.get(m.group("h").lower()), published)
                if d is not None:
                    add(_from_date(m.start(), m.end(), m.group(0), d))
        if p.weekend is not None:
            for m in p.weekend.finditer(text):
                # The weekend just past: the last Saturday before publication.
                saturday = published - timedelta(days=(published.weekday() - 5) % 7 or 7)
                add(_from_date(m.start(), m.end(), m.group(0), saturday))
        for m in p.weekday.finditer(text):
            if _overlaps(taken, m.start(), m.end()):
                continue
            wd = p.weekdays[m.group("wd").lower()]
            near = text[max(0, m.start() - 30):m.end() + 30]
            if p.last_week is not None and p.last_week.search(near):
                monday = published - timedelta(days=published.weekday())
                d = monday - timedelta(days=7 - wd)
            elif (p.past_prefix is not None and p.past_prefix.search(text[max(0, m.start() - 14):m.start()])) or (
                    p.past_suffix is not None and p.past_suffix.search(text[m.end():m.end() + 10])):
                # "last Thursday", "jeudi dernier", "vergangenen Donnerstag": strictly before publication
                d = _weekday_before(published - timedelta(days=1), wd)
            elif _forward(p, text, m.start(), m.end(), (published.weekday() - wd) % 7):
                # "next Monday", "pour lundi … sera reporté", "Montag nächster Woche": the coming one
                d = published + timedelta(days=(wd - published.weekday()) % 7 or 7)
            elif p.this_prefix is not None and p.this_prefix.search(text[max(0, m.start() - 8):m.start()]) \
                    and lex.language != "de":
                d = published + timedelta(days=((wd - published.weekday() + 3) % 7) - 3)
            else:
                d = _weekday_before(published, wd)
            add(_from_date(m.start(), m.end(), m.group(0), d))
    found.sort(key=lambda w: w.start)
    return _attach_times(text, found, p)


def _forward(p: _Patterns, text: str, start: int, end: int, back: int) -> bool:
    """Whether a bare weekday points ahead of publication rather than to the last such day."""
    before = text[max(0, start - 20):start]
    if p.future_prefix is not None and p.future_prefix.search(before):
        return True
    if p.future_suffix is not None and p.future_suffix.search(text[end:end + 20]):
        return True
    if p.future_cues is None or not p.future_cues.search(text):
        return False
    # With a future verb in the sentence, "from/by/pour Monday" or a weekday almost a week back is the next one.
    return back >= 6 or (p.future_soft is not None and p.future_soft.search(before) is not None)


def _night(m: re.Match[str], p: _Patterns, text: str, published: date | None) -> When | None:
    if published is None:
        return None
    wd2 = p.weekdays[m.group("wd2").lower()]
    past = p.past_prefix is not None and p.past_prefix.pattern and re.search(
        p.past_prefix.pattern.replace(r"\s+$", ""), m.group(0), re.IGNORECASE)
    # "in der Nacht zum vergangenen Donnerstag" written on a Thursday is a week ago
    second = _weekday_before(published - timedelta(days=1) if past else published, wd2)
    # "Nacht von Freitag auf Samstag, gegen 23 Uhr" is still Friday; after midnight it is the second day.
    hour = _first_time(text[m.end():m.end() + 60], p)
    d = second - timedelta(days=1) if hour is not None and hour[0] >= 12 else second
    return When(m.start(), m.end(), m.group(0), d.year, d.month, d.day, relative=True)


def _first_time(text: str, p: _Patterns) -> tuple[int, int] | None:
    best = None
    for rx in p.times:
        m = rx.search(text)
        if m and (best is None or m.start() < best[0]):
            t = _clock(m, p.pm_words)
            if t is not None:
                best = (m.start(), t)
    return best[1] if best else None


def _clock(m: re.Match[str], pm_words: set[str] | frozenset[str] = frozenset()) -> tuple[int, int] | None:
    groups = m.groupdict()
    try:
        hour = int(groups.get("h") or -1)
        minute = int(groups.get("m") or 0)
    except ValueError:
        return None
    raw = (groups.get("ap") or "").lower().replace("\u2019", "'")
    ap = raw.replace(".", "")
    if raw and any(w in raw for w in pm_words):
        ap = "pm"  # "8 Uhr abends", "om 9 uur 's avonds", "at 7 in the evening"
    if ap == "pm" and hour < 12:
        hour += 12
    if ap == "am" and hour == 12:
        hour = 0
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return hour, minute


def find_times(text: str, lex: Lexicon) -> list[tuple[int, int, int, int]]:
    """Clock times in a sentence: (start, end, hour, minute)."""
    p = _patterns(lex)
    out = []
    for rx in p.times:
        for m in rx.finditer(text):
            t = _clock(m, p.pm_words)
            if t and not any(s < m.end() and m.start() < e for s, e, _, _ in out):
                out.append((m.start(), m.end(), t[0], t[1]))
    return sorted(out)


def find_later(text: str, lex: Lexicon) -> list[tuple[int, int, int]]:
    """"15 minutes plus tard": (start, end, minutes after the previous event)."""
    p = _patterns(lex)
    out = []
    for rx in p.later:
        for m in rx.finditer(text):
            unit = p.units.get(" ".join(m.group("unit").lower().replace("\u2019", "'").split()), 1)
            n = m.groupdict().get("n")
            # "un quart d'heure plus tard" has no count: the unit phrase is the whole duration
            out.append((m.start(), m.end(), (int(n) if n and n.isdigit() else 1) * unit))
    return out


def _attach_times(text: str, found: list[When], p: _Patterns) -> list[When]:
    if not found:
        return found
    out = list(found)
    for rx in p.times:
        for m in rx.finditer(text):
            clock = _clock(m, p.pm_words)
            if clock is None:
                continue
            # The day said just before the time ("dimanche à 20h46", "vendredi à samedi, vers 3h").
            candidates = [i for i, w in enumerate(out) if w.day and w.end <= m.start() + 1 and m.start() - w.end < 60]
            if candidates:
                i = candidates[-1]
            else:
                # Or just after it, a few small words away ("at about 4am on Friday", "um 4 Uhr am Freitag").
                after = [i for i, w in enumerate(out) if w.day and 0 <= w.start - m.end() <= 12
                         and not _CLAUSE_BREAK.search(text[m.end():w.start])]
                if not after:
                    continue
                i = after[0]
                if out[i].hour is None:
                    out[i] = replace(out[i], hour=clock[0], minute=clock[1], start=min(out[i].start, m.start()),
                                     text=text[min(out[i].start, m.start()):out[i].end])
                continue
            if out[i].hour is None:
                out[i] = replace(out[i], hour=clock[0], minute=clock[1], end=max(out[i].end, m.end()),
                                 text=text[out[i].start:max(out[i].end, m.end())])
    return out


def find_published(text: str, lex: Lexicon) -> date | None:
    """The article's own date line: the first full date (with a year) in its opening lines."""
    head = "\n".join(text.split("\n", 10)[:10])[:1500]
    for w in find_dates(head, lex, None):
        if w.year and w.month and w.day and not w.relative:
            d = w.as_date()
            if d is not None:
                return d
    return None
