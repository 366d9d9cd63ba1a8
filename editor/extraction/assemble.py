"""The extraction pipeline: article → stages → IncidentReport with evidence and confidence.

Like spaCy's ``nlp.pipe_names``, ``STAGES`` tells the whole story; each stage is a module with one entry
function whose docstring says what it reads and what it adds:

0. ``furniture.mark_furniture``  page furniture lines (links, teasers, bylines, credits, masthead) marked
1. ``doc.build_doc``           text → normalised copy with the furniture blanked, sentences, dates, and the
                               cue-marked sentences of other incidents (``incidents.mark_cues``)
2. ``actors.find_threat_actors``  threat-actor mentions (a name in that list is never the victim)
3. ``victim.choose_victim``    organisation candidates (``orgs``) scored, ruled out or chosen: who the victim is
4. ``incidents.attribute``     each sentence's incident, main or other, now that the victim is known
5. ``modality.assign``         each sentence's modality: asserted, denied, possible, asked, forecast, conditional
6. slot filling                from the main incident's sentences: sector (here), geography (``sites``), type,
                               dates (``timeline``), impact (``impact``), response and ransom (``response``)
7. report                      evidence spans and confidences; ``analyse`` also returns the intermediate results
"""

from __future__ import annotations

import re
from datetime import date

from msgspec import Struct, field

from editor.extraction import actors as threat_actors
from editor.extraction import candidates as scoring
from editor.extraction import impact, incidents, modality, names, numbers, response, sites, timeline
from editor.extraction.dates import find_published
from editor.extraction.doc import Doc, build_doc
from editor.extraction.evidence import Evidence
from editor.extraction.lexicon import LANGUAGES, detect_language, lexicon
from editor.extraction.victim import VictimChoice, choose_victim
from editor.model.report import Action, IncidentReport, ServiceImpact, Span
from editor.sources.article import Article

STAGES = ("furniture", "doc", "threat_actors", "victim", "incidents", "modality", "slots", "report")


class Analysis(Struct):
    """Everything the pipeline found: the report, the analysed doc, the victim choice and the actors' spans."""

    report: IncidentReport
    doc: Doc
    victim: VictimChoice
    actors: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    hedged_actors: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # only guessed at: candidates
    evidence: dict[str, list[Span]] = field(default_factory=dict)


def _language(article: Article, language: str | None) -> str:
    for candidate in (article.language, language):
        if candidate in LANGUAGES:
            return candidate
    return detect_language(article.text) or "en"


def build_report(article: Article, *, published: date | None = None, language: str | None = None) -> IncidentReport:
    """The whole extraction (see the module docstring)."""
    return analyse(article, published=published, language=language).report


