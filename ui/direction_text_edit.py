"""A plain-text editor whose paragraphs each take their direction from their own letters.

The rule is app/text_direction.py's (Arabic words at least as many as Latin ones), so an Arabic paragraph that starts
with "Google" is right-to-left; the entry's override (rtl / ltr) wins over counting.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextBlock, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from app.text_direction import text_direction

_QT = {"rtl": Qt.LayoutDirection.RightToLeft, "ltr": Qt.LayoutDirection.LeftToRight}


class DirectionTextEdit(QTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self._override = "auto"
        self._changed: tuple[int, int] | None = None
        self._applying = False
        self.document().contentsChange.connect(self._on_contents_change)
        self.textChanged.connect(self._on_text_changed)

    def set_override(self, override: str) -> None:
        """"auto" (per paragraph, by its letters), "rtl" or "ltr" for every paragraph."""
        self._override = override
        self._apply(0, self.document().characterCount())

    def set_plain_text(self, text: str) -> None:
        self.setPlainText(text)
        self._apply(0, self.document().characterCount())

    def paragraph_direction(self, number: int) -> Qt.LayoutDirection:
        return self.document().findBlockByNumber(number).blockFormat().layoutDirection()

    def _on_contents_change(self, position: int, _removed: int, added: int) -> None:
        if not self._applying:
            start, end = self._changed or (position, position + added)
            self._changed = (min(start, position), max(end, position + added))

    def _on_text_changed(self) -> None:
        if self._changed is not None and not self._applying:
            start, end = self._changed
            self._changed = None
            self._apply(start, end)

    def _apply(self, start: int, end: int) -> None:
        # Ties and paragraphs without letters follow the application's own direction.
        fallback = "rtl" if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"
        document = self.document()
        block: QTextBlock = document.findBlock(max(0, start))
        last = document.findBlock(max(0, min(end, document.characterCount() - 1))).blockNumber()
        self._applying = True
        cursor = QTextCursor(document)
        cursor.joinPreviousEditBlock()  # the direction change undoes together with the typing
        try:
            while block.isValid() and block.blockNumber() <= last:
                wanted = _QT[text_direction(block.text(), self._override, fallback)]
                fmt = block.blockFormat()
                if fmt.layoutDirection() != wanted:
                    fmt.setLayoutDirection(wanted)
                    cursor.setPosition(block.position())
                    cursor.setBlockFormat(fmt)
                block = block.next()
        finally:
            cursor.endEditBlock()
            self._applying = False
