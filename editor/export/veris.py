"""VERIS 1.4 export: the incident as a VERIS record (schema verisc.json, enumerations verisc-enum.json).

Only values the report supports are coded; what the report does not know is coded "Unknown",
as VERIS asks, never guessed.
"""

from __future__ import annotations

import json
import uuid
from datetime import date

from editor.export.labels import xml_safe
from editor.export.summary import executive_summary
from editor.model.enums import DataExfiltration, IncidentType, RansomStatus, Sector, ServiceStatus
from editor.model import multi
from editor.model.report import IncidentReport, Source

SCHEMA_VERSION = "1.4.0"  # what verisc.json's schema_version asks for ("1.4.0 for this schema")
SOURCE_ID = "incident-editor"
_ID_NAMESPACE = uuid.UUID("0b5c7f44-53c1-4b8e-9d5e-2f4a3c1d6e70")

# NAICS sector codes (victim.industry); "000000"-style unknowns are not allowed by the pattern, 00 is.
NAICS = {
    Sector.HEALTHCARE: "622", Sector.GOVERNMENT: "92", Sector.EDUCATION: "61", Sector.FINANCE: "52",
    Sector.ENERGY: "22", Sector.TRANSPORT: "48", Sector.MANUFACTURING: "31", Sector.RETAIL: "44",
    Sector.TELECOM: "517", Sector.OTHER: "00",
}
_CURRENCY = {"BTC": "XBT"}  # VERIS' code for bitcoin


def incident_id(report: IncidentReport) -> str:
    """A stable UUID for the incident: the same report always gets the same id."""
    key = report.report.id or "|".join(str(x) for x in (report.organization.name, report.incident.start_date,
                                                          report.source.url, report.source.title))
    return str(uuid.uuid5(_ID_NAMESPACE, xml_safe(key) or "empty")).upper()


def _year_month_day(report: IncidentReport) -> dict:
    for value in (report.incident.start_date, report.source.published, (report.report.created or "")[:10]):
        if value:
            try:
                day = date.fromisoformat(value[:10])
            except ValueError:
                continue
            if 1950 <= day.year <= 2050:
                out = {"year": day.year, "month": day.month, "day": day.day}
                detected = report.incident.detected_at or ""
                if value is report.incident.start_date and detected[:10] == value and len(detected) >= 16:
                    hour, minute = int(detected[11:13]), int(detected[14:16])
                    out["time"] = f"{(hour % 12) or 12:02d}:{minute:02d}:00 {'AM' if hour < 12 else 'PM'}"
                return out
    return {"year": min(max(date.today().year, 1950), 2050)}


def _action(report: IncidentReport) -> dict:
    kind = report.incident.type
    if kind == IncidentType.RANSOMWARE:
        return {"malware": {"variety": ["Ransomware"], "vector": ["Unknown"]}}
    if kind == IncidentType.MALWARE:
        return {"malware": {"variety": ["Unknown"], "vector": ["Unknown"]}}
    if kind == IncidentType.DDOS:
        return {"hacking": {"variety": ["DoS"], "vector": ["Web application"]}}
    if kind == IncidentType.INTRUSION:
        return {"hacking": {"variety": ["Unknown"], "vector": ["Unknown"]}}
    return {"unknown": {"notes": "The threat action is not known from the sources."}}


def _actor(report: IncidentReport) -> dict:
    name = xml_safe(report.ransom.threat_actor).strip()
    money = report.incident.type == IncidentType.RANSOMWARE or report.ransom.status in (
        RansomStatus.DEMANDED, RansomStatus.REFUSED, RansomStatus.PAID)
    if name or money:
        external = {"variety": ["Organized crime"] if money else ["Unknown"],
                    "motive": ["Financial"] if money else ["Unknown"], "country": ["Unknown"]}
        if name:
            external["notes"] = f"Threat actor: {name}"
        return {"external": external}
    return {"unknown": {"notes": "The threat actor is not known from the sources."}}


def _asset(report: IncidentReport) -> dict:
    assets = []
    if report.impact.servers_affected:
        assets.append({"variety": "S - Unknown", "amount": report.impact.servers_affected})
    if report.impact.workstations_affected:
        assets.append({"variety": "U - Desktop", "amount": report.impact.workstations_affected})
    return {"assets": assets or [{"variety": "Unknown"}], "cloud": ["Unknown"]}


def _attribute(report: IncidentReport) -> dict:
    out: dict = {}
    impact = report.impact
    statuses = {s.status for s in impact.services}
    if report.incident.type in (IncidentType.RANSOMWARE, IncidentType.DDOS) or ServiceStatus.UNAVAILABLE in statuses \
            or impact.network_disconnected:
        out["availability"] = {"variety": ["Interruption"]}
    elif ServiceStatus.DEGRADED in statuses:
        out["availability"] = {"variety": ["Degradation"]}
    if report.incident.type in (IncidentType.RANSOMWARE, IncidentType.MALWARE):
        out["integrity"] = {"variety": ["Software installation"]}
    exfil = impact.data_exfiltration
    disclosure = {DataExfiltration.CONFIRMED: "Yes", DataExfiltration.CLAIMED: "Potentially",
                  DataExfiltration.NONE: "No", DataExfiltration.UNKNOWN: "Unknown"}.get(exfil) if exfil else None
    if disclosure:
        conf: dict = {"data_disclosure": disclosure}
        if disclosure in ("Yes", "Potentially"):
            health = report.organization.sector == Sector.HEALTHCARE
            conf["data"] = [{"variety": "Medical" if health else "Unknown"}]
            conf["data_victim"] = ["Patient" if health else "Unknown"]
            if impact.records_affected:
                conf["data_total"] = impact.records_affected
        out["confidentiality"] = conf
    return out


