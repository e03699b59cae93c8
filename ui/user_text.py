"""Editors and HTML for user text whose direction follows the text (app/text/direction.py), per paragraph.

Every widget that shows or edits what the user wrote (reflections, notes, drafts, names, companies)
uses these, so an Arabic note under an English company lines up on the right and vice versa.

The direction of the application (Arabic UI: right-to-left) is only the fallback for empty or
neutral paragraphs; the user's per-reflection override ("auto", "rtl", "ltr") wins over counting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QTextEdit, QWidget

from thabat.app.text.direction import paragraph_direction, paragraphs_with_direction, text_direction

# The rich-text classes are imported where they are used: PySide6 makes a Qt class's Python enums when it
# is first imported (~20 here, ~5 ms), and a Log a rejection opened as the window appears needs only a
# UserLineEdit before its first paint.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem

_QT = {"rtl": Qt.LayoutDirection.RightToLeft, "ltr": Qt.LayoutDirection.LeftToRight}


def _fallback() -> str:
    return "rtl" if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"


class _DirectionOverride:
    """What both editors share: the user's override ("auto", "rtl", "ltr") and which letters decide."""

    override = "auto"

    def set_override(self, override: str) -> None:
        self.override = override
        self.apply_direction()

    def direction_source(self, text: str) -> str:
        """The part of a paragraph whose letters decide its direction (all of it, unless a subclass says)."""
        return text


class UserTextEdit(_DirectionOverride, QTextEdit):
    """A plain-text editor; each paragraph is laid out right-to-left or left-to-right by its letters."""

    def __init__(self, parent: QWidget | None = None, minimum_lines: int = 3, maximum_lines: int | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)  # Tab moves on: every control stays reachable by keyboard
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

    def set_markdown(self, text: str) -> None:
        """Show a formatted entry (raw HTML in it stays text)."""
        from PySide6.QtGui import QTextDocument

        self.document().setMarkdown(text, QTextDocument.MarkdownFeature.MarkdownNoHTML)
        self.apply_direction()

    def written(self) -> tuple[str, str]:
        """(body, markup): Markdown when the text has formatting, else the text exactly as typed."""
        from PySide6.QtGui import QTextDocument

        from thabat.app.text.markdown import has_formatting  # with the first save: not needed to open a form

        if has_formatting(self.document()):
            return self.document().toMarkdown(QTextDocument.MarkdownFeature.MarkdownNoHTML).strip("\n"), "markdown"
        return self.toPlainText(), "plain"

    def paragraph_direction(self, number: int) -> Qt.LayoutDirection:
        return self.document().findBlockByNumber(number).blockFormat().layoutDirection()

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
        from PySide6.QtGui import QTextBlockFormat, QTextCursor

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


class UserLineEdit(_DirectionOverride, QLineEdit):
    """A one-line editor for user text (a strength, an area): its direction follows what is typed."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.textChanged.connect(self.apply_direction)
        self.apply_direction()

    def apply_direction(self) -> None:
        self.setLayoutDirection(_QT[text_direction(self.direction_source(self.text()), self.override, _fallback())])


def user_text_html(text: str, override: str = "auto", fallback: str | None = None, bold: bool = False) -> str:
    """User text as HTML paragraphs for a label or a reader, each with the direction of its own words."""
    from thabat.app.text.markup import escaped  # html and its entities: with the first text shown, not at start-up

    weight = "font-weight:600;" if bold else ""
    return "".join(f'<p dir="{direction}" style="margin:0 0 4px 0;{weight}">{escaped(line) or "&nbsp;"}</p>'
                   for line, direction in paragraphs_with_direction(text, override, fallback or _fallback()))


class UserTextDelegate(QStyledItemDelegate):
    """For cells and list rows of user text: each is laid out in its own direction, by the same rule.

    Without it a cell takes the view's direction, so in the Arabic table "e&" reads "&e".
    """

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:
        super().initStyleOption(option, index)
        if option.text:
            option.direction = _QT[paragraph_direction(option.text, _fallback())]
