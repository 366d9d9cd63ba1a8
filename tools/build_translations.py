"""Build the UI translations: update the .ts sources from editor/ui (lupdate) and compile .qm (lrelease).

Usage: python tools/build_translations.py [--update]
  --update  re-scan editor/ui for tr() strings into resources/i18n/*.ts (keeps existing translations)
Without --update only the committed .ts files are compiled into .qm beside them.
Uses pyside6-lupdate / pyside6-lrelease from the virtualenv (or PATH).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
UI = ROOT / "editor" / "ui"
LANGUAGES = ("fr",)


def tool(name: str) -> str:
    """Path of a Qt Linguist tool: beside this Python first, then on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"build_translations: {name} not found (install PySide6 into this environment)")
    return found


def update() -> None:
    """Collect tr()/translate() strings of editor/ui into every .ts file."""
    sources = sorted(str(p) for p in UI.glob("*.py"))
    for lang in LANGUAGES:
        ts = I18N / f"incident_editor_{lang}.ts"
        subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(ts)], check=True)


def release() -> list[Path]:
    """Compile every .ts into a .qm beside it."""
    built = []
    for ts in sorted(I18N.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def main() -> int:
    """Entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="re-scan the UI sources into the .ts files")
    args = parser.parse_args()
    I18N.mkdir(parents=True, exist_ok=True)
    if args.update:
        update()
    for qm in release():
        print(qm.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
