"""The only module that names icon files; SVG so they stay sharp at any DPI."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from editor.resources import icon as icon_path


@cache
def icon(name: str) -> QIcon:
    """The icon ``name`` (file ``resources/icons/<name>.svg``); an empty icon if missing."""
    path = icon_path(f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()
