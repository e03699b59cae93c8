"""The app's log: `<data>/logs/thabat.log`, rotated, readable by the user only.

Only what helps with a bug goes there (tracebacks, Qt warnings); journal text is never logged on
purpose, but a traceback may quote it, hence the user-only permissions.
"""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_DIR = "logs"
LOG_FILE = "thabat.log"
MAX_BYTES = 512 * 1024
BACKUP_COUNT = 3
logger = logging.getLogger("thabat")


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A RotatingFileHandler whose files (the live one and each rotated one) are 0600."""

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
    handler = PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
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
