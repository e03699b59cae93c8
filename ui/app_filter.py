"""Event filters that watch every widget of the application, present and future, installed once.

The wheel guard and the leading alignment of numbers are such filters: made as children of the
application (so they live as long as it does) and found again rather than installed twice.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

Filter = TypeVar("Filter", bound=QObject)


def install_app_filter(app: QApplication, kind: type[Filter]) -> Filter:
    """`app`'s filter of this kind: made and installed on the first call, the same one after."""
    installed = app.findChild(kind)
    if installed is None:
        installed = kind(app)
        app.installEventFilter(installed)
    return installed
