"""One running Thabat per data folder: a second launch asks the first to come to the front.

A lock file in the data folder says who owns the journal (a crashed owner's stale lock is taken
over: QLockFile checks its process id); a local socket (a Unix socket or named pipe, never the
network) named after a hash of the folder's path carries the one message, "raise".
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

from thabat.app.runtime.data_folder import make_private
from thabat.app.runtime.disk_errors import READ_ONLY, DiskProblem, disk_problem
from thabat.app.runtime.paths import lock_path

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

RAISE = b"raise\n"


def server_name(folder: Path) -> str:
    """A socket name private to this data folder (and short enough for every platform)."""
    import hashlib  # loads OpenSSL: ~6 ms the first paint does without (the name is needed after it)

    digest = hashlib.sha256(str(folder.resolve()).encode("utf-8")).hexdigest()[:24]
    return f"thabat-{digest}"


class SingleInstance(QObject):
    raise_requested = Signal()
    """Another launch on the same data folder asked this one to show itself."""

    def __init__(self, folder: Path) -> None:
        super().__init__()
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.folder = folder
        self.lock = QLockFile(str(lock_path(folder)))
        self.lock.setStaleLockTime(0)  # held for hours: only a dead owner's lock is stale
        self.server: QLocalServer | None = None

    @property
    def name(self) -> str:
        return server_name(self.folder)

    def acquire(self, listen: bool = True) -> bool:
        """True when this process now owns the data folder (and, with `listen`, hears "raise" requests).

        The app starts with listen=False and calls `listen()` once its window is painted: QtNetwork
        is not needed for the first paint, and a launch in between waits for it (`ask_running_to_raise`).
        """
        if not self.lock.tryLock(0):
            if self.lock.error() != QLockFile.LockError.LockFailedError:  # not held: cannot be written
                raise self._why_unwritable()
            return False
        make_private(Path(self.lock.fileName()))
        if listen:
            self.listen()
        return True

    def _why_unwritable(self) -> DiskProblem:
        """A full disk or a read-only folder: QLockFile does not say which, a file of our own does."""
        import tempfile

        try:
            with tempfile.TemporaryFile(dir=self.folder):
                pass
        except OSError as error:
            return disk_problem(error, self.folder) or DiskProblem(READ_ONLY, self.folder)
        return DiskProblem(READ_ONLY, self.folder)

    def listen(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.name)  # a socket file left by a crash
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)
        self.server.listen(self.name)

    def ask_running_to_raise(self, timeout_ms: int = 2000) -> bool:
        """Send "raise" to the process that owns the folder; False if it could not be reached.

        The owner may be starting and not listening yet: connecting is tried again until the timeout.
        """
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        deadline = time.monotonic() + timeout_ms / 1000
        while True:
            socket.connectToServer(self.name)
            if socket.waitForConnected(timeout_ms):
                break
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)
        socket.write(RAISE)
        sent = socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return sent

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()

    def _on_connection(self) -> None:
        # The client writes its one line right after connecting: read it here and let go of the
        # socket at once, so no connection outlives the server (or this object).
        while self.server is not None and self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            if connection.bytesAvailable() or connection.waitForReadyRead(1000):
                message = bytes(connection.readAll().data())
            else:
                message = b""
            connection.abort()
            connection.deleteLater()
            if message.startswith(RAISE.strip()):
                self.raise_requested.emit()
