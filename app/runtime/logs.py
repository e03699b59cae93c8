"""The app's log: `<data>/logs/thabat.log`, rotated, readable by the user only.

Only what helps with a bug goes there (tracebacks, Qt warnings); journal text is never logged on
purpose, but a traceback may quote it, hence the user-only permissions.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

LOG_DIR = "logs"
LOG_FILE = "thabat.log"
MAX_BYTES = 512 * 1024
BACKUP_COUNT = 3
logger = logging.getLogger("thabat")


class PrivateRotatingFileHandler(logging.FileHandler):
    """A log file kept under MAX_BYTES by rotation (thabat.log.1 is the newest old one), every file 0600.

    Not logging.handlers.RotatingFileHandler: that module pulls in socket, pickle and queue, which
    the window's first paint would wait for (see the Performance section of the README).
    """

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backup_count: int = BACKUP_COUNT) -> None:
        self.max_bytes, self.backup_count = max_bytes, backup_count
        super().__init__(path, encoding="utf-8")

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() + len(self.format(record)) + 1 > self.max_bytes:
                self._rotate()
        except (OSError, ValueError):
            self.handleError(record)
            return
        super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        # The log could not be written (a full disk): nothing better to do than to carry on quietly;
        # logging's default prints a traceback per record to stderr.
        pass

    def _rotate(self) -> None:
        self.stream.close()
        self.stream = None
        base = self.baseFilename
        for n in range(self.backup_count - 1, 0, -1):
            if os.path.exists(f"{base}.{n}"):
                os.replace(f"{base}.{n}", f"{base}.{n + 1}")
        os.replace(base, f"{base}.1")
        self.stream = self._open()

    def _open(self):
        old_umask = os.umask(0o077)
        try:
            stream = super()._open()
        finally:
            os.umask(old_umask)
        os.chmod(self.baseFilename, 0o600)
        return stream


def log_path(folder: Path) -> Path:
    return folder / LOG_DIR / LOG_FILE


def setup_logging(folder: Path) -> Path:
    """Send the "thabat" logger to the rotating log file in `folder`; returns the file's path."""
    path = log_path(folder)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    for handler in list(logger.handlers):  # set up twice (tests, a restart): one file handler only
        if isinstance(handler, PrivateRotatingFileHandler):
            logger.removeHandler(handler)
            handler.close()
    handler = PrivateRotatingFileHandler(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    return path


def close_logging() -> None:
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()


def log_exception(exc_type, exc_value, exc_traceback) -> None:
    """Write an unexpected exception with its traceback to the log."""
    logger.error("Unexpected error", exc_info=(exc_type, exc_value, exc_traceback))
