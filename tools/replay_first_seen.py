#!/usr/bin/env python3
"""Replay first-seen extractions: each batch of tests/data/articles through the engine as it was before that
batch was added (the commit's parent), so the outputs carry the mistakes a new article really meets.

Usage (from the project root): python tools/replay_first_seen.py OUT_DIR [--jobs 2] [--python PY]

The oldest engines need their own dependencies (pydantic, dateparser): give a Python that has them with
``--python`` (a venv with the union of every version's dependencies), e.g.
``python3 -m venv /tmp/old && /tmp/old/bin/pip install pydantic dateparser stix2 msgspec lxml lxml_html_clean
charset-normalizer trafilatura text2num Babel pycountry pypdf defusedxml platformdirs``.

For every commit that added articles under tests/data/articles, the parent commit's ``editor/`` and
``resources/`` are unpacked into OUT_DIR/engines/COMMIT and run with this interpreter on the articles that
commit added (their text as committed then); each output lands in OUT_DIR/outputs/COMMIT/ARTICLE.json.
Existing outputs are kept, so a rerun only fills the gaps. tools/fit_confidence.py fits on these outputs.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import io
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = "tests/data/articles"


def git(*args: str) -> bytes:
    """Output of one git command run in the project root."""
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True).stdout


def batches() -> list[tuple[str, list[str]]]:
    """(commit, article paths it added), oldest first."""
    out = []
    for commit in git("log", "--reverse", "--diff-filter=A", "--format=%H", "--", ARTICLES).decode().split():
        names = git("show", "--name-only", "--diff-filter=A", "--format=", commit, "--", ARTICLES).decode().split()
        added = [n for n in names if not n.endswith(".gold.json") and (ROOT / (n.rsplit(".", 1)[0] + ".gold.json")).exists()]
        if added:
            out.append((commit, added))
    return out


def unpack(commit: str, target: Path) -> None:
    """The parent commit's editor/ and resources/ under ``target``."""
    if (target / "editor").is_dir():
        return
    data = git("archive", f"{commit}^", "editor", "resources")
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(target, filter="data")


def replay(commit: str, paths: list[str], out: Path, python: str) -> list[str]:
    """Run the old engine on each article; returns one line per failure."""
    engine = out / "engines" / commit[:10]
    unpack(commit, engine)
    dest = out / "outputs" / commit[:10]
    dest.mkdir(parents=True, exist_ok=True)
    failures = []
    for path in paths:
        name = Path(path).name
        target = dest / (name.rsplit(".", 1)[0] + ".json")
        if target.exists():
            continue
        article = dest / name
        article.write_bytes(git("show", f"{commit}:{path}"))
        gold = json.loads((ROOT / (path.rsplit(".", 1)[0] + ".gold.json")).read_text(encoding="utf-8"))
        cmd = [python, "-m", "editor", "extract", str(article), "--json"]
        if gold.get("published_hint"):
            cmd += ["--published", gold["published_hint"]]
        done = subprocess.run(cmd, cwd=engine, capture_output=True, text=True, env={"PYTHONPATH": str(engine),
                                                                                 "PATH": "/usr/bin:/bin"})
        if done.returncode == 0:
            target.write_text(done.stdout, encoding="utf-8")
        else:
            failures.append(f"{commit[:10]} {name}: exit {done.returncode} {done.stderr.strip()[-200:]}")
    return failures


def main(argv: list[str] | None = None) -> int:
    """Replay every batch (see the module docstring)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--python", default=sys.executable, help="the interpreter that runs the old engines")
    args = ap.parse_args(argv)
    with ThreadPoolExecutor(args.jobs) as pool:
        for failures in pool.map(lambda b: replay(b[0], b[1], args.out, args.python), batches()):
            for line in failures:
                print(line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
