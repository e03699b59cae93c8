"""A desktop notification when something on Today falls due while the app is running.

Checks every ten minutes and just after midnight; each item is announced once per run. It also
carries the daily check-in reminder, when the user has set one (`ui/check_in_reminder.py`).
Clicking the message asks the main window to show Today. Where there is no system tray
(some desktops, the offscreen platform of the tests) nothing is shown and nothing breaks.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from thabat.app.text.plurals import counted
from thabat.ui.check_in_reminder import CheckInReminder
from thabat.ui.context import AppContext

CHECK_EVERY_MS = 10 * 60 * 1000


class DueNotifier(QObject):
    open_today_requested = Signal()

    def __init__(self, context: AppContext, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._announced: set[tuple[str, int]] = set()
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.messageClicked.connect(self.open_today_requested)
            self.tray.activated.connect(lambda _reason: self.open_today_requested.emit())
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self.midnight = QTimer(self)
        self.midnight.setSingleShot(True)
        self.midnight.timeout.connect(self._on_midnight)
        self._arm_midnight()
        self.first = QTimer(self)  # what is already due, shortly after start-up
        self.first.setSingleShot(True)
        self.first.timeout.connect(self.check)
        self.first.start(3_000)
        self.reminder = CheckInReminder(context, self)
        self.reminder.remind.connect(self._show)

    def stop(self) -> None:
        """No more checks (the window is closing; the journal may be closed next)."""
        for timer in (self.timer, self.midnight, self.first):
            timer.stop()
        self.reminder.stop()
        if self.tray is not None:
            self.tray.hide()

    def new_due_items(self) -> list:
        """Due items not announced yet in this run (and remembers them as announced)."""
        from thabat.app.usecases import today as today_usecases  # when asked, not before the first paint

        items = today_usecases.due_items(self.context.journal, self.context.today())
        fresh = [item for item in items if (item.kind, item.id) not in self._announced]
        self._announced.update((item.kind, item.id) for item in items)
        return fresh

    def check(self) -> None:
        fresh = self.new_due_items()
        if fresh:
            self._show(counted(self.tr("%n things are due today.", "", len(fresh)), len(fresh),
                               self.context.date_style()))

    def _show(self, text: str) -> None:
        if self.tray is not None:
            self.tray.showMessage(self.tr("Thabat"), text + " " + self.tr("Click to open Today."))

    def _on_midnight(self) -> None:
        self.check()
        self._arm_midnight()

    def _arm_midnight(self) -> None:
        now = datetime.now()
        next_midnight = datetime.combine(now.date() + timedelta(days=1), datetime.min.time())
        self.midnight.start(int((next_midnight - now).total_seconds() * 1000) + 5_000)