def _impact(report: IncidentReport) -> dict:
    disrupted = report.impact.services or report.impact.appointments_affected or report.impact.network_disconnected
    out: dict = {"overall_rating": "Damaging" if disrupted else "Unknown"}
    losses = []
    if disrupted:
        losses.append({"variety": "Business disruption", "rating": "Unknown"})
    if report.ransom.status == RansomStatus.PAID and report.ransom.amount is not None:
        losses.append({"variety": "Asset and fraud", "amount": report.ransom.amount})
        if report.ransom.currency:
            out["iso_currency_code"] = _CURRENCY.get(report.ransom.currency, report.ransom.currency)
    if losses:
        out["loss"] = losses
    return out


def _confidence(report: IncidentReport) -> str:
    values = list(report.confidence.values())
    if not values:
        return "Medium"
    mean = sum(values) / len(values)
    return "High" if mean >= 0.75 else "Medium" if mean >= 0.5 else "Low"


def _notes(report: IncidentReport) -> str:
    ransom = report.ransom
    parts = []
    if ransom.status:
        parts.append(f"Ransom status: {ransom.status.value}" + (f" as of {ransom.as_of}" if ransom.as_of else ""))
    if ransom.amount is not None:
        parts.append(f"ransom amount: {ransom.amount:g} {ransom.currency or ''}".strip())
    if report.impact.appointments_affected is not None:
        parts.append(f"appointments affected: {report.impact.appointments_affected}")
    return "; ".join(parts)


def _cited(source: Source) -> str:
    """One article as a reference: its address, else its title, outlet and date."""
    url = xml_safe(source.url).strip()
    if url:
        return url
    said = [xml_safe(v).strip() for v in (source.title, source.publisher, source.published)]
    return ", ".join(v for v in said if v)


def _history_notes(report: IncidentReport) -> str:
    """The values fields took by source and the open conflicts (VERIS has no place of its own for them)."""
    if not report.history and not report.conflicts:
        return ""
    from editor.export.content import pointer_label
    from editor.export.labels import Labels
    from editor.export.stages import history_lines

    labels = Labels.for_language("en")
    return "\n".join(history_lines(report, labels, lambda p: pointer_label(p, report, labels)))


def veris_record(report: IncidentReport) -> dict:
    """The VERIS 1.4 record as plain data."""
    country = report.organization.country or "Unknown"
    record: dict = {
        "schema_version": SCHEMA_VERSION,
        "schema_name": "vcdb",
        "incident_id": incident_id(report),
        "source_id": SOURCE_ID,
        "security_incident": "Confirmed" if report.incident.type not in (None, IncidentType.UNKNOWN) else "Suspected",
        "confidence": _confidence(report),
        "summary": xml_safe(report.incident.summary).strip() or executive_summary(report, "en") or "No summary.",
        "timeline": {"incident": _year_month_day(report)},
        "victim": {
            "industry": NAICS.get(report.organization.sector, "00") if report.organization.sector else "00",
            "country": [country],
            "employee_count": "Unknown",
            "government": ["Unknown"] if report.organization.sector == Sector.GOVERNMENT else ["NA"],
        },
        "action": _action(report),
        "actor": _actor(report),
        "asset": _asset(report),
        "discovery_method": {"unknown": True},
        "impact": _impact(report),
        "targeted": "Unknown",
        "plus": {"master_id": incident_id(report)},
    }
    name = xml_safe(report.organization.name).strip()
    if name:
        record["victim"]["victim_id"] = name
    if report.sites:
        record["victim"]["locations_affected"] = len(report.sites)
    attribute = _attribute(report)
    if attribute:
        record["attribute"] = attribute
    sources = multi.all_sources(report)
    if len(sources) > 1:  # one incident told by several articles: every one of them, by date
        reference = "; ".join(_cited(s) for s in sources if _cited(s))
    else:
        urls = [xml_safe(s.url).strip() for s in sources if xml_safe(s.url).strip()]
        reference = "; ".join(urls) or xml_safe(report.report.id).strip()
    if reference:
        record["reference"] = reference
    notes = "\n".join(n for n in (_notes(report), _history_notes(report)) if n)
    if notes:
        record["notes"] = notes
    return record


def render_veris(report: IncidentReport) -> bytes:
    """The VERIS record as indented UTF-8 JSON."""
    return (json.dumps(veris_record(report), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
