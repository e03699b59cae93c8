"""Step 6: keep in touch: add or pick the people met, and schedule a follow-up with a drafted message."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QVBoxLayout

from thabat.app.services.follow_ups import follow_up_date
from thabat.app.text.dates import long_date
from thabat.app.text.direction import fill
from thabat.app.usecases import contacts
from thabat.app.views.contacts import ContactInput
from thabat.ui.form import ErrorLine, LabelledForm
from thabat.ui.reflection.fields import MessageBox
from thabat.ui.reflection.messages import draft_message
from thabat.ui.reflection.step import StepWidget
from thabat.ui.user_text import UserLineEdit
from thabat.ui.value_fields import ComboBox, SpinBox


class ContactsStep(StepWidget):
    key = "contacts"

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.people_box = QGroupBox()
        self.people = QListWidget()
        self.people.setMaximumHeight(90)
        self.existing = ComboBox()
        self.link_button = QPushButton()
        self.link_button.clicked.connect(self._on_link)
        self.name, self.role, self.email = UserLineEdit(), UserLineEdit(), QLineEdit()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._on_add)
        self.new_form = LabelledForm((self.name, self.role, self.email))
        pick = QHBoxLayout()
        pick.addWidget(self.existing, 1)
        pick.addWidget(self.link_button)
        people = QVBoxLayout(self.people_box)
        people.addWidget(self.people)
        people.addLayout(pick)
        people.addLayout(self.new_form)
        people.addWidget(self.add_button)

        self.follow_box = QGroupBox()
        self.weeks = SpinBox()
        self.weeks.setRange(1, 104)
        self.weeks.setValue(context.preferences.get("follow_up_weeks"))
        self.weeks.valueChanged.connect(self.show_state)
        self.when = QLabel()
        self.follow_contact = ComboBox()
        self.follow_contact.currentIndexChanged.connect(self._on_redraft_for_contact)
        self.message = MessageBox()
        self.message.redraft.connect(self._redraft)
        self.message.status_message.connect(context.status_message)
        self.schedule_button = QPushButton()
        self.schedule_button.clicked.connect(self._on_schedule)
        self.status = QLabel(wordWrap=True)
        self.follow_form = LabelledForm((self.weeks, self.follow_contact))
        follow = QVBoxLayout(self.follow_box)
        follow.addLayout(self.follow_form)
        follow.addWidget(self.when)
        follow.addWidget(self.message)
        follow.addWidget(self.schedule_button)
        follow.addWidget(self.status)
        self.error = ErrorLine()
        self.body.addWidget(self.people_box)
        self.body.addWidget(self.follow_box)
        self.body.addWidget(self.error)
        self.body.addStretch(1)

    def retranslate(self) -> None:
        super().retranslate()
        self.people_box.setTitle(self.tr("People you met"))
        self.people.setAccessibleName(self.tr("People you met"))
        self.existing.setAccessibleName(self.tr("Someone already in your contacts"))
        self.link_button.setText(self.tr("&Link"))
        self.new_form.set_labels((self.tr("&Name"), self.tr("R&ole"), self.tr("E&mail")))
        self.add_button.setText(self.tr("Add &contact"))
        self.follow_box.setTitle(self.tr("Follow-up"))
        self.follow_form.set_labels((self.tr("&Weeks from today"), self.tr("&With")))
        self.message.retranslate()
        self.schedule_button.setText(self.tr("&Schedule follow-up"))
        self.show_state()

    def load(self, view) -> None:
        super().load(view)
        self._read_contacts()
        self.show_state()
        follow = view.follow_up
        self.message.language.setCurrentIndex(self.message.language.findData(self.context.lang))
        self.follow_contact.setCurrentIndex(0)
        if follow is not None and follow.contact_id is not None:
            self._follow_up_with(follow.contact_id)
        self._on_redraft_for_contact()
        if follow is not None and follow.message:
            self.message.body.set_text(follow.message)
        self._suggest_interviewer()

    def _suggest_interviewer(self) -> None:
        """The interviewer named when the rejection was logged, ready to add unless already met."""
        rejection = self.view.rejection if self.view else None
        interviewer = rejection.interviewer.strip() if rejection else ""
        known = {c.name.casefold() for c in self.view.contacts} if self.view else set()
        if interviewer and interviewer.casefold() not in known:
            self.name.setText(interviewer)
        else:
            self.name.clear()

    def update_view(self, view) -> None:
        self.view = view
        self._read_contacts()
        self.show_state()

    def _read_contacts(self) -> None:
        self.everyone = contacts.list_contacts(self.context.journal)

    def show_state(self) -> None:
        """Show people and the follow-up (no database access: also runs on language change)."""
        style = self.context.date_style()
        when = follow_up_date(self.context.today(), self.weeks.value())
        self.when.setText(fill(self.tr("Follow up on %1"), long_date(when, style)))
        everyone = getattr(self, "everyone", [])
        view = self.view
        linked = view.contacts if view else ()
        self.people.clear()
        for contact in linked:
            comma = "، " if self.context.lang == "ar" else ", "
            self.people.addItem(comma.join(p for p in (contact.name, contact.role, contact.company) if p))
        linked_ids = {c.id for c in linked}
        self.existing.clear()
        self.existing.addItem(self.tr("Pick someone you already know…"), None)
        for contact in everyone:
            if contact.id not in linked_ids:
                self.existing.addItem(f"{contact.name} ({contact.company})" if contact.company else contact.name,
                                      contact.id)
        current = self.follow_contact.currentData()
        self.follow_contact.blockSignals(True)
        self.follow_contact.clear()
        self.follow_contact.addItem(self.tr("No one in particular"), None)
        for contact in linked:
            self.follow_contact.addItem(contact.name, contact.id)
        self.follow_contact.setCurrentIndex(max(0, self.follow_contact.findData(current)))
        self.follow_contact.blockSignals(False)
        follow = view.follow_up if view else None
        self.status.setText(fill(self.tr("Follow-up scheduled for %1."), long_date(follow.due_on, style))
                            if follow else self.tr("No follow-up scheduled yet."))
        for button in (self.link_button, self.add_button, self.schedule_button):
            button.setEnabled(view is not None and view.rejection is not None)

    def _contact_name(self) -> str | None:
        contact_id = self.follow_contact.currentData()
        if self.view is None or contact_id is None:
            return None
        return next((c.name for c in self.view.contacts if c.id == contact_id), None)

    def _redraft(self, lang: str) -> None:
        if self.view is not None:
            drafted = draft_message(self.context, self.view, "follow_up", lang, self._contact_name())
            self.message.set_message(drafted.subject, drafted.body)

    def _on_redraft_for_contact(self) -> None:
        self._redraft(self.message.language.currentData())
        contact_id = self.follow_contact.currentData()
        contact = next((c for c in self.view.contacts if c.id == contact_id), None) if self.view else None
        self.message.to.setText(contact.email if contact else "")

    def _follow_up_with(self, contact_id: int) -> None:
        """Choose this (linked) contact for the follow-up: the message greets them and goes to their address."""
        index = self.follow_contact.findData(contact_id)
        if index >= 0:
            self.follow_contact.setCurrentIndex(index)

    def _on_link(self) -> None:
        contact_id = self.existing.currentData()
        if contact_id is not None and self.store(
                lambda: contacts.link_contact(self.context.journal, contact_id, self.view.rejection.application_id), {}):
            self._follow_up_with(contact_id)

    def _on_add(self) -> None:
        data = ContactInput(self.name.text(), self.role.text(), self.view.rejection.company if self.view and
                            self.view.rejection else "", self.email.text())
        added = []
        if self.store(lambda: added.append(contacts.save_contact(self.context.journal, data,
                                                                 application_id=self.view.rejection.application_id)),
                       {"name": self.name, "role": self.role, "email": self.email}):
            for editor in (self.name, self.role, self.email):
                editor.clear()
            self._follow_up_with(added[0].id)

    def _on_schedule(self) -> None:
        due = follow_up_date(self.context.today(), self.weeks.value())
        contact_id, text = self.follow_contact.currentData(), self.message.body.text()
        self.store(lambda: contacts.schedule_rejection_follow_up(
            self.context.journal, self.view.rejection.id, due, self.context.today(), contact_id, text),
            {"follow_up_message": self.message.body})
