"""Today's cards: one calm card per question (what is due, how do I feel, how is my week), laid out in
two columns that any page part can join with `CardBoard.add_card`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

MAIN, SIDE = "main", "side"
"""The two columns: the wide one holds what to act on, the narrow one how the week is going."""


class Card(QFrame):
    """A titled card on the surface colour; subclasses and callers add their widgets to `body`."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("today-card")
        self.setProperty("card", name)  # the stylesheet gives a few cards their own colour
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.title = QLabel()
        self.title.setObjectName("card-title")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(18, 14, 18, 16)
        self.body.setSpacing(10)
        self.body.addWidget(self.title)

    def set_title(self, text: str) -> None:
        self.title.setText(text)
        self.setAccessibleName(text)


class CardBoard(QWidget):
    """Cards in a wide main column and a narrower side column, each column top to bottom.

    Another part of Today adds its card with `add_card(card, position, column)`: for instance
    `add_card(coming_up, 1)` puts it in the main column right after *Due*.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns: dict[str, QVBoxLayout] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(18)
        for column, stretch in ((MAIN, 3), (SIDE, 2)):
            layout = QVBoxLayout()
            layout.setSpacing(16)
            layout.addStretch(1)  # cards stay at the top, the room left over goes below them
            row.addLayout(layout, stretch)
            self._columns[column] = layout

    def add_card(self, card: QWidget, position: int | None = None, column: str = MAIN, stretch: int = 0) -> None:
        """Put `card` at `position` in `column` (counted from the top; None or too large: at the bottom).

        A card with `stretch` grows with the window (Due's list shows more on a big screen); a column
        without one keeps its cards at the top."""
        layout = self._columns[column]
        count = layout.count() - 1  # the stretch stays last
        index = count if position is None else max(0, min(position, count))
        layout.insertWidget(index, card, stretch)
        grows = any(layout.stretch(i) for i in range(layout.count() - 1))
        layout.setStretch(layout.count() - 1, 0 if grows else 1)

    def cards(self, column: str = MAIN) -> list[QWidget]:
        """The cards of `column`, top to bottom (hidden ones too)."""
        layout = self._columns[column]
        return [layout.itemAt(i).widget() for i in range(layout.count()) if layout.itemAt(i).widget() is not None]
