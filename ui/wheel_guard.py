"""The mouse wheel scrolls the page, not the value under the pointer.

A combo box, spin box, date field or slider changes its value on the wheel even without focus, so
scrolling a long form set ratings and dates by accident. One filter, installed once on the
application, guards every such widget: without focus the wheel goes to the scroll area around it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QWidget

from thabat.ui.app_filter import install_app_filter

GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)
"""Value widgets; QDateEdit is a spin box."""


def _guarded(widget: QObject) -> bool:
    # Scroll bars are sliders too, and moving them is what the wheel is for.
    return isinstance(widget, GUARDED) and not widget.inherits("QScrollBar")


class WheelGuard(QObject):
    """The application's event filter: a guarded widget takes wheel events only when it has focus."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and _guarded(watched):
            # WheelFocus would hand the focus over on the first wheel turn, before this filter sees it.
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel and _guarded(watched) and not watched.hasFocus():
            scroll_page_instead(watched, event)
            return True
        return False


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


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Guard every value widget of `app`, present and future; the guard lives as long as `app`."""
    return install_app_filter(app, WheelGuard)
