"""Thabat's icon (resources/icons/thabat.svg rendered by packaging/make_icons.py), one place for all."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from thabat import resources


def app_icon() -> QIcon:
    """The icon for windows, the tray and dialogs (a PNG: no SVG plugin needed in builds)."""
    return QIcon(str(resources.path("icons", "thabat-256.png")))
