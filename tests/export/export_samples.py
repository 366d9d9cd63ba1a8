"""Sample reports for the exporter tests: a realistic hospital ransomware report filled by hand, and edge cases.

The article is written for these tests (a fictional hospital); nothing depends on the extraction engine.
"""

from __future__ import annotations

import msgspec

import shutil
from pathlib import Path

from editor.model import (
    Action,
    IncidentReport,
    Notification,
    ServiceImpact,
    Source,
    Span,
    TimelineEvent,
)
from editor.model.enums import (
    TLP,
    ActionCategory,
    ActionStatus,
    DataExfiltration,
    IncidentType,
    RansomStatus,
    Regime,
    ReportStage,
    Sector,
    ServiceName,
    ServiceStatus,
)

SHARED = Path(__file__).resolve().parents[3] / "shared"
VERIS_DIR = SHARED / "veris"

ARTICLE = """Cyberattaque au Centre hospitalier de la Haute-Lesse : les urgences maintenues

Le Centre hospitalier de la Haute-Lesse a été frappé par un rançongiciel dans la nuit du 13 au 14 mars 2024.
Vers 2 h 40, des alertes sont apparues sur plusieurs serveurs du site de Dinant.
Une heure plus tard, l'équipe informatique a confirmé le piratage et a coupé toutes les connexions vers l'extérieur.
Selon la direction, 180 serveurs et 1 250 ordinateurs ont été chiffrés.
Le plan d'urgence hospitalier a été déclenché et une cellule de crise s'est réunie dès 5 heures.
Les urgences restent ouvertes, mais la radiologie fonctionne en mode dégradé : les images sont prises, les protocoles sont dictés sur papier.
Le laboratoire traite les analyses beaucoup plus lentement.
Le centre de prélèvements de Ciney est fermé jusqu'à nouvel ordre.
Quelque 2 300 consultations et interventions ont été reportées.
Les attaquants, qui se présentent sous le nom de NightVault, réclament 2 millions d'euros.
« Nous ne paierons pas », a déclaré le directeur général vendredi.
Une plainte a été déposée auprès de la police fédérale et le Centre pour la cybersécurité a été prévenu.
À ce stade, aucune fuite de données n'a été constatée."""


def _span(text: str, sentence_start: str) -> Span:
    start = text.index(sentence_start)
    end = text.find("\n", start)
    return Span(start=start, end=len(text) if end < 0 else end)


def _validated(report: IncidentReport) -> IncidentReport:
    """The report as the model reads it from JSON (nested dicts become structs, values are checked)."""
    return IncidentReport.from_json_dict(msgspec.to_builtins(report))


