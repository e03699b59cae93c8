"""Help → Keyboard shortcuts (Ctrl+/): a table of what each shortcut does, in the language shown."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)


class ShortcutsDialog(QDialog):
    def __init__(self, rows: Callable[[], list[tuple[str, str]]], parent: QWidget | None = None) -> None:
        """`rows` lists the shortcuts as (what it does, keys) when asked: MainMenus.shortcut_rows."""
        super().__init__(parent)
        self.setObjectName("shortcuts-dialog")
        self._rows = rows
        self.table = QTableWidget(0, 2)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 560)
        self.show_rows()

    def show_rows(self) -> None:
        """Fill the table from the window's actions (again after a language change: see MainWindow)."""
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        rows = self._rows()
        self.table.setRowCount(len(rows))
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            shown = QTableWidgetItem(keys)
            # Key names read left to right in both languages ("Ctrl+R"), like on the keyboard.
            shown.setData(Qt.ItemDataRole.TextAlignmentRole, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading))
            shown.setText(f"\u2066{keys}\u2069")
            self.table.setItem(row, 1, shown)
