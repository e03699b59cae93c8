"""A start-up probe for the benchmark (bench/): report the first paint of Today, with its data.

With THABAT_REPORT_FIRST_PAINT=1 the app prints `first-paint <time.time()>` on stdout at the first
Paint event of the Today page (which refreshes from the journal as it is shown, so the paint has
the day's data in it) and quits; with THABAT_REPORT_FIRST_PAINT=stay it prints and keeps running,
so the benchmark can read the idle memory. Unset (always, for users) it does nothing.
bench/empty_window.py prints the same line for an empty QMainWindow, the yardstick.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV_VAR = "THABAT_REPORT_FIRST_PAINT"


class _FirstPaint(QObject):
    def __init__(self, quit_after: bool) -> None:
        super().__init__()
        self.quit_after = quit_after

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print(f"first-paint {time.time():.6f}", flush=True)
            if self.quit_after:
                QTimer.singleShot(0, QApplication.quit)
        return False


def report_first_paint_if_asked(today_page: QWidget) -> None:
    mode = os.environ.get(ENV_VAR, "")
    if not mode:
        return
    probe = _FirstPaint(quit_after=mode != "stay")
    probe.setParent(today_page)  # lives as long as the page
    today_page.installEventFilter(probe)
