"""Typed user preferences with one defaults table. No Qt: the QSettings adapter lives in editor/ui.

A ``SettingsStore`` is anything with ``value(key)``, ``set_value(key, value)`` and
``remove(key)``; the UI passes its QSettings adapter, tests pass a ``MemoryStore``.
Keys equal to their default are not stored, so changing a default later reaches every user
who never touched it. Nothing is created at import time.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Protocol

import msgspec
from msgspec.structs import asdict, fields, replace

TLP_CHOICES = ("TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED")
REPORT_LANGUAGE_CHOICES = ("", "fr", "en", "nl", "de")  # "" = the article's language
UI_LANGUAGE_CHOICES = ("", "en", "fr")  # "" = follow the system locale
THEME_CHOICES = ("system", "light", "dark")
AUTOSAVE_RANGE = (1, 600)  # seconds
ZOOM_RANGE = (70, 240)  # percent of the article text's base size


class Settings(msgspec.Struct, frozen=True):  # a Struct: ~20 µs to define where a dataclass takes ~2 ms
    """User preferences. Window geometry and recent files are state, kept apart by the UI."""

    author: str = ""
    author_organization: str = ""
    default_tlp: str = "TLP:AMBER"
    report_language: str = ""
    template: str = ""
    autosave_seconds: int = 3
    ui_language: str = ""
    theme: str = "system"
    article_zoom: int = 100

    def with_changes(self, **changes: Any) -> Settings:
        """A copy with some values replaced (each is validated)."""
        return normalized(replace(self, **changes))


DEFAULTS = Settings()
_CHOICES: dict[str, tuple[str, ...]] = {
    "default_tlp": TLP_CHOICES,
    "report_language": REPORT_LANGUAGE_CHOICES,
    "ui_language": UI_LANGUAGE_CHOICES,
    "theme": THEME_CHOICES,
}
PREFIX = "preferences/"


class SettingsStore(Protocol):
    """Where settings persist (QSettings in the app, a dict in tests)."""

    def value(self, key: str) -> Any: ...

    def set_value(self, key: str, value: Any) -> None: ...

    def remove(self, key: str) -> None: ...


class MemoryStore:
    """A dict-backed store for tests and headless use."""

    def __init__(self, data: dict[str, Any] | None = None) -> None:
        self.data: dict[str, Any] = dict(data or {})

    def value(self, key: str) -> Any:
        """The stored value or None."""
        return self.data.get(key)

    def set_value(self, key: str, value: Any) -> None:
        """Store a value."""
        self.data[key] = value

    def remove(self, key: str) -> None:
        """Forget a key."""
        self.data.pop(key, None)


def _coerce(name: str, raw: Any, default: Any) -> Any:
    """``raw`` as the type of ``default``; the default when it does not fit."""
    if raw is None:
        return default
    if isinstance(default, int) and not isinstance(default, bool):
        try:
            number = int(str(raw).strip())
        except ValueError:
            return default
        ranges = {"autosave_seconds": AUTOSAVE_RANGE, "article_zoom": ZOOM_RANGE}
        low, high = ranges.get(name, (-(2**31), 2**31))
        return min(max(number, low), high)
    text = str(raw)
    choices = _CHOICES.get(name)
    if choices is not None and text not in choices:
        return default
    return text


def normalized(settings: Settings) -> Settings:
    """Every value coerced into its type and allowed range."""
    values = {f.name: _coerce(f.name, getattr(settings, f.name), getattr(DEFAULTS, f.name)) for f in fields(Settings)}
    return Settings(**values)


def load_settings(store: SettingsStore) -> Settings:
    """Read preferences from ``store``; missing or bad values fall back to their default."""
    values = {}
    for f in fields(Settings):
        default = getattr(DEFAULTS, f.name)
        values[f.name] = _coerce(f.name, store.value(PREFIX + f.name), default)
    return Settings(**values)


def save_settings(settings: Settings, store: SettingsStore) -> None:
    """Write preferences to ``store``; values equal to their default are removed, not stored."""
    settings = normalized(settings)
    for name, value in asdict(settings).items():
        if value == getattr(DEFAULTS, name):
            store.remove(PREFIX + name)
        else:
            store.set_value(PREFIX + name, value)


def settings_dir() -> Path | None:
    """The folder settings are kept in when overridden (INCIDENT_EDITOR_SETTINGS_DIR), else None."""
    override = os.environ.get("INCIDENT_EDITOR_SETTINGS_DIR")
    return Path(override) if override else None
