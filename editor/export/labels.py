"""Report label tables (data, one per report language) and locale-aware formatting with Babel.

The report language is independent of the article's language and of the UI language.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime, timezone, tzinfo
from functools import cache
from typing import Any

from editor import resources
from editor.errors import EditorError
from editor.model.enums import REPORT_LANGUAGES

# Babel locale per report language; English defaults to British conventions (A4, day-month-year).
_LOCALES = {"fr": "fr_BE", "nl": "nl_BE", "de": "de_DE", "en": "en_GB"}

# XML 1.0 cannot hold C0 controls other than tab/newline/CR, lone surrogates, U+FFFE/U+FFFF; DEL and the
# C1 controls are legal but invisible junk in a report, so they go too.
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: Any) -> str:
    """``text`` as a string with every character XML cannot hold removed."""
    return _XML_BAD.sub("", "" if text is None else str(text))


def _flatten(node: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in node.items():
        name = f"{prefix}{key}"
        # plural tables ({"one": …, "other": …}) stay whole: they are one label
        if isinstance(value, dict) and not set(value) <= {"zero", "one", "two", "few", "many", "other"}:
            out.update(_flatten(value, name + "."))
        else:
            out[name] = value
    return out


@cache
def label_table(language: str) -> dict[str, Any]:
    """The flattened label table of ``language`` (dotted keys → text or plural dict)."""
    if language not in REPORT_LANGUAGES:
        raise EditorError(f"report language {language!r} is not one of {', '.join(REPORT_LANGUAGES)}")
    path = resources.report_labels_file(language)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EditorError(f"{path}: label table cannot be read ({exc})") from None
    return _flatten(data)


def locale_for(language: str, locale: str | None = None) -> str:
    """The Babel locale for a report language, or an explicit override such as en-US."""
    if locale:
        return locale.replace("-", "_")
    return _LOCALES.get(language, "en_GB")


@dataclass(frozen=True)
class Labels:
    """Labels and formatters of one report language and locale."""

    language: str
    locale: str

    @classmethod
    def for_language(cls, language: str, locale: str | None = None) -> Labels:
        """Labels of ``language``; ``locale`` (e.g. en-US) only changes number and date conventions."""
        label_table(language)  # fail early on a bad language
        return cls(language, locale_for(language, locale))

    def __call__(self, key: str, **values: Any) -> str:
        """The label ``key`` with ``{placeholders}`` filled; a missing key is a bug in the tables."""
        text = label_table(self.language).get(key)
        if not isinstance(text, str):
            # fall back to English rather than print a key; the label tests catch the gap
            text = label_table("en").get(key)
            if not isinstance(text, str):
                raise KeyError(key)
        return text.format(**values) if values else text

    def has(self, key: str) -> bool:
        """Whether the table defines ``key``."""
        return key in label_table(self.language)

    def enum(self, group: str, value: Any) -> str:
        """The label of an enumeration value (StrEnum or its string)."""
        return self(f"enum.{group}.{getattr(value, 'value', value)}")

    @property
    def not_reported(self) -> str:
        """The localised 'Not reported'."""
        return self("meta.not_reported")

    def yes_no(self, value: bool | None) -> str:
        """Yes / No / Not reported."""
        if value is None:
            return self.not_reported
        return self("meta.yes") if value else self("meta.no")

    # --- numbers -----------------------------------------------------------------------------
    def number(self, value: float | int) -> str:
        """A number in the locale's conventions ("1 500", "1.500", "1,500")."""
        from babel.numbers import format_decimal

        return format_decimal(value, locale=self.locale)

    def count(self, unit: str, n: int) -> str:
        """A counted noun with the right plural form: "1 500 servers"."""
        from babel import Locale

        forms = label_table(self.language).get(f"unit.{unit}") or label_table("en")[f"unit.{unit}"]
        form = Locale.parse(self.locale).plural_form(n)
        return forms.get(form, forms["other"]).format(n=self.number(n))

    def money(self, amount: float, currency: str | None) -> str:
        """An amount with its currency ("50 000 €", "2.5 BTC"); crypto codes are not ISO 4217 for Babel."""
        from babel.numbers import format_currency, format_decimal

        if not currency:
            return format_decimal(amount, locale=self.locale)
        if currency in ("BTC", "XMR"):
            return f"{format_decimal(amount, locale=self.locale)}\u00a0{currency}"
        whole = float(amount).is_integer()
        try:
            text = format_currency(amount, currency, locale=self.locale, currency_digits=not whole,
                                   format_type="standard", decimal_quantization=not whole)
        except Exception:  # an unknown code Babel refuses: still show the amount and the code
            return f"{format_decimal(amount, locale=self.locale)}\u00a0{currency}"
        if whole:
            # drop the ",00" a whole amount does not need (Babel keeps the pattern's minimum digits)
            from babel.numbers import get_decimal_symbol

            text = re.sub(re.escape(get_decimal_symbol(self.locale)) + r"0+(?!\d)", "", text)
        return text

    def list(self, items: list[str]) -> str:
        """"a, b and c" in the locale's style."""
        from babel.lists import format_list

        items = [i for i in items if i]
        return format_list(items, locale=self.locale) if items else ""

    # --- dates -------------------------------------------------------------------------------
    def date(self, value: str | date | datetime | None) -> str:
        """A full date ("14 mai 2022"); partial ISO values ("2022", "2022-05") keep their precision."""
        from babel.dates import format_date

        if value is None or value == "":
            return ""
        if isinstance(value, datetime):
            return format_date(value.date(), "long", locale=self.locale)
        if isinstance(value, date):
            return format_date(value, "long", locale=self.locale)
        text = str(value)
        try:
            if len(text) == 4:
                return text
            if len(text) == 7:
                return format_date(date.fromisoformat(text + "-01"), "LLLL y", locale=self.locale)
            return format_date(date.fromisoformat(text[:10]), "long", locale=self.locale)
        except ValueError:
            return xml_safe(text)

    def when(self, value: str | datetime | None) -> str:
        """A date with its time of day when the value has one ("14 May 2022, 03:00")."""
        if value is None or value == "":
            return ""
        if isinstance(value, datetime):
            return self("meta.date_time", date=self.date(value), time=value.strftime("%H:%M"))
        text = str(value)
        if "T" in text and len(text) >= 16:
            return self("meta.date_time", date=self.date(text[:10]), time=text[11:16])
        return self.date(text)

    def moment(self, value: datetime | None, zone: tzinfo) -> tuple[str, str]:
        """A moment in the organisation's zone and in UTC: ("18 May 2022, 03:00 UTC+2", "01:00 UTC").

        The UTC part is empty when the zone is UTC; it names the day only when that is not the local one.
        """
        if value is None:
            return "", ""
        from editor.model.timezones import offset_label

        local, utc = value.astimezone(zone), value.astimezone(timezone.utc)
        shown = self("meta.date_time", date=self.date(local), time=local.strftime("%H:%M"))
        if local.utcoffset() == utc.utcoffset():
            return f"{shown} UTC", ""
        utc_text = utc.strftime("%H:%M") if utc.date() == local.date() else self(
            "meta.date_time", date=self.date(utc), time=utc.strftime("%H:%M"))
        return f"{shown} {offset_label(local)}", f"{utc_text} UTC"

    def country(self, code: str | None) -> str:
        """A country's name in the report language (Babel territories), else the code."""
        if not code:
            return ""
        from babel import Locale

        return Locale.parse(self.locale).territories.get(code.upper(), code.upper())
