"""SIGTERM, SIGINT and SIGHUP (`kill`, Ctrl+C in a terminal, a session logout) quit the app the way
closing its window does: everything typed is stored first.

Python runs a signal handler only between two bytecodes of the main thread, and none run while Qt's
event loop waits. So the signal's C handler writes its number to a pipe (`signal.set_wakeup_fd`)
that a QSocketNotifier watches: the loop wakes, runs a little Python, and with it the handler, which
asks for the quit through the event loop rather than from the middle of whatever code it interrupted.
"""

from __future__ import annotations

import os
import signal
from typing import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

from thabat.app.runtime.logs import logger

QUIT_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name))
"""SIGHUP does not exist on Windows."""


class WakeUp:
    """The two ends through which the signal's C handler wakes the event loop: a pipe where there are
    pipes, so that start-up does not import `socket` (~6 ms before the first paint); a socket pair on
    Windows, where `signal.set_wakeup_fd` takes only a socket."""

    def __init__(self) -> None:
        if os.name == "posix":
            self._socket = None
            self.reader, self.writer = os.pipe()
            for end in (self.reader, self.writer):
                os.set_blocking(end, False)
        else:
            import socket

            self._socket = socket.socketpair()
            for end in self._socket:
                end.setblocking(False)
            self.reader, self.writer = (end.fileno() for end in self._socket)

    def drain(self) -> None:
        """Empty what the handler wrote (it only woke the loop)."""
        try:
            while self._read():
                pass
        except (BlockingIOError, InterruptedError):
            pass

    def _read(self) -> bytes:
        return os.read(self.reader, 64) if self._socket is None else self._socket[0].recv(64)

    def close(self) -> None:
        if self._socket is None:
            os.close(self.reader)
            os.close(self.writer)
        else:
            for end in self._socket:
                end.close()


class QuitOnSignals(QObject):
    """While installed, the quit signals call `quit` once, from the event loop."""

    def __init__(self, quit: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._quit = quit
        self._quitting = False
        self._wake_up = WakeUp()
        self._previous_fd = signal.set_wakeup_fd(self._wake_up.writer, warn_on_full_buffer=False)
        self._notifier = QSocketNotifier(self._wake_up.reader, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._previous_handlers = {number: signal.signal(number, self._on_signal) for number in QUIT_SIGNALS}

    def uninstall(self) -> None:
        """Give the signals back to their previous handlers (after the event loop has ended)."""
        for number, handler in self._previous_handlers.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        self._wake_up.close()

    def _on_signal(self, number: int, _frame) -> None:
        if self._quitting:
            return
        self._quitting = True
        QTimer.singleShot(0, lambda: self._quit_on(number))

    def _quit_on(self, number: int) -> None:
        logger.info("Quitting on %s: storing what is typed first", signal.Signals(number).name)
        self._quit()

    def _drain(self) -> None:
        """The bytes only woke the loop (the Python handler has run by now)."""
        self._wake_up.drain()
