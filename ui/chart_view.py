"""Where the Charts page shows its chart: an image drawn on a thread (app/charts/drawn.py), not a live canvas.

matplotlib's Qt canvas draws its figure in the paint event, on the GUI thread: 100-220 ms for a chart, the
window frozen meanwhile. This widget only paints pixels already drawn, says it is loading before the first
ones come, tells the page where the mouse is in the figure's own pixels (for the read-out), and asks for
the chart again once a resize has settled (the old image, stretched, until then).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

RESIZE_SETTLED_MS = 150
"""A window dragged larger sends a resize every few milliseconds: the chart is drawn again once they stop."""


def chart_image(rgba: bytes, width: int, height: int, ratio: float) -> QImage:
    """The drawn pixels as an image ready to paint (QImage may be made on any thread): converted once here
    rather than at every paint."""
    image = QImage(rgba, width, height, width * 4, QImage.Format.Format_RGBA8888)
    image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)  # a copy: owns its pixels
    image.setDevicePixelRatio(ratio)
    return image


class ChartView(QWidget):
    hovered = Signal(float, float)
    """The mouse at (x, y) in the drawn figure's display pixels: device pixels from the bottom left, as
    matplotlib counts them."""
    left = Signal()
    resized = Signal()
    """The size settled and differs from the chart shown: draw it again at `size_to_draw()`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chart-canvas")
        self.setMouseTracking(True)
        self.image: QImage | None = None
        self.loading_line = QLabel(QCoreApplication.translate("Page", "Loading…"))
        self.loading_line.setObjectName("chart-loading")
        self.loading_line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.loading_line)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(RESIZE_SETTLED_MS)
        self._settle.timeout.connect(self._on_settled)

    def size_to_draw(self) -> tuple[int, int, float]:
        """(width, height) in logical pixels and the screen's device pixel ratio."""
        return self.width(), self.height(), self.devicePixelRatioF()

    def show_image(self, image: QImage) -> None:
        self.image = image
        self.loading_line.hide()
        self.update()
        if not self._fits(image):  # resized while it was drawn
            self._settle.start()

    def _fits(self, image: QImage) -> bool:
        return (image.width(), image.height()) == (round(self.width() * image.devicePixelRatio()),
                                                    round(self.height() * image.devicePixelRatio()))

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.image is None:
            return
        painter = QPainter(self)
        if self._fits(self.image):
            painter.drawImage(QPointF(0, 0), self.image)
        else:  # a resize not drawn yet: stretched for a moment
            painter.drawImage(QRectF(self.rect()), self.image)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.image is not None and not self._fits(self.image):
            self._settle.start()

    def _on_settled(self) -> None:
        if self.image is not None and not self._fits(self.image):
            self.resized.emit()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.image is not None:
            ratio = self.image.devicePixelRatio()
            position = event.position()
            self.hovered.emit(position.x() * ratio, self.image.height() - position.y() * ratio)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:
        self.left.emit()
        super().leaveEvent(event)
