"""The Applications board: a column per stage, a card per application, moved by mouse or keyboard.

Columns follow the layout direction (right to left in Arabic) and so do the keys: Left and Right
move the focus to the card in the column visually beside, Ctrl+Shift+Left/Right ask to move the
card there, the context menu (or the Menu key) offers "Move to…" any column, Enter or a
double-click opens the card in the table. The board itself records nothing: it asks the page
(`move_requested`), which checks the rule, opens the stage or rejection dialog, and refreshes.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette, QPen, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QHBoxLayout, QLabel, QListView, QMenu, QScrollArea, QStyle,
    QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout, QWidget,
)

from thabat.app.text.dates import DateStyle, number
from thabat.app.text.plurals import counted
from thabat.app.views.applications import BoardCard
from thabat.app.services.board import COLUMNS
from thabat.app.text.direction import fill, text_direction
from thabat.ui.board_model import CARD_ROLE, FACTS_ROLE, BoardColumnModel, column_title

COLUMN_WIDTH = 168
_QT = {"rtl": Qt.LayoutDirection.RightToLeft, "ltr": Qt.LayoutDirection.LeftToRight}


def visual_step(key: int, direction: Qt.LayoutDirection) -> int:
    """+1 for the next column in the pipeline, -1 for the one before, as Left/Right look on screen."""
    step = -1 if key == Qt.Key.Key_Left else 1
    return -step if direction == Qt.LayoutDirection.RightToLeft else step


class CardDelegate(QStyledItemDelegate):
    """Draws a card: the company in bold, the role, then the days here and the next date, muted.

    Company and role take the direction of their own words (an Arabic company on an English board
    sits on the right); the facts line takes the interface's.
    """

    PADDING = 8

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        line = QFontMetrics(option.font).lineSpacing()
        return QSize(COLUMN_WIDTH - 24, 3 * line + 2 * self.PADDING + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        card: BoardCard = index.data(CARD_ROLE)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        box = QRectF(option.rect).adjusted(4, 4, -4, -4)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent = palette.color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(accent if focused or selected else palette.color(QPalette.ColorRole.Mid),
                            2 if focused else 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(box, 6, 6)
        if selected:  # a band on the leading edge, so the selection reads without hiding the text's colour
            band = QRectF(box.left(), box.top(), 4, box.height())
            if option.direction == Qt.LayoutDirection.RightToLeft:
                band.moveRight(box.right())
            painter.fillRect(band.adjusted(0, 3, 0, -3), accent)
        inner = box.adjusted(self.PADDING, self.PADDING - 2, -self.PADDING, -self.PADDING + 2)
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        fallback = "rtl" if option.direction == Qt.LayoutDirection.RightToLeft else "ltr"
        line = QFontMetrics(option.font).lineSpacing()
        lines = ((card.company, bold, palette.color(QPalette.ColorRole.Text), text_direction(card.company, "auto", fallback)),
                 (card.role, option.font, palette.color(QPalette.ColorRole.Text), text_direction(card.role, "auto", fallback)),
                 (index.data(FACTS_ROLE), option.font, palette.color(QPalette.ColorRole.PlaceholderText), fallback))
        for number, (text, font, colour, direction) in enumerate(lines):
            rect = QRectF(inner.left(), inner.top() + number * (line + 2), inner.width(), line)
            painter.setFont(font)
            painter.setPen(colour)
            text_option = QTextOption(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            text_option.setTextDirection(_QT[direction])
            text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
            shown = QFontMetrics(font).elidedText(text or "", Qt.TextElideMode.ElideRight, int(rect.width()))
            painter.drawText(rect, shown, text_option)
        painter.restore()


class BoardColumnView(QListView):
    """One column's cards; keys that leave the column are handed to the board."""

    def __init__(self, board: "ApplicationsBoard", model: BoardColumnModel) -> None:
        super().__init__()
        self.board = board
        self.setObjectName("board-column")
        self.setModel(model)
        self.setItemDelegate(CardDelegate(self))
        self.setUniformItemSizes(True)  # every card is as tall: hundreds lay out at once
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)  # a card is dropped on the column, not between two cards
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.doubleClicked.connect(lambda index: self.board.open_requested.emit(index.data(CARD_ROLE).application_id))

    @property
    def column(self) -> str:
        return self.model().column

    def current_card(self) -> BoardCard | None:
        index = self.currentIndex()
        return index.data(CARD_ROLE) if index.isValid() else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        card = self.current_card()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = visual_step(key, self.board.layoutDirection())
            shift_control = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
            if modifiers & shift_control == shift_control:
                if card is not None:
                    self.board.move_by(card.application_id, self.column, step)
            elif not modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
                self.board.focus_beside(self, step)
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and card is not None:
            self.board.open_requested.emit(card.application_id)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if not self.currentIndex().isValid() and self.model().rowCount():
            self.setCurrentIndex(self.model().index(0, 0))

    def contextMenuEvent(self, event) -> None:
        index = self.indexAt(event.pos()) if event.reason() == event.Reason.Mouse else self.currentIndex()
        if not index.isValid():
            return
        self.setCurrentIndex(index)
        self.board.move_menu(index.data(CARD_ROLE), self).exec(event.globalPos())


