"""SIGTERM, SIGINT and SIGHUP (`kill`, Ctrl+C in a terminal, a session logout) quit the app the way
closing its window does: everything typed is stored first.

Python runs a signal handler only between two bytecodes of the main thread, and none run while Qt's
event loop waits. So the signal's C handler writes its number to a socket (`signal.set_wakeup_fd`)
that a QSocketNotifier watches: the loop wakes, runs a little Python, and with it the handler, which
asks for the quit through the event loop rather than from the middle of whatever code it interrupted.
"""

from __future__ import annotations

import signal
import socket
from typing import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

from thabat.app.runtime.logs import logger

QUIT_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name))
"""SIGHUP does not exist on Windows."""


class QuitOnSignals(QObject):
    """While installed, the quit signals call `quit` once, from the event loop."""

    def __init__(self, quit: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._quit = quit
        self._quitting = False
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._previous_handlers = {number: signal.signal(number, self._on_signal) for number in QUIT_SIGNALS}

    def uninstall(self) -> None:
        """Give the signals back to their previous handlers (after the event loop has ended)."""
        for number, handler in self._previous_handlers.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()

    def _on_signal(self, number: int, _frame) -> None:
        if self._quitting:
            return
        self._quitting = True
        QTimer.singleShot(0, lambda: self._quit_on(number))

    def _quit_on(self, number: int) -> None:
        logger.info("Quitting on %s: storing what is typed first", signal.Signals(number).name)
        self._quit()

    def _drain(self) -> None:
        """The bytes only woke the loop (the Python handler has run by now); empty the socket."""
        try:
            while self._reader.recv(64):
                pass
        except (BlockingIOError, InterruptedError):
            pass
