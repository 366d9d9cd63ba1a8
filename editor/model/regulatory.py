"""NIS2 Art. 23 and GDPR Art. 33 notification clocks and stage checklists. Pure functions, no I/O."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo

from editor.model.enums import DataExfiltration, Regime, ReportStage
from editor.model.report import IncidentReport, Notification
from editor.model.timezones import localize


@dataclass(frozen=True)
class Deadline:
    """One computed obligation: what is due under which regime, and when."""

    regime: Regime
    stage: ReportStage | None
    key: str  # stable identifier for label tables: nis2_early_warning, gdpr_notification, …
    due: datetime | None  # None when T0 is unknown
    basis: str  # "awareness + 24 h", …
    submitted: datetime | None = None


def parse_when(value: str | None, zone: tzinfo | None = None) -> datetime | None:
    """An ISO date or date-time as an aware UTC datetime; one without an offset is local to ``zone`` (UTC if None).

    Clocks run in elapsed hours: T0 + 24 h across a change to or from summer time is 23 or 25 hours of
    wall-clock time, so every computation happens in UTC and only the display goes back to local time.
    """
    parsed = localize(value, zone)
    return parsed.astimezone(timezone.utc) if parsed else None


def add_month(moment: datetime) -> datetime:
    """The same day and time one calendar month later (clamped to the month's last day)."""
    year, month = (moment.year + 1, 1) if moment.month == 12 else (moment.year, moment.month + 1)
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def nis2_deadlines(notification: Notification, zone: tzinfo | None = None) -> list[Deadline]:
    """Early warning (T0+24 h), incident notification (T0+72 h), final report (notification + 1 month)."""
    t0 = parse_when(notification.awareness, zone)
    submitted = parse_when(notification.submitted, zone)
    early = t0 + timedelta(hours=24) if t0 else None
    notif = t0 + timedelta(hours=72) if t0 else None
    # The final report runs one month from the incident notification: its submission if known, else its due time.
    final_base = submitted if submitted and notification.stage == ReportStage.INCIDENT_NOTIFICATION else notif
    # "One month" is a calendar month of the organisation's days, not 30 times 24 hours.
    final = add_month(final_base.astimezone(zone or timezone.utc)).astimezone(timezone.utc) if final_base else None
    override = parse_when(notification.due, zone)
    out = [
        Deadline(Regime.NIS2, ReportStage.EARLY_WARNING, "nis2_early_warning", early, "awareness + 24 h"),
        Deadline(Regime.NIS2, ReportStage.INCIDENT_NOTIFICATION, "nis2_incident_notification", notif, "awareness + 72 h"),
        Deadline(Regime.NIS2, ReportStage.FINAL, "nis2_final_report", final, "incident notification + 1 month"),
    ]
    if override and notification.stage:
        out = [Deadline(d.regime, d.stage, d.key, override if d.stage == notification.stage else d.due, d.basis) for d in out]
    if submitted and notification.stage:
        out = [
            Deadline(d.regime, d.stage, d.key, d.due, d.basis, submitted if d.stage == notification.stage else None)
            for d in out
        ]
    return out


def gdpr_deadlines(notification: Notification, zone: tzinfo | None = None) -> list[Deadline]:
    """Notification to the data-protection authority within 72 h of awareness."""
    t0 = parse_when(notification.awareness, zone)
    due = parse_when(notification.due, zone) or (t0 + timedelta(hours=72) if t0 else None)
    return [Deadline(Regime.GDPR, None, "gdpr_notification", due, "awareness + 72 h",
                     parse_when(notification.submitted, zone))]


def deadlines(notification: Notification, zone: tzinfo | None = None) -> list[Deadline]:
    """Every computed deadline of one notification, as UTC moments; times without an offset are local to ``zone``."""
    if notification.regime == Regime.NIS2:
        return nis2_deadlines(notification, zone)
    if notification.regime == Regime.GDPR:
        return gdpr_deadlines(notification, zone)
    due = parse_when(notification.due, zone)
    return [Deadline(notification.regime, None, "law_enforcement_complaint", due, "",
                     parse_when(notification.submitted, zone))]


# Where NIS2 binds (the EU, and the EEA states that take it over), and where a GDPR breach notice is due within
# 72 h (the same, and the United Kingdom's UK GDPR). An unknown country keeps both: the user has not said otherwise.
EU_EEA = frozenset({"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT",
                    "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO"})
GDPR_COUNTRIES = EU_EEA | {"GB"}


def nis2_applies(report: IncidentReport) -> bool:
    """The organisation is in the EU/EEA, or its country is not known."""
    country = report.organization.country
    return country is None or country.upper() in EU_EEA


def gdpr_applies(report: IncidentReport) -> bool:
    """Personal data is or may be affected (exfiltration confirmed or claimed, or data categories named) at an
    organisation in the EU/EEA or the United Kingdom, or whose country is not known."""
    country = report.organization.country
    if country is not None and country.upper() not in GDPR_COUNTRIES:
        return False
    exfil = report.impact.data_exfiltration
    return exfil in (DataExfiltration.CONFIRMED, DataExfiltration.CLAIMED) or bool(report.impact.data_categories)


# Items a regulator expects at each stage: (pointer into the report JSON, label key).
_STAGE_ITEMS: dict[ReportStage, list[tuple[str, str]]] = {
    ReportStage.EARLY_WARNING: [
        ("/organization/name", "item_organization"),
        ("/incident/start_date", "item_start_date"),
        ("/incident/type", "item_suspected_malicious"),
        ("/notifications/nis2/awareness", "item_awareness"),
    ],
    ReportStage.INCIDENT_NOTIFICATION: [
        ("/incident/summary", "item_initial_assessment"),
        ("/impact/services", "item_impact"),
        ("/response/actions", "item_measures"),
    ],
    ReportStage.INTERMEDIATE: [
        ("/timeline", "item_timeline"),
    ],
    ReportStage.FINAL: [
        ("/lessons_learned/text", "item_root_cause"),
        ("/response/restoration_order", "item_mitigation"),
    ],
    ReportStage.PROGRESS: [],
}
_STAGE_ORDER = [
    ReportStage.EARLY_WARNING,
    ReportStage.INCIDENT_NOTIFICATION,
    ReportStage.INTERMEDIATE,
    ReportStage.FINAL,
]


def _present(report: IncidentReport, pointer: str) -> bool:
    if pointer == "/notifications/nis2/awareness":
        return any(n.regime == Regime.NIS2 and n.awareness for n in report.notifications)
    from editor.model.pointers import resolve

    try:
        value = resolve(report.to_json_dict(), pointer)
    except KeyError:
        return False
    return value not in (None, "", [], {})


def required_items(stage: ReportStage) -> list[tuple[str, str]]:
    """Items required at ``stage``: its own and those of every earlier stage."""
    if stage == ReportStage.PROGRESS:
        stage = ReportStage.FINAL
    upto = _STAGE_ORDER[: _STAGE_ORDER.index(stage) + 1]
    return [item for s in upto for item in _STAGE_ITEMS[s]]


def missing_items(report: IncidentReport, stage: ReportStage | None = None) -> list[tuple[str, str]]:
    """Required items still empty for the report's stage (or ``stage``), as (pointer, label key)."""
    stage = stage or report.report.stage
    nis2 = nis2_applies(report)
    missing = [(p, k) for p, k in required_items(stage) if not _present(report, p)
               and (nis2 or p != "/notifications/nis2/awareness")]
    if gdpr_applies(report) and not report.impact.people_affected:
        missing.append(("/impact/people_affected", "item_people_affected"))
    return missing
