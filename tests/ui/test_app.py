"""The app as a process: --screenshot offscreen and under a real X server, --sample, translations."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from editor import resources

ROOT = Path(__file__).resolve().parents[2]


def png_is_not_blank(path: Path) -> bool:
    """Decode an 8-bit RGB(A) PNG and check it has more than a handful of distinct colours."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height, depth, ctype = 8, b"", 0, 0, 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, ctype = struct.unpack(">IIBB", chunk[:10])
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    assert depth == 8 and ctype in (2, 6)
    raw = zlib.decompress(idat)
    stride = width * (4 if ctype == 6 else 3) + 1
    colours = set()
    for row in range(0, height, max(1, height // 60)):
        line = raw[row * stride + 1:(row + 1) * stride]  # filtered bytes still vary with content
        colours.update(line[i:i + 3] for i in range(0, len(line), 3 * 7))
    return width > 800 and height > 500 and len(colours) > 20


def _run(args: list[str], env: dict[str, str], timeout: int = 90) -> subprocess.CompletedProcess:
    return subprocess.run(args, env=env, capture_output=True, text=True, timeout=timeout, cwd=ROOT)


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(INCIDENT_EDITOR_SETTINGS_DIR=str(tmp_path / "settings"), INCIDENT_EDITOR_DATA_DIR=str(tmp_path / "d"))
    env.update(extra)
    return env


def _target(tmp_path: Path) -> list[str]:
    """--sample when the bundled sample exists, else the invented article as FILE."""
    if resources.sample_article("fr").is_file():
        return ["--sample"]
    from tests.ui.helpers import ARTICLE

    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return [str(path)]


def test_screenshot_offscreen_each_section_and_theme(tmp_path):
    out = tmp_path / "impact-dark.png"
    result = _run([sys.executable, "-m", "editor", *_target(tmp_path), "--screenshot", str(out)],
                  _env(tmp_path, QT_QPA_PLATFORM="offscreen", INCIDENT_EDITOR_THEME="dark",
                       INCIDENT_EDITOR_SCREENSHOT_SECTION="impact"))
    assert result.returncode == 0, result.stderr
    assert png_is_not_blank(out)


def test_a_screenshot_leaves_the_user_settings_as_they_were(tmp_path):
    """Neither the opened file among the recent ones nor a 1440×900 offscreen geometry for the next start."""
    env = _env(tmp_path, QT_QPA_PLATFORM="offscreen")
    result = _run([sys.executable, "-m", "editor", *_target(tmp_path), "--screenshot", str(tmp_path / "s.png")], env)
    assert result.returncode == 0, result.stderr
    settings = tmp_path / "settings"
    written = "".join(p.read_text(encoding="utf-8", errors="replace") for p in settings.rglob("*") if p.is_file()) \
        if settings.exists() else ""
    assert "recent" not in written.lower() and "geometry" not in written.lower(), written


def test_screenshot_unknown_section_fails_cleanly(tmp_path):
    out = tmp_path / "x.png"
    result = _run([sys.executable, "-m", "editor", *_target(tmp_path), "--screenshot", str(out)],
                  _env(tmp_path, QT_QPA_PLATFORM="offscreen", INCIDENT_EDITOR_SCREENSHOT_SECTION="nowhere"))
    assert result.returncode == 2
    assert "no section 'nowhere'" in result.stderr and "Traceback" not in result.stderr


def test_bad_file_is_one_line_not_a_traceback(tmp_path):
    bad = tmp_path / "bad.incident.json"
    bad.write_text("[1, 2", encoding="utf-8")
    result = _run([sys.executable, "-m", "editor", str(bad), "--screenshot", str(tmp_path / "x.png")],
                  _env(tmp_path, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if "propagateSizeHints" not in line]
    assert len(lines) == 1 and "bad.incident.json" in lines[0], result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.xvfb
@pytest.mark.slow
def test_smoke_real_x_server(tmp_path):
    if shutil.which("xvfb-run") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("xvfb-run is required in CI")
        pytest.skip("xvfb-run is not installed")
    out = tmp_path / "out.png"
    env = _env(tmp_path, QT_QPA_PLATFORM="xcb")
    result = _run(["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", sys.executable, "-m", "editor",
                   *_target(tmp_path), "--screenshot", str(out)], env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert png_is_not_blank(out)


def test_sample_opens_and_is_extracted(make_window, qtbot):
    sample = resources.sample_article("fr")
    if not sample.is_file():
        pytest.skip("the sample article is not written yet")
    from tests.ui.conftest import wait_idle

    window = make_window()
    window.extractor = None  # the real extractor
    window.open_path(sample)
    wait_idle(qtbot, window, 60000)
    assert window.prompts.asked == []
    assert window.article.text.toPlainText() == sample.read_text(encoding="utf-8").replace("\r", " ")
    assert window.doc.report.source.text
    for pointer, spans in window.doc.report.evidence.items():  # every extracted value can be shown
        window.show_evidence(pointer)
        assert window.article.highlighted_ranges() == [(s.start, s.end) for s in spans if s.end > s.start] or \
            not spans


def test_french_interface(tmp_path, monkeypatch, qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from editor.ui.app import install_translators

    assert (resources.i18n_dir() / "incident_editor_fr.qm").is_file()
    translators = install_translators(qapp, "fr")
    try:
        assert len(translators) == 2  # qtbase and the app
        assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
        assert QCoreApplication.translate("Labels", "Degraded") == "Dégradé"
        assert QCoreApplication.translate("FileActions", "Save project") == "Enregistrer le projet"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert isinstance(translators[0], QTranslator)


def test_every_ts_message_is_translated():
    import xml.etree.ElementTree as ET

    tree = ET.parse(resources.i18n_dir() / "incident_editor_fr.ts")
    unfinished = [m.findtext("source") for m in tree.iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []


def test_no_display_is_one_line(tmp_path):
    env = _env(tmp_path)
    for key in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(key, None)
    result = _run([sys.executable, "-m", "editor"], env, timeout=60)
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "no display" in result.stderr


def test_a_new_application_is_fusion_whatever_the_environment_asks(tmp_path):
    # The palettes are drawn for Fusion; a new application asks Qt for it on its command line.
    probe = ("from editor.ui.app import create_application; app = create_application(['x']); "
             "print(app.style().name(), app.property('incident_theme'))")
    done = _run([sys.executable, "-c", probe], _env(tmp_path, QT_STYLE_OVERRIDE="windows"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["fusion", "light"]


def test_benchmark_mode_ends_even_when_its_reader_leaves_early(tmp_path):
    # `incident-editor --sample | head -1` in the start-up benchmark's mode: the later lines have
    # nobody to read them, and the app must still quit instead of hanging in its event loop.
    env = _env(tmp_path, QT_QPA_PLATFORM="offscreen", INCIDENT_EDITOR_EXIT_WHEN_READY="1")
    child = subprocess.Popen([sys.executable, "-m", "editor", *_target(tmp_path)], env=env, cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        assert child.stdout.readline().startswith(b"READY ")
        child.stdout.close()
        assert child.wait(timeout=60) == 0
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
