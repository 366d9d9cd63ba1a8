"""Build the report's content (every section of guide/report.md, in order) as neutral blocks.

Rule applied throughout: fact tables (label | value) always show every row, with the localised
"Not reported" for an unknown value; record tables (timeline, actions, services) leave an unknown
optional cell empty; a section with nothing at all says "Not reported." once.
"""

from __future__ import annotations

import re
from datetime import date

from editor.export.blocks import (
    Block,
    BulletList,
    Cell,
    Cover,
    Heading,
    PageBreak,
    Paragraph,
    ReportDocument,
    Run,
    Table,
    TableOfContents,
)
from editor.export.labels import Labels, xml_safe
from editor.export.options import ExportOptions
from editor.export.summary import data_categories, executive_summary, service_name, systems_phrase
from editor.model import regulatory
from editor.model.enums import Regime, ServiceName, ServiceStatus
from editor.model.pointers import split
from editor.model.report import IncidentReport, Notification, Source

# Status cell fills: soft enough for black text, distinct in greyscale print.
STATUS_FILLS = {
    ServiceStatus.OPERATIONAL: "C6EFCE",
    ServiceStatus.DEGRADED: "FFE699",
    ServiceStatus.UNAVAILABLE: "F4B6B6",
}

# Evidence pointers → the label of the value they support.
_POINTER_FIELDS = {
    "/organization/name": "field.organization", "/organization/sector": "field.sector",
    "/organization/country": "field.country", "/organization/region": "field.region",
    "/incident/type": "field.incident_type", "/incident/start_date": "field.start_date",
    "/incident/detected_at": "field.detected_at", "/incident/summary": "field.summary",
    "/impact/servers_affected": "field.servers", "/impact/workstations_affected": "field.workstations",
    "/impact/appointments_affected": "field.appointments", "/impact/data_exfiltration": "field.data_exfiltration",
    "/impact/network_disconnected": "field.network_disconnected", "/impact/patients_diverted": "field.patients_diverted",
    "/impact/data_categories": "field.data_categories", "/impact/people_affected": "field.people_affected",
    "/impact/records_affected": "field.records_affected", "/ransom/status": "field.ransom_status",
    "/ransom/amount": "field.amount", "/ransom/currency": "field.amount", "/ransom/threat_actor": "field.threat_actor",
    "/ransom/as_of": "field.ransom_status", "/ransom/claimed": "field.claimed",
    "/ransom/leak_published": "field.leak_published", "/response/restoration_order": "section.restoration_order",
    "/lessons_learned/text": "field.lessons",
}


_WEB_ADDRESS = re.compile(r"^https?://[^\s<>\"]+$", re.IGNORECASE)


def clean(text: object) -> str:
    """User or article text made safe for XML, stripped."""
    return xml_safe(text).strip()


def or_not_reported(text: str, labels: Labels) -> str:
    """``text``, or the localised "Not reported" when empty."""
    return text if text else labels.not_reported


class _Numbering:
    """Section numbers "1", "1.1" for the headings (the annexes are lettered, not numbered)."""

    def __init__(self) -> None:
        self.major = 0
        self.minor = 0

    def h1(self, text: str) -> Heading:
        self.major += 1
        self.minor = 0
        return Heading(f"{self.major}\u2002{text}", 1)

    def h2(self, text: str) -> Heading:
        self.minor += 1
        return Heading(f"{self.major}.{self.minor}\u2002{text}", 2)


def pointer_label(pointer: str, report: IncidentReport, labels: Labels) -> str:
    """The label of the value an evidence pointer supports (never the raw pointer)."""
    if pointer in _POINTER_FIELDS:
        return labels(_POINTER_FIELDS[pointer])
    try:
        tokens = split(pointer)
    except ValueError:
        return labels("field.evidence")
    if not tokens:
        return labels("field.evidence")
    head = tokens[0]
    index = int(tokens[2]) if len(tokens) > 2 and tokens[2].isdigit() else None
    if head == "sites":
        return labels("field.sites")
    if tokens[:2] == ["impact", "services"] and index is not None and index < len(report.impact.services):
        return labels.enum("service", report.impact.services[index].service)
    if tokens[:2] == ["response", "actions"] and index is not None and index < len(report.response.actions):
        return labels.enum("action_category", report.response.actions[index].category)
    if head == "timeline" and len(tokens) > 1 and tokens[1].isdigit():
        return f"{labels('section.timeline')} {int(tokens[1]) + 1}"
    if labels.has(f"pointer.{head}"):
        return labels(f"pointer.{head}")
    return labels("field.evidence")


