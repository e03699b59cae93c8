"""A Qt table model over ApplicationRow read models (never ORM objects)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from thabat.app.text.dates import DateStyle, short_date
from thabat.app.text.direction import isolate
from thabat.app.views.applications import ApplicationRow
from thabat.ui.collated_sort_proxy import SortKeys
from thabat.ui.labels import label, stage_label

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class ApplicationsModel(QAbstractTableModel):
    COLUMNS = ("company", "role", "applied_on", "outcome", "last_stage")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ApplicationRow] = []
        self.style = DateStyle()
        self._sorting: tuple[int, Qt.SortOrder, SortKeys] | None = None

    def set_rows(self, rows: list[ApplicationRow], style: DateStyle) -> None:
        self.beginResetModel()
        self._rows = rows
        self.style = style
        if self._sorting is not None:  # new rows come in the order the user chose (the proxy does not sort)
            self._rows = self._sorted(self._rows, *self._sorting)
        self.endResetModel()

    def sort_rows(self, column: int, order: Qt.SortOrder, keys: SortKeys) -> None:
        """Lay the rows out by `column` (`keys` turns its sort values into list-sort keys); kept on reset."""
        self._sorting = (column, order, keys)
        if not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        positions = {id(row): n for n, row in enumerate(self._rows)}
        self._rows = self._sorted(self._rows, column, order, keys)
        moved = {positions[id(row)]: n for n, row in enumerate(self._rows)}
        before = self.persistentIndexList()
        self.changePersistentIndexList(before, [self.index(moved[index.row()], index.column()) for index in before])
        self.layoutChanged.emit()

    def _sorted(self, rows: list[ApplicationRow], column: int, order: Qt.SortOrder, keys: SortKeys) -> list[ApplicationRow]:
        """A stable sort: rows that compare equal keep the order they had (descending too)."""
        ranks = keys([self._sort_value(row, self.COLUMNS[column]) for row in rows])
        ordered = sorted(range(len(rows)), key=ranks.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        return [rows[n] for n in ordered]

    def row_at(self, row: int) -> ApplicationRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("ApplicationsModel", "Company"),
            QCoreApplication.translate("ApplicationsModel", "Role"),
            QCoreApplication.translate("ApplicationsModel", "Applied"),
            QCoreApplication.translate("ApplicationsModel", "Outcome"),
            QCoreApplication.translate("ApplicationsModel", "Latest step"),
        )
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(row, column)
        return None

    def _shown(self, row: ApplicationRow, column: str) -> str:
        if column == "applied_on":
            if row.applied_on is None:
                return QCoreApplication.translate("ApplicationsModel", "date unknown")
            return short_date(row.applied_on, self.style)
        if column == "outcome":
            return label("outcomes", row.outcome, self.style.lang)
        if column == "last_stage":
            if row.last_stage_on is None:
                return stage_label(row.last_stage, None, self.style)
            return f"{stage_label(row.last_stage, None, self.style)} · {isolate(short_date(row.last_stage_on, self.style))}"
        return getattr(row, column)

    def _sort_value(self, row: ApplicationRow, column: str) -> int | str:
        """Dates by date; text as shown (the proxy collates it for the language)."""
        if column in ("applied_on", "last_stage"):
            # An unknown date sorts as the oldest: last in the newest-first order the page starts in.
            day = row.applied_on if column == "applied_on" else row.last_stage_on
            return day.toordinal() if day is not None else 0
        return self._shown(row, column)
