"""A time field that reads hours first in both languages ("20:30", "٢٠:٣٠").

Qt lays out a QTimeEdit's sections in the direction the widget has when its display format is set:
set in a right-to-left window, "HH:mm" shows 20:00 as "00:20". So the field is made left to right
(a time reads that way in Arabic too) before it is given its format.
"""

from __future__ import annotations

from PySide6.QtCore import QTime, Qt
from PySide6.QtWidgets import QTimeEdit, QWidget

from thabat.ui.value_fields import TimeEdit

FORMAT = "HH:mm"


def time_edit(initial: QTime, parent: QWidget | None = None) -> QTimeEdit:
    edit = TimeEdit(initial, parent)
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setDisplayFormat(FORMAT)
    return edit
