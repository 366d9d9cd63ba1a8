"""Numbers in running text: digits in every locale's style, number words, approximations, money.

``find_numbers(sentence_text, lexicon)`` returns every quantity with its offsets relative to the
sentence; callers add the sentence start. Nothing here raises on odd input: "1.1.1.1" or a million
digits produce ordinary (if useless) matches in linear time.
"""

from __future__ import annotations

import math

import re

from msgspec import Struct

from editor.extraction.lexicon import Lexicon

# Digits with grouping: 1.500 · 1 500 · 1,500 · 1.500.000 · 4,5 · 10.  The lookbehind stops a match
# from starting inside another number; groups are exactly three digits so "2021 733" stays apart.
_DIGITS = re.compile(r"(?<![\w.,])(\d{1,3}(?:([.,' \u00a0\u202f\u2009])\d{3})(?:\2\d{3})*|\d+)(?:([.,])(\d{1,3}))?(?![\d])")
_SYMBOL_BEFORE = re.compile(r"(US\$|C\$|A\$|\$|€|£|₿|\b(?:USD|EUR|GBP|CHF|BTC|XMR)\b)\s?$")
_SYMBOL_AFTER = {"$": "USD", "€": "EUR", "£": "GBP", "₿": "BTC", "US$": "USD", "C$": "CAD", "A$": "AUD"}
_CODES = ("USD", "EUR", "GBP", "CHF", "BTC", "XMR")
_AFTER_CODE = re.compile(r"\s?(\$|€|£|₿|(?:USD|EUR|GBP|CHF|BTC|XMR)\b)")
_PERCENT = re.compile(r"\s?(?:%|pour ?cent|per ?cent|procent|prozent)", re.IGNORECASE)
_TIME_AFTER = re.compile(r"(?:h\d{0,2}\b|:\d{2}|\s?(?:uhr|uur|heures?)\b|\s?[ap]\.?m\b)", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_GROUP_SEPARATOR = re.compile(r"[.,' \u00a0\u202f\u2009]")
MAX_COMPOUND = 40


MAX_VALUE = 1e15  # larger than any count or amount an article reports; beyond it a digit run is noise


class Quantity(Struct, frozen=True):
    """A number found in a sentence (offsets relative to the sentence text)."""

    start: int
    end: int
    value: float
    currency: str | None = None
    kind: str = "count"  # count · year · percent · time · money
    approximate: bool = False
    local: bool = False  # a bare "$" or "dollars": the dollar of the victim's country, USD only by default


# A bare dollar sign in an article about an organisation of these countries is their own dollar.
LOCAL_DOLLARS = {"CA": "CAD", "AU": "AUD", "NZ": "NZD", "SG": "SGD", "HK": "HKD"}


def local_dollar(country: str | None) -> str:
    """The currency a bare "$" names for an organisation of ``country``."""
    return LOCAL_DOLLARS.get(country or "", "USD")


def _local_word(lex: Lexicon, word: str) -> bool:
    return any(re.fullmatch(p, word, re.IGNORECASE) for p in lex.get("local_currency_words", []))


def _thousands_and_decimal(language: str) -> tuple[str, str]:
    return (",", ".") if language == "en" else (".", ",")


def _digit_value(m: re.Match[str], language: str) -> tuple[float, bool] | None:
    """(value, grouped) of a digit match, honouring the language's separators."""
    whole, sep, dsep, frac = m.group(1), m.group(2), m.group(3), m.group(4)
    thousands, decimal = _thousands_and_decimal(language)
    try:
        if sep:
            groups = _GROUP_SEPARATOR.split(whole)
            if sep == decimal and len(groups) == 2 and not dsep:
                # "4,500" in French is 4.5 only when a scale word follows; the caller sees the string.
                return float(groups[0] + "." + groups[1]), False
            value = float("".join(groups))
            if dsep and frac and dsep != sep:
                value = float(f"{int(value)}.{frac}")
            return value, True
        if dsep and frac:
            if dsep == thousands and len(frac) == 3:
                return float(whole + frac), True
            return float(f"{whole}.{frac}"), False
        return float(whole), False
    except ValueError:
        return None


def _scale_pattern(lex: Lexicon) -> re.Pattern[str]:
    def build() -> re.Pattern[str]:
        scales = sorted(lex.get("scales", {}), key=len, reverse=True)
        words = "|".join(re.escape(s) for s in scales if len(s) > 1)
        # Single letters ("20m", "4,5 M€") only glued to the number or followed by a currency sign.
        letter = r"(?P<letter>[mMkK])(?=$|[^\w])|\s(?P<sign>[mM])(?=[€$£])"
        return re.compile(rf"(?:\s?(?i:(?P<word>{words}))\.?(?!\w)|{letter})" if words else f"(?:{letter})")
    return lex.cached("scale_rx", build)


def _currency_after(lex: Lexicon) -> re.Pattern[str]:
    def build() -> re.Pattern[str]:
        words = "|".join(f"(?:{p})" for p in sorted(lex.get("currencies", {}), key=len, reverse=True))
        return re.compile(rf"\s?(?:d'|de |of |van |an )?(?P<cur>{words})(?!\w)", re.IGNORECASE)
    return lex.cached("currency_after_rx", build)


def _currency_code(lex: Lexicon, word: str) -> str | None:
    for pattern, code in lex.get("currencies", {}).items():
        if re.fullmatch(pattern, word, re.IGNORECASE):
            return code
    return None


def _number_words(lex: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    def build() -> tuple[frozenset[str], frozenset[str]]:
        words = frozenset(w.lower() for w in lex.get("number_words", []))
        joiners = frozenset(w.lower() for w in lex.get("number_joiners", []))
        return words, joiners
    return lex.cached("number_words", build)


def _is_compound(word: str, morphemes: frozenset[str]) -> bool:
    """Dutch/German number compounds (tweehonderd, dreihundertzwanzig): split into known morphemes."""
    n = len(word)
    if n > MAX_COMPOUND or n < 4 or not any(word.startswith(m) for m in _starts(morphemes)):
        return False
    ok = [False] * (n + 1)
    ok[0] = True
    for i in range(n):
        if not ok[i]:
            continue
        for j in range(i + 2, min(n, i + 9) + 1):
            if word[i:j] in morphemes:
                ok[j] = True
    return ok[n]


def _words_value(phrase: str, language: str) -> float | None:
    try:
        from text_to_num import text2num
    except ImportError:  # the lexicon alone still covers approximations
        return None
    try:
        return float(text2num(phrase, language))
    except (ValueError, TypeError, AttributeError, IndexError, KeyError):
        return None


_STARTS: dict[frozenset[str], tuple[str, ...]] = {}


def _starts(morphemes: frozenset[str]) -> tuple[str, ...]:
    """Morphemes of two letters or more, for a cheap "could this word be a number?" test."""
    found = _STARTS.get(morphemes)
    if found is None:
        found = _STARTS[morphemes] = tuple(sorted(m for m in morphemes if len(m) >= 2))
    return found


_ARTICLES_ONE = frozenset({"un", "une", "one", "een", "één", "ein", "eine", "einen", "einem", "a", "an"})


def _word_hint(lex: Lexicon) -> re.Pattern[str]:
    """Substrings every number word contains one of (compounds included): a cheap pre-test."""
    def build() -> re.Pattern[str]:
        words, joiners = _number_words(lex)
        parts = sorted({w for w in words if w not in joiners and w not in _ARTICLES_ONE and len(w) >= 2} |
                       {k.lower() for k in lex.get("approx_nouns", {})}, key=lambda w: (-len(w), w))  # fixed order
        # At a word start: compounds begin with a number word ("tweehonderd", "dreihundert").
        return re.compile(r"(?<!\w)(?:" + ("|".join(re.escape(p) for p in parts) or "x^") + ")", re.IGNORECASE)
    return lex.cached("number_hint", build)


def _word_numbers(text: str, lex: Lexicon) -> list[Quantity]:
    if not _word_hint(lex).search(text):
        return []
    words, joiners = _number_words(lex)
    approx = {k.lower(): v for k, v in lex.get("approx_nouns", {}).items()}
    language = lex.language
    out: list[Quantity] = []
    tokens = list(_WORD.finditer(text))
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        low = tok.group(0).lower()
        if low in approx:
            value = float(approx[low])
            # "deux centaines", "a dozen": a preceding number word multiplies.
            out.append(Quantity(tok.start(), tok.end(), value, approximate=True))
            i += 1
            continue
        parts = low.split("-")
        is_num = low not in joiners and (all(p in words for p in parts) or (
            language in ("nl", "de") and _is_compound(low, words)))
        if not is_num:
            i += 1
            continue
        j = i
        while j + 1 < len(tokens):
            nxt = tokens[j + 1].group(0).lower()
            gap = text[tokens[j].end():tokens[j + 1].start()]
            if gap.strip() not in ("", "-"):
                break
            if nxt in words or all(p in words for p in nxt.split("-")) or (
                    language in ("nl", "de") and _is_compound(nxt, words)):
                j += 1
                continue
            break
        while j > i and tokens[j].group(0).lower() in joiners:
            j -= 1
        phrase = text[tok.start():tokens[j].end()]
        if j == i and low in _ARTICLES_ONE:
            i += 1
            continue
        value = _words_value(phrase.lower(), language)
        end = tokens[j].end()
        if value and j + 1 < len(tokens) and not text[end:tokens[j + 1].start()].strip():
            # "two dozen servers", "deux centaines de postes": the number word counts the approximate noun
            nxt = tokens[j + 1].group(0).lower()
            factor = approx.get(nxt) or (approx.get(nxt[:-1]) if nxt.endswith("s") else None)
            if factor:
                value *= float(factor)
                j += 1
                end = tokens[j].end()
        if value is not None and value > 0:
            out.append(Quantity(tok.start(), end, value))
        i = j + 1
    return out


def find_numbers(text: str, lex: Lexicon) -> list[Quantity]:
    """Every quantity in ``text`` (a sentence), money with its currency, in order of appearance."""
    out: list[Quantity] = []
    language = lex.language
    scale_rx = _scale_pattern(lex)
    cur_rx = _currency_after(lex)
    scales = {k.lower(): v for k, v in lex.get("scales", {}).items()}
    for m in _DIGITS.finditer(text):
        parsed = _digit_value(m, language)
        if parsed is None or not math.isfinite(parsed[0]) or parsed[0] > MAX_VALUE:
            continue  # hundreds of digits: no quantity anyone reports (and no int() of infinity downstream)
        value, _grouped = parsed
        start, end = m.start(), m.end()
        kind = "count"
        currency = None
        local = False
        raw = m.group(0)
        if len(raw) == 4 and raw.isdigit() and 1900 <= value <= 2100:
            kind = "year"
        tail = text[end:end + 40]
        if _PERCENT.match(tail):
            out.append(Quantity(start, end, value, kind="percent"))
            continue
        if kind != "year" and _TIME_AFTER.match(tail) and value < 25:
            out.append(Quantity(start, end, value, kind="time"))
            continue
        sm = scale_rx.match(tail)
        if sm:
            found = sm.groupdict()
            word = found.get("word") or found.get("letter") or found.get("sign") or "m"
            factor = scales.get(word.lower().rstrip("."), 1e6 if word.lower() == "m" else 1e3)
            value *= factor
            end += sm.end()
            tail = text[end:end + 40]
            kind = "count"
        before = _SYMBOL_BEFORE.search(text[max(0, start - 6):start])
        if before:
            sym = before.group(1)
            currency = _SYMBOL_AFTER.get(sym, sym if sym in _CODES else None)
            local = sym == "$"
            start -= len(before.group(0))
        else:
            cm = _AFTER_CODE.match(tail)
            if cm:
                currency = _SYMBOL_AFTER.get(cm.group(1), cm.group(1))
                local = cm.group(1) == "$"
                end += cm.end()
            else:
                cw = cur_rx.match(tail)
                if cw:
                    currency = _currency_code(lex, cw.group("cur"))
                    local = _local_word(lex, cw.group("cur"))
                    end += cw.end()
        if currency:
            kind = "money"
        out.append(Quantity(start, end, value, currency=currency, kind=kind, local=local))
    for q in _word_numbers(text, lex):
        tail = text[q.end:q.end + 40]
        sm = scale_rx.match(tail)
        if sm and sm.groupdict().get("word"):
            factor = scales.get(sm.group("word").lower(), 1.0)
            q = Quantity(q.start, q.end + sm.end(), q.value * factor, approximate=q.approximate)
            tail = text[q.end:q.end + 40]
        cw = cur_rx.match(tail)
        if cw:
            out.append(Quantity(q.start, q.end + cw.end(), q.value, currency=_currency_code(lex, cw.group("cur")),
                                kind="money", approximate=q.approximate, local=_local_word(lex, cw.group("cur"))))
        else:
            out.append(q)
    out.sort(key=lambda q: q.start)
    return out
