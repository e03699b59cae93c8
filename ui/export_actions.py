"""The "Export…" and "Import…" menus of the main window, and what each entry does.

Kept out of main_window.py so the window only adds two toolbar buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from thabat.app.errors import UserError
from thabat.app.runtime.disk_errors import disk_problem
from thabat.app.text.direction import file_filter, fill
from thabat.app.text.plurals import counted
from thabat.ui.context import AppContext
from thabat.ui.modal import deleted_after_use
from thabat.ui.error_text import error_text


class ExportImportActions(QObject):
    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.export_menu = QMenu(window)
        self.import_menu = QMenu(window)
        self.pdf_action = self.export_menu.addAction("")
        self.json_export_action = self.export_menu.addAction("")
        self.csv_export_action = self.export_menu.addAction("")
        self.json_import_action = self.import_menu.addAction("")
        self.csv_import_action = self.import_menu.addAction("")
        self.pdf_action.triggered.connect(self.export_pdf)
        self.json_export_action.triggered.connect(self.export_json)
        self.csv_export_action.triggered.connect(self.export_csv)
        self.json_import_action.triggered.connect(self.import_json)
        self.csv_import_action.triggered.connect(self.import_csv)
        self.export_button = self._button(self.export_menu)
        self.import_button = self._button(self.import_menu)
        self.retranslate()

    def _button(self, menu: QMenu) -> QToolButton:
        button = QToolButton(self.window)
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        return button

    def retranslate(self) -> None:
        self.export_button.setText(self.tr("Export…"))
        self.import_button.setText(self.tr("Import…"))
        self.pdf_action.setText(self.tr("Journal as PDF…"))
        self.json_export_action.setText(self.tr("Backup (JSON)…"))
        self.csv_export_action.setText(self.tr("Applications as CSV…"))
        self.json_import_action.setText(self.tr("Restore a backup (JSON)…"))
        self.csv_import_action.setText(self.tr("Applications from a spreadsheet (CSV)…"))

    def export_pdf(self) -> None:
        from thabat.app.usecases.exchange import export_pdf_apart
        from thabat.ui.export_dialog import ExportDialog

        with deleted_after_use(ExportDialog(self.context, self.window)) as dialog:
            if dialog.exec() != ExportDialog.DialogCode.Accepted:
                return
            options = dialog.options()
        path, _ = self._save_path(self.tr("Save the PDF"), "thabat-journal.pdf", "PDF (*.pdf)")
        if not path:
            return
        journal, lang = self.context.journal, self.context.lang

        def written(pages: int) -> None:
            self._tell(fill(counted(self.tr("Wrote %n pages to %1.", "", pages), pages, self.context.date_style()), path),
                       open_path=path)

        self._start(self.tr("Exporting the journal as PDF"),
                    lambda job: export_pdf_apart(journal, path, options, lang, job), written)

    def export_json(self) -> None:
        from thabat.app.usecases.exchange import export_json

        path, _ = self._save_path(self.tr("Save a backup"), "thabat-backup.json", "JSON (*.json)")
        if path:
            journal = self.context.journal
            self._start(self.tr("Saving a backup"), lambda job: export_json(journal, path, job),
                        lambda _counts: self._tell(fill(self.tr("The backup was saved to %1."), path)))

    def export_csv(self) -> None:
        from thabat.app.usecases.exchange import export_csv

        path, _ = self._save_path(self.tr("Save applications as CSV"), "thabat-applications.csv", "CSV (*.csv)")
        if path:
            journal, lang = self.context.journal, self.context.lang
            self._start(self.tr("Saving the applications"), lambda job: export_csv(journal, path, lang, job),
                        lambda _rows: self._tell(fill(self.tr("The applications were saved to %1."), path)))

    def import_json(self) -> None:
        from thabat.app.usecases.exchange import import_json

        path, _ = self._open_path(self.tr("Restore a backup"), "", "JSON (*.json)")
        if path:
            journal = self.context.journal
            self._start(self.tr("Restoring a backup"), lambda job: import_json(journal, path, job),
                        lambda _counts: self._tell(self.tr("The backup was restored.")))

    def import_csv(self) -> None:
        from thabat.ui.csv_import_dialog import CsvImportDialog

        path, _ = self._open_path(self.tr("Import applications"), "", file_filter(self.tr("Spreadsheets"), "*.csv *.txt *.tsv"))
        if not path:
            return
        try:
            dialog = CsvImportDialog.for_file(self.context, path, self.window)
        except UserError as error:
            self._tell(error_text(error), warning=True)
            return
        with deleted_after_use(dialog):
            if dialog.exec() != CsvImportDialog.DialogCode.Accepted or dialog.report is None:
                return
            report = dialog.report
        lines = [counted(self.tr("Imported %n applications.", "", report.imported), report.imported,
                         self.context.date_style())]
        lines += [fill(self.tr("Row %1 skipped: %2"), str(line), error_text(reason)) for line, reason in report.skipped[:20]]
        self._tell("\n".join(lines))

    def _start(self, title: str, work, on_done) -> bool:
        """Run `work(job)` as long work over the window (one clear message if it fails, none if cancelled)."""
        return self.context.long_work.start(self.window, title, work, on_done)

    # The file dialogs and message boxes are imported when used: wrapping their Qt classes costs
    # ~7 ms, and this object is built before the main window's first paint.
    def _save_path(self, title: str, name: str, kinds: str) -> tuple[str, str]:
        from PySide6.QtWidgets import QFileDialog

        return QFileDialog.getSaveFileName(self.window, title, name, kinds)

    def _open_path(self, title: str, folder: str, kinds: str) -> tuple[str, str]:
        from PySide6.QtWidgets import QFileDialog

        return QFileDialog.getOpenFileName(self.window, title, folder, kinds)

    def _tell(self, text: str, warning: bool = False, open_path: str | None = None) -> None:
        """One message; with `open_path`, an *Open* button shows the file written in its own program."""
        from PySide6.QtWidgets import QMessageBox

        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        box = QMessageBox(icon, self.tr("Export and import"), text, parent=self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)  # file names and skipped rows come from the user
        opener = box.addButton(self.tr("&Open"), QMessageBox.ButtonRole.ActionRole) if open_path else None
        box.addButton(QMessageBox.StandardButton.Close if open_path else QMessageBox.StandardButton.Ok)
        box.exec()
        if opener is not None and box.clickedButton() is opener:
            self.open_file(open_path)

    def open_file(self, path: str) -> bool:
        """Open the exported file in the program the desktop uses for it; say so when there is none."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        if QDesktopServices.openUrl(QUrl.fromLocalFile(path)):
            return True
        self._tell(fill(self.tr("No program to open %1 was found. The file is saved there."), path), warning=True)
        return False
