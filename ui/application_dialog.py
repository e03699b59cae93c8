"""Add or edit an application; refused input is explained inline and nothing is saved.

It paints before it reads the names it completes and the contacts a referral can name: they are read
once it is on screen, off the GUI thread (`choices`, ui/dialog_reads.py). Saving waits for them (the
referral is one of them), under a busy cursor. The rarely used fields (source, referral, work place,
salary, deadline, interest, the job description) are made when "More details" is pressed, or at once
for an application that has any of them: they were half the widgets the dialog had to make and style.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import (
    QCheckBox, QCompleter, QDialogButtonBox, QHBoxLayout, QLineEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from thabat.app.errors import InputError
from thabat.app.text import catalogue
from thabat.app.usecases import applications
from thabat.app.views.applications import ApplicationInput, ApplicationRow, ContactView
from thabat.ui.careful_dialog import CarefulDialog
from thabat.ui.context import AppContext
from thabat.ui.date_edit import DateEdit
from thabat.ui.dialog_reads import DialogRead
from thabat.ui.form import ErrorLine, LabelledForm, to_date
from thabat.ui.user_text import UserLineEdit, UserTextEdit
from thabat.ui.value_fields import ComboBox, SpinBox


class ApplicationDialog(CarefulDialog):
    def __init__(self, context: AppContext, existing: ApplicationRow | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.existing = existing
        self.saved_id: int | None = None
        journal = context.journal
        self.choices = DialogRead(self, context, lambda: applications.application_form_choices(journal),
                                  self._offer_choices)
        """Names to complete and the contacts a referral can name, read once the dialog is on screen."""

        self.company = UserLineEdit(existing.company if existing else "")
        self.role = UserLineEdit(existing.role if existing else "")
        # An application whose date is unknown keeps it unknown unless the user picks one.
        self.applied_on = DateEdit(context, existing.applied_on if existing and existing.applied_on else context.today())
        self._date_touched = False
        self.applied_on.dateChanged.connect(lambda _day: setattr(self, "_date_touched", True))
        self.link = QLineEdit(existing.link if existing else "")
        self.location = UserLineEdit(existing.location if existing else "")
        self.notes = UserTextEdit(minimum_lines=3)
        self.notes.set_text(existing.notes if existing else "")
        self.error = ErrorLine()
        self.more_shown = False
        """The rarely used fields are made (`show_more`)."""
        self._people: list[ContactView] | None = None  # the referral's choices, once read

        self.form = LabelledForm((self.company, self.role, self.applied_on, self.link, self.location, self.notes))
        self.more_button = QPushButton()
        self.more_button.setObjectName("more-details")
        self.more_button.clicked.connect(self.show_more)
        self.form.addRow(self.more_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        body = QWidget()
        body.setLayout(self.form)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if existing is not None and _has_more(existing):
            self.show_more()
        self._retranslate()
        self.remember_untouched()

    def show_more(self) -> None:
        """Make and show the rarely used fields (once); the first of them takes the focus."""
        if self.more_shown:
            return
        untouched = not self.is_touched()
        self.more_shown = True
        self._pipeline_fields(self.existing)
        self.form.setRowVisible(self.more_button, False)
        more = (self.source, self.referral, self.work_place, self.salary_row, self.deadline_row, self.interest,
                self.description)
        self.form.add_rows(more)
        if self._people is not None:
            self._offer_referrals(self._people)
        self._retranslate()
        if untouched:  # its empty fields are not something typed
            self.remember_untouched()
        if self.isVisible():  # now, not in the layout's next turn: the focus goes to the first of them
            for widget in (*more, *self.form.labels[-len(more):]):
                widget.show()
            QTimer.singleShot(0, self, self._grow)  # once the scroll area knows its new rows
            self.source.setFocus()

    def _grow(self) -> None:
        """Room for the rows just made, as if they had been made with the dialog (no wider than the screen)."""
        # The scroll area's size hint keeps the width it had when made: ask its rows for theirs.
        extra = self.width() - self.scroll.viewport().width()
        wanted = self.size().expandedTo(self.sizeHint()).expandedTo(
            QSize(self.scroll.widget().sizeHint().width() + extra, 0))
        screen = self.screen().availableGeometry().size() if self.screen() else wanted
        self.resize(wanted.boundedTo(screen))

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit application") if self.existing else self.tr("Add an application"))
        self.more_button.setText(self.tr("&More details…"))
        self.form.set_labels((self.tr("&Company"), self.tr("&Role"), self.tr("&Applied on"), self.tr("&Link"),
                              self.tr("L&ocation"), self.tr("&Notes"), self.tr("&Source"), self.tr("Referred &by"),
                              self.tr("&Work place"), self.tr("Sa&lary"), self.tr("&Deadline"),
                              self.tr("How much I &want it"), self.tr("&Job description")))
        if not self.more_shown:
            return
        lang = self.context.lang
        for combo, kind in ((self.source, "sources"), (self.work_place, "work_places")):
            combo.setItemText(0, self.tr("Not said"))
            for index in range(1, combo.count()):
                combo.setItemText(index, catalogue.label(kind, combo.itemData(index), lang))
        self.referral.setItemText(0, self.tr("Nobody"))
        self.interest.setSpecialValueText(self.tr("Not said"))
        self.salary_min.setSpecialValueText(self.tr("from…"))
        self.salary_max.setSpecialValueText(self.tr("to…"))
        self.currency.setPlaceholderText(self.tr("Currency"))
        self.has_deadline.setText(self.tr("There is a deadline"))
        self.description.setPlaceholderText(self.tr("Paste the posting: postings disappear, this copy stays."))

    def _pipeline_fields(self, existing: ApplicationRow | None) -> None:
        """Source, referral, work place, salary, deadline, interest and the job description."""
        self.source, self.work_place = ComboBox(), ComboBox()
        for combo, kind, current in ((self.source, "sources", existing.source if existing else ""),
                                     (self.work_place, "work_places", existing.work_place if existing else "")):
            combo.addItem("", "")
            for key in catalogue.keys(kind):
                combo.addItem(key, key)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self.referral = ComboBox()
        self.referral.addItem("", None)  # the contacts come with `choices`
        self.salary_min, self.salary_max = SpinBox(), SpinBox()
        for box, value in ((self.salary_min, existing.salary_min if existing else None),
                           (self.salary_max, existing.salary_max if existing else None)):
            box.setRange(-1, 2_000_000_000)
            box.setSingleStep(1000)
            box.setValue(-1 if value is None else value)  # -1 shows "from…"/"to…": not said
        self.currency = QLineEdit(existing.currency if existing else "")
        self.currency.setMaxLength(10)
        self.salary_row = QWidget()
        salary_layout = QHBoxLayout(self.salary_row)
        salary_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.salary_min, self.salary_max, self.currency):
            salary_layout.addWidget(widget)
        deadline = existing.deadline if existing else None
        self.has_deadline = QCheckBox()
        self.has_deadline.setChecked(deadline is not None)
        self.deadline = DateEdit(self.context, deadline or self.context.today())
        self.deadline.setEnabled(deadline is not None)
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        self.deadline_row = QWidget()
        deadline_layout = QHBoxLayout(self.deadline_row)
        deadline_layout.setContentsMargins(0, 0, 0, 0)
        deadline_layout.addWidget(self.has_deadline)
        deadline_layout.addWidget(self.deadline, 1)
        self.interest = SpinBox()
        self.interest.setRange(0, 5)  # 0 shows "Not said"
        self.interest.setValue(existing.interest if existing and existing.interest else 0)
        self.description = UserTextEdit(minimum_lines=3)
        self.description.set_text(existing.description if existing else "")

    def _offer_choices(self, choices: tuple[list[str], list[str], list[ContactView]]) -> None:
        companies, roles, people = choices
        self.company.setCompleter(QCompleter(companies, self))
        self.role.setCompleter(QCompleter(roles, self))
        self._people = people
        if self.more_shown:
            self._offer_referrals(people)

    def _offer_referrals(self, people: list[ContactView]) -> None:
        for person in people:
            self.referral.addItem(person.name, person.id)
        existing = self.existing
        if existing and existing.referral_contact_id and self.referral.currentIndex() == 0:  # not chosen meanwhile
            self.referral.setCurrentIndex(max(0, self.referral.findData(existing.referral_contact_id)))

    def data(self) -> ApplicationInput:
        unknown_date = self.existing is not None and self.existing.applied_on is None and not self._date_touched
        return ApplicationInput(
            company=self.company.text(), role=self.role.text(),
            applied_on=None if unknown_date else to_date(self.applied_on.date()),
            link=self.link.text(), location=self.location.text(), notes=self.notes.toPlainText(),
            **(self._more_data() if self.more_shown else {}),
        )

    def _more_data(self) -> dict:
        """The rarely used fields' values (left out, they are the input's defaults: not said)."""
        return dict(
            source=self.source.currentData(), work_place=self.work_place.currentData(),
            salary_min=self.salary_min.value() if self.salary_min.value() >= 0 else None,
            salary_max=self.salary_max.value() if self.salary_max.value() >= 0 else None,
            currency=self.currency.text(), description=self.description.toPlainText(),
            deadline=to_date(self.deadline.date()) if self.has_deadline.isChecked() else None,
            interest=self.interest.value() or None, referral_contact_id=self.referral.currentData(),
        )

    def _on_save(self) -> None:
        """Save once the choices are read: the referral is one of them."""
        self.buttons.setEnabled(False)  # a second Enter while they arrive saves once
        self.choices.when_read(self._save)

    def _save(self) -> None:
        self.buttons.setEnabled(True)
        today: date = self.context.today()
        try:
            row = applications.save_application(self.context.journal, self.data(), today,
                                                self.existing.id if self.existing else None)
        except InputError as error:
            fields = {"company": self.company, "role": self.role, "applied_on": self.applied_on,
                      "link": self.link, "location": self.location, "notes": self.notes}
            if self.more_shown:
                fields.update({"source": self.source, "work_place": self.work_place,
                               "salary_min": self.salary_min, "salary_max": self.salary_max,
                               "currency": self.currency, "deadline": self.deadline,
                               "interest": self.interest, "description": self.description})
            self.error.show_error(error, fields)
            return
        self.saved_id = row.id
        self.context.status_message.emit(self.tr("Application saved."))
        self.accept()


def _has_more(existing: ApplicationRow) -> bool:
    """Whether an application has any of the rarely used fields filled (its dialog then shows them at once)."""
    return bool(existing.source or existing.work_place or existing.referral_contact_id or existing.currency
                or existing.description or existing.deadline or existing.interest
                or existing.salary_min is not None or existing.salary_max is not None)
