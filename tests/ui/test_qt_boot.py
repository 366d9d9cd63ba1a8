"""Qt's binding imported with its embedded sources' byte-code cached: same code, any damage a miss."""

from __future__ import annotations

import builtins
import json
import os
import subprocess
import sys
from pathlib import Path

from editor.ui import qt_boot

ROOT = Path(__file__).resolve().parents[2]
PROBE = (
    "import json, builtins\n"
    "real = builtins.compile\n"
    "from editor.ui.qt_boot import import_qt\n"
    "stats = import_qt()\n"
    "assert builtins.compile is real\n"
    "from PySide6.QtWidgets import QApplication, QLabel\n"
    "app = QApplication([])\n"
    "label = QLabel('ok')\n"
    "print(json.dumps(stats))\n"
)


def _run(cache: Path, **extra: str) -> dict:
    env = dict(os.environ, INCIDENT_EDITOR_CACHE_DIR=str(cache), QT_QPA_PLATFORM="offscreen", **extra)
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_second_start_compiles_none_of_the_bindings_sources(tmp_path):
    first = _run(tmp_path)
    assert first["hits"] == 0 and first["misses"] >= 5
    second = _run(tmp_path)
    assert second == {"hits": first["misses"], "misses": 0}


def test_cached_code_is_what_compile_makes(tmp_path, monkeypatch):
    monkeypatch.setenv("INCIDENT_EDITOR_CACHE_DIR", str(tmp_path))
    _run(tmp_path)
    store = qt_boot._read(qt_boot.cache_file())
    assert store
    for (name, mode, flags), (source, code) in store.items():
        assert name.startswith(qt_boot._PREFIXES)
        assert code == compile(source, name, mode, flags, True)


def test_a_damaged_cache_is_a_miss_and_is_rewritten(tmp_path):
    _run(tmp_path)
    path = next(tmp_path.glob("qt-boot-*.bin"))
    blob = bytearray(path.read_bytes())
    blob[len(blob) // 2] ^= 0xFF  # one flipped byte: the checksum no longer matches
    path.write_bytes(bytes(blob))
    assert _run(tmp_path)["hits"] == 0
    assert _run(tmp_path)["misses"] == 0
    for junk in (b"", b"IEQB1", b"not a cache at all" * 100):
        path.write_bytes(junk)
        assert _run(tmp_path)["hits"] == 0


def test_switched_off_with_the_other_start_up_caches(tmp_path):
    assert _run(tmp_path, INCIDENT_EDITOR_NO_REGEX_CACHE="1") == {"hits": 0, "misses": 0}
    assert not list(tmp_path.glob("qt-boot-*.bin"))


def test_other_compile_calls_keep_their_callers_future_flags():
    # This module has "from __future__ import annotations": compile() called from here inherits it,
    # through the wrapper exactly as without it.
    stats = {"hits": 0, "misses": 0}
    wrapped = qt_boot.cached_compile({}, builtins.compile, stats)
    source = "def f(x: int) -> None: pass\n"
    for compile_ in (builtins.compile, wrapped):
        scope: dict = {}
        exec(compile_(source, "<test>", "exec"), scope)
        assert scope["f"].__annotations__ == {"x": "int", "return": "None"}
    scope = {}
    exec(wrapped(source, "<test>", "exec", dont_inherit=True), scope)
    assert scope["f"].__annotations__ == {"x": int, "return": None}  # evaluated: no future flag asked for
    assert stats == {"hits": 0, "misses": 0}  # not the binding's sources: never cached


def test_pysides_per_import_check_answers_as_before():
    import importlib

    qt_boot.import_qt()
    feature = sys.modules["shibokensupport.feature"]
    fast = feature._mod_uses_pyside
    assert getattr(fast, "_incident_editor", False)
    original = fast.__closure__[0].cell_contents  # the function it wraps
    import editor.ui.main_window  # noqa: F401 - modules that use PySide6, and many that do not
    importlib.import_module("msgspec")
    modules = [m for m in list(sys.modules.values()) if isinstance(getattr(m, "__file__", None), str)]
    assert len(modules) > 100
    answers = [(m.__name__, fast(m), original(m)) for m in modules]
    assert all(new == old for _name, new, old in answers), [a for a in answers if a[1] != a[2]]
    assert any(new for _name, new, _old in answers) and not all(new for _name, new, _old in answers)
    qt_boot._lighten_import_hook()  # a second call does not wrap the wrapper
    assert feature._mod_uses_pyside is fast
