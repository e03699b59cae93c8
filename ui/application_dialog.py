"""Add or edit an application; refused input is explained inline and nothing is saved."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCompleter, QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget,
)

from app.errors import InputError
from app.read_models import ApplicationInput, ApplicationRow
from app.usecases import applications
from ui.careful_dialog import CarefulDialog
from ui.context import AppContext
from ui.date_edit import DateEdit
from ui.form import ErrorLine, LabelledForm, to_date
from ui.user_text import UserLineEdit, UserTextEdit


class ApplicationDialog(CarefulDialog):
    def __init__(self, context: AppContext, existing: ApplicationRow | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.existing = existing
        self.saved_id: int | None = None
        companies, roles = applications.known_names(context.journal)

        self.company = UserLineEdit(existing.company if existing else "")
        self.company.setCompleter(QCompleter(companies, self))
        self.role = UserLineEdit(existing.role if existing else "")
        self.role.setCompleter(QCompleter(roles, self))
        self.applied_on = DateEdit(context, existing.applied_on if existing else context.today())
        self.link = QLineEdit(existing.link if existing else "")
        self.location = UserLineEdit(existing.location if existing else "")
        self.notes = UserTextEdit(minimum_lines=3)
        self.notes.set_text(existing.notes if existing else "")
        self.error = ErrorLine()

        self.form = LabelledForm((self.company, self.role, self.applied_on, self.link, self.location, self.notes))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._retranslate()
        self.remember_untouched()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit application") if self.existing else self.tr("Add an application"))
        self.form.set_labels((self.tr("&Company"), self.tr("&Role"), self.tr("&Applied on"), self.tr("&Link"),
                              self.tr("L&ocation"), self.tr("&Notes")))

    def data(self) -> ApplicationInput:
        return ApplicationInput(
            company=self.company.text(), role=self.role.text(), applied_on=to_date(self.applied_on.date()),
            link=self.link.text(), location=self.location.text(), notes=self.notes.toPlainText(),
        )

    def _on_save(self) -> None:
        today: date = self.context.today()
        try:
            row = applications.save_application(self.context.journal, self.data(), today,
                                                self.existing.id if self.existing else None)
        except InputError as error:
            self.error.show_error(error, {"company": self.company, "role": self.role, "applied_on": self.applied_on,
                                          "link": self.link, "location": self.location, "notes": self.notes})
            return
        self.saved_id = row.id
        self.context.status_message.emit(self.tr("Application saved."))
        self.accept()
