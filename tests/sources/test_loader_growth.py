"""The HTML, DOCX and PDF loaders grow no faster than linearly (issue 15): inputs of size ×1, ×4 and
×16 are loaded in a fresh child each, and its CPU time and peak-memory growth are compared as
ratios (a quadratic step makes each ×4 cost ×16; linear costs ×4; the tolerance allows ×8)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile import docx_many_paragraphs, html_long_story, html_wide_element, make_pdf, pdf_many_pages

ROOT = Path(__file__).resolve().parents[2]
_CHILD = textwrap.dedent(f"""
    import json, sys, time
    sys.path.insert(0, {str(ROOT)!r})
    from editor.errors import InputError
    from editor.sources import load as load_or_refuse

    def load(path):  # a refusal is an outcome too: its cost must be bounded the same way
        try:
            load_or_refuse(path)
        except InputError:
            pass

    def peak_kb():
        with open("/proc/self/status") as status:
            return int(next(line.split()[1] for line in status if line.startswith("VmHWM:")))

    load(sys.argv[2])  # warm-up on the smallest input: imports and caches are not the input's cost
    base = peak_kb()
    cpu = []
    for _ in range(2):
        started = time.process_time()
        load(sys.argv[1])
        cpu.append(time.process_time() - started)
    print(json.dumps({{"cpu": min(cpu), "memory_kb": peak_kb() - base}}))
""")
FACTORS = (1, 4, 16)
GROWTH_LIMIT = 8.0           # per ×4 step: linear is 4, quadratic 16
TIME_SLACK_S = 0.05          # below this, CPU-time ratios are noise
MEMORY_SLACK_KB = 8 * 1024   # ditto for the allocator's granularity


def _measure(tmp_path: Path, suffix: str, build: Callable[[int], bytes], unit: int) -> list[dict[str, float]]:
    smallest = tmp_path / f"warm{suffix}"
    smallest.write_bytes(build(max(1, unit // 16)))
    figures = []
    for factor in FACTORS:
        path = tmp_path / f"x{factor}{suffix}"
        path.write_bytes(build(unit * factor))
        out = subprocess.run([sys.executable, "-c", _CHILD, str(path), str(smallest)], capture_output=True,
                             text=True, timeout=300, check=True)
        figures.append(json.loads(out.stdout))
    return figures


def _assert_linear(figures: list[dict[str, float]]) -> None:
    for small, large in zip(figures, figures[1:]):
        assert large["cpu"] <= GROWTH_LIMIT * small["cpu"] + TIME_SLACK_S, figures
        assert large["memory_kb"] <= GROWTH_LIMIT * max(small["memory_kb"], 0) + MEMORY_SLACK_KB, figures


@pytest.mark.slow
def test_html_story_grows_linearly(tmp_path: Path) -> None:
    _assert_linear(_measure(tmp_path, ".html", html_long_story, 1_000))


@pytest.mark.slow
def test_html_attributes_per_element_grow_linearly(tmp_path: Path) -> None:
    """The super-linear step of issue 15: libxml2 adds one element's attributes in quadratic time
    (500 → 8,000 attributes on each of 20 elements: 0.01 s → 2.6 s before the limit)."""
    _assert_linear(_measure(tmp_path, ".html", lambda n: html_wide_element(n, elements=20), 500))


@pytest.mark.slow
def test_html_attributes_within_the_limit_grow_linearly(tmp_path: Path) -> None:
    _assert_linear(_measure(tmp_path, ".html", lambda n: html_wide_element(n, elements=1_500), 16))


@pytest.mark.slow
def test_docx_grows_linearly(tmp_path: Path) -> None:
    _assert_linear(_measure(tmp_path, ".docx", docx_many_paragraphs, 8_000))


@pytest.mark.slow
def test_pdf_text_grows_linearly(tmp_path: Path) -> None:
    line = "The council said that its systems had been taken offline after the attack on Friday."
    _assert_linear(_measure(tmp_path, ".pdf", lambda pages: make_pdf([[line] * 40] * pages), 15))


@pytest.mark.slow
def test_pdf_page_tree_grows_linearly(tmp_path: Path) -> None:
    _assert_linear(_measure(tmp_path, ".pdf", pdf_many_pages, 1_500))
