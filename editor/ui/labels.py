"""Readable, translated labels for the report's enumerations and checklist items (UI language)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def enum_labels(name: str) -> dict[str, str]:
    """Value → label for one enumeration (by the model's enum class name)."""
    # Every literal is spelled out so that pyside6-lupdate collects it.
    tables: dict[str, dict[str, str]] = {
        "Sector": {
            "healthcare": _t("Healthcare"), "government": _t("Government"), "education": _t("Education"),
            "finance": _t("Finance"), "energy": _t("Energy"), "transport": _t("Transport"),
            "manufacturing": _t("Manufacturing"), "retail": _t("Retail"), "telecom": _t("Telecom"),
            "other": _t("Other"),
        },
        "IncidentType": {
            "ransomware": _t("Ransomware"), "malware": _t("Malware"), "ddos": _t("Denial of service (DDoS)"),
            "data_breach": _t("Data breach"), "intrusion": _t("Intrusion"), "unknown": _t("Not known yet"),
        },
        "DataExfiltration": {
            "confirmed": _t("Confirmed"), "claimed": _t("Claimed by the attackers"), "none": _t("None"),
            "unknown": _t("Not known yet"),
        },
        "ServiceName": {
            "emergency": _t("Emergency department"), "radiology": _t("Radiology"), "laboratory": _t("Laboratory"),
            "intensive_care": _t("Intensive care"), "dialysis": _t("Dialysis"), "surgery": _t("Surgery"),
            "consultations": _t("Consultations"), "pharmacy": _t("Pharmacy"), "maternity": _t("Maternity"),
            "oncology": _t("Oncology"), "covid_testing": _t("COVID testing"),
            "medical_records": _t("Medical records"), "telephony": _t("Telephony"), "email": _t("Email"),
            "website": _t("Website"), "billing": _t("Billing"), "other": _t("Other"),
        },
        "ServiceStatus": {
            "operational": _t("Operational"), "degraded": _t("Degraded"), "unavailable": _t("Unavailable"),
        },
        "ActionCategory": {
            "emergency_plan": _t("Emergency plan"), "network_isolation": _t("Network isolation"),
            "external_experts": _t("External experts"), "authorities_notified": _t("Authorities notified"),
            "law_enforcement": _t("Law enforcement"), "containment": _t("Containment"),
            "restoration": _t("Restoration"), "crisis_cell": _t("Crisis cell"),
            "patient_diversion": _t("Patient diversion"), "downtime_procedures": _t("Downtime procedures"),
            "public_communication": _t("Public communication"),
        },
        "ActionStatus": {"planned": _t("Planned"), "ongoing": _t("Ongoing"), "done": _t("Done")},
        "RansomStatus": {
            "not_demanded": _t("Not demanded"), "demanded": _t("Demanded"), "refused": _t("Refused"),
            "paid": _t("Paid"), "unknown": _t("Not known yet"),
        },
        "TLP": {
            "TLP:CLEAR": "TLP:CLEAR", "TLP:GREEN": "TLP:GREEN", "TLP:AMBER": "TLP:AMBER",
            "TLP:AMBER+STRICT": "TLP:AMBER+STRICT", "TLP:RED": "TLP:RED",
        },
        "ReportStage": {
            "early_warning": _t("Early warning (24 h)"), "incident_notification": _t("Incident notification (72 h)"),
            "intermediate": _t("Intermediate report"), "final": _t("Final report (1 month)"),
            "progress": _t("Progress report"),
        },
        "Regime": {"nis2": _t("NIS2"), "gdpr": _t("GDPR"), "law_enforcement": _t("Law enforcement")},
        "Language": {"fr": _t("French"), "en": _t("English"), "nl": _t("Dutch"), "de": _t("German")},
        "Bool": {"true": _t("Yes"), "false": _t("No")},
    }
    return tables[name]


def deadline_label(key: str) -> str:
    """Label of a computed regulatory deadline."""
    return {
        "nis2_early_warning": _t("NIS2 early warning"),
        "nis2_incident_notification": _t("NIS2 incident notification"),
        "nis2_final_report": _t("NIS2 final report"),
        "gdpr_notification": _t("GDPR notification to the authority"),
        "law_enforcement_complaint": _t("Complaint to law enforcement"),
    }.get(key, key)


def item_label(key: str) -> str:
    """Label of a checklist item a regulator expects."""
    return {
        "item_organization": _t("Affected organisation"),
        "item_start_date": _t("Start date of the incident"),
        "item_suspected_malicious": _t("Suspected malicious cause (incident type)"),
        "item_awareness": _t("Awareness time (NIS2 notification)"),
        "item_initial_assessment": _t("Initial assessment (summary)"),
        "item_impact": _t("Impact on services"),
        "item_measures": _t("Measures taken"),
        "item_timeline": _t("Timeline"),
        "item_root_cause": _t("Root cause and lessons learned"),
        "item_mitigation": _t("Mitigation and restoration order"),
        "item_people_affected": _t("Number of people affected (GDPR)"),
    }.get(key, key)


def unknown_label() -> str:
    """The label of an empty (unknown) choice."""
    return _t("Unknown")
