"""Dates typed or selected in the window: the one reader (extraction.typed_dates) with the UI's context and words."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from editor.ui.document import Document

# The kinds of field the reader serves (typed_dates.KINDS, which loads the date patterns: on first use, so
# the window's start does not pay for them).
DATE_KINDS = ("date", "datetime", "partial")


def user_language(doc: Document) -> str:
    """The language the user writes dates in: the interface's, else the report's."""
    app = QCoreApplication.instance()
    language = app.property("incident_language") if app is not None else None
    return language if isinstance(language, str) and language else doc.report.report.language


def publication_date(doc: Document) -> date | None:
    """The article's publication date: the day relative phrases count from."""
    published = doc.report.source.published
    try:
        return date.fromisoformat(published) if published else None
    except ValueError:
        return None


def read_typed(doc: Document, kind: str, text: str, current: str | None = None, *,
               whole: bool = True) -> tuple[bool, str | None, str]:
    """(read, ISO value or None for empty, message when not read) for text typed into a date field.

    ``whole`` False reads the one date in a selection of article text, words around it allowed.
    """
    from editor.extraction import typed_dates

    reading = typed_dates.read_when(text, kind, language=user_language(doc), reference=publication_date(doc),
                                    current=current, whole=whole)
    if reading.ok:
        return True, reading.value, ""
    return False, None, message(reading.error or "", text)


def message(code: str, text: str) -> str:
    """A sentence saying why ``text`` was not read as a date."""
    from editor.extraction import typed_dates

    shown = " ".join(text.split())
    if len(shown) > 40:
        shown = shown[:39] + "…"
    if code == typed_dates.SEVERAL:
        sentence = QCoreApplication.translate("Dates", "“%1” holds more than one date or time: keep only one.")
    elif code == typed_dates.NEEDS_REFERENCE:
        sentence = QCoreApplication.translate("Dates", "“%1” is relative: enter the article’s publication date "
                                                       "first, or type the full date.")
    elif code == typed_dates.NEEDS_DAY:
        sentence = QCoreApplication.translate("Dates", "“%1” needs a day: type a full date (e.g. 17/10/2023 14:30).")
    elif code == typed_dates.NEEDS_YEAR:
        sentence = QCoreApplication.translate("Dates", "“%1” needs a year.")
    elif code == typed_dates.NOT_A_DAY:
        sentence = QCoreApplication.translate("Dates", "“%1” is not a day of the calendar.")
    else:
        sentence = QCoreApplication.translate("Dates", "“%1” cannot be read as a date: try 17/10/2023 14:30, "
                                                       "2023-10-17, “Tuesday” or “around 2:30”.")
    return sentence.replace("%1", shown)


def zone_text(doc: Document, at: str | None = None, *, short: bool = False) -> str:
    """The organisation's time zone as shown with time fields: "Europe/Brussels (UTC+2)" at ``at``
    (``short``: "Brussels (UTC+2)", beside a field)."""
    from editor.model.timezones import zone_label

    return zone_label(doc.report, at, short=short)