def _facts(rows: list[tuple[str, str]]) -> Table:
    return Table(columns=["", ""], rows=[[Cell(k, bold=True), Cell(v)] for k, v in rows], widths=[0.36, 0.64],
                 kind="facts")


def _nothing(labels: Labels) -> Paragraph:
    return Paragraph.of(labels.not_reported + ".", "note", italic=True)


def _cover(report: IncidentReport, labels: Labels, title: str, tlp: str, author: str, author_org: str) -> Cover:
    meta = report.report
    when = meta.updated or meta.created or date.today().isoformat()
    fields = [
        (labels("cover.organization"), or_not_reported(clean(report.organization.name), labels)),
        (labels("cover.stage"), labels.enum("stage", meta.stage)),
        (labels("cover.version"), or_not_reported(clean(meta.version), labels)),
        (labels("cover.date"), labels.date(when)),
        (labels("cover.author"), or_not_reported(author, labels)),
        (labels("cover.author_organization"), or_not_reported(author_org, labels)),
    ]
    if clean(meta.id):
        fields.append((labels("cover.report_id"), clean(meta.id)))
    fields.append((labels("cover.tlp"), tlp))
    org = clean(report.organization.name)
    subtitle = org if org and org not in title else labels.enum("stage", meta.stage)
    return Cover(title=title, subtitle=subtitle, tlp=tlp, fields=fields)


def _key_facts(report: IncidentReport, labels: Labels) -> Table:
    org = clean(report.organization.name)
    details = [labels.enum("sector", report.organization.sector) if report.organization.sector else "",
               clean(report.organization.region), labels.country(report.organization.country)]
    details = [d for d in details if d]
    if org and details:
        org = f"{org} ({', '.join(details)})"
    impact = report.impact
    ransom = ""
    if report.ransom.status is not None:
        ransom = labels.enum("ransom_status", report.ransom.status)
        if report.ransom.as_of:
            ransom += f" ({labels('meta.as_of', date=labels.date(report.ransom.as_of))})"
    return _facts([
        (labels("field.organization"), or_not_reported(org, labels)),
        (labels("field.sites"), or_not_reported(labels.list([clean(s) for s in report.sites]), labels)),
        (labels("field.incident_type"),
         labels.enum("incident_type", report.incident.type) if report.incident.type else labels.not_reported),
        (labels("field.start_date"), or_not_reported(labels.date(report.incident.start_date), labels)),
        (labels("field.systems"), or_not_reported(systems_phrase(report, labels), labels)),
        (labels("field.appointments"), labels.number(impact.appointments_affected)
         if impact.appointments_affected is not None else labels.not_reported),
        (labels("field.ransom_status"), or_not_reported(ransom, labels)),
        (labels("field.threat_actor"), or_not_reported(clean(report.ransom.threat_actor), labels)),
    ])


def _source_name(source: Source, labels: Labels) -> str:
    """The outlet when known; else a pointer to Annex A ("Source 1") rather than a long headline."""
    return clean(source.publisher) or labels("field.source_n", n=1)


def _timeline(report: IncidentReport, labels: Labels) -> list[Block]:
    if not report.timeline:
        return [_nothing(labels)]
    default_source = _source_name(report.source, labels)
    rows = []
    for event in report.timeline:
        when = labels.when(event.when)
        said = clean(event.when_text)
        note = f"\u201c{said}\u201d" if said else ""
        if not when:
            when, note = note, ""
        rows.append([Cell(when, note=note), Cell(clean(event.what)), Cell(clean(event.source) or default_source)])
    return [Table([labels("field.when"), labels("field.event"), labels("field.source")], rows, [0.24, 0.56, 0.20])]


