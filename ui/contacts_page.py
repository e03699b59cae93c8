"""Contacts: the people met along the way, their applications, follow-ups, and vCard export."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMessageBox,
    QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from thabat.app.errors import InputError, UserError
from thabat.app.events import ApplicationChanged, ContactChanged, ReminderChanged, TemplateChanged
from thabat.app.export.vcard import write_vcards
from thabat.app.text.dates import long_date
from thabat.app.text.direction import file_filter, fill, isolate, joined
from thabat.app.usecases import contacts
from thabat.app.usecases.settings import render_message
from thabat.app.views.contacts import ContactDetail, ContactInput
from thabat.ui.context import AppContext
from thabat.ui.date_edit import DateEdit
from thabat.ui.empty_state import EmptyState
from thabat.ui.form import APPLICATION_CHOICE_CHARACTERS, ErrorLine, LabelledForm, to_date, to_qdate
from thabat.ui.grown_to_content import grow_to_content, scrolling_pane
from thabat.ui.page import Page
from thabat.ui.user_text import UserLineEdit, UserTextDelegate, UserTextEdit
from thabat.ui.wrapped_list import wrap_rows
from thabat.ui.error_text import error_text
from thabat.ui.value_fields import ComboBox


class ContactsPage(Page):
    key = "contacts"
    shows = (ContactChanged, ApplicationChanged, ReminderChanged, TemplateChanged)  # people, links, follow-ups
    setting_keys = ("calendar", "digits", "user_name", "follow_up_weeks")  # the drafted follow-up uses the last two

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        # Each part is put in its place before it is filled: a part moved after the style sheet has styled it
        # is styled again with all it holds (the moves made up half of building this page ahead while idle).
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("page-heading")
        layout.addWidget(self.heading)
        self.empty_state = EmptyState("contacts", self)
        self.empty_state.button.clicked.connect(self._on_new)
        layout.addWidget(self.empty_state)
        splitter = QSplitter(self)
        layout.addWidget(splitter, 1)
        self.content = splitter
        left = QWidget(splitter)
        splitter.addWidget(left)
        right = QWidget()
        self.detail_area = scrolling_pane(right, "contact-detail")
        splitter.addWidget(self.detail_area)
        splitter.setSizes([300, 600])
        self.search = QLineEdit()
        self.search.textChanged.connect(lambda _: self.refresh())
        self.people = QListWidget()
        self.people.setItemDelegate(UserTextDelegate(self.people))
        # Rows fit the width, long ones elided: scrolled sideways, an Arabic list starts at its right
        # edge and a short row laid out left to right sat beyond the left one ("rjun Lin").
        self.people.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.people.currentRowChanged.connect(lambda _: self._show_selected())
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self._on_new)
        self.export_all_button = QPushButton()
        self.export_all_button.clicked.connect(lambda: self._on_export(everyone=True))
        left_layout = QVBoxLayout(left)
        # Above the list, not below it: a long contact form makes the page scroll, and these stay in view.
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.new_button)
        left_buttons.addWidget(self.export_all_button)
        left_buttons.addStretch(1)
        left_layout.addLayout(left_buttons)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.people, 1)

        self.name = UserLineEdit()
        self.role = UserLineEdit()
        self.company = UserLineEdit()
        self.email = QLineEdit()
        self.profile = QLineEdit()
        self.notes = UserTextEdit(minimum_lines=2, maximum_lines=3)
        for edit in (self.name, self.role, self.company, self.email):
            edit.setMaxLength(200)
        self.form = LabelledForm((self.name, self.role, self.company, self.email, self.profile, self.notes))
        self.error = ErrorLine()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self._on_save)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self._on_delete)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(lambda: self._on_export(everyone=False))
        form_buttons = QHBoxLayout()
        for button in (self.save_button, self.delete_button, self.export_button):
            form_buttons.addWidget(button)
        form_buttons.addStretch(1)

        self.apps_box = QGroupBox()
        self.linked = wrap_rows(QListWidget())
        self.link_choice = ComboBox()
        # One application per row of the journal: sized by characters, not by measuring every title at its
        # first show (2,000 titles cost ~30 ms on the GUI thread); the row stretches it anyway.
        self.link_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.link_choice.setMinimumContentsLength(APPLICATION_CHOICE_CHARACTERS)
        self.link_button = QPushButton()
        self.link_button.clicked.connect(self._on_link)
        self.unlink_button = QPushButton()
        self.unlink_button.clicked.connect(self._on_unlink)
        link_row = QHBoxLayout()
        link_row.addWidget(self.link_choice, 1)
        link_row.addWidget(self.link_button)
        link_row.addWidget(self.unlink_button)
        apps_layout = QVBoxLayout(self.apps_box)
        apps_layout.addWidget(self.linked)
        apps_layout.addLayout(link_row)

        self.follow_box = QGroupBox()
        self.history = wrap_rows(QListWidget())
        self.follow_date = DateEdit(context, context.today())
        self.follow_message = UserTextEdit(minimum_lines=5)
        self.follow_button = QPushButton()
        self.follow_button.clicked.connect(self._on_schedule)
        self.draft_button = QPushButton()
        self.draft_button.clicked.connect(self._draft_message)
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow_date)
        follow_row.addWidget(self.draft_button)
        follow_row.addStretch(1)
        follow_row.addWidget(self.follow_button)
        follow_layout = QVBoxLayout(self.follow_box)
        follow_layout.addWidget(self.history)
        follow_layout.addLayout(follow_row)
        follow_layout.addWidget(self.follow_message)

        right_layout = QVBoxLayout(right)
        right_layout.addLayout(self.form)
        right_layout.addWidget(self.error)
        right_layout.addLayout(form_buttons)
        right_layout.addWidget(self.apps_box)
        right_layout.addWidget(self.follow_box)
        right_layout.addStretch(1)  # on a tall window the boxes keep their height; the room is left below
        # The page fits the window: the people list scrolls on its own, and so does the contact beside it
        # (side by side, never one scroll bar inside another); the contact's lists and texts grow instead.
        for view in (self.notes, self.linked, self.history, self.follow_message):
            grow_to_content(view)
        self._detail: ContactDetail | None = None
        self.retranslate()


    def is_empty(self) -> bool:
        return self.people.count() == 0 and not self.search.text()

    def retranslate(self) -> None:
        self.heading.setText(f"<h2>{self.title()}</h2>")
        self.search.setPlaceholderText(self.tr("Find by name or company"))
        self.search.setAccessibleName(self.tr("Find a contact"))
        self.people.setAccessibleName(self.tr("Contacts"))
        self.new_button.setText(self.tr("&New contact"))
        self.empty_state.set_texts(
            self.tr("No contacts yet"),
            self.tr("Keep the recruiters and interviewers you meet: Thabat reminds you to follow up with them "
                    "a few weeks later."),
            self.tr("Add your first contact"))
        # Short words, the format in the tooltip: in Arabic, "… vCard…" ended with a Latin word, and the
        # dots, drawn at the line's far (left) end, read like a label cut short.
        self.export_all_button.setText(self.tr("Export all…"))
        self.export_all_button.setToolTip(self.tr("Save every contact in one vCard file (.vcf), for an address book "
                                                  "or a phone"))
        self.form.set_labels((self.tr("&Name:"), self.tr("&Role:"), self.tr("&Company:"), self.tr("&Email:"),
                              self.tr("&Profile link:"), self.tr("N&otes:")))
        self.save_button.setText(self.tr("&Save"))
        self.delete_button.setText(self.tr("Delete"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save this contact as a vCard file (.vcf)"))
        self.apps_box.setTitle(self.tr("Applications"))
        self.link_choice.setAccessibleName(self.tr("Application to link"))
        self.link_button.setText(self.tr("Link"))
        self.unlink_button.setText(self.tr("Unlink"))
        self.follow_box.setTitle(self.tr("Follow-ups"))
        self.follow_date.setAccessibleName(self.tr("Follow-up date"))
        self.follow_message.setAccessibleName(self.tr("Follow-up message"))
        self.draft_button.setText(self.tr("Draft the message"))
        self.follow_button.setText(self.tr("Schedule follow-up"))

    def background_read(self) -> Callable[[], tuple[list, list]]:
        journal, wanted = self.context.journal, self.search.text()
        return lambda: contacts.contacts_and_applications(journal, wanted)

    def fill(self, data: tuple[list, list]) -> None:
        selected = self.selected_id()
        people, apps = data
        self.people.blockSignals(True)
        self.people.clear()
        for person in people:
            text = joined(person.name, person.company, separator="  ·  ")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.people.addItem(item)
            if person.id == selected:
                self.people.setCurrentItem(item)
        self.people.blockSignals(False)
        self.link_choice.clear()
        for app in apps:
            self.link_choice.addItem(joined(app.company, app.role), app.id)
        self._show_selected()

    def selected_id(self) -> int | None:
        item = self.people.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select(self, contact_id: int) -> None:
        for row in range(self.people.count()):
            if self.people.item(row).data(Qt.ItemDataRole.UserRole) == contact_id:
                self.people.setCurrentRow(row)

    def open_follow_up(self, contact_id: int, message: str = "") -> None:
        """Show this person with their follow-up message (the one scheduled, else the drafted one), the
        cursor in it: a follow-up chosen on Today."""
        if self.search.text():
            self.search.clear()  # a search that hides the person would show nobody (clearing refreshes)
        self.show_content()
        self.select(contact_id)
        if self.selected_id() != contact_id:
            return
        if message.strip():
            self.follow_message.setPlainText(message)
        self.follow_message.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_selected(self) -> None:
        contact_id = self.selected_id()
        self._detail = None
        if contact_id is not None:
            self._detail = contacts.contact_detail(self.context.journal, contact_id)
        has = self._detail is not None
        for widget in (self.delete_button, self.export_button, self.apps_box, self.follow_box):
            widget.setEnabled(has)
        self.error.clear_error()
        self.linked.clear()
        self.history.clear()
        if not has:
            return
        person = self._detail.contact
        for edit, value in ((self.name, person.name), (self.role, person.role), (self.company, person.company),
                            (self.email, person.email), (self.profile, person.profile_url)):
            edit.setText(value)
        self.notes.setPlainText(person.notes)
        style = self.context.date_style()
        for app in self._detail.applications:
            item = QListWidgetItem(joined(app.company, app.role) + "  ·  " + isolate(long_date(app.applied_on, style)))
            item.setData(Qt.ItemDataRole.UserRole, app.id)
            self.linked.addItem(item)
        for follow in self._detail.follow_ups:
            state = (fill(self.tr("done %1"), long_date(follow.done_on, style)) if follow.done_on
                     else self.tr("planned"))
            self.history.addItem(f"{long_date(follow.snoozed_until or follow.due_on, style)}  ·  {state}")
        weeks = self.context.preferences.get("follow_up_weeks")
        self.follow_date.setDate(to_qdate(contacts.follow_up_date(self.context.today(), weeks)))
        self._draft_message()

    def _draft_message(self) -> None:
        if self._detail is None:
            return
        person = self._detail.contact
        role = self._detail.applications[0].role if self._detail.applications else ""
        company = person.company or (self._detail.applications[0].company if self._detail.applications else "")
        values = {"company": company, "role": role, "interviewer": person.name,
                  "user_name": self.context.preferences.get("user_name")}
        message = render_message(self.context.journal, "follow_up", self.context.lang, values)  # the user's own wording if edited
        self.follow_message.setPlainText(f"{message.subject}\n\n{message.body}")

    def _input(self) -> ContactInput:
        return ContactInput(self.name.text(), self.role.text(), self.company.text(), self.email.text(),
                                     self.profile.text(), self.notes.toPlainText())

    def _fields(self) -> dict:
        return {"name": self.name, "role": self.role, "company": self.company, "email": self.email,
                "profile_url": self.profile, "notes": self.notes}

    def _on_new(self) -> None:
        self.show_content()
        self.people.setCurrentRow(-1)
        for edit in (self.name, self.role, self.company, self.email, self.profile):
            edit.clear()
        self.notes.clear()
        self.name.setFocus()

    def _on_save(self) -> None:
        contact_id = self.selected_id()
        try:
            contact_id = contacts.save_contact(self.context.journal, self._input(), contact_id).id
        except InputError as error:
            self.error.show_error(error, self._fields())
            return
        self.refresh()
        self.select(contact_id)

    def confirm_delete(self) -> bool:
        answer = QMessageBox.question(self, self.tr("Delete contact"),
                                      self.tr("Delete this contact and their follow-ups? This cannot be undone."))
        return answer == QMessageBox.StandardButton.Yes

    def _on_delete(self) -> None:
        contact_id = self.selected_id()
        if contact_id is None or not self.confirm_delete():
            return
        contacts.delete_contact(self.context.journal, contact_id)
        self.refresh()

    def _on_link(self) -> None:
        contact_id, app_id = self.selected_id(), self.link_choice.currentData()
        if contact_id is None or app_id is None:
            return
        contacts.link_contact(self.context.journal, contact_id, app_id)
        self._show_selected()

    def _on_unlink(self) -> None:
        item = self.linked.currentItem()
        contact_id = self.selected_id()
        if item is None or contact_id is None:
            return
        contacts.unlink_contact(self.context.journal, contact_id, item.data(Qt.ItemDataRole.UserRole))
        self._show_selected()

    def _on_schedule(self) -> None:
        contact_id = self.selected_id()
        if contact_id is None:
            return
        app_id = self._detail.applications[0].id if self._detail and self._detail.applications else None
        try:
            contacts.schedule_follow_up(self.context.journal, contact_id, to_date(self.follow_date.date()),
                                        self.follow_message.toPlainText(), app_id, self.context.today())
        except InputError as error:
            self.error.show_error(error, {"due_on": self.follow_date, "message": self.follow_message})
            return
        self._show_selected()

    def choose_export_path(self, suggested: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export as vCard"), str(Path.home() / suggested),
                                              file_filter(self.tr("vCard files"), "*.vcf"))
        return Path(path) if path else None

    def _on_export(self, everyone: bool) -> None:
        journal = self.context.journal
        people = contacts.list_contacts(journal) if everyone else (
            [contacts.contact_detail(journal, self.selected_id()).contact] if self.selected_id() else [])
        if not people:
            return
        suggested = "contacts.vcf" if everyone else f"{people[0].name}.vcf"
        path = self.choose_export_path(suggested)
        if path is None:
            return
        try:
            write_vcards(path, people)
        except (OSError, UserError) as error:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export as vCard"), error_text(error), parent=self)
            box.setTextFormat(Qt.TextFormat.PlainText)  # the message quotes the file's name
            box.exec()
            return
        self.context.status_message.emit(
            fill(self.tr("Exported %n contact(s) to %1.", "", len(people)), path.name))
