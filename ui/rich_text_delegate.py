"""Draws list items as small HTML documents: a title, a line of facts, a preview or a highlighted snippet."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from thabat.ui.theme import current_palette

HTML_ROLE = Qt.ItemDataRole.UserRole + 10
MUTED = "%muted%"
"""Write this as a colour in the HTML for secondary text: grey, or readable on the selection colour."""
DANGER = "%danger%"
"""Write this as the colour of what must stand out (an overdue date): the theme's, or readable on the selection."""
MARK, MARK_TEXT = "%mark%", "%mark_text%"
"""Write these as the colours of the words a search found: the theme's, whichever is on screen when painted."""


SIZES_KEPT = 4000
"""Row sizes remembered (a journal's worth): laying the list out again at the same width measures nothing."""


class RichTextDelegate(QStyledItemDelegate):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._sizes: dict[tuple, QSize] = {}

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(6)
        document.setDefaultFont(option.font)
        text_option = QTextOption()
        text_option.setTextDirection(QApplication.layoutDirection())
        text_option.setWrapMode(QTextOption.WrapMode.WordWrap)
        document.setDefaultTextOption(text_option)
        colours = current_palette()
        muted = option.palette.color(QPalette.ColorRole.PlaceholderText).name()
        danger = colours.danger
        if option.state & QStyle.StateFlag.State_Selected:
            muted = danger = option.palette.color(QPalette.ColorRole.HighlightedText).name()
        html = (index.data(HTML_ROLE) or "").replace(MUTED, muted).replace(DANGER, danger)
        document.setHtml(html.replace(MARK_TEXT, colours.mark_text).replace(MARK, colours.mark))
        document.setTextWidth(max(80, option.rect.width()))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        view_option.text = ""
        style = view_option.widget.style() if view_option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view_option, painter, view_option.widget)
        document = self._document(view_option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        if view_option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(QPalette.ColorRole.Text,
                                     view_option.palette.color(QPalette.ColorRole.HighlightedText))
        else:
            context.palette.setColor(QPalette.ColorRole.Text, view_option.palette.color(QPalette.ColorRole.Text))
        painter.save()
        painter.translate(view_option.rect.topLeft())
        painter.setClipRect(view_option.rect.translated(-view_option.rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        """The row's laid-out size at the view's width, measured once per text, width and font (a
        QTextDocument laid out per row costs about half a millisecond)."""
        width = option.rect.width()
        if width <= 0 and option.widget is not None:
            width = option.widget.viewport().width()
        key = (index.data(HTML_ROLE) or "", width, option.font.key(), QApplication.layoutDirection())
        size = self._sizes.get(key)
        if size is None:
            view_option = QStyleOptionViewItem(option)
            self.initStyleOption(view_option, index)
            view_option.rect.setWidth(width)
            document = self._document(view_option, index)
            size = QSize(int(document.idealWidth()), int(document.size().height()) + 2)
            if len(self._sizes) >= SIZES_KEPT:
                self._sizes.clear()
            self._sizes[key] = size
        return QSize(size)
