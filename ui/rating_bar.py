"""A one-click rating: a row of segments (1 to 5 for a skill, 0 to 10 for confidence), plus "not rated".

One control for every rating in the app (skills, the reflection's confidence, Today's check-in), so
it is learnt once. One click on a segment sets the value; the keyboard does everything the mouse
does (arrows, Home / End, Delete or Backspace to clear). The row follows the layout direction (low
values at the start: the right in Arabic), and the arrow keys follow what the eye sees. The mouse
wheel never changes it: a wheel turn over the row scrolls the page around it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from thabat.app.text.dates import DateStyle, number
from thabat.app.text.direction import fill
from thabat.ui.wheel_guard import scroll_page_instead

NOT_RATED = "–"
"""The label of the clearing segment: a dash reads the same in both languages."""

MIN_SEGMENT = 22
"""The narrowest a segment gets (a digit and its padding) when the row has little room."""


class RatingBar(QWidget):
    """Segments `low`..`high`, one click each; with `clearable`, a first segment means "not rated" (None)."""

    value_changed = Signal(object)
    """The new value (an int, or None when cleared), whether set by the user or by `set_value`."""

    def __init__(self, low: int, high: int, clearable: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.low, self.high, self.clearable = low, high, clearable
        self._value: int | None = None if clearable else low
        self._style = DateStyle("en")
        self._not_rated_name = ""
        self._value_words = ""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # never WheelFocus: the wheel belongs to the page
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setMouseTracking(True)
        self._hovered: int | None = None
        self.retranslate(self._style)

    # The value

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        """Show `value` (None: not rated; out of range or None on a bar that cannot be cleared: ignored)."""
        if value is None and not self.clearable or value is not None and not self.low <= value <= self.high:
            return
        if value == self._value:
            return
        self._value = value
        self._describe()
        self.update()
        self.value_changed.emit(value)

    def values(self) -> list[int | None]:
        """What each segment stands for, from the start of the row."""
        return ([None] if self.clearable else []) + list(range(self.low, self.high + 1))

    # Words and digits

    def retranslate(self, style: DateStyle) -> None:
        """Digits from the settings, words in the interface's language (the owner calls this on a change)."""
        self._style = style
        self._not_rated_name = self.tr("Not rated")
        self._value_words = self.tr("%1 of %2")
        self._describe()
        self.updateGeometry()
        self.update()

    def value_text(self) -> str:
        """The value as a screen reader says it: "3 of 5", or "not rated"."""
        if self._value is None:
            return self._not_rated_name
        return fill(self._value_words, number(self._value, self._style), number(self.high, self._style))

    def _describe(self) -> None:
        self.setAccessibleDescription(self.value_text())
        self.setToolTip(self.value_text())

    # Geometry: segment i (from the start of the row) and the segment under a point

    def _label(self, value: int | None) -> str:
        return NOT_RATED if value is None else number(value, self._style)

    def _segment_width(self) -> int:
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(self._label(value)) for value in self.values())
        return max(widest + 14, metrics.height() + 10, 26)

    def sizeHint(self) -> QSize:
        return QSize(self._segment_width() * len(self.values()) + 2, self.fontMetrics().height() + 14)

    def minimumSizeHint(self) -> QSize:
        # Narrow cards (Today's side column at 1100 px) get narrower segments, never a sideways scroll.
        return QSize(MIN_SEGMENT * len(self.values()) + 2, self.fontMetrics().height() + 14)

    def segment_rect(self, index: int) -> QRect:
        """Where segment `index` (counted from the start of the row) is drawn, mirrored right to left."""
        count = len(self.values())
        width = max(MIN_SEGMENT, min(self._segment_width(), (self.width() - 2) // count))
        shown = index if self.layoutDirection() == Qt.LayoutDirection.LeftToRight else count - 1 - index
        return QRect(1 + shown * width, 1, width, self.height() - 2)

    def segment_at(self, x: float) -> int | None:
        """The index of the segment at `x`, or None outside the row."""
        for index in range(len(self.values())):
            rect = self.segment_rect(index)
            if rect.left() <= x <= rect.right():
                return index
        return None

    # Input

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        index = self.segment_at(event.position().x())
        if index is not None:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.set_value(self.values()[index])
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.segment_at(event.position().x())
        if index != self._hovered:
            self._hovered = index
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:
        self._hovered = None
        self.update()
        super().leaveEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        scroll_page_instead(self, event)  # focused or not: a rating is never set by scrolling past it

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        forward = self.layoutDirection() == Qt.LayoutDirection.LeftToRight
        steps = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1, Qt.Key.Key_Right: 1 if forward else -1,
                 Qt.Key.Key_Left: -1 if forward else 1}
        if key in steps:
            self._step(steps[key])
        elif key == Qt.Key.Key_Home:
            self.set_value(self.low)
        elif key == Qt.Key.Key_End:
            self.set_value(self.high)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.clearable:
            self.set_value(None)
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and self.low <= key - Qt.Key.Key_0 <= self.high:
            self.set_value(key - Qt.Key.Key_0)  # a digit typed on a bar of one-digit values
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _step(self, by: int) -> None:
        if self._value is None:
            self.set_value(self.low if by > 0 else None)
        elif self._value + by < self.low:
            self.set_value(None if self.clearable else self.low)
        else:
            self.set_value(min(self.high, self._value + by))

    # Painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        group = QPalette.ColorGroup.Active if self.isEnabled() else QPalette.ColorGroup.Disabled
        chosen = palette.color(group, QPalette.ColorRole.Highlight)
        filled = chosen.lighter(160) if palette.color(QPalette.ColorRole.Window).lightness() > 128 else chosen.darker(160)
        border = palette.color(group, QPalette.ColorRole.Mid)
        for index, value in enumerate(self.values()):
            rect = QRectF(self.segment_rect(index)).adjusted(1.5, 1.5, -1.5, -1.5)
            selected = value == self._value
            in_bar = value is not None and self._value is not None and value <= self._value
            base = palette.color(group, QPalette.ColorRole.Base)
            if selected and value is None:  # "not rated" is the quiet state: marked, not lit up
                background, selected = palette.color(group, QPalette.ColorRole.Button), False
            else:
                background = chosen if selected else filled if in_bar else base
            painter.setPen(QPen(chosen if index == self._hovered else border, 1))
            painter.setBrush(background)
            painter.drawRoundedRect(rect, 4, 4)
            text = palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
            painter.setPen(text)
            font = painter.font()
            font.setBold(selected)
            painter.setFont(font)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._label(value))
        if self.hasFocus():
            pen = QPen(palette.color(group, QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 5, 5)
        painter.end()

    def segment_center(self, index: int) -> QPointF:
        """The middle of segment `index` (tests click there)."""
        return QPointF(self.segment_rect(index).center())
