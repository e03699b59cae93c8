"""Fixes applied to each widget as Qt polishes it, instead of an event filter on the whole application.

The wheel guard and the leading alignment concern value fields only (combo boxes, spin boxes, date
fields, sliders), but as filters on the application they saw every event of every widget, each one
a call into Python: about 6,600 from launch to the first dialog, a fifth of the CPU the window
needed to answer its first Ctrl+R. Qt polishes every widget once, through the application's style;
this proxy of Fusion hands each widget to the hooks, and they put their filter on the few widgets
they concern.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProxyStyle, QWidget

Hook = Callable[[QWidget], None]

_hooks: list[Hook] = []
_STYLE_SET = "thabat-polishing-style"
"""A property of the application: its style is a PolishingStyle (QApplication.style() may be the stylesheet's)."""


class PolishingStyle(QProxyStyle):
    """Fusion (or `base`), plus the hooks run on each widget it polishes."""

    def polish(self, target):  # QStyle.polish has overloads: a widget, a palette, the application
        result = super().polish(target)
        if isinstance(target, QWidget):
            for hook in tuple(_hooks):
                hook(target)
        return result


def set_polishing_style(app: QApplication, base: str = "Fusion") -> None:
    """Give `app` the style `base` with the polish hooks (the theme sets its style through this)."""
    app.setStyle(PolishingStyle(base))
    app.setProperty(_STYLE_SET, True)


def add_polish_hook(app: QApplication, hook: Hook) -> None:
    """Run `hook(widget)` on every widget of `app` polished from now on (and on those already shown)."""
    if hook in _hooks:
        return
    _hooks.append(hook)
    if not app.property(_STYLE_SET):
        set_polishing_style(app)  # polishes the widgets already there again
    else:
        for widget in app.allWidgets():
            if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
                hook(widget)


def remove_polish_hook(hook: Hook) -> None:
    if hook in _hooks:
        _hooks.remove(hook)

