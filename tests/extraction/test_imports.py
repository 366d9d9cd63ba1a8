"""`incident-editor extract` stays light: no Qt, no python-docx, and extraction never imports them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_extract_command_imports_neither_qt_nor_docx(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Cyberattaque\n\nLe Centre hospitalier de Testville a été visé dimanche.", encoding="utf-8")
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "editor", "extract", str(article), "--json",
                           "--published", "2024-01-15"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    imported = {line.split("|")[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    assert "editor.extraction.assemble" in imported  # the probe sees our own modules
    assert not {m for m in imported if m.split(".")[0] in ("PySide6", "shiboken6", "docx", "dateparser")}


def test_extraction_package_does_not_pull_qt_or_docx() -> None:
    code = ("import sys\n"
            "from editor.extraction import extract\n"
            "from editor.sources.article import Article\n"
            "extract(Article(text='Le CHU de Testville a été visé hier par un rançongiciel.', language='fr'))\n"
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'docx'))\n"
            "print(','.join(bad))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == ""
