"""Nothing in the project patches the standard library or calls its private parts (issue 14, point 10).

Start-up speed comes from design (lazy imports, fewer widgets built, the lexicon matcher), never from
replacing ``enum``'s class builder, ``builtins.compile`` or ``re``'s caches: those break on the next
Python, and no maintainer wants to own them.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STDLIB = set(sys.stdlib_module_names) | {"builtins"}
# Documented ways to use the standard library that look like patches: redirecting sys.stdout to
# os.devnull after a BrokenPipeError is what the signal module's documentation recommends.
ALLOWED = {"sys.stdout", "sys.stderr"}


def _stdlib_aliases(tree: ast.AST) -> dict[str, str]:
    """Local names bound to standard-library modules by ``import x`` / ``import x as y`` / ``from x import y``."""
    names: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in STDLIB:
                    names[alias.asname or alias.name.split(".")[0]] = alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and \
                node.module.split(".")[0] in STDLIB:
            for alias in node.names:
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return names


def _root(node: ast.AST) -> str | None:
    while isinstance(node, ast.Attribute):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def offences(path: Path) -> list[str]:
    """Assignments to attributes of standard-library objects, and uses of their private names."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    stdlib = _stdlib_aliases(tree)
    found = []
    for node in ast.walk(tree):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] \
            if isinstance(node, (ast.AugAssign, ast.AnnAssign)) else []
        for target in targets:
            if isinstance(target, ast.Attribute) and _root(target) in stdlib and ast.unparse(target) not in ALLOWED:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: assigns {ast.unparse(target)}")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "setattr" and \
                node.args and _root(node.args[0]) in stdlib:
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}: setattr on {ast.unparse(node.args[0])}")
        if isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__") and \
                isinstance(node.value, ast.Name) and node.value.id in stdlib:
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}: uses {ast.unparse(node)}")
        if isinstance(node, ast.alias) and node.name.split(".")[0] in ("_sre", "_imp", "_frozen_importlib") or \
                isinstance(node, ast.ImportFrom) and node.module in ("re", "enum") and \
                any(a.name.startswith("_") for a in node.names):
            found.append(f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}: imports a private module")
    return found


def test_the_checker_sees_a_patch(tmp_path):
    sample = ROOT / "tests" / "_patch_sample.py"
    sample.write_text("import enum, builtins, atexit, _sre\nfrom re import _compiler\nenum.EnumType._create_ = None\n"
                      "builtins.compile = print\natexit._run_exitfuncs()\n", encoding="utf-8")
    try:
        found = offences(sample)
    finally:
        sample.unlink()
    assert len(found) == 5, found


def test_no_module_of_the_package_patches_the_standard_library():
    found = [line for path in sorted((ROOT / "editor").rglob("*.py")) for line in offences(path)]
    assert not found, "\n".join(found)
