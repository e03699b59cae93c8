"""A save that failed for want of disk space (or of permission) is tried again until it works.

The editors keep the text and say why it is not saved; this timer saves again every RETRY_MS
while the save is pending, so the text is stored as soon as space comes back, without a click.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QTimer

from thabat.app.runtime.disk_errors import DiskProblem, disk_problem
from thabat.app.runtime.logs import logger

RETRY_MS = 10_000


class SaveRetry(QObject):
    def __init__(self, parent: QObject, save: Callable[[], object]) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True, interval=RETRY_MS)
        self.timer.timeout.connect(save)

    @property
    def pending(self) -> bool:
        return self.timer.isActive()

    def failed(self, error: BaseException, folder: Path | None) -> DiskProblem | None:
        """The DiskProblem behind `error`, with a retry scheduled; None (and no retry) for any other error."""
        problem = disk_problem(error, folder)
        if problem is None:
            return None
        # The kind only: the error's own text may quote the SQL and what was being saved.
        logger.warning("Saving failed (disk %s); trying again in %d s", problem.kind, RETRY_MS // 1000)
        self.timer.start()
        return problem

    def succeeded(self) -> None:
        self.timer.stop()
