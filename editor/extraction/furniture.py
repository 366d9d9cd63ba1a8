"""Page furniture in pasted or saved pages: lines that are no part of the article's text.

Reads the raw text and the lexicon's ``furniture`` cues. Marks whole lines — "Read more: …", "Lire aussi : …",
"Lees ook: …", "Mehr zum Thema: …" links, teasers of other stories ("Tomorrow on the site: …"), bylines and
photo credits ("By Jane Roe, Education Correspondent", "Texte : … — Photo : …"), and the masthead-and-section
line under the headline ("The Dales Courier — Education", "Hageland Vandaag | Regio"). Returns their spans;
``build_doc`` blanks them in its same-length normalised copy, so every offset into the original text stays
valid and no later stage ever sees them. Date lines stay: the publication date is read from them; ``date_lines``
gives their spans, so that a word of theirs ("Updated", "Bijgewerkt", a section name before the date) is never
taken for an organisation.
"""

from __future__ import annotations

import re


# The masthead-and-section line stands among the first lines under the headline.
MASTHEAD_LINES = 4
_SEPARATOR = re.compile(r"\s[|·•—–-]\s|\s\|\s?|\s?\|\s")
_SENTENCE_END = re.compile(r"[.!?]\s*$|[.!?]\s+[^\W\d_]")
MAX_CREDIT_LINE = 140


def _line_rx(doc_lex, key: str) -> re.Pattern[str] | None:
    """The lexicon's ``furniture.key`` cues anchored at a line start (after optional list marks)."""
    def build() -> re.Pattern[str] | None:
        cues = (doc_lex.get("furniture") or {}).get(key) or []
        if not cues:
            return None
        alt = "|".join(f"(?:{c.replace(' ', chr(92) + 's+')})" for c in cues)
        return re.compile(rf"^[\s>*•»-]*(?:{alt})(?!\w)", re.IGNORECASE)
    return doc_lex.cached("furniture_rx:" + key, build)


def mark_furniture(text: str, lex) -> list[tuple[int, int]]:
    """Spans (start, end) of the furniture lines of ``text``."""
    links = _line_rx(lex, "links")
    credits = _line_rx(lex, "credits")
    credit_anywhere = lex.cached("furniture_credit_any", lambda: re.compile(
        r"(?<!\w)(?:" + "|".join(f"(?:{c})" for c in (lex.get("furniture") or {}).get("credit_words", []))
        + r")\s*:", re.IGNORECASE) if (lex.get("furniture") or {}).get("credit_words") else None)
    out: list[tuple[int, int]] = []
    pos, seen_text = 0, 0
    n = len(text)
    first: tuple[int, int] | None = None
    while pos <= n:
        end = text.find("\n", pos)
        end = n if end < 0 else end
        line = text[pos:end]
        stripped = line.strip()
        if stripped:
            seen_text += 1
            if seen_text == 1:
                first = (pos, end)
            elif seen_text == 2 and first is not None and _menu(stripped) and _masthead(text[first[0]:first[1]]):
                out.append(first)  # "THE DALES COURIER" over "News | Towns | Sport | …": the outlet's masthead
            if _is_furniture(stripped, seen_text, links, credits, credit_anywhere) or (
                    seen_text > 1 and _capitalised_run(stripped, 0.8 if lex.get("title_case_headlines") else 1.0)) or (
                    1 < seen_text <= MASTHEAD_LINES + 1 and _section_label(stripped)):
                out.append((pos, end))
        pos = end + 1
    return out


def masthead(text: str, spans: list[tuple[int, int]]) -> str | None:
    """The outlet's name when the page opens with its masthead (the first line, marked as furniture)."""
    start = len(text) - len(text.lstrip())
    if spans and spans[0][0] <= start < spans[0][1]:
        name = text[spans[0][0]:spans[0][1]].strip()
        return name if _masthead(name) else None
    return None


def _masthead(line: str) -> bool:
    """A short line of capitalised words, no digits and no sentence: an outlet's name."""
    words = line.split()
    return 1 <= len(words) <= 6 and len(line) <= 60 and not any(ch.isdigit() for ch in line) \
        and not _SENTENCE_END.search(line) and all(w[:1].isupper() or not w[:1].isalpha() for w in words
                                                   if len(w) > 3)


def _section_label(line: str) -> bool:
    """"BUSINESS", "MEDIA", "RÉGION": a section's name in capitals over the headline."""
    words = line.split()
    return 1 <= len(words) <= 2 and line.isupper() and len(line) <= 30 and not any(ch.isdigit() for ch in line)


