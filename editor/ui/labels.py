"""Readable, translated labels for the report's enumerations and checklist items (UI language)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication



def enum_labels(name: str) -> dict[str, str]:
    """Value → label for one enumeration (by the model's enum class name)."""
    # Every literal is spelled out so that pyside6-lupdate collects it.
    tables: dict[str, dict[str, str]] = {
        "Sector": {
            "healthcare": QCoreApplication.translate("Labels", "Healthcare"),
            "government": QCoreApplication.translate("Labels", "Government"),
            "education": QCoreApplication.translate("Labels", "Education"),
            "finance": QCoreApplication.translate("Labels", "Finance"),
            "energy": QCoreApplication.translate("Labels", "Energy"),
            "transport": QCoreApplication.translate("Labels", "Transport"),
            "manufacturing": QCoreApplication.translate("Labels", "Manufacturing"),
            "retail": QCoreApplication.translate("Labels", "Retail"),
            "telecom": QCoreApplication.translate("Labels", "Telecom"),
            "other": QCoreApplication.translate("Labels", "Other"),
        },
        "IncidentType": {
            "ransomware": QCoreApplication.translate("Labels", "Ransomware"),
            "malware": QCoreApplication.translate("Labels", "Malware"),
            "ddos": QCoreApplication.translate("Labels", "Denial of service (DDoS)"),
            "data_breach": QCoreApplication.translate("Labels", "Data breach"),
            "intrusion": QCoreApplication.translate("Labels", "Intrusion"),
            "unknown": QCoreApplication.translate("Labels", "Not known yet"),
        },
        "DataExfiltration": {
            "confirmed": QCoreApplication.translate("Labels", "Confirmed"),
            "claimed": QCoreApplication.translate("Labels", "Claimed by the attackers"),
            "none": QCoreApplication.translate("Labels", "None"),
            "unknown": QCoreApplication.translate("Labels", "Not known yet"),
        },
        "ServiceName": {
            "emergency": QCoreApplication.translate("Labels", "Emergency department"),
            "radiology": QCoreApplication.translate("Labels", "Radiology"),
            "laboratory": QCoreApplication.translate("Labels", "Laboratory"),
            "intensive_care": QCoreApplication.translate("Labels", "Intensive care"),
            "dialysis": QCoreApplication.translate("Labels", "Dialysis"),
            "surgery": QCoreApplication.translate("Labels", "Surgery"),
            "consultations": QCoreApplication.translate("Labels", "Consultations"),
            "pharmacy": QCoreApplication.translate("Labels", "Pharmacy"),
            "maternity": QCoreApplication.translate("Labels", "Maternity"),
            "oncology": QCoreApplication.translate("Labels", "Oncology"),
            "covid_testing": QCoreApplication.translate("Labels", "COVID testing"),
            "medical_records": QCoreApplication.translate("Labels", "Medical records"),
            "telephony": QCoreApplication.translate("Labels", "Telephony"),
            "email": QCoreApplication.translate("Labels", "Email"),
            "website": QCoreApplication.translate("Labels", "Website"),
            "billing": QCoreApplication.translate("Labels", "Billing"),
            "other": QCoreApplication.translate("Labels", "Other"),
        },
        "ServiceStatus": {
            "operational": QCoreApplication.translate("Labels", "Operational"),
            "degraded": QCoreApplication.translate("Labels", "Degraded"),
            "unavailable": QCoreApplication.translate("Labels", "Unavailable"),
        },
        "ActionCategory": {
            "emergency_plan": QCoreApplication.translate("Labels", "Emergency plan"),
            "network_isolation": QCoreApplication.translate("Labels", "Network isolation"),
            "external_experts": QCoreApplication.translate("Labels", "External experts"),
            "authorities_notified": QCoreApplication.translate("Labels", "Authorities notified"),
            "law_enforcement": QCoreApplication.translate("Labels", "Law enforcement"),
            "containment": QCoreApplication.translate("Labels", "Containment"),
            "restoration": QCoreApplication.translate("Labels", "Restoration"),
            "crisis_cell": QCoreApplication.translate("Labels", "Crisis cell"),
            "patient_diversion": QCoreApplication.translate("Labels", "Patient diversion"),
            "downtime_procedures": QCoreApplication.translate("Labels", "Downtime procedures"),
            "public_communication": QCoreApplication.translate("Labels", "Public communication"),
        },
        "ActionStatus": {"planned": QCoreApplication.translate("Labels", "Planned"),
            "ongoing": QCoreApplication.translate("Labels", "Ongoing"),
            "done": QCoreApplication.translate("Labels", "Done")},
        "RansomStatus": {
            "not_demanded": QCoreApplication.translate("Labels", "Not demanded"),
            "demanded": QCoreApplication.translate("Labels", "Demanded"),
            "refused": QCoreApplication.translate("Labels", "Refused"),
            "paid": QCoreApplication.translate("Labels", "Paid"),
            "unknown": QCoreApplication.translate("Labels", "Not known yet"),
        },
        "TLP": {
            "TLP:CLEAR": "TLP:CLEAR", "TLP:GREEN": "TLP:GREEN", "TLP:AMBER": "TLP:AMBER",
            "TLP:AMBER+STRICT": "TLP:AMBER+STRICT", "TLP:RED": "TLP:RED",
        },
        "ReportStage": {
            "early_warning": QCoreApplication.translate("Labels", "Early warning (24 h)"),
            "incident_notification": QCoreApplication.translate("Labels", "Incident notification (72 h)"),
            "intermediate": QCoreApplication.translate("Labels", "Intermediate report"),
            "final": QCoreApplication.translate("Labels", "Final report (1 month)"),
            "progress": QCoreApplication.translate("Labels", "Progress report"),
        },
        "Regime": {"nis2": QCoreApplication.translate("Labels", "NIS2"),
            "gdpr": QCoreApplication.translate("Labels", "GDPR"),
            "law_enforcement": QCoreApplication.translate("Labels", "Law enforcement")},
        "Language": {"fr": QCoreApplication.translate("Labels", "French"),
            "en": QCoreApplication.translate("Labels", "English"),
            "nl": QCoreApplication.translate("Labels", "Dutch"),
            "de": QCoreApplication.translate("Labels", "German")},
        "Bool": {"true": QCoreApplication.translate("Labels", "Yes"),
            "false": QCoreApplication.translate("Labels", "No")},
    }
    return tables[name]


def deadline_label(key: str) -> str:
    """Label of a computed regulatory deadline."""
    return {
        "nis2_early_warning": QCoreApplication.translate("Labels", "NIS2 early warning"),
        "nis2_incident_notification": QCoreApplication.translate("Labels", "NIS2 incident notification"),
        "nis2_final_report": QCoreApplication.translate("Labels", "NIS2 final report"),
        "gdpr_notification": QCoreApplication.translate("Labels", "GDPR notification to the authority"),
        "law_enforcement_complaint": QCoreApplication.translate("Labels", "Complaint to law enforcement"),
    }.get(key, key)


def item_label(key: str) -> str:
    """Label of a checklist item a regulator expects."""
    return {
        "item_organization": QCoreApplication.translate("Labels", "Affected organisation"),
        "item_start_date": QCoreApplication.translate("Labels", "Start date of the incident"),
        "item_suspected_malicious": QCoreApplication.translate("Labels", "Suspected malicious cause (incident type)"),
        "item_awareness": QCoreApplication.translate("Labels", "Awareness time (NIS2 notification)"),
        "item_initial_assessment": QCoreApplication.translate("Labels", "Initial assessment (summary)"),
        "item_impact": QCoreApplication.translate("Labels", "Impact on services"),
        "item_measures": QCoreApplication.translate("Labels", "Measures taken"),
        "item_timeline": QCoreApplication.translate("Labels", "Timeline"),
        "item_root_cause": QCoreApplication.translate("Labels", "Root cause and lessons learned"),
        "item_mitigation": QCoreApplication.translate("Labels", "Mitigation and restoration order"),
        "item_people_affected": QCoreApplication.translate("Labels", "Number of people affected (GDPR)"),
    }.get(key, key)


def unknown_label() -> str:
    """The label of an empty (unknown) choice."""
    return QCoreApplication.translate("Labels", "Unknown")