def _impact(report: IncidentReport, labels: Labels, num: _Numbering) -> list[Block]:
    impact = report.impact
    count = (lambda v: labels.number(v) if v is not None else labels.not_reported)  # noqa: E731
    out: list[Block] = [num.h1(labels("section.impact")), num.h2(labels("section.impact_systems")), _facts([
        (labels("field.servers"), count(impact.servers_affected)),
        (labels("field.workstations"), count(impact.workstations_affected)),
        (labels("field.network_disconnected"), labels.yes_no(impact.network_disconnected)),
    ])]
    out.append(num.h2(labels("section.impact_services")))
    if impact.services:
        rows = []
        for svc in impact.services:
            name, own = service_name(svc, labels), clean(svc.label)
            rows.append([Cell(name, note=f"\u201c{own}\u201d" if own and own.lower() != name.lower() else ""),
                         Cell(labels.enum("service_status", svc.status), fill=STATUS_FILLS[svc.status], bold=True),
                         Cell(clean(svc.note)), Cell(labels.date(svc.as_of or report.source.published))])
        out.append(Table([labels("field.service"), labels("field.status"), labels("field.note"),
                          labels("field.as_of")], rows, [0.27, 0.17, 0.38, 0.18]))
    else:
        out.append(_nothing(labels))
    out += [num.h2(labels("section.impact_patient_care")), _facts([
        (labels("field.appointments"), count(impact.appointments_affected)),
        (labels("field.patients_diverted"), labels.yes_no(impact.patients_diverted)),
    ])]
    exfil = labels.enum("data_exfiltration", impact.data_exfiltration) if impact.data_exfiltration else ""
    out += [num.h2(labels("section.impact_data")), _facts([
        (labels("field.data_exfiltration"), or_not_reported(exfil, labels)),
        (labels("field.data_categories"), or_not_reported(labels.list(data_categories(report, labels)), labels)),
        (labels("field.people_affected"), count(impact.people_affected)),
        (labels("field.records_affected"), count(impact.records_affected)),
    ])]
    return out


def _response(report: IncidentReport, labels: Labels, num: _Numbering) -> list[Block]:
    out: list[Block] = [num.h1(labels("section.response")), num.h2(labels("section.response_actions"))]
    actions = report.response.actions
    if actions:
        rows = [[Cell(labels.when(a.when)), Cell(labels.enum("action_category", a.category), note=clean(a.description)),
                 Cell(clean(a.actor)), Cell(labels.enum("action_status", a.status) if a.status else "")]
                for a in actions]
        out.append(Table([labels("field.when"), labels("field.action"), labels("field.actor"), labels("field.status")],
                         rows, [0.20, 0.48, 0.18, 0.14]))
    else:
        out.append(_nothing(labels))
    out.append(num.h2(labels("section.restoration_order")))
    steps = [_restoration_step(s, labels) for s in report.response.restoration_order if clean(s)]
    out.append(BulletList(steps, numbered=True) if steps else _nothing(labels))
    return out


def _restoration_step(step: str, labels: Labels) -> str:
    """A restoration step: a service key (as the extractor writes it) through its label, free text as typed."""
    key = step.strip()
    if key in ServiceName._value2member_map_:
        return labels.enum("service", key)
    return clean(step)


def _ransom(report: IncidentReport, labels: Labels, num: _Numbering) -> list[Block]:
    ransom = report.ransom
    status = labels.enum("ransom_status", ransom.status) if ransom.status else ""
    if status and ransom.as_of:
        status += f" ({labels('meta.as_of', date=labels.date(ransom.as_of))})"
    amount = labels.money(ransom.amount, ransom.currency) if ransom.amount is not None else ""
    out: list[Block] = [num.h1(labels("section.ransom")), _facts([
        (labels("field.ransom_status"), or_not_reported(status, labels)),
        (labels("field.amount"), or_not_reported(amount, labels)),
        (labels("field.threat_actor"), or_not_reported(clean(ransom.threat_actor), labels)),
        (labels("field.claimed"), labels.yes_no(ransom.claimed)),
        (labels("field.leak_published"), labels.yes_no(ransom.leak_published)),
        (labels("field.source"), _source_name(report.source, labels)),
    ])]
    return out


def _notifications(report: IncidentReport) -> list[tuple[Notification, bool]]:
    """The notifications to show: those recorded, plus NIS2/GDPR ones that apply but are not recorded yet."""
    present = {n.regime for n in report.notifications}
    out = [(n, False) for n in report.notifications]
    t0 = report.incident.detected_at or report.incident.start_date
    if Regime.NIS2 not in present and regulatory.nis2_applies(report):  # not for a firm in Ohio
        out.append((Notification(regime=Regime.NIS2, awareness=t0), True))
    if Regime.GDPR not in present and regulatory.gdpr_applies(report):
        out.append((Notification(regime=Regime.GDPR, awareness=t0), True))
    order = {Regime.NIS2: 0, Regime.GDPR: 1, Regime.LAW_ENFORCEMENT: 2}
    return sorted(out, key=lambda item: order[item[0].regime])