def _is_furniture(line: str, nth: int, links, credits, credit_anywhere) -> bool:
    """One non-empty line (``nth`` of the text) is furniture."""
    short = len(line) <= MAX_CREDIT_LINE and not _SENTENCE_END.search(line)
    link = links.match(line) if links is not None else None
    if link is not None and (short or ":" in line[link.end():link.end() + 3]):
        return True  # "Read more: …", "Lees ook: …"
    # "[Photo: the clinic's entrance. © …]": a caption in brackets is a caption too
    bare = line.lstrip("[( ")
    caption = credit_anywhere is not None and credit_anywhere.match(bare) and (
        len(line) <= MAX_CREDIT_LINE or (bare != line and line.rstrip().endswith(("]", ")"))))
    if caption:
        return True  # "Photo : l'entrée de la clinique.", "Foto: Die Zentrale in X.": a caption, not the story
    if short and credits is not None and credits.match(line):
        return True  # "By Jane Roe, Education Correspondent", "Tekst: … · Beeld: …"
    if short and credit_anywhere is not None and credit_anywhere.search(line) and _SEPARATOR.search(line):
        return True  # "Von A und B | Foto: C"
    if short and _menu(line):
        return True  # "Home | News | Towns | Sport | Business | Jobs": a navigation bar, wherever it stands
    if 1 < nth <= MASTHEAD_LINES + 1 and short and not any(ch.isdigit() for ch in line):
        parts = [p for p in _SEPARATOR.split(line) if p.strip()]
        # "The Dales Courier — Education": a few short capitalised items, no verb phrase
        if 2 <= len(parts) <= 3 and all(len(p.split()) <= 4 and p.strip()[:1].isupper() for p in parts):
            return True
    return False


# A navigation bar's items: separated by a bar, a middle dot or a bullet (a dash joins clauses in prose)
_MENU_SEPARATOR = re.compile(r"\s*[|·•]\s*")
MENU_ITEMS = 4


def _menu(line: str) -> bool:
    """A line of at least four short items between bars or dots, each a word or three and capitalised: a menu."""
    parts = [p.strip() for p in _MENU_SEPARATOR.split(line.strip(" |·•"))]
    return len(parts) >= MENU_ITEMS and all(p and len(p.split()) <= 3 and p[:1].isupper() for p in parts)


def _capitalised_run(line: str, share: float) -> bool:
    """A line of capitalised words and no sentence: a tag list ("Hospital Ransomware Cyberattack Data"), or in
    English a title-case teaser or subheading of another story. ``share`` of its longer words are capitalised."""
    if _SENTENCE_END.search(line) or len(line) > MAX_CREDIT_LINE:
        return False
    words = [w for w in line.replace(":", " ").split() if w[:1].isalpha()]
    long = [w for w in words if len(w) > 3]
    if len(words) < 4 or len(long) < 3:
        return False
    return sum(w[:1].isupper() for w in long) >= share * len(long) and (share < 1 or all(w[:1].isupper() for w in words))


_DIGIT_RUN = re.compile(r"\d{1,4}")
_DATE_SENTENCE_END = re.compile(r"(?<!\d)[.!?]\s*$|(?<![\d.])[.!?]\s+[^\W\d_]")  # "13. Oktober" ends no sentence


# "OBERWILEN AG (Keystone-SDA) –", "THÔNES (Haute-Savoie), 22 janvier 2026 (AFP) —": a wire story's dateline, its
# town in capitals before the agency in brackets and a dash
_WIRE_DATELINE = re.compile(r"^[ \t]*(?P<town>[^\W\d_a-zß-ÿ][^\W\d_a-zß-ÿ' .-]*[^\W\d_a-zß-ÿ.](?:\s[A-Z]{2})?)"
                            r"(?:\s*\([^()\n]{2,30}\))?(?:,[^\n()]{0,40})?\s*\([^()\n]{2,30}\)\s*[—–-]", re.MULTILINE)


_WIRE_AGENCY = re.compile(r"\((?P<agency>[^()\n]{2,30})\)\s*[—–-]")


def wire_agencies(text: str) -> set[str]:
    """The agencies of the wire datelines ("AFP", "Keystone-SDA"): outlets, never the victim."""
    out = set()
    for m in _WIRE_DATELINE.finditer(text[:3000]):
        a = _WIRE_AGENCY.search(m.group(0))
        if a is not None:
            out |= {p.strip() for p in re.split(r"[/,]", a.group("agency")) if p.strip()}
    return out


def wire_datelines(text: str) -> list[tuple[int, int]]:
    """Spans of the wire datelines' towns ("OBERWILEN AG" before "(Keystone-SDA) –"): no organisation's name."""
    return [(m.start("town"), m.end("town")) for m in _WIRE_DATELINE.finditer(text[:3000])]


def date_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the date lines among the first lines of ``text``: short, no sentence, with a date's digits and a
    separator or a colon ("Wirtschaft regional | Dienstag, 13. Oktober 2026", "di 15/09/2026 | Bijgewerkt: …")."""
    out: list[tuple[int, int]] = []
    pos, seen = 0, 0
    n = len(text)
    while pos <= n and seen <= MASTHEAD_LINES + 2:
        end = text.find("\n", pos)
        end = n if end < 0 else end
        line = text[pos:end].strip()
        if line:
            seen += 1
            if seen > 1 and len(line) <= MAX_CREDIT_LINE and not _DATE_SENTENCE_END.search(line) \
                    and len(_DIGIT_RUN.findall(line)) >= 2 and (_SEPARATOR.search(line) or ":" in line or "," in line):
                out.append((pos, end))
        pos = end + 1
    return out
