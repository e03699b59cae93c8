"""Fixes applied to each widget as Qt polishes it, instead of an event filter on the whole application.

The wheel guard and the leading alignment concern value fields only (combo boxes, spin boxes, date
fields, sliders), but as filters on the application they saw every event of every widget, each one
a call into Python: about 6,600 from launch to the first dialog, a fifth of the CPU the window
needed to answer its first Ctrl+R. Qt polishes every widget once, through the application's style;
this proxy of Fusion hands each widget to the hooks, and they put their filter on the few widgets
they concern.

At start-up the proxy waits until the window is on screen (`hold_polishing_style`): importing QProxyStyle
makes QStyle's Python enums (~9 ms of the GUI thread before the first paint), and the main window has no
value field; the application starts with plain Fusion, named on its command line (`FUSION_ARGUMENTS`:
given from Python, the style would be wrapped and the enums made all the same), and the proxy replaces it
with the first work after the paint, polishing again whatever is already there.
"""

from __future__ import annotations

from functools import cache
from typing import Callable

from shiboken6 import isValid

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

Hook = Callable[[QWidget], None]

_hooks: list[Hook] = []
_STYLE_SET = "thabat-polishing-style"
"""A property of the application: its style is a PolishingStyle (QApplication.style() may be the stylesheet's)."""

FUSION_ARGUMENTS = ("-style", "fusion")
"""Arguments of a QApplication that starts with Fusion while the polishing style is held."""

_held: dict[str, str] = {}
"""While start-up holds the polishing style: the base style it is to have once released."""


@cache
def polishing_style_class() -> type:
    """PolishingStyle: Fusion (or `base`), plus the hooks run on each widget it polishes. Defined when first
    needed, since importing QProxyStyle costs ~9 ms (its QStyle enums)."""
    from PySide6.QtWidgets import QProxyStyle

    class PolishingStyle(QProxyStyle):
        def polish(self, target):  # QStyle.polish has overloads: a widget, a palette, the application
            result = super().polish(target)
            if isinstance(target, QWidget):
                for hook in tuple(_hooks):
                    hook(target)
            return result

    return PolishingStyle


def set_polishing_style(app: QApplication, base: str = "Fusion") -> None:
    """Give `app` the style `base` with the polish hooks (the theme sets its style through this); while the
    style is held, only noted for `release_polishing_style`."""
    if _held:
        _held["base"] = base
        return
    app.setStyle(polishing_style_class()(base))
    app.setProperty(_STYLE_SET, True)


def hold_polishing_style() -> None:
    """Start-up, before the QApplication (made with `FUSION_ARGUMENTS`): no polishing style until released."""
    _held["base"] = "Fusion"


def release_polishing_style(app: QApplication) -> None:
    """After the first paint: the polishing style, and the hooks run on every widget polished so far."""
    if _held:
        base = _held.pop("base")
        set_polishing_style(app, base)


def polishing_style_held() -> bool:
    return bool(_held)


def add_polish_hook(app: QApplication, hook: Hook) -> None:
    """Run `hook(widget)` on every widget of `app` polished from now on (and on those already shown)."""
    if hook in _hooks:
        return
    _hooks.append(hook)
    if _held:
        return  # run on every widget when the style is released
    if not app.property(_STYLE_SET):
        set_polishing_style(app)  # polishes the widgets already there again
    else:
        for widget in app.allWidgets():
            if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
                hook(widget)


_helpers: dict[type, QObject] = {}


def application_helper(app: QApplication, kind: type) -> QObject:
    """The one `kind(app)` (a hook's owner) of `app`, made when first asked for. Kept here, not looked up
    with `app.findChild`: that would wrap each of the application's children, its style among them (the
    QStyle enums `hold_polishing_style` keeps out of the first paint)."""
    helper = _helpers.get(kind)
    if helper is None or not isValid(helper) or helper.parent() is not app:
        helper = _helpers[kind] = kind(app)
    return helper


def remove_polish_hook(hook: Hook) -> None:
    if hook in _hooks:
        _hooks.remove(hook)