def _authority(notification: Notification, report: IncidentReport, labels: Labels) -> str:
    if clean(notification.authority):
        return clean(notification.authority)
    key = f"authority.{notification.regime.value}"
    if notification.regime == Regime.NIS2 and report.organization.country == "BE":
        key = "authority.nis2_BE"
    return labels(key)


def _regulatory(report: IncidentReport, labels: Labels, num: _Numbering) -> list[Block]:
    from editor.model.timezones import report_zone, report_zone_name

    zone = report_zone(report)  # the clocks run in the organisation's local time, UTC on the line below
    rows = []
    for notification, derived in _notifications(report):
        aware = notification.awareness
        t0, t0_utc = labels.moment(regulatory.parse_when(aware, zone), zone) if aware and "T" in aware else (
            labels.when(aware), "")
        if derived and t0:
            t0 = labels("field.derived_t0", date=t0)
        for deadline in regulatory.deadlines(notification, zone):
            submitted, submitted_utc = labels.moment(deadline.submitted, zone) if deadline.submitted else (
                labels("field.not_submitted"), "")
            due, due_utc = labels.moment(deadline.due, zone)
            shown_t0 = t0
            if notification.regime != Regime.LAW_ENFORCEMENT:  # a complaint has no legal clock: leave it blank
                shown_t0, due = or_not_reported(t0, labels), or_not_reported(due, labels)
            rows.append([Cell(labels(f"deadline.{deadline.key}"), note=clean(notification.reference)),
                         Cell(_authority(notification, report, labels)), Cell(shown_t0, note=t0_utc),
                         Cell(due, note=due_utc), Cell(submitted, note=submitted_utc)])
    out: list[Block] = [num.h1(labels("section.regulatory"))]
    if rows:
        out.append(Table([labels("field.regime"), labels("field.authority"), labels("field.t0"),
                          labels("field.due"), labels("field.submitted")], rows, [0.27, 0.21, 0.20, 0.18, 0.14]))
        out.append(Paragraph.of(labels("field.times_in_zone", zone=report_zone_name(report)[0] or "UTC"), "note",
                                italic=True))
    else:  # outside Europe with nothing recorded: say why there is no clock rather than print an empty table
        out.append(Paragraph.of(labels("field.no_obligation"), "note", italic=True))
    stage = labels.enum("stage", report.report.stage)
    out.append(num.h2(f"{labels('section.regulatory_missing')} ({stage})"))
    missing = regulatory.missing_items(report)
    if missing:
        out.append(BulletList([labels(f"item.{key}") for _, key in missing]))
    else:
        out.append(Paragraph.of(labels("item.none_missing"), "note", italic=True))
    return out


def _lessons(report: IncidentReport, labels: Labels, num: _Numbering) -> list[Block]:
    out: list[Block] = [num.h1(labels("section.lessons"))]
    text = clean(report.lessons_learned.text)
    items = [clean(i) for i in report.lessons_learned.items if clean(i)]
    out += [Paragraph.of(p.strip()) for p in text.split("\n") if p.strip()]
    if items:
        out.append(BulletList(items))
    if not text and not items:
        out.append(_nothing(labels))
    return out


def all_sources(report: IncidentReport) -> list[Source]:
    """The main article and the further sources, skipping wholly empty ones."""
    return [s for s in [report.source, *report.sources] if any((s.title, s.publisher, s.url, s.published, s.text))]


def _annex_sources(report: IncidentReport, labels: Labels) -> list[Block]:
    out: list[Block] = [Heading(labels("section.annex_sources"), 1)]
    sources = all_sources(report)
    if not sources:
        return out + [_nothing(labels)]
    for n, source in enumerate(sources, 1):
        rows = [(labels("field.title"), clean(source.title)), (labels("field.outlet"), clean(source.publisher)),
                (labels("field.published"), labels.date(source.published)), (labels("field.url"), clean(source.url)),
                (labels("field.retrieved"), labels.when(source.retrieved))]
        out.append(Paragraph.of(labels("field.source_n", n=n), "table_caption", bold=True))
        table = _facts([(k, or_not_reported(v, labels)) for k, v in rows])
        url_row = table.rows[3][1]
        url_row.link = bool(_WEB_ADDRESS.match(url_row.text))
        out.append(table)
    return out


