"""Thabat's icons: line drawings in resources/icons, drawn in the theme's text colour.

Icons that point somewhere (Back, Next) are mirrored in right-to-left layouts, where "back" points
right; the others (a sun, a book, an upward export arrow) read the same both ways and are not.

Each icon is drawn only at the sizes it is shown at, when first shown there (`_DrawnIcon`), and one
QIcon is kept per name, colour and direction: start-up shows fourteen icons at one size, where
drawing each at five sizes beforehand cost ~15 ms before the window could paint.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QImageReader, QPainter, QPixmap, QTransform

from thabat import resources
from thabat.ui.theme import current_palette

DIRECTIONAL = frozenset({"back", "next"})
"""Icons that point along the reading direction."""

SIZES = (16, 20, 24, 32, 48)
"""The sizes an icon says it has (widgets ask for one of these, or any other: each is drawn when asked)."""


def icon(name: str) -> QIcon:
    """The icon `name` (a file resources/icons/<name>.svg) in the current theme and direction."""
    mirrored = name in DIRECTIONAL and QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return _drawn(name, current_palette().text, mirrored)


@lru_cache(maxsize=None)
def _drawn(name: str, colour: str, mirrored: bool) -> QIcon:
    svg = resources.path("icons", f"{name}.svg").read_bytes().replace(b"currentColor", colour.encode())
    return QIcon(_DrawnIcon(name, svg, mirrored))


class _DrawnIcon(QIconEngine):
    """An SVG drawn at each size when first asked for, then kept; other modes (disabled, selected) are
    made from it by the style, as for any icon given as pixmaps."""

    def __init__(self, name: str, svg: bytes, mirrored: bool) -> None:
        super().__init__()
        self.name, self.svg, self.mirrored = name, svg, mirrored
        self._pixmaps: dict[tuple[int, int], QPixmap] = {}

    def _normal(self, size: QSize) -> QPixmap:
        key = (size.width(), size.height())
        if key not in self._pixmaps:
            data = QByteArray(self.svg)
            buffer = QBuffer(data)
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            reader = QImageReader(buffer, b"svg")
            side = min(key)
            reader.setScaledSize(QSize(side, side))
            image = reader.read()
            buffer.close()
            if image.isNull():
                raise OSError(f"cannot draw icon {self.name}: {reader.errorString()}")
            pixmap = QPixmap.fromImage(image)
            if self.mirrored:
                pixmap = pixmap.transformed(QTransform().scale(-1, 1))
            self._pixmaps[key] = pixmap
        return self._pixmaps[key]

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        if size.isEmpty():
            return QPixmap()
        drawn = self._normal(size)
        if mode == QIcon.Mode.Normal:
            return drawn
        # The style makes the other modes (greyed, tinted) from the drawn pixmap, in Qt's own icon engine: asking
        # the style from Python would wrap it, and making QStyle's Python enums cost ~10 ms of the first paint
        # (the navigation's current page is drawn selected).
        return QIcon(drawn).pixmap(drawn.size(), 1.0, mode, state)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        pixmap = self.pixmap(QSize(round(rect.width() * ratio), round(rect.height() * ratio)), mode, state)
        pixmap.setDevicePixelRatio(ratio)
        painter.drawPixmap(rect, pixmap)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def availableSizes(self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off) -> list[QSize]:
        return [QSize(side, side) for side in SIZES]

    def clone(self) -> "_DrawnIcon":
        twin = _DrawnIcon(self.name, self.svg, self.mirrored)
        twin._pixmaps = dict(self._pixmaps)
        return twin

    def key(self) -> str:
        return "thabat-drawn"
