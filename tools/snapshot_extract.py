#!/usr/bin/env python3
"""Dump `incident-editor extract ARTICLE --json` for every article of some folders, or compare with a dump.

    .venv/bin/python tools/snapshot_extract.py save SNAPSHOT.json [FOLDER ...]
    .venv/bin/python tools/snapshot_extract.py compare SNAPSHOT.json [FOLDER ...]

A refactoring of the extractor must not change its output: save before, compare after (the exit status is
1 when any article's output differs, and the differing articles are named). Folders default to the dev
corpus (../shared/corpus/dev) and tests/data/articles. Each article runs as its own process, as the scorer
runs it, with `--published` from its gold file's `published_hint` when there is one.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDERS = (ROOT.parent / "shared" / "corpus" / "dev", ROOT / "tests" / "data" / "articles")


def _articles(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.endswith(".json")
                  and not p.name.startswith("."))


def _published(article: Path) -> str | None:
    gold = article.with_name(article.name.split(".")[0] + ".gold.json")
    try:
        return json.loads(gold.read_text(encoding="utf-8")).get("published_hint") or None
    except (OSError, ValueError, AttributeError):
        return None


def _extract(article: Path) -> str:
    cmd = [sys.executable, "-m", "editor", "extract", str(article), "--json"]
    published = _published(article)
    if published:
        cmd += ["--published", published]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    return f"exit {done.returncode}\n{done.stdout}{done.stderr}"


def snapshot(folders: list[Path]) -> dict[str, str]:
    """Every article's CLI output (exit status, stdout, stderr), keyed by its path."""
    return {str(article): _extract(article) for folder in folders for article in _articles(folder)}


def main(argv: list[str]) -> int:
    """Save or compare a snapshot."""
    if len(argv) < 2 or argv[0] not in ("save", "compare"):
        print(__doc__.strip().splitlines()[2:4], file=sys.stderr)
        return 2
    mode, target = argv[0], Path(argv[1])
    folders = [Path(f).resolve() for f in argv[2:]] or list(DEFAULT_FOLDERS)
    now = snapshot(folders)
    if mode == "save":
        target.write_text(json.dumps(now, ensure_ascii=False, indent=0), encoding="utf-8")
        print(f"{len(now)} articles saved to {target}")
        return 0
    before = json.loads(target.read_text(encoding="utf-8"))
    changed = sorted(k for k in now.keys() | before.keys() if now.get(k) != before.get(k))
    for name in changed:
        print(f"differs: {name}")
    print(f"{len(now)} articles, {len(changed)} differ")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
