"""The mouse wheel scrolls the page, not the value under the pointer.

A combo box, spin box, date field or slider changes its value on the wheel even without focus, so
scrolling a long form set ratings and dates by accident. Each value field is made with a guard
(ui/value_fields.py): without focus, the wheel goes to the scroll area around it.
"""

from __future__ import annotations

from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget


def scroll_page_instead(widget: QWidget, event: QWheelEvent) -> None:
    """Hand the turn to the nearest scroll area around `widget`, as if the pointer were over it."""
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QAbstractScrollArea):
        area = area.parentWidget()
    if area is None:
        event.ignore()  # a spontaneous event then goes on to the parents
        return
    viewport = area.viewport()
    position = viewport.mapFromGlobal(event.globalPosition())
    QApplication.sendEvent(viewport, QWheelEvent(
        position, event.globalPosition(), event.pixelDelta(), event.angleDelta(), event.buttons(),
        event.modifiers(), event.phase(), event.inverted(), event.source(), event.pointingDevice()))
    event.accept()
