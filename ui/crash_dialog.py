"""A calm dialog for unexpected errors: the journal is safe, carry on; the details on request.

Shown by the hooks of ui/crash_handling.py, which import this module only when an error needs it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from thabat.app.text.direction import fill
from thabat.ui.modal import deleted_after_use


class CrashDialog(QDialog):
    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crash-dialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        self.message = QLabel(textFormat=Qt.TextFormat.PlainText)  # quotes the log's path
        self.message.setWordWrap(True)
        text = self.tr("Thabat ran into an unexpected problem. Your journal is safe and nothing you were "
                       "writing was lost: you can carry on where you were.")
        if log_file is not None:
            text += "\n\n" + fill(self.tr("The details were written to %1."), str(log_file))
        self.message.setText(text)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        self.details.setAccessibleName(self.tr("Technical details"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Continue"))
        self.details_button = buttons.addButton(self.tr("Show &details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.details_button.clicked.connect(self._on_details)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def _on_details(self) -> None:
        self.details.setVisible(not self.details.isVisible())


def show_crash_dialog(details: str, log_file: Path | None) -> None:
    if QApplication.instance() is None:
        return
    with deleted_after_use(CrashDialog(details, log_file, QApplication.activeWindow())) as dialog:
        dialog.exec()
