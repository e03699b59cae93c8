"""The user's preferences, kept with QSettings in an INI file beside the journal.

One reader and writer for the interface and the command line (QtCore only, no widgets), so both
agree on the keys, their defaults and the file's format.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from thabat.app.runtime.data_folder import make_private
from thabat.app.runtime.paths import settings_path
from thabat.app.text.dates import DateStyle

DEFAULTS = {
    "language": "system",   # system | ar | en
    "calendar": "gregorian",  # gregorian | hijri
    "digits": "latin",      # latin | arabic
    "theme": "system",      # system | light | dark
    "weekly_goal": 5,
    "reply_delay_days": 2,
    "feedback_delay_days": 14,
    "follow_up_weeks": 8,
    "ghosting_weeks": 6,  # silence after which "no response" is suggested (app/services/stages.py); 0: never
    "ghosting_not_yet": "",  # "id:YYYY-MM-DD,…": suggestions answered "Not yet" (app/usecases/ghosting.py)
    "applications_view": "table",  # table | board: how the Applications page shows them
    "user_name": "",
    "rest_dismissed_on": "",  # ISO day the rest suggestion was last dismissed, or ""
    "check_in_reminder": "",  # "HH:MM": a daily reminder to check in at that time; "" (the default): off
    "look_back_dismissed": "",  # the month (YYYY-MM) whose look-back the user put away, or ""
    "welcomed": 0,          # 1 once the first-run welcome was shown: it never shows again
    "reflection_mode": "quick",  # quick | full: offered first when the next reflection starts
}


class Preferences:
    """Typed access to the settings file; every value falls back to DEFAULTS."""

    def __init__(self, folder: Path) -> None:
        self._path = settings_path(folder)
        # No settings file yet: the first start on this data folder (every run saves the window's size).
        self.fresh = not self._path.exists()
        self._settings = QSettings(str(self._path), QSettings.Format.IniFormat)

    def get(self, key: str):
        default = DEFAULTS[key]
        value = self._settings.value(key, default)
        if isinstance(default, int):
            try:
                return int(value)
            except (TypeError, ValueError):
                return default
        return str(value)

    def set(self, key: str, value) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        self._settings.setValue(key, value)
        self._sync()

    def date_style(self, lang: str) -> DateStyle:
        return DateStyle(lang=lang, calendar=self.get("calendar"), digits=self.get("digits"))

    def geometry(self) -> QByteArray | None:
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def save_geometry(self, geometry: QByteArray) -> None:
        self._settings.setValue("window/geometry", geometry)
        self._sync()

    def splitter_state(self, name: str) -> QByteArray | None:
        """Where the user left the splitter `name` ("contacts/0"), None until they moved it once."""
        value = self._settings.value(f"splitters/{name}")
        return value if isinstance(value, QByteArray) else None

    def save_splitter_states(self, states: dict[str, QByteArray]) -> None:
        for name, state in states.items():
            self._settings.setValue(f"splitters/{name}", state)
        self._sync()

    def _sync(self) -> None:
        self._settings.sync()
        make_private(self._path)  # QSettings writes a new file with the umask's 0644
