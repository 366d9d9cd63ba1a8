#!/usr/bin/env python3
"""Fit the confidence model (resources/confidence/calibration.json) on first-seen extractions of the project's
own articles, and check it on batches it was not fitted on.

Usage (from the project root):
    python tools/replay_first_seen.py REPLAY_DIR --python OLD_PY   # once: first-seen outputs per batch
    python tools/fit_confidence.py REPLAY_DIR [--check]            # fit, print held-out calibration, write

Why first-seen outputs: the current engine was tuned on tests/data/articles and gets nearly every field of
them right, so a model fitted on its outputs would say 0.99 everywhere, while a new article is right about
85 % of the time. Each batch's articles as the engine before that batch read them carry the mistakes a new
article meets. Features come from editor.extraction.confidence.features (the chosen value, its evidence, the
engine's own score, the article's shape), computed on the current analysis of the same text; labels compare
the value with the current gold file, as ../shared/eval/score.py does. One logistic regression per field with
an L2 penalty on the weights (few dozen articles per field); the calibration is checked leaving one batch
out at a time. ``--check`` fits and prints without writing.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import unicodedata
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from editor.extraction.confidence import FEATURES, FIELDS, family, features, probability  # noqa: E402
from editor.extraction.doc import build_doc  # noqa: E402
from editor.extraction.lexicon import lexicon  # noqa: E402
from editor.model.pointers import resolve  # noqa: E402

ARTICLES = ROOT / "tests" / "data" / "articles"
OUT = ROOT / "resources" / "confidence" / "calibration.json"
KIND = {"/organization/name": "text", "/organization/region": "text", "/ransom/threat_actor": "text",
        "/impact/servers_affected": "number", "/impact/workstations_affected": "number",
        "/impact/appointments_affected": "number", "/ransom/amount": "number"}
L2 = 1.0
L2_BIAS = 0.5


def norm(text) -> str:
    """The scorer's normalisation of a text value."""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join("".join(c.lower() if c.isalnum() else " " for c in text).split())


def right(kind: str, predicted, gold) -> float:
    """1.0 when ``predicted`` is one of the gold answers (the scorer's rules)."""
    for g in gold if isinstance(gold, list) else [gold]:
        if g is None:
            continue
        if kind == "number":
            try:
                if abs(float(predicted) - float(g)) <= 0.01 * max(abs(float(g)), 1.0):
                    return 1.0
            except (TypeError, ValueError):
                pass
        elif kind == "text" and norm(predicted) == norm(g):
            return 1.0
        elif str(predicted).strip().lower() == str(g).strip().lower():
            return 1.0
    return 0.0


def rows(replay: Path) -> list[dict]:
    """One row per extracted value of a scored field: batch, field, features, label."""
    out = []
    for path in sorted((replay / "outputs").glob("*/*.json")):
        gold_path = ARTICLES / (path.stem + ".gold.json")
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pred = json.loads(path.read_text(encoding="utf-8"))
        source = pred.get("source") or {}
        lang = source.get("language") or gold.get("language", "en")
        published = date.fromisoformat(source["published"][:10]) if source.get("published") else None
        doc = build_doc(source.get("text") or "", lexicon(lang), published)
        for field in FIELDS:
            try:
                gvalue = resolve(gold, field)
                value = resolve(pred, field)
            except KeyError:
                continue
            engine = (pred.get("confidence") or {}).get(field)
            if value in (None, "", []) or engine is None:
                continue
            spans = [(s["start"], s["end"]) for s in (pred.get("evidence") or {}).get(field, [])]
            out.append({"batch": path.parent.name, "field": field, "article": path.stem,
                        "x": features(doc, value, spans, float(engine)),
                        "y": right(KIND.get(field, "exact"), value, gvalue)})
        for pointer, value, y in list_rows(pred, gold):
            engine = (pred.get("confidence") or {}).get(pointer)
            if engine is None:
                continue
            spans = [(s["start"], s["end"]) for s in (pred.get("evidence") or {}).get(pointer, [])]
            out.append({"batch": path.parent.name, "field": family(pointer), "article": path.stem,
                        "x": features(doc, value, spans, float(engine)), "y": y})
    return out


