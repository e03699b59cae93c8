"""The yardstick for start-up: an empty QMainWindow, launched like Thabat, reporting its first paint."""

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
            watched.removeEventFilter(self)
        return False


app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1100, 720)
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
