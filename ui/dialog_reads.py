"""A dialog paints first and reads what it offers (names to complete, contacts to pick) afterwards.

Reading the journal while a dialog was made kept it off the screen: 13 ms of ORM for the contacts of
Add an application, more for Record a stage, on a five-year journal. A `DialogRead` starts once the
dialog is first painted: over a journal on disk it runs on a thread of its own (the pages' reads,
ui/page_reads.py); over the in-memory journal of the tests, which is one SQLite connection a thread
would share, it runs on the GUI thread in the turn after that paint. `fill` then runs on the GUI thread.
What the user typed meanwhile stays: a dialog's `fill` only adds what is offered. An action that needs
what is read (saving a form whose choices came from it) waits for it with `when_read`, under a busy
cursor, without freezing.
"""

from __future__ import annotations

from typing import Callable, Generic, TypeVar

from shiboken6 import delete, isValid

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from thabat.ui.background_loading import when_journal_ready
from thabat.ui.context import AppContext

T = TypeVar("T")


class DialogRead(QObject, Generic[T]):
    """`read()` once `dialog` is first painted (off the GUI thread over a journal on disk), then `fill(result)`."""

    arrived = Signal()

    def __init__(self, dialog: QWidget, context: AppContext, read: Callable[[], T], fill: Callable[[T], None],
                 needs_orm: bool = True) -> None:
        """`needs_orm`: the read goes through use cases, so it waits for the journal's engine (a read with
        sqlite3, `Journal.reader`, does not)."""
        super().__init__(dialog)
        self.context = context
        self._read, self._fill = read, fill
        self._needs_orm = needs_orm
        self.started = False
        """The dialog was painted (or a save asked): the read has begun, or begins in the next turn."""
        self.done = False
        self._reading = False
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            if not self.started:
                self.started = True
                QTimer.singleShot(0, self, self._start)  # after this first paint, which it must not delay
        return False

    def _start(self) -> None:
        if self._reading:  # begun already (a save asked for it before this turn came)
            return
        self._reading = True
        journal = self.context.journal
        if journal.folder is None:  # one in-memory connection: read here, on the GUI thread
            self._arrive(self._read())
            return
        if self._needs_orm:
            when_journal_ready(journal, self._start_thread, self)
        else:
            self._start_thread()

    def _start_thread(self) -> None:
        alive = _Alive(self)  # the dialog may be closed and deleted before the read ends
        self.context.page_reads.start(self._read, lambda result: alive.then(lambda read: read._arrive(result)))

    def _arrive(self, result: T) -> None:
        self._fill(result)
        self.done = True
        self.arrived.emit()

    def when_read(self, action: Callable[[], None]) -> None:
        """Run `action` now if the read has arrived, else once it does (a busy cursor meanwhile)."""
        if self.done:
            action()
            return
        self.started = True
        self._start()  # unless begun already; over the in-memory journal that reads now
        if self.done:
            action()
            return
        waiting = QObject(self)  # the busy cursor lasts as long as it: until the read, or the dialog's end
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        waiting.destroyed.connect(QGuiApplication.restoreOverrideCursor)

        def then() -> None:
            self.arrived.disconnect(then)
            delete(waiting)
            action()

        self.arrived.connect(then)


class _Alive:
    """Holds a Qt object only as long as its C++ side lives: a finished read reaches a closed dialog no more."""

    def __init__(self, target: QObject) -> None:
        self.target = target

    def then(self, action: Callable[[QObject], None]) -> None:
        if isValid(self.target):
            action(self.target)
