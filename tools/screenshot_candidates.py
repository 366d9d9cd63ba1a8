#!/usr/bin/env python3
"""Render the main window with the bundled sample and a field's candidate menu open, to a PNG.

Usage (from the project root): QT_QPA_PLATFORM=offscreen python tools/screenshot_candidates.py OUT.png
    [--language en|fr] [--pointer /organization/name]

A popup menu is a window of its own, which QWidget.grab of the main window leaves out: the menu is grabbed
too and painted over the window's image where it opens on a screen as wide as the window.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    """Render (see the module docstring)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--language", default="en")
    ap.add_argument("--pointer", default="/organization/name")
    ap.add_argument("--ui", choices=("en", "fr"), help="the interface language (default: the settings')")
    args = ap.parse_args(argv)

    from editor.ui.app import create_application

    app = create_application()
    if args.ui:
        from editor.ui import app as app_module

        for translator in app_module._TRANSLATORS:
            app.removeTranslator(translator)
        app_module._TRANSLATORS[:] = app_module.install_translators(app, args.ui)
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication

    from editor import resources
    from editor.pipeline import extract_file
    from editor.ui.main_window import MainWindow
    from editor.ui.prompts import Prompts

    window = MainWindow(prompts=Prompts())
    window.resize(1440, 900)
    window.show()
    sample = resources.sample_article(args.language)
    window.doc.load(extract_file(sample), origin=str(sample))
    for _ in range(5):
        QApplication.processEvents()
    binding = window.form.bindings[args.pointer]
    section = next((k for k, box in window.form.sections.items() if box.isAncestorOf(binding.editor)), None)
    if section:
        window.form.scroll_to(section)  # the field's section on top, so the menu opens inside the window
    window.form.focus_field(args.pointer)
    window.show_evidence(args.pointer)
    QApplication.processEvents()
    button = binding.choices
    if len(button.candidates()) < 2:
        print(f"screenshot_candidates: {args.pointer} has a single reading in this sample", file=sys.stderr)
        return 1
    menu = button.menu_
    button.show_menu()
    rows = button.actions_for_test()
    if len(rows) > 1:
        menu.setActiveAction(rows[1])  # the pointer on the first alternative, as a user about to choose it
    for _ in range(5):
        QApplication.processEvents()
    shot = window.grab()
    painter = QPainter(shot)
    # Where the menu opens on a screen as wide as the window (the offscreen screen may be narrower and
    # push it aside): right-aligned with its button, under the field.
    at = button.mapTo(window, QPoint(button.width() - menu.width(), button.height()))
    painter.drawPixmap(at, menu.grab())
    painter.end()
    menu.hide()
    ok = shot.save(str(args.out), "PNG")
    window.doc.stack.setClean()
    window.close()
    app.processEvents()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