def site_match(a: str, b: str) -> bool:
    """The scorer's site rule: the words of the shorter name all in the longer."""
    ta, tb = set(norm(a).split()), set(norm(b).split())
    small, large = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return bool(ta and tb) and small <= large


def list_rows(pred: dict, gold: dict) -> list[tuple[str, object, float]]:
    """(pointer, value, right) for every site, service and action row, where the gold file scores that list."""
    out: list[tuple[str, object, float]] = []
    if gold.get("sites") is not None:
        for i, site in enumerate(pred.get("sites") or []):
            out.append((f"/sites/{i}", site, 1.0 if any(site_match(site, g) for g in gold["sites"]) else 0.0))
    gimpact = gold.get("impact", {})
    if "services" in gimpact:
        pairs = {(s["service"], s["status"]) for s in gimpact["services"]}
        optional = {o["service"]: o.get("status") for o in gimpact.get("services_optional", [])}
        for i, s in enumerate((pred.get("impact") or {}).get("services") or []):
            allowed = optional.get(s.get("service"), ())
            allowed = allowed if isinstance(allowed, list) else [allowed]
            ok = (s.get("service"), s.get("status")) in pairs or (s.get("service") in optional and (
                s.get("status") in allowed or not allowed or allowed == [None]))
            out.append((f"/impact/services/{i}", True, 1.0 if ok else 0.0))
    gresp = gold.get("response", {})
    if "categories" in gresp:
        known = set(gresp["categories"]) | set(gresp.get("categories_optional", []))
        for i, a in enumerate((pred.get("response") or {}).get("actions") or []):
            out.append((f"/response/actions/{i}", True, 1.0 if a.get("category") in known else 0.0))
    return out


def fit(data: list[dict], prior: float) -> dict:
    """Logistic regression by Newton's method; L2 on the (centred) weights, and on the bias towards the logit of
    ``prior`` (every field's rate together), so a field right on all its few values is not given 1.0."""
    names = list(FEATURES)
    means = {k: sum(r["x"][k] for r in data) / len(data) for k in names}
    xs = [[r["x"][k] - means[k] for k in names] for r in data]
    ys = [r["y"] for r in data]
    p0 = (sum(ys) + 1) / (len(ys) + 2)
    w = [0.0] * len(names)
    b = math.log(p0 / (1 - p0))
    b0 = math.log(prior / (1 - prior))
    for _ in range(50):
        grad = [0.0] * (len(names) + 1)
        hess = [[0.0] * (len(names) + 1) for _ in range(len(names) + 1)]
        for x, y in zip(xs, ys):
            z = b + sum(wi * xi for wi, xi in zip(w, x))
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            v = [1.0] + x
            for i in range(len(v)):
                grad[i] += (p - y) * v[i]
                for j in range(len(v)):
                    hess[i][j] += p * (1 - p) * v[i] * v[j]
        grad[0] += L2_BIAS * (b - b0)
        hess[0][0] += L2_BIAS
        for i in range(1, len(names) + 1):
            grad[i] += L2 * w[i - 1]
            hess[i][i] += L2
        step = _solve(hess, grad)
        b -= step[0]
        w = [wi - si for wi, si in zip(w, step[1:])]
        if max(abs(s) for s in step) < 1e-7:
            break
    weights = {k: round(wi, 4) for k, wi in zip(names, w)}
    bias = b - sum(weights[k] * means[k] for k in names)  # back to uncentred features
    return {"bias": round(bias, 4), "weights": weights, "means": {k: round(v, 4) for k, v in means.items()},
            "n": len(data), "right": round(sum(ys) / len(ys), 3)}


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (a small, positive definite system)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        if abs(m[c][c]) < 1e-12:
            continue
        for r in range(n):
            if r != c:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c])]
    return [m[i][n] / m[i][i] if abs(m[i][i]) > 1e-12 else 0.0 for i in range(n)]


