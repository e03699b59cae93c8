"""Open the main window over a journal, then the Charts page: print `charts-page <seconds>` to its first paint.

Run by bench/charts.py in a fresh process, so matplotlib's first import is part of the figure,
as it is for a user opening Charts for the first time.
"""

import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from thabat.app.journal import Journal
from thabat.ui.application import create_application
from thabat.ui.context import AppContext
from thabat.ui.main_window import MainWindow
from thabat.app.preferences import Preferences


class Painted(QObject):
    def __init__(self, started: float) -> None:
        super().__init__()
        self.started = started

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.report)  # after the page's children (the chart canvas) painted too
        return False

    def report(self) -> None:
        print(f"charts-page {time.perf_counter() - self.started:.6f}", flush=True)
        QApplication.quit()


def main() -> int:
    folder = Path(sys.argv[1])
    app = create_application()
    journal = Journal.open(folder)
    window = MainWindow(AppContext(journal, Preferences(folder), folder, lang="en"))
    window.show()
    for _ in range(20):  # Today is painted and the event queue is quiet
        app.processEvents()
    charts = window.pages["charts"]
    probe = Painted(time.perf_counter())
    charts.installEventFilter(probe)
    window.show_page("charts")
    status = app.exec()
    journal.close()
    return status


if __name__ == "__main__":
    sys.exit(main())
