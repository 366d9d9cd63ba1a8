"""Calibrated confidence: the probability that an extracted value is right, from features of how the article
supports it, by a logistic model per field whose weights tools/fit_confidence.py fits on gold data
(resources/confidence/calibration.json).

The features read only the chosen value, its evidence sentences, the engine's own score for it and the shape
of the article, so the same code serves extraction and the fitting script (which replays first-seen outputs).
"""

from __future__ import annotations

import json
import math
from functools import cache
from typing import Any

from editor import resources
from editor.extraction.doc import Doc

# The scored fields of the exchange format (every one the scorer calibrates).
FIELDS = (
    "/organization/name", "/organization/sector", "/organization/country", "/organization/region",
    "/incident/type", "/incident/start_date", "/impact/servers_affected", "/impact/workstations_affected",
    "/impact/appointments_affected", "/impact/data_exfiltration", "/ransom/status", "/ransom/amount",
    "/ransom/currency", "/ransom/threat_actor",
)
FEATURES = ("engine", "sentences", "early", "context", "length", "repeated", "no_evidence")
# List rows share one model per list: "/impact/services/3" is scored as "/impact/services/*".
FAMILIES = ("/sites", "/impact/services", "/response/actions")
# Why a value is doubtful, per feature, when it pulls the probability down (shown in the form's tooltip).
REASONS = {
    "engine": "the extractor's own score is low",
    "sentences": "few sentences support it",
    "early": "not stated in the headline or the lead",
    "context": "the article also tells of other incidents",
    "length": "a long article",
    "repeated": "the article rarely repeats it",
    "no_evidence": "no sentence states it",
}
LOW = 0.6  # below this, the form marks the value as doubtful


def features(doc: Doc, value: Any, spans: list[tuple[int, int]], engine: float) -> dict[str, float]:
    """The features of one extracted value (see FEATURES)."""
    n = max(1, len(doc.sentences))
    first = min((a for a, _ in spans), default=None)
    index = doc.sentence_at(first).index if first is not None and doc.sentence_at(first) is not None else n
    context = len(doc.cue_context | doc.date_context) / n
    text = str(value) if isinstance(value, str) and len(value) >= 3 else None
    repeated = 0
    if text is not None:
        needle = text.casefold()
        folded = doc.cached("folded_sentences", lambda: [s.text.casefold() for s in doc.sentences])
        repeated = sum(1 for t in folded if needle in t)
    fallback = bool(spans) and engine <= 0.3 and index == 0
    return {
        "engine": engine,
        "sentences": min(len(spans), 3) / 3,
        "early": 1.0 if index <= 2 else 0.0,
        "context": min(context * 3, 1.0),
        "length": min(math.log1p(n) / math.log(120), 1.0),
        "repeated": min(repeated, 5) / 5 if text is not None else 0.5,
        "no_evidence": 1.0 if fallback else 0.0,
    }


@cache
def model() -> dict[str, Any]:
    """The fitted weights per field (empty when the resource is missing: the engine's own scores stand)."""
    try:
        return json.loads(resources.path("confidence", "calibration.json").read_text(encoding="utf-8"))["fields"]
    except (OSError, ValueError, KeyError):
        return {}


def probability(field: str, feats: dict[str, float], fitted: dict[str, Any] | None = None) -> float | None:
    """P(right) of a value of ``field`` with these features; None when the field has no fitted model."""
    params = (fitted if fitted is not None else model()).get(field)
    if params is None:
        return None
    z = params["bias"] + sum(w * feats.get(k, 0.0) for k, w in params["weights"].items())
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def reasons(field: str, feats: dict[str, float]) -> list[str]:
    """The names of the features that pull the value's probability down the most, worst first (at most three);
    REASONS says each in words."""
    params = model().get(family(field))
    if params is None:
        return []
    means = params.get("means", {})
    pulls = [(params["weights"][k] * (feats.get(k, 0.0) - means.get(k, 0.0)), k) for k in params["weights"]]
    return [k for pull, k in sorted(pulls) if pull < -0.05][:3]


def family(pointer: str) -> str:
    """The model a pointer is scored with: its own, or its list's ("/sites/2" → "/sites/*")."""
    head, _, last = pointer.rpartition("/")
    return head + "/*" if last.isdigit() and head in FAMILIES else pointer


def calibrate(doc: Doc, values: dict[str, Any], evidence: dict[str, list], engine: dict[str, float]
              ) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
    """(pointer → calibrated probability, pointer → features) for the scored fields and list rows; other
    pointers keep the engine's score. ``values`` maps each pointer to its value, ``evidence`` pointer → spans."""
    out = dict(engine)
    feats_by: dict[str, dict[str, float]] = {}
    for field in engine:
        value = values.get(field)
        if value in (None, "", []) or (field not in FIELDS and family(field) == field):
            continue
        spans = [(s["start"], s["end"]) if isinstance(s, dict) else (s.start, s.end) for s in evidence.get(field, [])]
        feats = features(doc, value, spans, engine[field])
        p = probability(family(field), feats)
        if p is not None:
            out[field] = round(p, 3)
            feats_by[field] = feats
    return out, feats_by
