"""Thabat's icons: line drawings in resources/icons, drawn in the theme's text colour.

Icons that point somewhere (Back, Next) are mirrored in right-to-left layouts, where "back" points
right; the others (a sun, a book, an upward export arrow) read the same both ways and are not.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QImageReader, QPixmap, QTransform

from thabat import resources
from thabat.ui.theme import current_palette

DIRECTIONAL = frozenset({"back", "next"})
"""Icons that point along the reading direction."""

SIZES = (16, 20, 24, 32, 48)


def icon(name: str) -> QIcon:
    """The icon `name` (a file resources/icons/<name>.svg) in the current theme and direction."""
    mirrored = name in DIRECTIONAL and QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return _drawn(name, current_palette().text, mirrored)


@lru_cache(maxsize=None)
def _drawn(name: str, colour: str, mirrored: bool) -> QIcon:
    svg = resources.path("icons", f"{name}.svg").read_bytes().replace(b"currentColor", colour.encode())
    drawn = QIcon()
    for size in SIZES:
        data = QByteArray(svg)
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer, b"svg")
        reader.setScaledSize(QSize(size, size))
        image = reader.read()
        buffer.close()
        if image.isNull():
            raise OSError(f"cannot draw icon {name}: {reader.errorString()}")
        pixmap = QPixmap.fromImage(image)
        if mirrored:
            pixmap = pixmap.transformed(QTransform().scale(-1, 1))
        drawn.addPixmap(pixmap)
    return drawn
