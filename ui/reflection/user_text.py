"""Editors for user text whose direction follows the text (app/text_direction.py), per paragraph.

The direction of the application (Arabic UI: right-to-left) is only the fallback for empty or
neutral paragraphs; the user's per-reflection override ("auto", "rtl", "ltr") wins over counting.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QLineEdit, QTextEdit, QWidget

from app.text_direction import paragraph_direction, text_direction

_QT = {"rtl": Qt.LayoutDirection.RightToLeft, "ltr": Qt.LayoutDirection.LeftToRight}


def _fallback() -> str:
    return "rtl" if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"


class UserTextEdit(QTextEdit):
    """A plain-text editor; each paragraph is laid out right-to-left or left-to-right by its letters."""

    def __init__(self, parent: QWidget | None = None, minimum_lines: int = 3, maximum_lines: int | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)  # Tab moves on: every control stays reachable by keyboard
        self.override = "auto"
        self._applying = False
        line = self.fontMetrics().lineSpacing()
        self.setMinimumHeight(line * minimum_lines + 12)
        if maximum_lines is not None:  # many short answers on one step: keep each box small
            self.setMaximumHeight(line * maximum_lines + 12)
        self.document().contentsChanged.connect(self.apply_direction)

    def text(self) -> str:
        return self.toPlainText()

    def set_text(self, text: str) -> None:
        if text != self.toPlainText():
            self.setPlainText(text)
        self.apply_direction()

    def set_override(self, override: str) -> None:
        self.override = override
        self.apply_direction()

    def direction_source(self, text: str) -> str:
        """The part of a paragraph whose letters decide its direction (all of it, unless a subclass says)."""
        return text

    def paragraph_directions(self) -> list[Qt.LayoutDirection]:
        block, found = self.document().begin(), []
        while block.isValid():
            found.append(block.blockFormat().layoutDirection())
            block = block.next()
        return found

    def apply_direction(self) -> None:
        """Give every paragraph the direction its letters ask for (skipped while already applying)."""
        if self._applying:
            return
        self._applying = True
        try:
            fallback = _fallback()
            block = self.document().begin()
            while block.isValid():
                text = self.direction_source(block.text())
                wanted = _QT[self.override] if self.override in _QT else _QT[paragraph_direction(text, fallback)]
                if block.blockFormat().layoutDirection() != wanted:
                    cursor = QTextCursor(block)
                    form = QTextBlockFormat(block.blockFormat())
                    form.setLayoutDirection(wanted)
                    cursor.setBlockFormat(form)
                block = block.next()
        finally:
            self._applying = False


class UserLineEdit(QLineEdit):
    """A one-line editor for user text (a strength, an area): its direction follows what is typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.override = "auto"
        self.textChanged.connect(self.apply_direction)
        self.apply_direction()

    def set_override(self, override: str) -> None:
        self.override = override
        self.apply_direction()

    def direction_source(self, text: str) -> str:
        return text

    def apply_direction(self) -> None:
        self.setLayoutDirection(_QT[text_direction(self.direction_source(self.text()), self.override, _fallback())])
