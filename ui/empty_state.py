"""What a page shows when it has nothing yet: what it will hold, and one button to begin."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from thabat.ui.icons import icon


class EmptyState(QWidget):
    """A calm card in place of an empty table or list; `button` does the one next thing."""

    def __init__(self, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("empty-state")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)  # the stylesheet draws the card
        self._icon_name = icon_name
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.title.setObjectName("empty-title")
        self.text = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.text.setObjectName("empty-text")
        self.button = QPushButton()
        self.button.setObjectName("primary")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 40, 32, 40)
        layout.setSpacing(12)
        # One compact group in the middle of the card: the room to spare goes above and below it,
        # not between the picture, the words and the button (they sat ~150 px apart on a laptop).
        layout.addStretch(1)
        layout.addWidget(self.picture)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(row)
        layout.addStretch(1)
        self.hide()

    def set_texts(self, title: str, text: str, button: str) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.button.setText(button)
        self.picture.setPixmap(icon(self._icon_name).pixmap(48, 48))  # the theme may have changed too
