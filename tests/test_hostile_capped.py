"""Every hostile input, old and new, under a 1 GiB address-space cap (issue 15): the CLI loads it or
refuses it with one line, and so does the window, in a child process whose memory is capped, so a
regression fails here instead of swapping the machine. Times are not asserted (see README's table,
measured with `python tests/test_hostile_capped.py`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "sources"))
from hostile import (FRENCH, deep_html, docx_declared_bomb, docx_many_paragraphs, docx_ratio_bomb,  # noqa: E402
                     docx_with_entities, encrypted_pdf, entity_bomb_html, html_long_story, html_many_elements,
                     html_wide_element, make_docx, make_pdf, pdf_dense_pages, pdf_many_pages, ENGLISH_LINES)

MEMORY_CAP = 1024 * 1024 * 1024
ROOT = Path(__file__).resolve().parent.parent
_CAP = textwrap.dedent(f"""
    import atexit, os, resource, sys
    resource.setrlimit(resource.RLIMIT_AS, ({MEMORY_CAP}, {MEMORY_CAP}))
    sys.path.insert(0, {str(ROOT)!r})

    def _usage():  # CPU seconds and peak RSS (KB; VmHWM: ru_maxrss would count the forking parent's)
        usage = resource.getrusage(resource.RUSAGE_SELF)
        with open("/proc/self/status") as status:
            peak = next((line.split()[1] for line in status if line.startswith("VmHWM:")), "0")
        with open(os.environ["HOSTILE_USAGE"], "w") as fh:
            fh.write(f"{{usage.ru_utime + usage.ru_stime}} {{peak}}")

    atexit.register(_usage)
""")
_CLI = _CAP + "from editor.cli import main\nsys.exit(main(sys.argv[1:]))\n"
_WINDOW = _CAP + textwrap.dedent("""
    import json, os, time
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from editor.ui.app import create_application
    from editor.ui.main_window import MainWindow
    from editor.ui.prompts import FakePrompts
    app = create_application()
    window = MainWindow(prompts=FakePrompts())
    window.show()
    window.open_path(sys.argv[1])
    deadline = time.monotonic() + 120
    while window.runner.busy and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(10):
        app.processEvents()
    errors = [message for kind, message in window.prompts.asked if kind == "error"]
    print(json.dumps({"busy": window.runner.busy, "errors": errors, "chars": len(window.doc.report.source.text)}))
    window.doc.stack.setClean()
    window.close()
