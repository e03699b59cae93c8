"""Importing applications from a spreadsheet: map its columns, see a preview, then import.

Nothing is written until Import is pressed; Cancel leaves the journal as it was.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from app.errors import UserError
from app.export.csv_io import FIELDS, ImportReport, Sheet, guess_mapping, import_applications
from ui.context import AppContext
from ui.form import LabelledForm

PREVIEW_ROWS = 5


class CsvImportDialog(QDialog):
    def __init__(self, context: AppContext, sheet: Sheet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.sheet = sheet
        self.report: ImportReport | None = None
        guessed = guess_mapping(sheet.headers)
        self.combos: dict[str, QComboBox] = {}
        for name in FIELDS:
            combo = QComboBox()
            combo.addItem("", -1)
            for index, header in enumerate(sheet.headers):
                combo.addItem(header or f"#{index + 1}", index)
            combo.setCurrentIndex(guessed.get(name, -1) + 1)
            combo.currentIndexChanged.connect(self._refresh_preview)
            self.combos[name] = combo
        self.form = LabelledForm(tuple(self.combos.values()))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.preview = QTableWidget(0, len(FIELDS))
        self.preview.setObjectName("csv-preview")
        self.message = QLabel(textFormat=Qt.TextFormat.PlainText)  # quotes the spreadsheet's cells
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(760, 560)
        self.retranslate()
        self._refresh_preview()

    def field_names(self) -> list[str]:
        return [self.tr("Company"), self.tr("Role"), self.tr("Date applied"), self.tr("Status"), self.tr("Link"),
                self.tr("Location"), self.tr("Notes")]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import applications"))
        self.intro.setText(self.tr("Choose which column of the spreadsheet holds each detail. The preview shows "
                                   "the first rows as they will be imported."))
        self.form.set_labels(tuple(self.field_names()))
        for combo in self.combos.values():
            combo.setItemText(0, self.tr("(not imported)"))
        self.preview.setHorizontalHeaderLabels(self.field_names())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))

    def mapping(self) -> dict[str, int]:
        return {name: combo.currentData() for name, combo in self.combos.items() if combo.currentData() >= 0}

    def _refresh_preview(self) -> None:
        mapping = self.mapping()
        rows = [row for row in self.sheet.rows if any(cell.strip() for cell in row)][:PREVIEW_ROWS]
        self.preview.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, name in enumerate(FIELDS):
                index = mapping.get(name)
                text = row[index].strip() if index is not None and index < len(row) else ""
                item = QTableWidgetItem(text)
                self.preview.setItem(r, c, item)
        ready = "company" in mapping and "applied_on" in mapping
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)
        self.message.setText("" if ready else self.tr("Choose the columns for the company and the date applied."))

    def _on_import(self) -> None:
        try:
            with self.context.journal.session() as session:
                self.report = import_applications(session, self.sheet, self.mapping(), self.context.today())
        except UserError as error:
            self.message.setText(str(error))
            return
        self.context.data_changed.emit()
        self.accept()
