"""STIX 2.1 export: a bundle with the incident, the victim's identity, the threat actor when known,
a report referencing them, and the TLP 2.0 marking definition on every object.

Identifiers are UUIDv4 as STIX recommends; the bundle is rebuilt on every export.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timezone

from editor.export.labels import xml_safe
from editor.export.options import ExportOptions
from editor.export.summary import executive_summary
from editor.model import multi
from editor.model.enums import TLP, IncidentType, RansomStatus, Sector
from editor.model.report import IncidentReport, Source

# The TLP 2.0 marking definitions published with the OASIS TLP 2.0 extension (fixed ids).
TLP2_EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"
TLP2_IDS = {
    TLP.CLEAR: "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
    TLP.GREEN: "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
    TLP.AMBER: "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
    TLP.AMBER_STRICT: "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
    TLP.RED: "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
}
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://[^\s<>\"]+$")
# industry-sector-ov
SECTORS = {
    Sector.HEALTHCARE: "healthcare", Sector.GOVERNMENT: "government", Sector.EDUCATION: "education",
    Sector.FINANCE: "financial-services", Sector.ENERGY: "energy", Sector.TRANSPORT: "transportation",
    Sector.MANUFACTURING: "manufacturing", Sector.RETAIL: "retail", Sector.TELECOM: "telecommunications",
}


def tlp_marking(tlp: TLP) -> dict:
    """The TLP 2.0 marking-definition object for ``tlp``."""
    return {
        "type": "marking-definition", "spec_version": "2.1", "id": TLP2_IDS[tlp],
        "created": "2022-10-01T00:00:00.000Z", "name": tlp.value,
        "extensions": {TLP2_EXTENSION: {"extension_type": "property-extension",
                                        "tlp_2_0": tlp.value.split(":", 1)[1].lower()}},
    }


def _published(report: IncidentReport) -> datetime:
    for value in (report.report.updated, report.report.created, report.source.published):
        if value:
            try:
                moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                continue
            if moment.year < 1000:  # stix2 would print a 3-digit year, which is not a STIX timestamp
                continue
            return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return datetime.now(timezone.utc)


def _reference(source: Source) -> dict:
    """An external reference to an article: its URL with the SHA-256 of the text we hold (STIX asks for a
    hash beside a URL); without the text, the URL is given as a description instead."""
    name = xml_safe(source.publisher or source.title or "source").strip() or "source"
    url = xml_safe(source.url).strip()
    if source.text and _URL.match(url):
        digest = hashlib.sha256(source.text.encode("utf-8", "surrogatepass")).hexdigest()
        return {"source_name": name, "url": url, "hashes": {"SHA-256": digest}}
    return {"source_name": name, "description": url}


def stix_bundle(report: IncidentReport, options: ExportOptions | None = None) -> object:
    """The stix2 Bundle for ``report``."""
    import stix2

    options = options or ExportOptions()
    tlp = options.resolved_tlp(report.report.tlp)
    marking = stix2.MarkingDefinition(**tlp_marking(tlp))
    marks = [marking.id]
    org = xml_safe(report.organization.name).strip() or "Unidentified organisation"
    identity_args: dict = {"name": org, "identity_class": "organization", "object_marking_refs": marks}
    if report.organization.sector in SECTORS:
        identity_args["sectors"] = [SECTORS[report.organization.sector]]
    victim = stix2.Identity(**identity_args)
    summary = xml_safe(report.incident.summary).strip() or executive_summary(report, "en")
    kind = report.incident.type.value.replace("_", " ") if report.incident.type else "cyber"
    incident = stix2.Incident(name=f"{kind.capitalize()} incident at {org}"[:250], description=summary or None,
                              object_marking_refs=marks)
    objects: list = [marking, victim, incident]
    actor_name = xml_safe(report.ransom.threat_actor).strip()
    if actor_name:
        criminal = report.incident.type == IncidentType.RANSOMWARE or report.ransom.status in (
            RansomStatus.DEMANDED, RansomStatus.REFUSED, RansomStatus.PAID)
        actor = stix2.ThreatActor(name=actor_name, threat_actor_types=["crime-syndicate"] if criminal else ["unknown"],
                                  object_marking_refs=marks)
        targets = stix2.Relationship(relationship_type="targets", source_ref=actor.id, target_ref=victim.id,
                                     object_marking_refs=marks)
        objects += [actor, targets]
    refs = [o.id for o in objects if o.type != "marking-definition"]
    external = [_reference(s) for s in [report.source, *report.sources] if xml_safe(s.url).strip()]
    report_args: dict = {
        "name": (xml_safe(report.report.title).strip() or f"Incident report: {org}")[:250],
        "published": _published(report), "report_types": ["threat-report"], "object_refs": refs,
        "object_marking_refs": marks, "description": summary or None,
    }
    if external:
        report_args["external_references"] = external
    sources = multi.all_sources(report)
    if len(sources) < 2:
        objects.append(stix2.Report(**report_args))
        return stix2.Bundle(objects=objects)
    objects += _per_source(report, sources, report_args, incident.id, marks)
    return stix2.Bundle(objects=objects)


def _per_source(report: IncidentReport, sources: list[Source], common: dict, incident_id: str, marks: list) -> list:
    """One incident told by several articles: a report object per article (what it added, changed and
    contradicted as its description), and a note on the incident with every field's history."""
    import stix2

    from editor.export.content import pointer_label
    from editor.export.labels import Labels
    from editor.export.stages import history_lines, source_changes

    labels = Labels.for_language("en")
    label = lambda p: pointer_label(p, report, labels)  # noqa: E731
    out: list = []
    for k, source in enumerate(sources):
        args = {**common, "name": (xml_safe(source.title).strip() or f"Source {k + 1}")[:250],
                "description": "\n".join(source_changes(report, k, labels, label)) or common.get("description")}
        args.pop("external_references", None)
        if source.published and source.published[:4] >= "1000":  # a 3-digit year is no STIX timestamp
            args["published"] = datetime.fromisoformat(source.published).replace(tzinfo=timezone.utc)
        if xml_safe(source.url).strip() or source.title:
            args["external_references"] = [_reference(source) if xml_safe(source.url).strip() else
                                           {"source_name": xml_safe(source.publisher or source.title).strip()
                                            or f"source {k + 1}", "description": xml_safe(source.title).strip()}]
        out.append(stix2.Report(**args))
    history = history_lines(report, labels, label)
    if history:
        out.append(stix2.Note(content="\n".join(history), abstract="History of the incident's values by source",
                              object_refs=[incident_id], object_marking_refs=marks))
    return out


def render_stix(report: IncidentReport, options: ExportOptions | None = None) -> bytes:
    """The STIX 2.1 bundle as indented UTF-8 JSON."""
    return (stix_bundle(report, options).serialize(pretty=True) + "\n").encode("utf-8")