""")


def _tampered_report(folder: Path, case: str, count: int) -> bytes:
    from tests.ui.test_tampered_reports import _tampered_report as build

    return build(folder, case, count).read_bytes()


def _cases(folder: Path) -> dict[str, tuple[str, Callable[[], bytes]]]:
    """name → (file name, builder)."""
    line = "x" * 1000 + "\n"
    return {
        # the robustness table's earlier cases
        "binary-txt": ("photo.txt", lambda: b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64),
        "truncated-docx": ("cut.docx", lambda: make_docx(["Un paragraphe de texte."])[:3000]),
        "zip-bomb-docx": ("bomb.docx", lambda: docx_ratio_bomb(48 * 1024 * 1024)),
        "declared-bomb-docx": ("declared.docx", docx_declared_bomb),
        "entities-docx": ("laughs.docx", docx_with_entities),
        "truncated-pdf": ("cut.pdf", lambda: make_pdf([ENGLISH_LINES])[:400]),
        "deep-html": ("deep.html", lambda: deep_html(100_000)),
        "entity-bomb-html": ("laughs.html", entity_bomb_html),
        "over-size-limit": ("huge.txt", lambda: b"x" * (20 * 1024 * 1024 + 1)),
        "markdown-unmatched": ("stars.md", lambda: b"**[<!--" * 200_000),
        "one-5mb-line": ("line.txt", lambda: b"mot " * (5 * 1024 * 1024 // 4)),
        # issue 15
        "html-50000-attributes": ("attrs.html", lambda: html_wide_element(50_000)),
        "html-300000-elements": ("elements.html", lambda: html_many_elements(300_000)),
        "html-19mb-story": ("story.html", lambda: html_long_story(19 * 1024 * 1024 // 340)),
        "docx-1m-elements": ("elements.docx", lambda: docx_many_paragraphs(340_000)),
        "pdf-100000-pages": ("pages.pdf", lambda: pdf_many_pages(100_000)),
        "pdf-300-dense-pages": ("dense.pdf", lambda: pdf_dense_pages(300, 7_000)),
        "pdf-aes-256": ("aes.pdf", lambda: encrypted_pdf("AES-256")),
        "text-20mb": ("long.txt", lambda: (FRENCH + "\n" + line * (19 * 1024))[: 20 * 1024 * 1024].encode()),
        "report-50000-spans": ("spans.docx", lambda: _tampered_report(folder, "spans", 50_000)),
        "report-20000-notifications": ("notes.docx", lambda: _tampered_report(folder, "notifications", 20_000)),
    }


CASES = list(_cases(Path()).keys())


def _build(folder: Path, name: str) -> Path:
    file_name, build = _cases(folder)[name]
    path = folder / file_name
    path.write_bytes(build())
    return path


def run_capped(code: str, args: list[str], timeout: float = 180) -> tuple[int, str, str, float, int, float]:
    """(exit code, stdout, stderr, CPU seconds, peak RSS in MB, wall seconds) of ``code`` under the memory cap."""
    import tempfile
    import time

    with tempfile.NamedTemporaryFile("r", suffix=".usage") as usage:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOSTILE_USAGE": usage.name}
        started = time.perf_counter()
        try:
            done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                                  stdin=subprocess.DEVNULL, env=env, timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            raise AssertionError(f"timed out after {timeout} s: {str(exc.stderr)[-500:]}") from None
        figures = usage.read().split()
    cpu, rss = (float(figures[0]), int(figures[1]) // 1024) if len(figures) == 2 else (float("nan"), -1)
    return done.returncode, done.stdout, done.stderr, cpu, rss, time.perf_counter() - started


def _check_cli(path: Path) -> tuple[int, str, str]:
    code, out, err, *_figures = run_capped(_CLI, ["extract", str(path), "--json"])
    lines = err.splitlines()
    assert "Traceback" not in err and "internal error" not in err, err[-2000:]
    if code == 0:
        assert json.loads(out)["source"]["text"]
        assert all(line.startswith(f"incident-editor: warning: {path}: ") for line in lines), err
    else:
        assert code == 1, (code, err[-2000:])
        assert len(lines) == 1 and lines[0].startswith(f"incident-editor: error: {path}: "), err
    return code, out, err


@pytest.mark.slow
@pytest.mark.parametrize("name", CASES)
def test_hostile_input_in_the_cli_under_a_memory_cap(tmp_path: Path, name: str) -> None:
    _check_cli(_build(tmp_path, name))


@pytest.mark.slow
@pytest.mark.parametrize("name", CASES)
def test_hostile_input_in_the_window_under_a_memory_cap(tmp_path: Path, name: str) -> None:
    path = _build(tmp_path, name)
    code, out, err, *_figures = run_capped(_WINDOW, [str(path)])
    assert code == 0, (code, err[-3000:])
    result = json.loads(out.strip().splitlines()[-1])
    assert not result["busy"]
    if result["errors"]:
        assert len(result["errors"]) == 1 and "\n" not in result["errors"][0]
        assert result["errors"][0].startswith(str(path)), result["errors"]
    else:
        assert result["chars"] > 0


def test_the_cap_really_caps(tmp_path: Path) -> None:
    code, _out, err, *_figures = run_capped(_CAP + "x = bytearray(2 * 1024 ** 3)\n", [])
    assert code != 0 and "MemoryError" in err


if __name__ == "__main__":  # the README's table: CPU time and peak memory of each case, CLI then window
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        for case in CASES:
            target = _build(Path(folder), case)
            cli = run_capped(_CLI, ["extract", str(target), "--json"])
            window = run_capped(_WINDOW, [str(target)])
            outcome = "loaded" if cli[0] == 0 else cli[2].strip().split(": ", 3)[-1]
            print(f"{case:28} CLI {cli[5]:5.2f} s ({cli[3]:5.2f} CPU) {cli[4]:4d} MB | window {window[5]:5.2f} s "
                  f"({window[3]:5.2f} CPU) {window[4]:4d} MB | {outcome[:90]}")
