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


def test_a_fresh_extract_process_compiles_only_the_lexicon_branches_its_articles_use(tmp_path: Path) -> None:
    # No cache of compiled programs any more: a new process compiles what its articles need, and of the
    # lexicon lists only the branches whose anchor words the article has (editor.extraction.matcher).
    from editor.resources import sample_article

    code = ("import sys\n"
            "from editor.pipeline import extract_file\n"
            "from editor.extraction.lexicon import lexicon\n"
            "from editor.extraction.matcher import Phrases\n"
            "for article in sys.argv[1:]:\n"
            "    extract_file(article)\n"
            "shares = {}\n"
            "for lang in ('fr', 'en'):\n"
            "    lists = [v for v in lexicon(lang)._cache.values() if isinstance(v, Phrases)]\n"
            "    shares[lang] = (sum(len(p._state[0]) for p in lists), sum(len(p._regexes) for p in lists))\n"
            "print(shares)\n")
    env = dict(os.environ, INCIDENT_EDITOR_CACHE_DIR=str(tmp_path))
    articles = [str(sample_article("fr")), str(sample_article("en"))]
    done = subprocess.run([sys.executable, "-c", code, *articles], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    shares = ast.literal_eval(done.stdout.strip())
    for lang, (compiled, total) in shares.items():
        assert total > 500, (lang, total)  # the article asked for most of its language's lists
        assert compiled < 0.25 * total, (lang, compiled, total)
    assert not list(tmp_path.iterdir())  # and writes no cache
