"""The organisation's time zone and the local/UTC reading of the report's date-times. No Qt, no writes.

Date-times in the report without an offset ("2023-10-17T02:30") are the organisation's local time,
as an article or a responder writes them. Its zone is ``organization.timezone`` (an IANA name) when
the user set one, else the main zone of ``organization.country`` (tzdata's zone.tab lists a
country's most populous zone first), else UTC.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import cache
from importlib import resources
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from editor.model.report import IncidentReport


@cache
def _zone_table() -> dict[str, str]:
    """Country code → its first zone in zone.tab (tzdata's copy, else the system's)."""
    text = ""
    try:
        text = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        import zoneinfo

        for folder in zoneinfo.TZPATH:
            try:
                with open(f"{folder}/zone.tab", encoding="utf-8") as fh:
                    text = fh.read()
                break
            except OSError:
                continue
    table: dict[str, str] = {}
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) >= 3:
            table.setdefault(parts[0].upper(), parts[2].strip())
    return table


def zone_for_country(country: str | None) -> str | None:
    """The main IANA zone of an ISO 3166 country ("BE" → "Europe/Brussels"), None if unknown."""
    if not country:
        return None
    found = _zone_table().get(country.upper())
    if found:
        return found
    from babel.core import get_global  # a country zone.tab lacks: CLDR's list, when it has one zone

    zones = get_global("territory_zones").get(country.upper(), [])
    return zones[0] if len(zones) == 1 else None


def get_zone(name: str | None) -> ZoneInfo | None:
    """The zone called ``name``, None when absent or unknown."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def report_zone_name(report: IncidentReport) -> tuple[str | None, bool]:
    """(IANA name of the report's zone, whether it comes from the country rather than the user)."""
    own = report.organization.timezone
    if get_zone(own) is not None:
        return own, False
    derived = zone_for_country(report.organization.country)
    return (derived, True) if get_zone(derived) is not None else (None, True)


def report_zone(report: IncidentReport) -> tzinfo:
    """The zone the report's local date-times are in (UTC when neither zone nor country is known)."""
    name, _derived = report_zone_name(report)
    return get_zone(name) or timezone.utc


def localize(value: str | None, zone: tzinfo | None = None) -> datetime | None:
    """An ISO date or date-time as an aware datetime: local to ``zone`` (UTC if None) without an offset."""
    if not value:
        return None
    try:
        if len(value) == 10:
            parsed = datetime.combine(date.fromisoformat(value), datetime.min.time())
        else:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=zone or timezone.utc)


def offset_label(moment: datetime) -> str:
    """The UTC offset in force at an aware moment: "UTC+2", "UTC+5:30", "UTC"."""
    offset = moment.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def zone_label(report: IncidentReport, at: str | None = None, *, short: bool = False) -> str:
    """"Europe/Brussels (UTC+2)": the report's zone and its offset at local time ``at``; the name alone without
    ``at`` (the offset changes with summer time); "UTC" when the zone is unknown. ``short``: "Brussels (UTC+2)"."""
    name, _derived = report_zone_name(report)
    zone = get_zone(name)
    if zone is None or name is None:
        return "UTC"
    shown = name.rsplit("/", 1)[-1].replace("_", " ") if short else name
    moment = localize(at, zone)
    return f"{shown} ({offset_label(moment)})" if moment else shown
