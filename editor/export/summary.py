"""The executive summary: a few sentences generated from the report's fields, in the report language."""

from __future__ import annotations

from functools import lru_cache

from editor.export.labels import Labels, xml_safe
from editor.export.naming import org_phrase
from editor.model.enums import RansomStatus, ServiceName, ServiceStatus
from editor.model.report import IncidentReport, ServiceImpact


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def systems_phrase(report: IncidentReport, labels: Labels) -> str:
    """"200 servers and 1 500 workstations", or '' when no count is known."""
    impact = report.impact
    parts = []
    if impact.servers_affected is not None:
        parts.append(labels.count("servers", impact.servers_affected))
    if impact.workstations_affected is not None:
        parts.append(labels.count("workstations", impact.workstations_affected))
    return labels.list(parts)


def ransom_phrase(report: IncidentReport, labels: Labels, *, with_date: bool = True) -> str:
    """The ransom status as a sentence without final stop, with its "as of" date; '' when unknown."""
    ransom = report.ransom
    if ransom.status is None:
        return ""
    if ransom.status == RansomStatus.DEMANDED and ransom.amount is not None:
        sentence = labels("ransom_sentence.demanded_amount", amount=labels.money(ransom.amount, ransom.currency))
    else:
        sentence = labels(f"ransom_sentence.{ransom.status.value}")
    if with_date and ransom.as_of:
        return labels("sentence.with_as_of", sentence=sentence,
                      as_of=labels("meta.as_of", date=labels.date(ransom.as_of)))[:-1]
    return sentence


def service_name(service: ServiceImpact, labels: Labels, *, in_sentence: bool = False) -> str:
    """The service's label; for "other", the article's own name when there is one. ``in_sentence``: inside a
    sentence a label starts lower case ("Services dégradés : urgences, radiologie et laboratoire"), except in
    German (nouns keep their capital), for a word in capitals ("COVID-19 testing") and for the article's own name."""
    own = xml_safe(service.label).strip()
    if service.service == ServiceName.OTHER and own:
        return own[:1].upper() + own[1:]
    label = labels.enum("service", service.service)
    if not in_sentence or labels.language == "de" or len(label) < 2 or not label[1:2].islower():
        return label
    return label[:1].lower() + label[1:]


def data_categories(report: IncidentReport, labels: Labels) -> list[str]:
    """The report's data categories in the report's language: the extractor writes the article's words for a
    known kind ("données de patients"), which any language's label table maps back to its kind; anything else
    as typed; blank entries left out."""
    kinds = _data_category_kinds()
    out = []
    for category in report.impact.data_categories:
        text = xml_safe(category).strip()
        if text:
            kind = kinds.get(text.casefold())
            out.append(labels(f"enum.data_category.{kind}") if kind else text)
    return out


@lru_cache(maxsize=None)
def _data_category_kinds() -> dict[str, str]:
    from editor.export.labels import REPORT_LANGUAGES, label_table

    prefix = "enum.data_category."
    return {text.casefold(): key[len(prefix):] for language in REPORT_LANGUAGES
            for key, text in label_table(language).items() if key.startswith(prefix) and isinstance(text, str)}


def executive_summary(report: IncidentReport, language: str | None = None) -> str:
    """A few sentences generated from the fields (used when ``incident.summary`` is empty)."""
    labels = Labels.for_language(language or report.report.language)
    sentences: list[str] = []
    # "Le Groupe hospitalier du Bocage a été victime…": the article the source article uses before the name
    org = org_phrase(xml_safe(report.organization.name).strip(), report.source.text, report.source.language,
                     labels.language, "subject")
    kind = report.incident.type.value if report.incident.type else "unknown"
    type_phrase = labels(f"type_phrase.{kind}")
    start = labels.date(report.incident.start_date)
    if org and start:
        sentences.append(labels("sentence.attack_org_date", organization=org, type_phrase=type_phrase, date=start))
    elif org:
        sentences.append(labels("sentence.attack_org", organization=org, type_phrase=type_phrase))
    elif start:
        sentences.append(labels("sentence.attack_date", type_phrase_cap=_cap(type_phrase), date=start))
    elif report.incident.type:
        sentences.append(labels("sentence.attack", type_phrase_cap=_cap(type_phrase)))

    sites = [xml_safe(s).strip() for s in report.sites if xml_safe(s).strip()]
    if sites:
        sentences.append(labels("sentence.sites", sites=labels.list(sites)))
    systems = systems_phrase(report, labels)
    if systems:
        sentences.append(_cap(labels("sentence.systems", systems=systems)))
    if report.impact.network_disconnected:
        sentences.append(labels("sentence.network_disconnected"))
    if report.impact.appointments_affected is not None:
        sentences.append(_cap(labels("sentence.appointments",
                                     appointments=labels.count("appointments", report.impact.appointments_affected))))
    for status, key in ((ServiceStatus.UNAVAILABLE, "services_unavailable"), (ServiceStatus.DEGRADED, "services_degraded")):
        names = [service_name(s, labels, in_sentence=True) for s in report.impact.services if s.status == status]
        if names:
            sentences.append(labels(f"sentence.{key}", services=labels.list(list(dict.fromkeys(names)))))
    if report.impact.patients_diverted:
        sentences.append(labels("sentence.patients_diverted"))
    if report.impact.data_exfiltration is not None:
        sentences.append(labels(f"data_sentence.{report.impact.data_exfiltration.value}"))
    categories = data_categories(report, labels)
    if categories:
        sentences.append(labels("sentence.data_categories", categories=labels.list(list(dict.fromkeys(categories)))))
    if report.impact.people_affected is not None:
        sentences.append(labels("sentence.people_affected", people=labels.count("people", report.impact.people_affected)))
    ransom = ransom_phrase(report, labels)
    if ransom:
        sentences.append(ransom + ".")
    actor = xml_safe(report.ransom.threat_actor).strip()
    if actor:
        key = "sentence.threat_actor_claimed" if report.ransom.claimed else "sentence.threat_actor"
        sentences.append(labels(key, actor=actor))
    return " ".join(sentences)
