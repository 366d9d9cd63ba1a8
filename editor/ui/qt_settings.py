"""QSettings behind the ``SettingsStore`` interface, plus window state and recent files."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from editor.settings import Settings, load_settings, save_settings, settings_dir

MAX_RECENT = 10


def open_qsettings() -> QSettings:
    """The app's QSettings (an INI file; in INCIDENT_EDITOR_SETTINGS_DIR when set)."""
    folder = settings_dir()
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
        return QSettings(str(folder / "incident-editor.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "incident-editor", "incident-editor")


class QSettingsStore:
    """``SettingsStore`` over a QSettings object."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings or open_qsettings()

    def value(self, key: str) -> Any:
        """The stored value or None."""
        return self.qsettings.value(key)

    def set_value(self, key: str, value: Any) -> None:
        """Store a value."""
        self.qsettings.setValue(key, value)

    def remove(self, key: str) -> None:
        """Forget a key."""
        self.qsettings.remove(key)

    # --- state kept apart from preferences -------------------------------------------------------
    def load(self) -> Settings:
        """The typed preferences."""
        return load_settings(self)

    def save(self, settings: Settings) -> None:
        """Store the typed preferences (defaults are not written) and flush."""
        save_settings(settings, self)
        self.qsettings.sync()

    def geometry(self) -> QByteArray | None:
        """The saved main window geometry."""
        value = self.qsettings.value("state/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        """The saved splitter/toolbar state."""
        value = self.qsettings.value("state/splitter")
        return value if isinstance(value, QByteArray) else None

    def save_geometry(self, geometry: QByteArray, splitter: QByteArray) -> None:
        """Remember the window geometry and splitter sizes."""
        self.qsettings.setValue("state/geometry", geometry)
        self.qsettings.setValue("state/splitter", splitter)
        self.qsettings.sync()

    def recent_files(self) -> list[str]:
        """Recently opened files, newest first."""
        value = self.qsettings.value("state/recent")
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def add_recent(self, path: str) -> list[str]:
        """Put ``path`` first in the recent files."""
        files = [path] + [p for p in self.recent_files() if p != path]
        self.qsettings.setValue("state/recent", files[:MAX_RECENT])
        self.qsettings.sync()
        return files[:MAX_RECENT]

    def clear_recent(self) -> None:
        """Forget recent files."""
        self.qsettings.remove("state/recent")
