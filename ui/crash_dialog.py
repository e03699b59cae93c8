"""A calm dialog for unexpected errors, and the hooks that show it instead of quitting.

An exception in a slot or in start-up code is logged with its traceback and shown here; the
app keeps running, so every open editor keeps its text.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from thabat.app.runtime.logs import log_exception, logger
from thabat.app.text.direction import fill
from thabat.ui.modal import deleted_after_use


class CrashDialog(QDialog):
    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crash-dialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        self.message = QLabel(textFormat=Qt.TextFormat.PlainText)  # quotes the log's path
        self.message.setWordWrap(True)
        text = self.tr("Thabat ran into an unexpected problem. Your journal is safe and nothing you were "
                       "writing was lost: you can carry on where you were.")
        if log_file is not None:
            text += "\n\n" + fill(self.tr("The details were written to %1."), str(log_file))
        self.message.setText(text)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        self.details.setAccessibleName(self.tr("Technical details"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Continue"))
        self.details_button = buttons.addButton(self.tr("Show &details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.details_button.clicked.connect(self._on_details)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def _on_details(self) -> None:
        self.details.setVisible(not self.details.isVisible())


def show_crash_dialog(details: str, log_file: Path | None) -> None:
    if QApplication.instance() is None:
        return
    with deleted_after_use(CrashDialog(details, log_file, QApplication.activeWindow())) as dialog:
        dialog.exec()


class ExceptionHook:
    """sys.excepthook: log the exception, then show the calm dialog; never quits the app."""

    def __init__(self, log_file: Path | None, show: Callable[[str, Path | None], None] = show_crash_dialog) -> None:
        self.log_file = log_file
        self.show = show
        self._showing = False

    def __call__(self, exc_type, exc_value, exc_traceback) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc_value, exc_traceback)
            return
        log_exception(exc_type, exc_value, exc_traceback)
        if self._showing:  # an error while the dialog is up: logged, one dialog is enough
            return
        self._showing = True
        try:
            self.show("".join(traceback.format_exception(exc_type, exc_value, exc_traceback)), self.log_file)
        finally:
            self._showing = False


def _qt_message(kind: QtMsgType, _context, message: str) -> None:
    if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        logger.error("Qt: %s", message)
    elif kind == QtMsgType.QtWarningMsg:
        logger.warning("Qt: %s", message)


def install_crash_handling(log_file: Path | None) -> ExceptionHook:
    """Route Python exceptions (PySide6 hands slot exceptions to sys.excepthook) and Qt warnings to the log."""
    hook = ExceptionHook(log_file)
    sys.excepthook = hook
    qInstallMessageHandler(_qt_message)
    return hook
