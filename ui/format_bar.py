"""A small formatting bar for a free entry: bold, italic, a heading, lists and links.

What it makes is what Markdown can keep (the entry is stored as Markdown, `app/markdown.py`), so
nothing on screen is lost on saving. Each button has a shortcut that works while typing in the
entry (Ctrl+B, Ctrl+I, Ctrl+Shift+H, Ctrl+Shift+8, Ctrl+Shift+7, Ctrl+K).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QAction, QFont, QKeySequence, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextFormat, QTextListFormat,
)
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QTextEdit, QToolBar, QWidget

from thabat.app.text.direction import fill
from thabat.app.text.markdown import safe_link

HEADING_LEVEL = 2  # one heading size for entries: a title inside the text, not a document outline


def _trimmed(cursor: QTextCursor) -> QTextCursor:
    """The selection without spaces at its ends: Markdown cannot close `**bold **` on a space."""
    text = cursor.selectedText()
    if not text.strip():
        return cursor
    start = cursor.selectionStart() + (len(text) - len(text.lstrip()))
    end = cursor.selectionEnd() - (len(text) - len(text.rstrip()))
    trimmed = QTextCursor(cursor)
    trimmed.setPosition(start)
    trimmed.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return trimmed


class FormatBar(QToolBar):
    def __init__(self, editor: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setObjectName("format-bar")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.bold = self._action("Ctrl+B", self.toggle_bold, checkable=True)
        self.italic = self._action("Ctrl+I", self.toggle_italic, checkable=True)
        self.heading = self._action("Ctrl+Shift+H", self.toggle_heading, checkable=True)
        self.bullets = self._action("Ctrl+Shift+8", lambda: self.toggle_list(QTextListFormat.Style.ListDisc),
                                    checkable=True)
        self.numbers = self._action("Ctrl+Shift+7", lambda: self.toggle_list(QTextListFormat.Style.ListDecimal),
                                    checkable=True)
        self.link = self._action("Ctrl+K", self.ask_link)
        editor.cursorPositionChanged.connect(self.show_state)
        editor.currentCharFormatChanged.connect(lambda _format: self.show_state())
        self.retranslate()

    def _action(self, keys: str, slot, checkable: bool = False) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.setCheckable(checkable)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        self.editor.addAction(action)  # the shortcut works while typing in the entry
        return action

    def retranslate(self) -> None:
        # The key names come from Qt (QKeySequence), so no digit is written into a translation.
        for action, text, tip in (
            (self.bold, self.tr("Bold"), self.tr("Bold (%1)")),
            (self.italic, self.tr("Italic"), self.tr("Italic (%1)")),
            (self.heading, self.tr("Heading"), self.tr("A heading line (%1)")),
            (self.bullets, self.tr("Bulleted list"), self.tr("A bulleted list (%1)")),
            (self.numbers, self.tr("Numbered list"), self.tr("A numbered list (%1)")),
            (self.link, self.tr("Link…"), self.tr("Make the selected words a link (%1)")),
        ):
            action.setText(text)
            action.setToolTip(fill(tip, action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
        self.setAccessibleName(self.tr("Formatting"))

    # -- what the buttons do ---------------------------------------------------------------------

    def _merge(self, form: QTextCharFormat) -> None:
        cursor = self.editor.textCursor()
        if cursor.hasSelection():
            _trimmed(cursor).mergeCharFormat(form)
        else:
            self.editor.mergeCurrentCharFormat(form)  # what is typed next

    def toggle_bold(self) -> None:
        form = QTextCharFormat()
        bold = self.editor.currentCharFormat().fontWeight() < QFont.Weight.DemiBold
        form.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self._merge(form)
        self.show_state()

    def toggle_italic(self) -> None:
        form = QTextCharFormat()
        form.setFontItalic(not self.editor.currentCharFormat().fontItalic())
        self._merge(form)
        self.show_state()

    def toggle_heading(self) -> None:
        cursor = self.editor.textCursor()
        level = 0 if cursor.blockFormat().headingLevel() else HEADING_LEVEL
        cursor.beginEditBlock()
        block = QTextBlockFormat()
        block.setHeadingLevel(level)
        cursor.mergeBlockFormat(block)
        whole = QTextCursor(cursor.block())
        whole.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        form = QTextCharFormat()
        form.setProperty(QTextFormat.Property.FontSizeAdjustment, 1 if level else 0)  # as Qt's Markdown reader
        form.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
        whole.mergeCharFormat(form)
        cursor.endEditBlock()
        self.show_state()

    def toggle_list(self, style: QTextListFormat.Style) -> None:
        cursor = self.editor.textCursor()
        current = cursor.currentList()
        cursor.beginEditBlock()
        if current is not None and current.format().style() == style:
            current.remove(cursor.block())  # back to a plain paragraph
            block = QTextBlockFormat(cursor.blockFormat())
            block.setIndent(0)
            cursor.setBlockFormat(block)
        elif current is not None:
            form = current.format()
            form.setStyle(style)
            current.setFormat(form)
        else:
            cursor.createList(style)
        cursor.endEditBlock()
        self.show_state()

    def ask_link(self) -> None:
        cursor = self.editor.textCursor()
        url, accepted = QInputDialog.getText(self.editor, self.tr("Link"),
                                             self.tr("Web or mail address (https://… or mailto:…):"),
                                             QLineEdit.EchoMode.Normal, "https://")
        if accepted and url.strip() and not self.add_link(url, cursor):
            QMessageBox.information(self.editor, self.tr("Link"),
                                    self.tr("Only web addresses (http:// or https://) and mail addresses (mailto:) "
                                            "can be links in an entry."))

    def add_link(self, url: str, cursor: QTextCursor | None = None) -> bool:
        """Make the selection (or, with none, the address itself) a link; False for an address that
        is not http, https or mailto, which is refused."""
        url = url.strip()
        if not safe_link(url) or url in ("https://", "http://", "mailto:"):
            return False
        cursor = QTextCursor(cursor or self.editor.textCursor())
        form = QTextCharFormat()
        form.setAnchor(True)
        form.setAnchorHref(url)
        form.setFontUnderline(True)
        form.setForeground(self.editor.palette().link())
        if cursor.hasSelection():
            _trimmed(cursor).mergeCharFormat(form)
        else:
            cursor.insertText(url, form)
        return True

    def show_state(self) -> None:
        cursor = self.editor.textCursor()
        form = self.editor.currentCharFormat()
        heading = bool(cursor.blockFormat().headingLevel())
        self.bold.setChecked(form.fontWeight() >= QFont.Weight.DemiBold and not heading)
        self.italic.setChecked(form.fontItalic())
        self.heading.setChecked(heading)
        listed = cursor.currentList()
        style = listed.format().style() if listed is not None else None
        self.bullets.setChecked(style == QTextListFormat.Style.ListDisc)
        self.numbers.setChecked(style == QTextListFormat.Style.ListDecimal)
