"""The hooks that log unexpected errors and show them calmly instead of quitting.

An exception in a slot or in start-up code is logged with its traceback and shown in the crash dialog
(ui/crash_dialog.py); the app keeps running, so every open editor keeps its text. The hooks are
installed before the first paint and the dialog's module is imported when an error first needs it:
its widget classes (a dialog, a button box, a text view) cost 1.8 ms of every start-up otherwise.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

from thabat.app.runtime.logs import log_exception, logger


def _show_crash_dialog(details: str, log_file: Path | None) -> None:
    """The crash dialog, its module imported now."""
    from thabat.ui.crash_dialog import show_crash_dialog

    show_crash_dialog(details, log_file)


class ExceptionHook:
    """sys.excepthook: log the exception, then show the calm dialog; never quits the app."""

    def __init__(self, log_file: Path | None, show: Callable[[str, Path | None], None] = _show_crash_dialog) -> None:
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
