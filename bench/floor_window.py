"""The floor for "ready": an empty QMainWindow whose Ctrl+R (a QShortcut) shows an empty QDialog.

bench/ready.py launches it and Thabat the same way and times launch → the dialog's window exists.
"""

import sys

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("Thabat floor")
window.resize(1100, 720)
dialog = QDialog(window)
dialog.setWindowTitle("Log a rejection")
shortcut = QShortcut(QKeySequence("Ctrl+R"), window)
shortcut.activated.connect(dialog.show)
window.show()
sys.exit(app.exec())