def analyse(article: Article, *, published: date | None = None, language: str | None = None) -> Analysis:
    """Run every stage on ``article``; the report with the intermediate results."""
    report = IncidentReport(source=article.to_source())
    lang = _language(article, language)
    lex = lexicon(lang)
    pub = published or article.published or find_published(article.text, lex)
    report.source.language = lang
    report.source.published = pub.isoformat() if pub else None
    doc = build_doc(article.text, lex, pub)
    ev = Evidence(doc)

    hedged: dict[str, list[tuple[int, int]]] = {}
    actors = threat_actors.find_threat_actors(doc, hedged)
    if len(actors) > 10:  # bounded work on hostile input: the ten most cited names
        actors = dict(sorted(actors.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:10])
    known = threat_actors.known_names(doc)  # every name of the ATT&CK list in the article: never the victim
    choice = choose_victim(doc, set(actors) | known, article.publisher)
    if incidents.attribute(doc, choice.pattern, choice.other_forms()):
        # A precedent's paragraph went on past its cue: its sentences no longer vote for the victim or the actor
        actors = {name: spans for name, spans in actors.items()
                  if any(not doc.is_context(i, choice.pattern) for i in _sentences_of(doc, spans))}
        choice = choose_victim(doc, set(actors) | known, article.publisher)
        incidents.attribute(doc, choice.pattern, choice.other_forms())
    victim, victim_rx = choice.chosen, choice.pattern
    modality.assign(doc)
    if victim is not None:
        report.organization.name = choice.name
        runner_up = choice.candidates[1].score if len(choice.candidates) > 1 else 0.0
        margin = victim.score - runner_up
        ev.add("/organization/name", sorted(choice.sentences), 0.5 + min(0.4, margin / 10))

    _sector(doc, report, ev, victim, choice.sentences)
    sites.fill_geography(doc, report, ev, victim, choice.sentences | choice.anaphora, choice.spans, article.url, set(actors),
                         choice.people)

    itype, type_sentences, type_conf = response.find_type(doc, victim_rx)
    report.incident.type = itype
    ev.add("/incident/type", type_sentences, type_conf)
    timeline.fill_start_date(doc, report, ev, victim_rx)
    exfil, exfil_sentences = _impact(doc, report, ev, victim_rx)
    if itype == "ransomware" and exfil == "confirmed":
        # Data stolen and "no system was encrypted": an extortion over stolen data is a data breach
        unencrypted = response.encryption_denied(doc, victim_rx)
        if unencrypted:
            report.incident.type = "data_breach"
            ev.add("/incident/type", sorted(set(exfil_sentences[:2] + unencrypted[:1])), 0.6)
    _response(doc, report, ev, victim_rx)
    _ransom(doc, report, ev, victim_rx, pub, actors, exfil, exfil_sentences)
    timeline.fill_timeline(doc, report, ev, victim_rx)
    # incident.summary stays null: the report and the UI write a localised executive summary from the fields.
    report.evidence = ev.spans
    # Calibrated probabilities and the alternatives of each scored field (editor/extraction/candidates.py)
    scoring.finish(doc, report, ev.confidence, choice.candidates, actors)
    return Analysis(report, doc, choice, actors, hedged, ev.spans)


def _sentences_of(doc: Doc, spans: list[tuple[int, int]]) -> list[int]:
    """The sentences holding ``spans``."""
    found = (doc.sentence_at(a) for a, _ in spans)
    return [s.index for s in found if s is not None]


def _impact(doc: Doc, report: IncidentReport, ev: Evidence, victim_rx) -> tuple[str, list[int]]:
    """Counts, data exfiltration and its categories, services; returns the exfiltration and its sentences."""
    counts = impact.find_counts(doc, victim_rx)
    for key, count in counts.items():
        setattr(report.impact, key, count.value)
        ev.add(f"/impact/{key}", count.sentences, count.confidence)
    exfil, exfil_sentences, exfil_conf = impact.find_exfiltration(doc, victim_rx)
    report.impact.data_exfiltration = exfil
    ev.add("/impact/data_exfiltration", exfil_sentences, exfil_conf)
    for i, (label, sentences) in enumerate(impact.find_data_categories(doc, victim_rx, exfil, exfil_sentences)):
        report.impact.data_categories.append(label)
        ev.add(f"/impact/data_categories/{i}", sentences, 0.5)
    for key, (count, sentence) in impact.find_affected_counts(doc, victim_rx, exfil, exfil_sentences).items():
        setattr(report.impact, key, count)
        ev.add(f"/impact/{key}", [sentence], 0.5)
    findings = impact.find_services(doc, victim_rx)
    if report.organization.sector not in (None, "healthcare"):
        # "afspraken voor paspoorten", "appointments at the town hall": only a care provider has consultations
        findings = [f for f in findings if f.service != "consultations"]
    for i, finding in enumerate(findings):
        report.impact.services.append(ServiceImpact(service=finding.service, status=finding.status,
                                                    note=finding.note, label=finding.label))
        ev.add(f"/impact/services/{i}", finding.sentences, finding.confidence)

    return exfil, exfil_sentences


def _response(doc: Doc, report: IncidentReport, ev: Evidence, victim_rx) -> None:
    """Response actions and the restoration order."""
    actions = response.find_actions(doc, victim_rx)
    for i, a in enumerate(actions):
        report.response.actions.append(Action(category=a.category, description=a.description, actor=a.actor))
        ev.add(f"/response/actions/{i}", [a.sentence], a.confidence)
    order, order_sentence = response.restoration_order(doc, victim_rx)
    if order:
        report.response.restoration_order = order
        ev.add("/response/restoration_order", [order_sentence] if order_sentence is not None else [], 0.6)
    report.impact.patients_diverted = True if any(a.category == "patient_diversion" for a in actions) else None
    report.impact.network_disconnected = True if any(a.category == "network_isolation" for a in actions) else None


