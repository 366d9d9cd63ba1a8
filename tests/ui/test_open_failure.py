"""A file named on the command line that fails to load still shows the window, with the error in it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


@pytest.mark.parametrize("failure", [
    "ImportError: lxml.html.clean module is now a separate project lxml_html_clean",  # a broken installation
    "ValueError: unexpected state in a loader",  # a bug in a loader
])
def test_a_file_that_fails_to_load_at_start_up_shows_the_window_with_the_error(failure, tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>Une cyberattaque.</p></body></html>", encoding="utf-8")
    # `incident-editor page.html`, whose start-up prefetch has already failed when the window is built
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REOPEN_CHILD_PREFETCH_FAILS=failure)
    result = subprocess.run([sys.executable, str(HERE / "reopen_child.py"), "OK", str(page)], env=env,
                            capture_output=True, text=True, timeout=120, cwd=HERE.parents[1])
    prompts = [json.loads(line[7:]) for line in result.stdout.splitlines() if line.startswith("PROMPT ")]
    assert result.returncode == 0 and "STATE " in result.stdout, (result.stdout, result.stderr)
    assert len(prompts) == 1, prompts
    kind, _, message = failure.partition(": ")
    assert prompts[0]["over_window"]  # the error is shown over the window, not instead of it
    assert kind in prompts[0]["text"] and message in prompts[0]["text"]
