"""Batch throughput: 1,000 generated articles (fr/en/nl/de; txt/html/md; 5 % broken) with --jobs 1 and 2.

    .venv/bin/python benchmarks/bench_batch.py [--count 1000] [--docx 200] [--jobs 1,2]

Prints articles per second for each job count and their ratio, checks that exactly the broken files
fail, that a second run does no work (and how long it takes), and one docx figure. Format json
measures loading + extraction; docx adds the Word report.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _make_corpus():
    spec = importlib.util.spec_from_file_location("make_batch_corpus", ROOT / "tools" / "make_batch_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.make_corpus


def _run(corpus: Path, out: Path, fmt: str, jobs: int) -> tuple[float, dict]:
    from editor.batch import run_batch

    started = time.perf_counter()
    code = run_batch([corpus], out, formats=[fmt], jobs=jobs, progress=io.StringIO())
    elapsed = time.perf_counter() - started
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    summary["exit_code"] = code
    return elapsed, summary


def _check(summary: dict, corpus: Path, made: dict[str, list[str]], expect_skipped: bool) -> None:
    failed = {r["file"] for r in summary["files"] if r["status"] == "failed"}
    expected = {str(corpus / rel) for rel in made["broken"]}
    if failed != expected:
        sys.exit(f"FAILED CHECK: {len(failed ^ expected)} files fail unexpectedly or pass unexpectedly: "
                 f"{sorted(failed ^ expected)[:5]}")
    status = "skipped" if expect_skipped else "ok"
    if summary["counts"][status] != len(made["good"]):
        sys.exit(f"FAILED CHECK: {summary['counts']} (expected {len(made['good'])} {status})")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--docx", type=int, default=200, help="articles for the docx figure (0: skip)")
    parser.add_argument("--jobs", default="1,2", help="job counts to compare (default 1,2)")
    args = parser.parse_args(argv)
    jobs_list = [int(j) for j in args.jobs.split(",")]
    make_corpus = _make_corpus()
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        corpus = Path(tmp) / "corpus"
        made = make_corpus(corpus, count=args.count, broken=0.05, seed=1)
        print(f"corpus: {args.count} articles, {len(made['broken'])} broken; {os.cpu_count()} cores")
        rates: dict[int, float] = {}
        for jobs in jobs_list:
            out = Path(tmp) / f"out-json-{jobs}"
            elapsed, summary = _run(corpus, out, "json", jobs)
            _check(summary, corpus, made, expect_skipped=False)
            rates[jobs] = args.count / elapsed
            print(f"json  --jobs {jobs}: {elapsed:7.1f} s  {rates[jobs]:6.1f} articles/s  "
                  f"(exit {summary['exit_code']}, {summary['counts']})")
            again, summary = _run(corpus, out, "json", jobs)
            _check(summary, corpus, made, expect_skipped=True)
            print(f"json  --jobs {jobs} second run: {again:5.2f} s, successes skipped, the "
                  f"{len(made['broken'])} failures retried ({summary['counts']})")
        if len(jobs_list) >= 2:
            first, last = jobs_list[0], jobs_list[-1]
            print(f"speed-up --jobs {last} / --jobs {first}: {rates[last] / rates[first]:.2f}x")
        if args.docx:
            sub = Path(tmp) / "docx-corpus"
            made_docx = make_corpus(sub, count=args.docx, broken=0.05, seed=2)
            jobs = jobs_list[-1]
            elapsed, summary = _run(sub, Path(tmp) / "out-docx", "docx", jobs)
            _check(summary, sub, made_docx, expect_skipped=False)
            print(f"docx  --jobs {jobs}: {args.docx} articles in {elapsed:.1f} s = {args.docx / elapsed:.1f} articles/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
