"""Pages read what they show on a thread of their own and fill themselves on the GUI thread.

Opening a page for the first time read the journal on the GUI thread (SQLAlchemy objects for two
thousand applications, a thousand journal items): the window froze for 100–600 ms. A page that can
(`Page.background_read`) now shows a calm loading line, its read runs on a thread (`BackgroundLoad`: automatic
collection held off meanwhile and given back on the GUI thread, app/runtime/background_load.py says
why), and the page fills once the read is done. The event loop only looks every few milliseconds
whether a read ended; no Qt object crosses threads. A read that a newer one replaced is dropped when
it ends. Quitting waits for the reads still under way (`finish`), before the journal closes.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QTimer

from thabat.app.runtime.background_load import BackgroundLoad
from thabat.app.runtime.logs import logger

POLL_MS = 10
"""How often the event loop looks whether a read ended: well under what a user notices."""


class PageRead:
    """One read under way: `dropped` once a newer read (or a refresh on the GUI thread) replaced it."""

    def __init__(self, load: BackgroundLoad, done: Callable[[object], None]) -> None:
        self.load, self.done = load, done
        self.dropped = False


class PageReads(QObject):
    """The reads of every page of one window (the context holds it)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: list[PageRead] = []
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def start(self, read: Callable[[], object], done: Callable[[object], None]) -> PageRead:
        """Run `read()` on a thread; `done(result)` on this (the GUI) thread once it ends, unless dropped.
        The read's exception, if any, is raised here then (a bug: the crash dialog shows it)."""
        running = PageRead(BackgroundLoad(read, "thabat-page-read", freeze=False).start(), done)
        self._running.append(running)
        self._timer.start()
        return running

    def _poll(self) -> None:
        ended = [running for running in self._running if running.load.done]
        self._running = [running for running in self._running if not running.load.done]
        if not self._running:
            self._timer.stop()
        for running in ended:
            self._end(running)

    def _end(self, running: PageRead) -> None:
        try:
            result = running.load.finish()
        except Exception as error:
            if running.dropped:  # replaced (say, the journal was restored meanwhile): nobody waits for it
                logger.warning("A page's replaced read failed", exc_info=error)
                return
            raise
        if not running.dropped:
            running.done(result)

    def finish(self) -> None:
        """Quitting: wait here for the reads still under way; nothing is filled any more."""
        self._timer.stop()
        running, self._running = self._running, []
        for read in running:
            read.dropped = True
            try:
                read.load.finish()
            except Exception as error:  # the journal closing under it: quitting goes on
                logger.warning("A page's read failed while the app was quitting", exc_info=error)