def _ransom(doc: Doc, report: IncidentReport, ev: Evidence, victim_rx, pub: date | None,
            actors: dict[str, list[tuple[int, int]]], exfil: str, exfil_sentences: list[int]) -> None:
    """Ransom status, amount, the threat actor and its claim, and whether stolen data was published."""
    ransom = response.find_ransom(doc, victim_rx)
    report.ransom.status = ransom.status
    ev.add("/ransom/status", ransom.status_sentences, ransom.confidence)
    if pub:
        report.ransom.as_of = pub.isoformat()
        ev.add("/ransom/as_of", ransom.status_sentences, ransom.confidence)
    if ransom.amount is not None:
        report.ransom.amount = ransom.amount
        ev.add("/ransom/amount", [ransom.amount_sentence] if ransom.amount_sentence is not None else [], 0.7)
        if ransom.currency:
            # "2 millions $" in an article about a Quebec school board: the bare sign is the Canadian dollar
            report.ransom.currency = numbers.local_dollar(report.organization.country) if ransom.local_currency \
                else ransom.currency
            ev.add("/ransom/currency", [ransom.amount_sentence] if ransom.amount_sentence is not None else [], 0.7)
    if actors:
        def weight(k: str) -> int:
            rx = re.compile(r"(?<![\w-])" + re.escape(k) + r"(?![\w])")
            return len(actors[k]) * 2 + sum(1 for s in doc.sentences if not doc.is_context(s.index) and rx.search(s.text))
        name = next(iter(actors)) if len(actors) == 1 else max(sorted(actors), key=weight)
        report.ransom.threat_actor = name
        sentences = sorted({doc.sentence_at(a).index for a, _ in actors[name] if doc.sentence_at(a)})
        ev.add("/ransom/threat_actor", sentences, 0.5 + min(0.3, 0.1 * len(actors[name])))
        claim = doc.lex.words("claim_cues")
        if claim is not None and any(claim.search(doc.sentences[i].text) for i in sentences):
            report.ransom.claimed = True
            ev.add("/ransom/claimed", [i for i in sentences if claim.search(doc.sentences[i].text)], 0.6)
    leak = doc.lex.words("leak_cues")
    if exfil in ("confirmed", "claimed") and leak is not None:
        # "makes publication very likely" is no publication
        leaked = [i for i in exfil_sentences
                  if any(modality.asserted(doc, i, m) for m in leak.finditer(doc.sentences[i].text))]
        if leaked:
            report.ransom.leak_published = True
            ev.add("/ransom/leak_published", leaked, 0.6)


def _sector(doc: Doc, report: IncidentReport, ev: Evidence, victim, victim_sentences: set[int]) -> None:
    sector = None
    sentences: list[int] = []
    confidence = 0.5
    if victim is not None:
        sector = victim.head_sector if victim.head_sector != "other" else None
        if sector is None:
            sector = names.descriptor_sector(doc, victim) or names.name_sector(doc, victim)
        if sector:
            sentences = sorted(victim_sentences)[:2]
            confidence = 0.8
    if sector is None:
        rx = doc.lex.groups("sector_cues")
        if rx is not None:
            counts: dict[str, int] = {}
            where: dict[str, list[int]] = {}
            for s in doc.sentences:
                if doc.is_context(s.index):
                    continue
                for m in rx.finditer(s.text):
                    if m.lastgroup:
                        counts[m.lastgroup] = counts.get(m.lastgroup, 0) + 1
                        where.setdefault(m.lastgroup, []).append(s.index)
            if counts:
                sector = max(sorted(counts), key=lambda k: counts[k])
                sentences = where[sector][:3]
                confidence = 0.4 if counts[sector] < 3 else 0.6
    if sector:
        report.organization.sector = sector
        ev.add("/organization/sector", sentences, confidence)