class ApplicationsBoard(QWidget):
    move_requested = Signal(int, str)
    """The user asked to move an application (by id) to a column (its key); nothing is recorded yet."""
    open_requested = Signal(int)
    """The user wants to see this application in the table with its history."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.models: dict[str, BoardColumnModel] = {}
        self.views: dict[str, BoardColumnView] = {}
        self.titles: dict[str, QLabel] = {}
        self._lang = "en"
        self._style = DateStyle()
        row = QWidget()
        columns = QHBoxLayout(row)
        columns.setContentsMargins(0, 0, 0, 0)
        for column in COLUMNS:
            model = BoardColumnModel(column, self)
            model.card_dropped.connect(self.move_requested, Qt.ConnectionType.QueuedConnection)  # after the drag ends
            view = BoardColumnView(self, model)
            title = QLabel()
            title.setObjectName("board-title")
            title.setBuddy(view)
            frame = QFrame()
            frame.setMinimumWidth(COLUMN_WIDTH)
            layout = QVBoxLayout(frame)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(title)
            layout.addWidget(view, 1)
            columns.addWidget(frame, 1)
            self.models[column], self.views[column], self.titles[column] = model, view, title
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)

    def set_cards(self, cards: list[BoardCard], today: date, style: DateStyle) -> None:
        """Show `cards`, keeping the focused card focused (it may have moved to another column)."""
        focused = self.focused_card()
        self._lang, self._style = style.lang, style
        by_column: dict[str, list[BoardCard]] = {column: [] for column in COLUMNS}
        for card in cards:
            by_column[card.column].append(card)
        for column, model in self.models.items():
            model.set_cards(by_column[column], today, style)
        self.retranslate()
        if focused is not None:
            self.focus_card(focused.application_id)

    def retranslate(self) -> None:
        for column, model in self.models.items():
            count = model.rowCount()
            title = column_title(column, self._lang)
            self.titles[column].setText(fill(QCoreApplication.translate("Board", "%1 (%2)"), title,
                                             number(count, self._style)))
            self.views[column].setAccessibleName(
                fill(QCoreApplication.translate("Board", "%1 column"), title) + ", "
                + counted(QCoreApplication.translate("Board", "%n applications", "", count), count, self._style))

    def focused_card(self) -> BoardCard | None:
        focus = self.focusWidget()  # the column last focused, also while the window is not the active one
        return focus.current_card() if isinstance(focus, BoardColumnView) else None

    def card(self, application_id: int) -> BoardCard | None:
        """The card of this application, in whichever column it is (None if it is not on the board)."""
        for model in self.models.values():
            row = model.row_of(application_id)
            if row is not None:
                return model.card_at(row)
        return None

    def focus_card(self, application_id: int) -> bool:
        for view in self.views.values():
            row = view.model().row_of(application_id)
            if row is not None:
                view.setFocus(Qt.FocusReason.OtherFocusReason)
                view.setCurrentIndex(view.model().index(row, 0))
                view.scrollTo(view.currentIndex())
                self.scroll.ensureWidgetVisible(view.parentWidget())
                return True
        return False

    def focus_beside(self, view: BoardColumnView, step: int) -> None:
        """Focus the nearest column with cards in direction `step`, on the card at about the same height."""
        here = COLUMNS.index(view.column)
        row = max(0, view.currentIndex().row())
        position = here + step
        while 0 <= position < len(COLUMNS):
            target = self.views[COLUMNS[position]]
            if target.model().rowCount():
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                target.setCurrentIndex(target.model().index(min(row, target.model().rowCount() - 1), 0))
                self.scroll.ensureWidgetVisible(target.parentWidget())
                return
            position += step

    def move_by(self, application_id: int, column: str, step: int) -> None:
        position = COLUMNS.index(column) + step
        if 0 <= position < len(COLUMNS):
            self.move_requested.emit(application_id, COLUMNS[position])

    def move_menu(self, card: BoardCard, parent: QWidget) -> QMenu:
        menu = QMenu(parent)
        open_action = menu.addAction(QCoreApplication.translate("Board", "Show in the table"))
        open_action.triggered.connect(lambda: self.open_requested.emit(card.application_id))
        move = menu.addMenu(QCoreApplication.translate("Board", "Move to…"))
        for column in COLUMNS:
            action = move.addAction(column_title(column, self._lang))
            action.setEnabled(column != card.column)
            action.triggered.connect(lambda _checked=False, column=column:
                                     self.move_requested.emit(card.application_id, column))
        return menu
