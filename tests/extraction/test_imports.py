"""`incident-editor extract` stays light: no Qt, no python-docx, and extraction never imports them."""

from __future__ import annotations

import ast
import os
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


def test_a_process_with_a_filled_pattern_cache_compiles_only_per_article_names(tmp_path: Path) -> None:
    # Lexicon patterns, the date vocabulary and module-level patterns all come from the program cache;
    # what `re` still compiles from source is built from the article's own names (the victim's forms, the
    # actors' names, the sites listed: in the stages that fill those slots).
    from editor.resources import sample_article

    code = ("import re, sys, collections\n"
            "from pathlib import Path\n"
            "real = re._compiler.compile\n"
            "callers = collections.Counter()\n"
            "def counting(pattern, flags=0):\n"
            "    frame = sys._getframe(1)\n"
            "    while frame is not None and Path(frame.f_code.co_filename).parent.name == 're':\n"
            "        frame = frame.f_back\n"
            "    where = Path(frame.f_code.co_filename) if frame is not None else Path('?')\n"
            "    if where.parent.name in ('extraction', 'sources') and where.parent.parent.name == 'editor':\n"
            "        callers[where.name] += 1\n"
            "    return real(pattern, flags)\n"
            "re._compiler.compile = counting\n"
            "from editor.pipeline import extract_file\n"
            "for article in sys.argv[1:]:\n"
            "    extract_file(article)\n"
            "print(dict(callers))\n")
    env = {k: v for k, v in os.environ.items() if k != "INCIDENT_EDITOR_NO_REGEX_CACHE"}
    env["INCIDENT_EDITOR_CACHE_DIR"] = str(tmp_path)
    articles = [str(sample_article("fr")), str(sample_article("en"))]
    for _ in range(2):  # the first run fills the cache, the second is the one measured
        done = subprocess.run([sys.executable, "-c", code, *articles], capture_output=True, text=True, cwd=ROOT,
                              env=env, timeout=120)
        assert done.returncode == 0, done.stderr[-500:]
    callers = ast.literal_eval(done.stdout.strip())
    assert set(callers) <= {"assemble.py", "victim.py", "sites.py"}, callers
    assert sum(callers.values()) <= 3 * len(articles)
