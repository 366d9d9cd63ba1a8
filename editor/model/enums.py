"""Enumerations of the incident JSON (shared/spec/incident-json.md) and of the report metadata.

Values are the spec's strings; human labels live in the report label tables and the UI.
"""

from __future__ import annotations

from enum import StrEnum


class Sector(StrEnum):
    HEALTHCARE = "healthcare"
    GOVERNMENT = "government"
    EDUCATION = "education"
    FINANCE = "finance"
    ENERGY = "energy"
    TRANSPORT = "transport"
    MANUFACTURING = "manufacturing"
    RETAIL = "retail"
    TELECOM = "telecom"
    OTHER = "other"


class IncidentType(StrEnum):
    RANSOMWARE = "ransomware"
    MALWARE = "malware"
    DDOS = "ddos"
    DATA_BREACH = "data_breach"
    INTRUSION = "intrusion"
    UNKNOWN = "unknown"


class DataExfiltration(StrEnum):
    CONFIRMED = "confirmed"
    CLAIMED = "claimed"
    NONE = "none"
    UNKNOWN = "unknown"


class ServiceName(StrEnum):
    EMERGENCY = "emergency"
    RADIOLOGY = "radiology"
    LABORATORY = "laboratory"
    INTENSIVE_CARE = "intensive_care"
    DIALYSIS = "dialysis"
    SURGERY = "surgery"
    CONSULTATIONS = "consultations"
    PHARMACY = "pharmacy"
    MATERNITY = "maternity"
    ONCOLOGY = "oncology"
    COVID_TESTING = "covid_testing"
    MEDICAL_RECORDS = "medical_records"
    TELEPHONY = "telephony"
    EMAIL = "email"
    WEBSITE = "website"
    BILLING = "billing"
    OTHER = "other"


class ServiceStatus(StrEnum):
    OPERATIONAL = "operational"
    DEGRADED = "degraded"
    UNAVAILABLE = "unavailable"


class ActionCategory(StrEnum):
    EMERGENCY_PLAN = "emergency_plan"
    NETWORK_ISOLATION = "network_isolation"
    EXTERNAL_EXPERTS = "external_experts"
    AUTHORITIES_NOTIFIED = "authorities_notified"
    LAW_ENFORCEMENT = "law_enforcement"
    CONTAINMENT = "containment"
    RESTORATION = "restoration"
    CRISIS_CELL = "crisis_cell"
    PATIENT_DIVERSION = "patient_diversion"
    DOWNTIME_PROCEDURES = "downtime_procedures"
    PUBLIC_COMMUNICATION = "public_communication"


class RansomStatus(StrEnum):
    NOT_DEMANDED = "not_demanded"
    DEMANDED = "demanded"
    REFUSED = "refused"
    PAID = "paid"
    UNKNOWN = "unknown"


class TLP(StrEnum):
    """Traffic Light Protocol 2.0 labels (FIRST)."""

    CLEAR = "TLP:CLEAR"
    GREEN = "TLP:GREEN"
    AMBER = "TLP:AMBER"
    AMBER_STRICT = "TLP:AMBER+STRICT"
    RED = "TLP:RED"


class ReportStage(StrEnum):
    """NIS2 Art. 23 reporting stages."""

    EARLY_WARNING = "early_warning"
    INCIDENT_NOTIFICATION = "incident_notification"
    INTERMEDIATE = "intermediate"
    FINAL = "final"
    PROGRESS = "progress"


class Regime(StrEnum):
    """Regulatory regimes a notification is made under."""

    NIS2 = "nis2"
    GDPR = "gdpr"
    LAW_ENFORCEMENT = "law_enforcement"


class ActionStatus(StrEnum):
    PLANNED = "planned"
    ONGOING = "ongoing"
    DONE = "done"


REPORT_LANGUAGES = ("fr", "en", "nl", "de")
