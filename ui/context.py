"""What every page needs: the journal, the preferences, "today", and the journal's change events as a signal.

Handed down by the main window (no global registry); tests build it over an in-memory journal. It is
the one adapter from the Qt-free event bus (`app/events.py`) to Qt: every event the use cases emit
comes out of `journal_changed` on the GUI thread, whichever thread committed the change.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, Signal

from thabat.app.journal import Journal
from thabat.app.preferences import Preferences
from thabat.app.text.dates import DateStyle

if TYPE_CHECKING:  # the events load with the use cases that emit them, after the first paint
    from thabat.app.events import JournalEvent

DISPLAY_SETTINGS = ("calendar", "digits")
"""Settings every date and number on screen follows."""


class AppContext(QObject):
    journal_changed = Signal(object)
    """A `JournalEvent` after a use case committed (always on the GUI thread): pages refresh what it concerns."""
    status_message = Signal(str)
    """A brief confirmation of an action ("Copied to the clipboard."): the main window's status bar shows it."""
    settings_changed = Signal()
    """Emitted after the calendar or the digits changed, so date editors and numbers follow."""
    _posted = Signal(object)  # emitted on the thread that committed; Qt queues it when that is not ours

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
        self._posted.connect(self._deliver)
        journal.events.subscribe(self._posted.emit)
        self._long_work = None
        self._page_reads = None
        self.dialogs_ahead = None
        """The dialogs prepared while the window is idle (ui/dialogs_ahead.py), set by the window once it
        prepares them; None in tests of a lone page (each dialog is made when opened)."""

    @property
    def page_reads(self):
        """The pages' reads on threads of their own (ui/page_reads.py)."""
        if self._page_reads is None:
            from thabat.ui.page_reads import PageReads

            self._page_reads = PageReads(self)
        return self._page_reads

    @property
    def long_work(self):
        """The one runner of long jobs (ui/long_work.py): one job at a time, under a progress dialog."""
        if self._long_work is None:
            from thabat.ui.long_work import LongWork

            self._long_work = LongWork(self, self)
        return self._long_work

    def stop_long_work(self) -> None:
        """Quitting: a job still running stops at its next step (nothing half-written) and is waited for;
        so are the pages' reads."""
        if self._long_work is not None:
            self._long_work.cancel_and_wait()
        if self._page_reads is not None:
            self._page_reads.finish()

    @property
    def events(self):
        """The open journal's event bus, for use cases that change settings rather than the journal."""
        return self.journal.events

    def replace_journal(self, journal: Journal) -> None:
        """Switch to a reopened journal (after a restore) and let every page reload."""
        old, self.journal = self.journal, journal
        if old is not journal:
            old.hand_over_events(journal)
            old.close()
        from thabat.app.events import JournalReplaced

        journal.events.emit(JournalReplaced())

    def date_style(self) -> DateStyle:
        return self.preferences.date_style(self.lang)

    def apply_date_settings(self) -> None:
        """After the calendar or digits changed: widgets take the new locale, then everything re-formats."""
        from thabat.ui.display_locale import apply_display_locale, display_locale

        apply_display_locale(display_locale(self.lang, self.preferences.get("digits")))
        self.settings_changed.emit()

    def _deliver(self, event: JournalEvent) -> None:
        from thabat.app.events import SettingsChanged  # loaded by the use case that emitted

        if isinstance(event, SettingsChanged) and event.key in DISPLAY_SETTINGS:
            self.apply_date_settings()  # date editors and number labels first, then the pages reload
        self.journal_changed.emit(event)
