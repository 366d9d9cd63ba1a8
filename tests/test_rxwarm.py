"""Start-up patterns served from the program cache: the same pattern objects' behaviour, no errors ever."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from editor import rxcache, rxwarm

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(not rxwarm.supported(), reason="CPython 3.11 re internals only")

LONG = r"(?P<word>\b(?:" + "|".join(f"alpha{i}|beta{i}" for i in range(30)) + r")\b)\s+(?P<num>\d{1,4})"


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("INCIDENT_EDITOR_CACHE_DIR", str(tmp_path))
    rxcache.reset_for_tests()
    rxwarm._loaded.clear()
    yield tmp_path
    rxcache.reset_for_tests()
    re._cache.pop((str, LONG, re.IGNORECASE), None)


def test_remembered_patterns_come_back_preloaded_and_behave_the_same(cache_dir):
    assert len(LONG) >= rxwarm.MIN_LENGTH
    fresh = re.compile(LONG, re.IGNORECASE)
    assert rxwarm.remember()
    assert (LONG, int(re.IGNORECASE)) in rxwarm._read()
    assert rxcache.flush()
    rxcache.reset_for_tests()
    del re._cache[(str, LONG, int(re.IGNORECASE))]  # a new process: re knows nothing of it
    assert rxwarm.preload() >= 1
    served = re.compile(LONG, re.IGNORECASE)
    assert served is re._cache[(str, LONG, int(re.IGNORECASE))] and served is not fresh
    assert (served.pattern, served.flags, served.groupindex) == (fresh.pattern, fresh.flags, fresh.groupindex)
    for text in ("ALPHA7 42 and beta29 7", "gamma 1", "beta3  1234 alpha0 9"):
        assert [m.groupdict() for m in served.finditer(text)] == [m.groupdict() for m in fresh.finditer(text)]
    assert not rxwarm.remember()  # nothing new: the list is not written again


def test_a_damaged_or_foreign_list_is_ignored(cache_dir):
    for junk in (b"", b"\x00garbage", b"\xe3" + os.urandom(64)):
        rxwarm.list_file().parent.mkdir(parents=True, exist_ok=True)
        rxwarm.list_file().write_bytes(junk)
        assert rxwarm.preload() == 0
    import marshal

    rxwarm.list_file().write_bytes(marshal.dumps([("(unclosed", 0), (b"bytes", 0), ("x" * 300, int(re.DEBUG)), 42]))
    assert rxwarm.preload() == 0


def test_switched_off_with_the_cache(cache_dir, monkeypatch):
    monkeypatch.setenv("INCIDENT_EDITOR_NO_REGEX_CACHE", "1")
    re.compile(LONG, re.IGNORECASE)
    assert not rxwarm.remember() and rxwarm.preload() == 0
    assert not rxwarm.list_file().exists()


def test_qts_own_patterns_are_served_on_the_next_start(tmp_path):
    # Two new processes: the first records what importing Qt compiled; the second finds those
    # patterns already in re's cache, as the very objects the preload put there.
    probe = (
        "import re\n"
        "from editor import rxwarm\n"
        "rxwarm.preload()\n"
        "before = {k: id(v) for k, v in re._cache.items() if len(k[1]) >= rxwarm.MIN_LENGTH}\n"
        "import PySide6.QtWidgets\n"
        "kept = [k for k in before if k in re._cache and id(re._cache[k]) == before[k]]\n"
        "print(len(kept))\n"
        "rxwarm.remember()\n"
    )
    env = dict(os.environ, INCIDENT_EDITOR_CACHE_DIR=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    runs = [subprocess.run([sys.executable, "-c", probe], env=env, cwd=ROOT, capture_output=True, text=True,
                           timeout=120) for _ in range(2)]
    assert all(run.returncode == 0 for run in runs), runs[-1].stderr
    assert int(runs[0].stdout) == 0 and int(runs[1].stdout) >= 3
