#!/usr/bin/env python3
"""Extraction speed, printed beside the floors it is compared with (run by hand, not a test).

    .venv/bin/python benchmarks/bench_extract.py [ARTICLE]

1. warm extraction of one article (default: the corpus seed article) beside the time to read the file;
2. per-byte cost of a 1 MB article beside a 10 KB one (linear scaling means a ratio near or below 1);
3. wall time of the whole `incident-editor extract ARTICLE --json` process beside `python -c pass`,
   with the modules it imports checked for Qt and python-docx;
4. the app's prefetch child (`python -m editor extract SAMPLE --json`) on the bundled samples, median of 7,
   beside its 200 ms goal (the desktop start-up waits for it).
"""

from __future__ import annotations

import statistics
import os
import subprocess
import tempfile
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "corpus" / "dev" / "vivalia-seed.txt"
OWN = ROOT / "tests" / "data" / "articles"


def _median(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _row(label: str, value: float, floor_label: str, floor: float) -> None:
    ratio = value / floor if floor > 0 else float("inf")
    print(f"  {label:<44} {value * 1000:9.2f} ms   {floor_label:<26} {floor * 1000:9.2f} ms   ratio {ratio:7.1f}")


def bench_warm(article: Path) -> None:
    """Warm extraction beside reading the file."""
    sys.path.insert(0, str(ROOT))
    from editor.extraction import extract
    from editor.sources import load

    loaded = load(article)
    extract(loaded)  # warm: the article's lexicon branches compiled, gazetteer loaded
    read = _median(lambda: article.read_bytes(), 50)
    load_time = _median(lambda: load(article), 20)
    warm = _median(lambda: extract(loaded), 20)
    print(f"warm extraction of {article.name} ({len(loaded.text)} characters)")
    _row("extract() warm, median of 20", warm, "read_bytes()", read)
    _row("extract() warm", warm, "editor.sources.load()", load_time)


def bench_scaling() -> None:
    """A 1 MB article beside a 10 KB one, per byte."""
    from editor.extraction import extract
    from editor.sources.article import Article

    texts = [p.read_text(encoding="utf-8") for p in sorted(OWN.glob("*.txt"))] or [SEED.read_text(encoding="utf-8")]
    base = "\n\n".join(texts)
    small = (base * (10_000 // len(base) + 1))[:10_000]
    big = (base * (1_000_000 // len(base) + 1))[:1_000_000]
    extract(Article(text=small))
    t_small = _median(lambda: extract(Article(text=small)), 5)
    t_big = _median(lambda: extract(Article(text=big)), 1)
    per_small, per_big = t_small / len(small), t_big / len(big)
    print("scaling (mixed-language article text repeated)")
    print(f"  10 KB: {t_small * 1000:8.1f} ms ({per_small * 1e6:6.2f} µs/byte)   "
          f"1 MB: {t_big * 1000:9.1f} ms ({per_big * 1e6:6.2f} µs/byte)   per-byte ratio 1MB/10KB {per_big / per_small:5.2f}")


def bench_process(article: Path) -> None:
    """The whole CLI process beside an empty interpreter; Qt and docx must stay out."""
    exe = Path(sys.executable)
    cli = [str(exe), "-m", "editor", "extract", str(article), "--json", "--published", "2022-05-15"]

    # An installed package has byte-code (pip compiles it); under PYTHONDONTWRITEBYTECODE a checkout
    # would compile every module from source on every run. Nothing else is cached between runs.
    pycache = tempfile.mkdtemp(prefix="bench-pycache-")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"PYTHONPYCACHEPREFIX": pycache}

    def run(cmd: list[str]) -> None:
        subprocess.run(cmd, capture_output=True, check=True, cwd=ROOT, env=env)

    run(cli)
    empty = _median(lambda: run([str(exe), "-c", "pass"]), 5)
    whole = _median(lambda: run(cli), 5)
    print("whole process")
    _row("incident-editor extract --json, median of 5", whole, "python -c pass", empty)
    done = subprocess.run([str(exe), "-X", "importtime", *cli[1:]], capture_output=True, text=True, cwd=ROOT, env=env)
    rows = []
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            parts = line.split("|")
            try:
                rows.append((int(parts[1]), parts[2].strip()))
            except ValueError:
                continue
    heavy = sorted(rows, reverse=True)[:6]
    names = {name for _, name in rows}
    bad = sorted(n for n in names if n.split(".")[0] in ("PySide6", "shiboken6", "docx", "dateparser"))
    print("  heaviest imports (cumulative µs): " + ", ".join(f"{n.strip()} {us}" for us, n in heavy))
    print(f"  Qt / python-docx / dateparser imported: {', '.join(bad) if bad else 'none'}")


CHILD_GOAL = 0.200  # seconds: the prefetch child must not hold up a ~250 ms window start-up


def bench_child() -> None:
    """The prefetch child's exact command on each bundled sample, as an installed package runs it."""
    from editor.resources import path

    pycache = tempfile.mkdtemp(prefix="bench-pycache-")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"PYTHONPYCACHEPREFIX": pycache}
    print("prefetch child (python -m editor extract SAMPLE --json), median of 7")
    for sample in sorted(path("samples").glob("sample-*.txt")):
        cmd = [sys.executable, "-m", "editor", "extract", str(sample), "--json"]
        subprocess.run(cmd, capture_output=True, check=True, cwd=ROOT, env=env)  # byte-code
        child = _median(lambda cmd=cmd: subprocess.run(cmd, capture_output=True, check=True, cwd=ROOT, env=env), 7)
        _row(sample.name, child, "goal", CHILD_GOAL)


def main() -> int:
    """Run the four benchmarks."""
    article = Path(sys.argv[1]) if len(sys.argv) > 1 else SEED
    if not article.is_file():
        print(f"{article}: no such article", file=sys.stderr)
        return 1
    bench_warm(article)
    bench_scaling()
    bench_process(article)
    bench_child()
    return 0


if __name__ == "__main__":
    sys.exit(main())
