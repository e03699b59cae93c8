"""One board column as a Qt list model over BoardCard read models; cards leave it by drag and drop.

A drop never moves a row by itself: the column announces "this application was dropped here" and
the page records the step (or refuses it); the next refresh puts the card where its history says.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractListModel, QByteArray, QCoreApplication, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal,
)

from thabat.app.text.dates import DateStyle, day_and_month, number
from thabat.app.text.plurals import counted
from thabat.app.views.applications import BoardCard
from thabat.app.text.direction import fill, joined
from thabat.ui.labels import label

CARD_ROLE = Qt.ItemDataRole.UserRole + 1
FACTS_ROLE = Qt.ItemDataRole.UserRole + 2
"""The card's third line: days in this column and the next date."""
MIME_TYPE = "application/x-thabat-application"

Index = QModelIndex | QPersistentModelIndex


def column_title(column: str, lang: str) -> str:
    if column == "no_response":
        return QCoreApplication.translate("Board", "No response")
    if column == "withdrawn":
        return QCoreApplication.translate("Board", "Withdrew")
    return label("history_stages", column, lang)


def card_facts(card: BoardCard, today: date, style: DateStyle) -> str:
    """ "12 days · Interview 10 Dec 10:30": how long it has stood here, and what comes next."""
    translate = QCoreApplication.translate
    parts = []
    if card.since is not None:
        days = (today - card.since).days
        parts.append(counted(translate("Board", "%n days here", "", days), days, style))
    if card.next_on is not None:
        when = day_and_month(card.next_on, style)
        if card.next_at is not None:
            when = f"{when} {number(card.next_at.strftime('%H:%M'), style)}"
        if card.next_what == "deadline":
            parts.append(fill(translate("Board", "Deadline %1"), when))
        elif card.next_what == "final":
            parts.append(fill(translate("Board", "Final round %1"), when))
        else:
            parts.append(fill(translate("Board", "Interview %1"), when))
    return " · ".join(parts)


class BoardColumnModel(QAbstractListModel):
    card_dropped = Signal(int, str)
    """An application (by id) was dropped on this column (its key)."""

    def __init__(self, column: str, parent=None) -> None:
        super().__init__(parent)
        self.column = column
        self._cards: list[BoardCard] = []
        self._today = date.today()
        self._style = DateStyle()

    def set_cards(self, cards: list[BoardCard], today: date, style: DateStyle) -> None:
        self.beginResetModel()
        self._cards, self._today, self._style = cards, today, style
        self.endResetModel()

    def card_at(self, row: int) -> BoardCard:
        return self._cards[row]

    def row_of(self, application_id: int) -> int | None:
        return next((row for row, card in enumerate(self._cards) if card.application_id == application_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        card = self._cards[index.row()]
        if role == CARD_ROLE:
            return card
        if role == FACTS_ROLE:
            return card_facts(card, self._today, self._style)
        if role == Qt.ItemDataRole.DisplayRole:
            return joined(card.company, card.role)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            facts = card_facts(card, self._today, self._style)
            return ", ".join(part for part in (card.company, card.role, facts) if part)
        return None

    # -- drag and drop -----------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        mime = QMimeData()
        if indexes:
            mime.setData(MIME_TYPE, QByteArray(str(self._cards[indexes[0].row()].application_id).encode()))
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        dropped = dropped_application(data)
        return dropped is not None and self.row_of(dropped) is None  # onto another column only

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        dropped = dropped_application(data)
        if dropped is None or self.row_of(dropped) is not None:
            return False
        self.card_dropped.emit(dropped, self.column)
        return False  # nothing removed from the source: the history decides where the card goes


def dropped_application(data: QMimeData) -> int | None:
    if not data.hasFormat(MIME_TYPE):
        return None
    try:
        return int(bytes(data.data(MIME_TYPE).data()).decode())
    except ValueError:
        return None