def marked_paragraphs(text: str, spans: list[tuple[int, int, str]]) -> list[list[Run]]:
    """Split ``text`` into paragraphs (one per line) with evidence spans marked and tagged at their end."""
    size = len(text)
    spans = [(max(0, s), min(size, e), tag) for s, e, tag in spans if 0 <= s < e and s < size]
    ends: dict[int, list[str]] = {}
    for _, end, tag in spans:
        ends.setdefault(end, [])
        if tag not in ends[end]:
            ends[end].append(tag)
    cuts = sorted({0, size, *(s for s, _, _ in spans), *ends})
    # coverage per segment, computed with a sweep so thousands of spans stay cheap
    starts_at: dict[int, int] = {}
    for s, e, _ in spans:
        starts_at[s] = starts_at.get(s, 0) + 1
        starts_at[e] = starts_at.get(e, 0) - 1
    paragraphs: list[list[Run]] = []
    current: list[Run] = []
    depth = 0
    for left, right in zip(cuts, cuts[1:] + [size]):
        depth += starts_at.get(left, 0)
        if left in ends and ends[left]:
            current.append(Run(f" [{'; '.join(ends[left])}]", tag=True))
        if right <= left:
            continue
        pieces = text[left:right].split("\n")
        for i, piece in enumerate(pieces):
            if i:
                paragraphs.append(current)
                current = []
            piece = xml_safe(piece)
            if piece:
                current.append(Run(piece, mark=depth > 0))
    paragraphs.append(current)
    return [p for p in paragraphs if "".join(r.text for r in p).strip()]


def _annex_text(report: IncidentReport, labels: Labels) -> list[Block]:
    out: list[Block] = [Heading(labels("section.annex_text"), 1)]
    sources = [(n, s) for n, s in enumerate(all_sources(report), 1) if s.text.strip()]
    if not sources:
        return out + [_nothing(labels)]
    out.append(Paragraph.of(labels("section.annex_text_intro"), "note", italic=True))
    for n, source in sources:
        title = clean(source.title)
        out.append(Heading(f"{labels('field.source_n', n=n)}: {title}" if title else labels("field.source_n", n=n), 2))
        spans: list[tuple[int, int, str]] = []
        if source is report.source:  # evidence offsets count into the main article's text
            for pointer, items in report.evidence.items():
                tag = pointer_label(pointer, report, labels)
                spans += [(span.start, span.end, tag) for span in items]
        out += [Paragraph(runs, "source_text") for runs in marked_paragraphs(source.text, spans)]
    return out


def build_document(report: IncidentReport, options: ExportOptions | None = None) -> ReportDocument:
    """The whole report as blocks, in the order of guide/report.md."""
    options = options or ExportOptions()
    language = options.resolved_language(report.report.language)
    labels = Labels.for_language(language, options.locale)
    tlp = options.resolved_tlp(report.report.tlp).value
    org = clean(report.organization.name)
    title = clean(report.report.title) or (labels("meta.title_with_org", organization=org) if org
                                           else labels("meta.default_title"))
    author = clean(options.author if options.author is not None else report.report.author)
    author_org = clean(options.author_organization if options.author_organization is not None
                       else report.report.author_organization)
    num = _Numbering()
    blocks: list[Block] = [_cover(report, labels, title, tlp, author, author_org)]
    toc = TableOfContents(labels("section.toc"), hint=labels("meta.toc_placeholder"))
    blocks += [toc, PageBreak()]

    blocks.append(num.h1(labels("section.summary")))
    summary = clean(report.incident.summary) or executive_summary(report, language)
    blocks += [Paragraph.of(p.strip()) for p in summary.split("\n") if p.strip()] or [_nothing(labels)]
    blocks += [num.h1(labels("section.key_facts")), _key_facts(report, labels)]
    blocks += [num.h1(labels("section.timeline")), *_timeline(report, labels)]
    blocks += _impact(report, labels, num)
    blocks += _response(report, labels, num)
    blocks += _ransom(report, labels, num)
    blocks += _regulatory(report, labels, num)
    blocks += _lessons(report, labels, num)
    blocks += [PageBreak(), *_annex_sources(report, labels), PageBreak(), *_annex_text(report, labels)]

    doc = ReportDocument(
        title=title,
        subject=labels("meta.subject", stage=labels.enum("stage", report.report.stage)),
        keywords=", ".join(k for k in [org, labels.enum("incident_type", report.incident.type)
                                       if report.incident.type else "", tlp] if k),
        author=author, author_organization=author_org, language=language, locale=labels.locale, tlp=tlp,
        page_label=labels("meta.page_x_of_y"), blocks=blocks,
    )
    toc.entries = [h for h in doc.headings() if h.level <= 3]
    return doc
