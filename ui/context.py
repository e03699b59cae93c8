"""What every page needs: the journal, the preferences, "today", and a signal when data changes.

Handed down by the main window (no global registry); tests build it over an in-memory journal.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Signal

from app.dates import DateStyle
from app.journal import Journal
from ui.preferences import Preferences


class AppContext(QObject):
    data_changed = Signal()
    """Emitted after any change to the journal, so visible pages can refresh."""
    status_message = Signal(str)
    """A brief confirmation of an action ("Copied to the clipboard."): the main window's status bar shows it."""
    settings_changed = Signal()
    """Emitted after the calendar or the digits changed, so date editors and numbers follow."""

    def __init__(
        self,
        journal: Journal,
        preferences: Preferences,
        folder: Path,
        today: Callable[[], date] = date.today,
        lang: str = "en",
    ) -> None:
        super().__init__()
        self.journal = journal
        self.preferences = preferences
        self.folder = folder
        self.today = today
        self.lang = lang

    def replace_journal(self, journal: Journal) -> None:
        """Switch to a reopened journal (after a restore) and let every page reload."""
        old, self.journal = self.journal, journal
        if old is not journal:
            old.close()
        self.data_changed.emit()

    def date_style(self) -> DateStyle:
        return self.preferences.date_style(self.lang)

    def apply_date_settings(self) -> None:
        """After the calendar or digits changed: widgets take the new locale, then everything re-formats."""
        from ui.display_locale import apply_display_locale, display_locale

        apply_display_locale(display_locale(self.lang, self.preferences.get("digits")))
        self.settings_changed.emit()
        self.data_changed.emit()