def hospital_report() -> IncidentReport:
    """A hospital ransomware attack, every section filled as an analyst would."""
    text = ARTICLE
    evidence = {
        "/organization/name": [_span(text, "Le Centre hospitalier de la Haute-Lesse a été")],
        "/incident/type": [_span(text, "Le Centre hospitalier de la Haute-Lesse a été")],
        "/incident/start_date": [_span(text, "Le Centre hospitalier de la Haute-Lesse a été")],
        "/sites/0": [_span(text, "Vers 2 h 40")],
        "/sites/1": [_span(text, "Le centre de prélèvements")],
        "/impact/servers_affected": [_span(text, "Selon la direction")],
        "/impact/workstations_affected": [_span(text, "Selon la direction")],
        "/impact/network_disconnected": [_span(text, "Une heure plus tard")],
        "/impact/appointments_affected": [_span(text, "Quelque 2 300")],
        "/impact/services/0/status": [_span(text, "Les urgences restent")],
        "/impact/services/1/status": [_span(text, "Les urgences restent")],
        "/impact/services/2/status": [_span(text, "Le laboratoire")],
        "/impact/services/3/status": [_span(text, "Le centre de prélèvements")],
        "/ransom/status": [_span(text, "« Nous ne paierons pas »")],
        "/ransom/amount": [_span(text, "Les attaquants")],
        "/ransom/threat_actor": [_span(text, "Les attaquants")],
        "/response/actions/0/category": [_span(text, "Le plan d'urgence")],
        "/response/actions/3/category": [_span(text, "Une plainte a été déposée")],
        "/impact/data_exfiltration": [_span(text, "À ce stade")],
        "/timeline/0/when": [_span(text, "Vers 2 h 40")],
    }
    return _validated(IncidentReport(
        source=Source(title="Cyberattaque au Centre hospitalier de la Haute-Lesse", publisher="Le Courrier de la Lesse",
                      url="https://courrier-lesse.example/2024/03/15/cyberattaque-chhl", published="2024-03-15",
                      language="fr", text=text, retrieved="2024-03-15T09:12:00Z"),
        sources=[Source(title="Hospital group refuses ransom after weekend attack", publisher="Benelux Health Wire",
                        url="https://healthwire.example/news/hospital-refuses-ransom", published="2024-03-16",
                        language="en", retrieved="2024-03-16T08:00:00Z")],
        organization={"name": "Centre hospitalier de la Haute-Lesse", "sector": Sector.HEALTHCARE, "country": "BE",
                      "region": "Province de Namur"},
        sites=["Dinant", "Ciney"],
        incident={"type": IncidentType.RANSOMWARE, "start_date": "2024-03-14", "detected_at": "2024-03-14T02:40"},
        timeline=[
            TimelineEvent(when="2024-03-14T02:40", when_text="vers 2 h 40", what="Alerts on several servers at the Dinant site"),
            TimelineEvent(when="2024-03-14T03:40", when_text="une heure plus tard",
                          what="Intrusion confirmed; all outside connections cut off"),
            TimelineEvent(when="2024-03-14T05:00", when_text="dès 5 heures", what="Crisis cell convened"),
            TimelineEvent(when="2024-03-15", when_text="vendredi", what="Management states it will not pay the ransom"),
        ],
        impact={
            "servers_affected": 180, "workstations_affected": 1250, "appointments_affected": 2300,
            "data_exfiltration": DataExfiltration.NONE, "network_disconnected": True, "patients_diverted": False,
            "services": [
                ServiceImpact(service=ServiceName.EMERGENCY, status=ServiceStatus.OPERATIONAL, note="Kept open",
                              label="urgences"),
                ServiceImpact(service=ServiceName.RADIOLOGY, status=ServiceStatus.DEGRADED,
                              note="Images taken; reports dictated on paper", label="radiologie"),
                ServiceImpact(service=ServiceName.LABORATORY, status=ServiceStatus.DEGRADED,
                              note="Analyses much slower", label="laboratoire"),
                ServiceImpact(service=ServiceName.OTHER, status=ServiceStatus.UNAVAILABLE,
                              note="Blood sampling centre in Ciney closed until further notice",
                              label="centre de prélèvements", as_of="2024-03-15"),
            ],
        },
        response={
            "actions": [
                Action(category=ActionCategory.EMERGENCY_PLAN, description="Hospital emergency plan triggered",
                       when="2024-03-14T04:00", status=ActionStatus.DONE),
                Action(category=ActionCategory.NETWORK_ISOLATION, description="All outside connections cut off",
                       actor="IT department", when="2024-03-14T03:40", status=ActionStatus.DONE),
                Action(category=ActionCategory.CRISIS_CELL, description="Crisis cell convened", actor="Management",
                       when="2024-03-14T05:00", status=ActionStatus.ONGOING),
                Action(category=ActionCategory.LAW_ENFORCEMENT, description="Complaint filed with the federal police",
                       actor="Legal department", when="2024-03-14", status=ActionStatus.DONE),
                Action(category=ActionCategory.RESTORATION, description="Restore servers from offline backups",
                       actor="External incident-response firm", status=ActionStatus.PLANNED),
            ],
            "restoration_order": ["Patient administration and admissions", "Laboratory information system",
                                  "Radiology (PACS)", "Outpatient scheduling"],
        },
        ransom={"status": RansomStatus.REFUSED, "amount": 2_000_000, "currency": "EUR", "threat_actor": "NightVault",
                "as_of": "2024-03-15", "claimed": True, "leak_published": False},
        notifications=[
            Notification(regime=Regime.NIS2, authority="Centre for Cybersecurity Belgium (CCB)",
                         awareness="2024-03-14T03:40", submitted="2024-03-14T18:00",
                         stage=ReportStage.EARLY_WARNING, reference="CCB-2024-0314-17"),
            Notification(regime=Regime.LAW_ENFORCEMENT, authority="Federal police", submitted="2024-03-14T11:00"),
        ],
        lessons_learned={"text": "Offline backups made a restoration plan possible within hours.\n"
                                 "Paper downtime procedures existed but were not rehearsed in radiology.",
                         "items": ["Rehearse downtime procedures in every clinical department twice a year",
                                   "Segment the laboratory network from the office network"]},
        report={"title": None, "author": "Claire Dumont", "author_organization": "CHHL crisis cell",
                "tlp": TLP.AMBER, "stage": ReportStage.INCIDENT_NOTIFICATION, "version": "1.2",
                "created": "2024-03-15T10:00:00Z", "updated": "2024-03-15T16:30:00Z", "language": "en",
                "id": "CHHL-IR-2024-001"},
        evidence=evidence,
        confidence={"/impact/servers_affected": 0.9, "/ransom/status": 0.8},
    ))


