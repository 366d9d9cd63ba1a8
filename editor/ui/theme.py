"""Light and dark palettes (Fusion), following the system unless a theme is forced."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

AMBER = "#d98e04"


def system_is_dark() -> bool:
    """The platform asks for a dark appearance."""
    hints = QGuiApplication.styleHints()
    try:
        return hints.colorScheme() == Qt.ColorScheme.Dark
    except AttributeError:  # Qt < 6.5
        return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def effective_theme(setting: str) -> str:
    """'light' or 'dark': INCIDENT_EDITOR_THEME, else the setting, else the system."""
    forced = os.environ.get("INCIDENT_EDITOR_THEME", "").lower()
    choice = forced if forced in ("light", "dark") else setting
    if choice in ("light", "dark"):
        return choice
    return "dark" if system_is_dark() else "light"


def _palette(dark: bool) -> QPalette:
    pal = QPalette()
    role = QPalette.ColorRole
    if dark:
        colors = {
            role.Window: "#2b2e33", role.WindowText: "#e6e6e6", role.Base: "#1c1e21", role.AlternateBase: "#23262a",
            role.ToolTipBase: "#33373c", role.ToolTipText: "#f0f0f0", role.Text: "#e6e6e6", role.Button: "#363a40",
            role.ButtonText: "#e6e6e6", role.BrightText: "#ff6b6b", role.Highlight: "#3d7cc9",
            role.HighlightedText: "#ffffff", role.Link: "#79b0f2", role.PlaceholderText: "#8a9098",
            role.Mid: "#4a5058", role.Dark: "#15171a", role.Light: "#4a4f56", role.Midlight: "#3d4248",
            role.Shadow: "#0b0c0d",
        }
    else:
        colors = {
            role.Window: "#f3f4f6", role.WindowText: "#1f2328", role.Base: "#ffffff", role.AlternateBase: "#f6f8fa",
            role.ToolTipBase: "#fffbe6", role.ToolTipText: "#1f2328", role.Text: "#1f2328", role.Button: "#eceef1",
            role.ButtonText: "#1f2328", role.BrightText: "#c0392b", role.Highlight: "#2f6fb3",
            role.HighlightedText: "#ffffff", role.Link: "#1f5fa8", role.PlaceholderText: "#7a828c",
            role.Mid: "#c7ccd1", role.Dark: "#9aa1a9", role.Light: "#ffffff", role.Midlight: "#e4e7eb",
            role.Shadow: "#6b7178",
        }
    for key, value in colors.items():
        pal.setColor(key, QColor(value))
    disabled = QColor("#6c7178") if dark else QColor("#9aa0a6")
    for key in (role.Text, role.WindowText, role.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, key, disabled)
    return pal


def apply_theme(app: QApplication, setting: str) -> str:
    """Install the Fusion style and the palette for ``setting``; returns 'light' or 'dark'."""
    theme = effective_theme(setting)
    if not app.property("incident_fusion"):  # set when the app was created with Fusion already
        if app.style().name().lower() != "fusion":  # often already Fusion on Linux; a new style costs ~20 ms
            app.setStyle("Fusion")
        app.setProperty("incident_fusion", True)
    app.setPalette(_palette(theme == "dark"))
    app.setProperty("incident_theme", theme)
    return theme


def highlight_color(dark: bool) -> QColor:
    """Background of evidence sentences in the article."""
    return QColor("#5c4a12") if dark else QColor("#fff0b3")
