"""Every package the code imports is declared in pyproject.toml, and importing it works.

A dependency that arrives only as another package's extra (``lxml[html_clean]`` through
trafilatura's jusText) is installed by a recent pip and silently skipped by an older one, such as
the pip a fresh ``python3 -m venv`` has: the README's commands must not depend on which.
"""

from __future__ import annotations

import ast
import importlib
import importlib.metadata
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "editor"
# Modules that third-party packages we use import only when called (not at their own import):
# name them here so the test imports them too. jusText (trafilatura's boilerplate remover) needs
# lxml's HTML cleaner, which lxml 5.2+ ships as the separate lxml_html_clean project.
# The value is the distribution we must declare ourselves because it comes to us only as an extra.
LAZY_THIRD_PARTY = {"lxml.html.clean": "lxml_html_clean"}


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def declared() -> set[str]:
    """Distribution names in [project].dependencies and every optional group, normalised."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    specs = list(data.get("dependencies", []))
    for group in data.get("optional-dependencies", {}).values():
        specs.extend(group)
    return {_normal(re.split(r"[\s<>=!~;\[]", spec, maxsplit=1)[0]) for spec in specs}


def runtime_declared() -> set[str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {_normal(re.split(r"[\s<>=!~;\[]", spec, maxsplit=1)[0]) for spec in data.get("dependencies", [])}


def imported_modules() -> dict[str, set[str]]:
    """Top-level modules imported anywhere in editor/ (functions included) → the files importing them."""
    found: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name, set()).add(path.relative_to(ROOT).as_posix())
    return found


def third_party() -> dict[str, set[str]]:
    """The imported modules that are neither the standard library nor the project itself."""
    out: dict[str, set[str]] = {}
    for name, files in imported_modules().items():
        top = name.split(".")[0]
        if top in sys.stdlib_module_names or top in {"editor", "__future__"}:
            continue
        out.setdefault(name, set()).update(files)
    return out


def test_the_scan_finds_the_known_imports():
    names = {name.split(".")[0] for name in third_party()}
    assert {"PySide6", "docx", "msgspec", "lxml", "trafilatura", "pypdf"} <= names


def test_every_imported_package_is_a_declared_runtime_dependency():
    dists = importlib.metadata.packages_distributions()
    wanted = runtime_declared()
    missing = []
    for name, files in sorted(third_party().items()):
        owners = {_normal(d) for d in dists.get(name.split(".")[0], [])}
        if not owners:
            missing.append(f"{name} (no installed distribution provides it; imported by {sorted(files)[0]})")
        elif not owners & wanted:
            missing.append(f"{name} from {sorted(owners)} (imported by {sorted(files)[0]})")
    for module, dist in LAZY_THIRD_PARTY.items():
        if _normal(dist) not in wanted:
            missing.append(f"{module} from {dist} (needed by a dependency at run time)")
    assert not missing, "imported but not declared in [project].dependencies: " + "; ".join(missing)


@pytest.mark.parametrize("module", sorted({*LAZY_THIRD_PARTY, "justext", "trafilatura", "pypdf", "docx", "lxml.etree"}))
def test_lazily_needed_modules_import(module):
    importlib.import_module(module)


def test_every_third_party_module_imports_in_a_fresh_interpreter():
    """A fresh process, so nothing imported by an earlier test can hide a failing import."""
    names = sorted(n for n in third_party() if not n.startswith("PySide6")) + sorted(LAZY_THIRD_PARTY)
    code = "import importlib, sys\nbad = []\n" \
           f"for n in {names!r}:\n" \
           "    try:\n        importlib.import_module(n)\n" \
           "    except Exception as exc:\n        bad.append(f'{n}: {type(exc).__name__}: {exc}')\n" \
           "print('\\n'.join(bad)); sys.exit(1 if bad else 0)\n"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr


def test_an_html_article_loads_in_a_fresh_interpreter(tmp_path):
    """The HTML loader's whole import chain (trafilatura → jusText → lxml's cleaner) in a new process."""
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>Hospital hit</title></head><body><article><h1>Hospital hit</h1>"
                    + "<p>The hospital of a small town was hit by a cyberattack on Monday night. "
                      "Its emergency department diverted ambulances to other hospitals.</p>" * 6
                    + "</article></body></html>", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "editor", "extract", str(page), "--json"],
                          capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "emergency" in done.stdout