def empty_report() -> IncidentReport:
    """Every field empty."""
    return IncidentReport()


def longest_report() -> IncidentReport:
    """Every field at its longest: long strings, many rows."""
    long = ("Très long texte sans coupure " * 40).strip()
    word = "x" * 400  # one unbreakable word must still fit a table cell
    base = hospital_report()
    data = base.to_json_dict()
    data["organization"]["name"] = long
    data["sites"] = [f"Site {i} {long[:60]}" for i in range(60)]
    data["timeline"] = [{"when": f"2024-03-{1 + i % 28:02d}T{i % 24:02d}:00", "when_text": long[:80],
                         "what": f"{i}: {long}", "source": word} for i in range(150)]
    data["impact"]["services"] = [{"service": s, "status": st, "note": long, "label": long[:50]}
                                  for s in ("emergency", "radiology", "laboratory", "surgery", "dialysis")
                                  for st in ("operational", "degraded", "unavailable")] * 4
    data["response"]["actions"] = [{"category": "containment", "description": long, "actor": word,
                                    "when": "2024-03-14", "status": "ongoing"}] * 80
    data["response"]["restoration_order"] = [long] * 30
    data["lessons_learned"] = {"text": "\n".join([long] * 20), "items": [long] * 40}
    data["ransom"]["threat_actor"] = word
    data["report"]["title"] = long[:300]
    data["source"]["text"] = (data["source"]["text"] + "\n") * 25
    data["source"]["url"] = "https://example.invalid/" + word
    return IncidentReport.from_json_dict(data)


HOSTILE = "Ctrl\x00\x01\x07\x0b\x0c\x1b\x7f\ufffe end \u202eRTL\u202c שלום עולם مرحبا بالعالم \ud800lone"


def hostile_report() -> IncidentReport:
    """Control characters, lone surrogates and right-to-left text in every string field."""
    data = hospital_report().to_json_dict()

    def poison(node: object) -> object:
        if isinstance(node, dict):
            return {k: (poison(v) if k not in _KEEP else v) for k, v in node.items()}
        if isinstance(node, list):
            return [poison(v) for v in node]
        if isinstance(node, str):
            return node + " " + HOSTILE
        return node

    poisoned = poison(data)
    return IncidentReport.from_json_dict(poisoned)


# Keys whose values are constrained (enumerations, dates, codes): they keep their valid values.
_KEEP = {"sector", "country", "type", "start_date", "detected_at", "when", "published", "retrieved", "status",
         "service", "category", "currency", "as_of", "regime", "awareness", "submitted", "due", "stage", "tlp",
         "language", "created", "updated", "evidence", "confidence", "user_edited", "data_exfiltration",
         "schema_version", "version"}


def soffice_path() -> str | None:
    """LibreOffice's soffice, or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")
