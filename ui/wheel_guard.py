"""The mouse wheel scrolls the page, not the value under the pointer.

A combo box, spin box, date field or slider changes its value on the wheel even without focus, so
scrolling a long form set ratings and dates by accident. One guard, put on each such widget as Qt
polishes it (ui/widget_polish.py): without focus the wheel goes to the scroll area around it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QWidget

from thabat.ui.widget_polish import add_polish_hook, remove_polish_hook

GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)
"""Value widgets; QDateEdit is a spin box."""


def _guarded(widget: QObject) -> bool:
    # Scroll bars are sliders too, and moving them is what the wheel is for.
    return isinstance(widget, GUARDED) and not widget.inherits("QScrollBar")


class WheelGuard(QObject):
    """The event filter of every guarded widget: it takes wheel events only when it has focus."""

    def guard(self, widget: QWidget) -> None:
        """The polish hook: filter `widget`'s events if it is a value widget."""
        if _guarded(widget):
            # WheelFocus would hand the focus over on the first wheel turn, before this filter sees it.
            if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and _guarded(watched) and not watched.hasFocus():
            scroll_page_instead(watched, event)
            return True
        return False

    def uninstall(self) -> None:
        """No more guarding from now on (tests install a fresh guard each)."""
        remove_polish_hook(self.guard)
        for widget in QApplication.allWidgets():
            widget.removeEventFilter(self)


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
    guard = app.findChild(WheelGuard)
    if guard is None:
        guard = WheelGuard(app)
    add_polish_hook(app, guard.guard)
    return guard
