"""An invented article and a deterministic stand-in extractor, so UI tests do not depend on extraction quality."""

from __future__ import annotations

from editor.model.report import IncidentReport
from editor.sources.article import Article

# A made-up story: no real organisation, place or person.
ARTICLE = (
    "Cyberattaque au Centre hospitalier de Valmoret\n\n"
    "Le Centre hospitalier de Valmoret a été victime d'une cyberattaque dans la nuit de samedi à dimanche. "
    "Vers 2 heures du matin, des alertes sont apparues sur plusieurs serveurs. "
    "Environ 120 serveurs et 900 ordinateurs ont été touchés. "
    "Le service des urgences reste ouvert, mais la radiologie fonctionne en mode dégradé. "
    "Le plan d'urgence hospitalier a été déclenché et le réseau a été coupé de l'extérieur. "
    "Quelque 600 rendez-vous ont dû être reportés. "
    "Aucune demande de rançon n'a été reçue à ce stade, selon la direction.\n"
)


def sentence(text: str, needle: str) -> dict[str, int]:
    """The span of the sentence containing ``needle``."""
    at = text.index(needle)
    start = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1)
    end = text.index(".", at) + 1
    return {"start": start, "end": end}


def fake_extract(article: Article, language: str | None = None) -> IncidentReport:
    """A report for ARTICLE-like text with evidence and confidences (one low, one without evidence)."""
    text = article.text
    source = article.to_source()
    source.title = source.title or text.splitlines()[0]
    source.language = language or article.language or "fr"
    data = {
        "source": source.to_plain(),
        "organization": {"name": "Centre hospitalier de Valmoret", "sector": "healthcare", "country": "FR"},
        "incident": {"type": "malware", "start_date": "2026-03-14"},
        "impact": {
            "servers_affected": 120, "workstations_affected": 900, "appointments_affected": 600,
            "data_exfiltration": "unknown",
            "services": [{"service": "emergency", "status": "operational", "note": "ouvert"},
                         {"service": "radiology", "status": "degraded", "note": ""}],
        },
        "response": {"actions": [{"category": "emergency_plan", "description": "Plan d'urgence déclenché"},
                                 {"category": "network_isolation", "description": "Réseau coupé"}]},
        "ransom": {"status": "not_demanded"},
        "evidence": {
            "/organization/name": [sentence(text, "a été victime")],
            "/incident/type": [sentence(text, "a été victime")],
            "/impact/servers_affected": [sentence(text, "120 serveurs")],
            "/impact/workstations_affected": [sentence(text, "900 ordinateurs")],
            "/impact/appointments_affected": [sentence(text, "600 rendez-vous")],
            "/impact/services/0": [sentence(text, "urgences")],
            "/impact/services/1": [sentence(text, "radiologie")],
            "/response/actions/0": [sentence(text, "plan d'urgence")],
            "/response/actions/1": [sentence(text, "réseau a été coupé")],
            "/ransom/status": [sentence(text, "rançon")],
        },
        "confidence": {"/organization/name": 0.95, "/impact/servers_affected": 0.9, "/incident/type": 0.45},
    }
    if language == "en":  # a different language reads the story differently: used by re-extraction tests
        data["impact"]["servers_affected"] = 121
        data["organization"]["name"] = "Valmoret Hospital Centre"
    return IncidentReport.from_json_dict(data)
