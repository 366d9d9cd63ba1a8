"""The Qt boundary: only editor/ui may import PySide6; python-docx stays out of module top levels."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import editor

PACKAGE = Path(editor.__file__).resolve().parent


def _imports(tree: ast.AST, top_level_only: bool):
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    for node in nodes:
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


def _modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        yield rel, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def test_only_the_ui_imports_qt():
    offenders = [
        f"{rel}: {name}"
        for rel, tree in _modules()
        if rel.parts[0] != "ui"
        for name in _imports(tree, top_level_only=False)
        if name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
    ]
    assert not offenders, offenders


def test_docx_and_qt_stay_unloaded_by_the_headless_packages():
    """Importing every headless entry module loads neither python-docx nor Qt (they load on first use)."""
    code = (
        "import sys, editor.cli, editor.pipeline, editor.model, editor.storage, editor.sources, "
        "editor.extraction, editor.export, editor.export.roundtrip, editor.batch, editor.merge, editor.merge.command; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'docx', 'PySide6', 'shiboken6'}))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_package_init_is_only_a_version():
    tree = ast.parse((PACKAGE / "__init__.py").read_text(encoding="utf-8"))
    assert not list(_imports(tree, top_level_only=False))
