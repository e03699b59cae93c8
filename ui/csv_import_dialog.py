"""Importing applications from a spreadsheet: map its columns, see a preview, then import.

When the file's encoding could not be told for sure, an encoding list is shown with the likely
ones; the preview follows the choice, so the user sees which one gives readable text. Nothing is
written until Import is pressed; the import runs as long work (ui/long_work.py: a thread of its
own, a progress dialog) in one transaction, and cancelling it, or any failure, leaves the journal as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from thabat.app.errors import UserError
from thabat.app.export.csv_import import ImportReport
from thabat.app.export.csv_io import FIELDS, EncodingUnsure, Sheet, guess_mapping, read_sheet
from thabat.app.usecases.exchange import import_applications
from thabat.ui.context import AppContext
from thabat.ui.form import LabelledForm
from thabat.ui.error_text import error_text
from thabat.ui.value_fields import ComboBox

PREVIEW_ROWS = 5


class CsvImportDialog(QDialog):
    def __init__(self, context: AppContext, sheet: Sheet, parent: QWidget | None = None, *,
                 path: str | Path | None = None, encodings: tuple[str, ...] = (), encoding_note: str = "") -> None:
        """`encodings` (with the file's `path`): the choices to offer when the encoding is not certain."""
        super().__init__(parent)
        self.context = context
        self.sheet = sheet
        self.path = path
        self.report: ImportReport | None = None
        self.encoding = ComboBox()
        self.encoding.setObjectName("csv-encoding")
        for name in encodings:
            self.encoding.addItem(name, name)
        self.encoding_note = QLabel(encoding_note)
        self.encoding_note.setWordWrap(True)
        self.combos: dict[str, QComboBox] = {}
        for name in FIELDS:
            combo = ComboBox()
            combo.currentIndexChanged.connect(self._refresh_preview)
            self.combos[name] = combo
        self.encoding_form = LabelledForm((self.encoding,))
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
        layout.addWidget(self.encoding_note)
        layout.addLayout(self.encoding_form)
        layout.addLayout(self.form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.encoding_note.setVisible(bool(encodings))
        self.encoding_form.setRowVisible(0, bool(encodings))
        self.resize(760, 560)
        self._fill_columns()
        self.retranslate()
        self.encoding.currentIndexChanged.connect(self._on_encoding_chosen)

    @classmethod
    def for_file(cls, context: AppContext, path: str | Path, parent: QWidget | None = None) -> "CsvImportDialog":
        """The dialog over the spreadsheet at `path`; UserError when it cannot be imported at all."""
        try:
            return cls(context, read_sheet(path), parent)
        except EncodingUnsure as unsure:
            return cls(context, read_sheet(path, unsure.choices[0]), parent, path=path, encodings=unsure.choices,
                       encoding_note=error_text(unsure))

    def field_names(self) -> list[str]:
        return [self.tr("Company"), self.tr("Role"), self.tr("Date applied"), self.tr("Status"), self.tr("Link"),
                self.tr("Location"), self.tr("Notes")]

    def encoding_names(self) -> dict[str, str]:
        return {"utf-8": self.tr("Unicode (UTF-8)"), "utf-16": self.tr("Unicode (UTF-16)"),
                "cp1256": self.tr("Arabic (Windows-1256)"), "iso8859-6": self.tr("Arabic (ISO 8859-6)"),
                "cp1252": self.tr("Western European (Windows-1252)")}

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import applications"))
        self.intro.setText(self.tr("Choose which column of the spreadsheet holds each detail. The preview shows "
                                   "the first rows as they will be imported."))
        self.form.set_labels(tuple(self.field_names()))
        self.encoding_form.set_labels((self.tr("Encoding"),))
        names = self.encoding_names()
        for index in range(self.encoding.count()):
            code = self.encoding.itemData(index)
            self.encoding.setItemText(index, names.get(code, code))
        for combo in self.combos.values():
            combo.setItemText(0, self.tr("(not imported)"))
        self.preview.setHorizontalHeaderLabels(self.field_names())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))

    def mapping(self) -> dict[str, int]:
        return {name: combo.currentData() for name, combo in self.combos.items() if combo.currentData() >= 0}

    def _fill_columns(self) -> None:
        """One choice per column of the sheet in every field's list, the guessed one selected."""
        guessed = guess_mapping(self.sheet.headers)
        for name, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not imported)"), -1)
            for index, header in enumerate(self.sheet.headers):
                combo.addItem(header or f"#{index + 1}", index)
            combo.setCurrentIndex(guessed.get(name, -1) + 1)
            combo.blockSignals(False)
        self._refresh_preview()

    def _on_encoding_chosen(self) -> None:
        try:
            self.sheet = read_sheet(self.path, self.encoding.currentData())
        except UserError as error:
            self.preview.setRowCount(0)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            self.message.setText(error_text(error))
            return
        self._fill_columns()

    def _refresh_preview(self) -> None:
        mapping = self.mapping()
        rows = self.sheet.preview(PREVIEW_ROWS)
        self.preview.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, name in enumerate(FIELDS):
                index = mapping.get(name)
                text = row[index].strip() if index is not None and index < len(row) else ""
                self.preview.setItem(r, c, QTableWidgetItem(text))
        ready = "company" in mapping and "applied_on" in mapping
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)
        self.message.setText("" if ready else self.tr("Choose the columns for the company and the date applied."))

    def _on_import(self) -> None:
        journal, sheet, mapping, today = self.context.journal, self.sheet, self.mapping(), self.context.today()
        self.context.long_work.start(self, self.tr("Import applications"),
                                     lambda job: import_applications(journal, sheet, mapping, today, job),
                                     self._on_imported, self._on_cancelled)

    def _on_imported(self, report: ImportReport) -> None:
        self.report = report
        self.accept()

    def _on_cancelled(self) -> None:
        self.message.setText(self.tr("The import was cancelled; nothing was added."))
