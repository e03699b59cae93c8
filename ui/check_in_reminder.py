"""The optional daily check-in reminder: at the time the user chose (Settings; off by default), a
desktop notification asks how they feel, unless they have checked in already that day.

It only runs while Thabat is open (nothing is installed into the system to wake it), and says
nothing when the day's check-in is done. The tray shows the message (`ui/tray.py`).
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from thabat.ui.context import AppContext

if TYPE_CHECKING:  # the events load with the use cases that emit them, after the first paint
    from thabat.app.events import JournalEvent

SETTING = "check_in_reminder"


def reminder_time(value: str) -> time | None:
    """The setting ("HH:MM", or "" when off) as a time of day; anything unreadable is off."""
    try:
        return time.fromisoformat(value) if value else None
    except ValueError:
        return None


def next_reminder(now: datetime, at: time) -> datetime:
    """The next moment at `at`: later today, or tomorrow when today's has passed."""
    moment = datetime.combine(now.date(), at)
    return moment if moment > now else datetime.combine(now.date() + timedelta(days=1), at)


class CheckInReminder(QObject):
    remind = Signal(str)
    """The reminder's text, when it is time and today has no check-in yet."""

    def __init__(self, context: AppContext, parent: QObject | None = None, clock=datetime.now) -> None:
        super().__init__(parent)
        self.context = context
        self.clock = clock
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.fire)
        context.journal_changed.connect(self._on_changed)
        self.arm()

    def arm(self) -> None:
        """Wait for the next reminder time, or stop waiting when the reminder is off."""
        at = reminder_time(self.context.preferences.get(SETTING))
        if at is None:
            self.timer.stop()
            return
        now = self.clock()
        self.timer.start(max(int((next_reminder(now, at) - now).total_seconds() * 1000), 0))

    def stop(self) -> None:
        self.timer.stop()

    def fire(self) -> None:
        from thabat.app.usecases import today as today_usecases  # at the reminder's hour, not before the first paint

        if not today_usecases.has_checked_in(self.context.journal, self.context.today()):
            self.remind.emit(self.tr("How are you feeling today? A one-tap check-in is waiting on Today."))
        self.arm()

    def _on_changed(self, event: JournalEvent) -> None:
        from thabat.app.events import SettingsChanged  # loaded by the use case that emitted

        if isinstance(event, SettingsChanged) and event.key == SETTING:
            self.arm()
