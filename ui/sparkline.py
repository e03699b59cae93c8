"""A tiny line of a skill's ratings over time (1-5), drawn with QPainter; no chart library."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QWidget


class Sparkline(QWidget):
    def __init__(self, values: list[int], low: int = 1, high: int = 5, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values, self.low, self.high = values, low, high
        self.setMinimumSize(QSize(90, 22))

    def sizeHint(self) -> QSize:
        return QSize(140, 24)

    def paintEvent(self, event) -> None:
        if not self.values:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h, pad = self.width(), self.height(), 3
        span = max(self.high - self.low, 1)
        steps = max(len(self.values) - 1, 1)
        points = [
            QPointF(pad + (w - 2 * pad) * i / steps, h - pad - (h - 2 * pad) * (v - self.low) / span)
            for i, v in enumerate(self.values)
        ]
        if self.isRightToLeft():  # time runs right to left in Arabic, like the rest of the layout
            points = [QPointF(w - p.x(), p.y()) for p in points]
        painter.setPen(QPen(self.palette().highlight().color(), 1.6))
        painter.drawPolyline(points)
        painter.setBrush(self.palette().highlight())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(points[-1], 2.5, 2.5)
        painter.end()