def fit_all(data: list[dict]) -> dict[str, dict]:
    """One model per field."""
    by_field = defaultdict(list)
    for r in data:
        by_field[r["field"]].append(r)
    prior = sum(r["y"] for r in data) / len(data)
    return {f: fit(rs, prior) for f, rs in sorted(by_field.items())}


def ece(pairs: list[tuple[float, float]]) -> float:
    """Expected calibration error over the scorer's bins."""
    total = 0.0
    for lo, hi in [(0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 1.01)]:
        inside = [(c, y) for c, y in pairs if lo <= c < hi]
        if inside:
            total += len(inside) / len(pairs) * abs(sum(c for c, _ in inside) / len(inside)
                                                    - sum(y for _, y in inside) / len(inside))
    return total


def main(argv: list[str] | None = None) -> int:
    """Fit, check leaving one batch out, write the resource."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("replay", type=Path)
    ap.add_argument("--check", action="store_true", help="print the figures, write nothing")
    args = ap.parse_args(argv)
    data = rows(args.replay)
    if not data:
        print(f"{args.replay}: no replayed outputs (run tools/replay_first_seen.py first)", file=sys.stderr)
        return 1
    batches = sorted({r["batch"] for r in data})
    held: list[tuple[float, float]] = []
    held_scalars: list[tuple[float, float]] = []  # what ../shared/eval/score.py calibrates
    engine: list[tuple[float, float]] = []
    for b in batches:
        fitted = fit_all([r for r in data if r["batch"] != b])
        for r in data:
            if r["batch"] == b:
                p = probability(r["field"], r["x"], fitted)
                held.append((p if p is not None else r["x"]["engine"], r["y"]))
                if r["field"] in FIELDS:
                    held_scalars.append(held[-1])
                engine.append((r["x"]["engine"], r["y"]))
    order = [r for b in batches for r in data if r["batch"] == b]  # the rows in the order of ``held``
    per_batch = [ece([pair for pair, r in zip(held, order) if r["batch"] == b and r["field"] in FIELDS])
                 for b in batches]
    loss = -sum(math.log(max(1e-6, p if y else 1 - p)) for (p, y) in held) / len(held)
    print(f"held-out log loss {loss:.4f}; ECE of one held-out batch (scorer's fields): median "
          f"{sorted(per_batch)[len(per_batch) // 2]:.3f}, worst {max(per_batch):.3f}")
    assert len(order) == len(held)
    models = fit_all(data)
    in_sample = [(probability(r["field"], r["x"], models), r["y"]) for r in data]
    print(f"{len(data)} values of {len({r['article'] for r in data})} articles in {len(batches)} batches, "
          f"right {sum(r['y'] for r in data) / len(data):.3f}")
    print(f"ECE leaving one batch out: {ece(held):.3f} (the engine's own scores: {ece(engine):.3f}); "
          f"in sample {ece(in_sample):.3f}; the scorer's fields alone, leaving one batch out: "
          f"{ece(held_scalars):.3f}")
    for f, m in models.items():
        print(f"  {f:<32} n={m['n']:>3} right {m['right']:.2f}")
    if not args.check:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(json.dumps({
            "about": "Fitted by tools/fit_confidence.py on first-seen outputs of tests/data/articles "
                     "(tools/replay_first_seen.py); P(right) = 1 / (1 + exp(-(bias + sum(weights * features))))",
            "features": list(FEATURES), "l2": L2, "l2_bias": L2_BIAS, "batches": len(batches), "values": len(data),
            "ece_leave_one_batch_out": round(ece(held), 4),
            "ece_leave_one_batch_out_scored_fields": round(ece(held_scalars), 4), "fields": models}, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
