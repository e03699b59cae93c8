"""A section that folds: a heading button and, under it, its questions, shown only when opened.

Step 4 asks up to a dozen questions; folded by topic, the user sees the headings and opens the one
or two that matter instead of facing a wall of empty boxes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QSizePolicy, QToolButton, QVBoxLayout, QWidget


class FoldSection(QWidget):
    toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = QToolButton()
        self.header.setObjectName("fold-heading")
        self.header.setCheckable(True)
        self.header.setAutoRaise(True)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.header.toggled.connect(self.set_open)
        self.content = QWidget()
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setContentsMargins(16, 0, 0, 8)  # indented under its heading (mirrored in Arabic)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header, 0, Qt.AlignmentFlag.AlignLeft)  # the start of the line: mirrored in Arabic
        layout.addWidget(self.content)
        self.content.hide()
        self._show_arrow()

    def set_title(self, text: str) -> None:
        self.header.setText(text)

    def is_open(self) -> bool:
        return self.header.isChecked()

    def set_open(self, opened: bool) -> None:
        if self.header.isChecked() != opened:
            self.header.setChecked(opened)  # comes back here through `toggled`
            return
        self.content.setVisible(opened)
        self._show_arrow()
        self.toggled.emit(opened)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._show_arrow()
        super().changeEvent(event)

    def _show_arrow(self) -> None:
        # Closed, the arrow points along the reading direction (left in Arabic); open, it points down.
        closed = Qt.ArrowType.LeftArrow if self.layoutDirection() == Qt.LayoutDirection.RightToLeft \
            else Qt.ArrowType.RightArrow
        self.header.setArrowType(Qt.ArrowType.DownArrow if self.is_open() else closed)
