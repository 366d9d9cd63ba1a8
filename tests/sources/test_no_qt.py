"""model, sources and storage import and work with PySide6, shiboken6 and python-docx blocked."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from editor import resources

_BLOCKER = textwrap.dedent("""
    import sys

    BLOCKED = ("PySide6", "shiboken6", "docx")

    class Refuse:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError(f"{name} is blocked in this test")
            return None

    sys.meta_path.insert(0, Refuse())
""")


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", _BLOCKER + textwrap.dedent(code)], capture_output=True, text=True,
                          timeout=120)


def test_blocker_really_blocks():
    result = _run("import PySide6\n")
    assert result.returncode != 0 and "blocked in this test" in result.stderr


def test_model_sources_storage_import_without_qt_or_docx():
    result = _run("""
        import editor.model
        import editor.sources
        import editor.storage
        from editor.sources import dates, files, html, language, markdown, office, pdf, text, url
        print("ok", sorted(m for m in sys.modules if m.split(".")[0] in BLOCKED))
    """)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok []"


def test_text_and_html_articles_load_without_qt_or_docx():
    sample = resources.sample_article("fr")
    code = f"""
        from editor.sources import load, load_bytes
        article = load({str(sample)!r})
        assert article.text and article.language == "fr", article.language
        page = load_bytes(b"<html><body><article><h1>T</h1><p>" + b"Le texte de l'article est ici. " * 5
                          + b"</p></article></body></html>", "p.html", suffix=".html")
        assert "texte" in page.text
        print("ok")
    """
    result = _run(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_docx_loads_without_python_docx(tmp_path):
    """The .docx loader streams the XML itself (issue 15): python-docx is for export only."""
    from hostile import make_docx

    path = tmp_path / "a.docx"
    path.write_bytes(make_docx(["Un paragraphe."]))
    result = _run(f"""
        import sys
        from editor.sources import load
        print(load({str(path)!r}).text, "docx" in sys.modules)
    """)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Un paragraphe. False"
