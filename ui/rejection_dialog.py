"""Log a rejection in seconds: company and role complete from the journal, Enter saves.

It opens at once, even while the ORM still loads after start-up: the names it offers are read with
sqlite3 once it is on screen, on a thread of their own (`names`, ui/dialog_reads.py), and saving (which
needs the ORM) waits for it with a busy cursor, without freezing. A name typed before they arrive stays.
It first paints with the fields typed into first, company and role; the date, every field after it and the
buttons come in the next turn (`details`, ui/dialog_parts.py): made on open, as when Ctrl+R comes as the
window appears, the first paint waits for 4 widgets instead of 50.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from thabat.app.errors import InputError
from thabat.app.services.name_suggestions import known_companies, known_roles
from thabat.ui.background_loading import when_journal_ready
from thabat.ui.careful_dialog import CarefulDialog
from thabat.ui.context import AppContext
from thabat.ui.dialog_parts import LaterPart
from thabat.ui.dialog_reads import DialogRead
from thabat.ui.form import LabelledForm, to_date
from thabat.ui.user_text import UserLineEdit

if TYPE_CHECKING:  # the read models (~14 ms of dataclasses) load with the first save, not with a first Ctrl+R
    from thabat.app.views.applications import RejectionInput, RejectionView
    from thabat.ui.rejection_details import RejectionDetails


_WHOLE_SIZES: dict[tuple[str, bool], QSize] = {}
"""The size of a whole dialog by (language, tracked), once one was laid out: one made on open paints at it."""


class RejectionDialog(CarefulDialog):
    def __init__(self, context: AppContext, company: str = "", role: str = "", parent: QWidget | None = None,
                 application_id: int | None = None):
        """`application_id`: the rejection ends this application (the board's move), not one found by name."""
        super().__init__(parent)
        self.context = context
        self.application_id = application_id
        self.saved: RejectionView | None = None
        self.reflect_now = False
        """Set when the user saved with "Save and reflect": the caller opens the reflection."""
        self.stage_reached: DialogRead | None = None
        """The furthest stage the application reached, read after the first paint (`read_stage_reached`)."""
        journal = context.journal

        def read_names() -> tuple[list[str], list[str]]:
            with journal.reader() as db:
                return known_companies(db), known_roles(db)

        self.names = DialogRead(self, context, read_names, self._offer_names, needs_orm=False)
        """The journal's companies and roles, read once the dialog is first on screen, for the completers."""
        self.company = UserLineEdit(company)
        self.role = UserLineEdit(role)
        self._tracked = False
        self._details: RejectionDetails | None = None
        self.details = LaterPart(self, self._make_details)
        """The date and every field after it, the buttons and the error line: made in the turn after the first
        paint (ui/dialog_parts.py), or when something asks for one of them."""
        self.form = LabelledForm((self.company, self.role))
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(self.form)
        self._retranslate()
        self.bind(company, role, application_id)

    def _make_details(self) -> None:
        # Imported with the part: its modules and the Python enums PySide6 makes for each Qt class it first
        # imports (the date field, the combo boxes, the completers) are not waited for before the first paint.
        from PySide6.QtWidgets import QCompleter

        from thabat.ui.rejection_details import RejectionDetails

        untouched = not self.is_touched()
        centre = self.geometry().center()  # on screen already: it grows around it (`_grow_in_place`)
        details = self._details = RejectionDetails(self.context, self)
        self.company.setCompleter(QCompleter(details.companies, self))
        self.role.setCompleter(QCompleter(details.roles, self))
        details.stage.currentIndexChanged.connect(self._on_stage_changed)
        details.applied_known.toggled.connect(self._on_applied_known)
        details.reflect_button.clicked.connect(self._on_save_and_reflect)
        details.buttons.accepted.connect(self._on_save)
        details.buttons.rejected.connect(self.reject)
        self.form.add_rows(details.widgets)
        self.form.setRowVisible(details.applied_row, not self._tracked)
        self._layout.addWidget(details.error)
        self._layout.addWidget(details.buttons)
        self._retranslate()
        self._on_stage_changed()
        if self.isVisible():  # its layout would show them a turn later: Enter needs the default button now
            for widget in self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
                if widget.isHidden() and not widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
                    widget.show()
        self.ensurePolished()  # styled, then measured: one made on open later paints at this size at once
        _WHOLE_SIZES[self.context.lang, self._tracked] = self.sizeHint()
        if self.isVisible():
            self._grow_in_place(centre)
        if untouched:  # what the fields offer is not something typed
            self.remember_untouched()

    def _grow_in_place(self, centre: QPoint) -> None:
        """To its whole size around the centre it had: it painted smaller, before any whole one was laid out."""
        geometry = self.geometry()
        geometry.setSize(self.sizeHint().expandedTo(geometry.size()))
        geometry.moveCenter(centre)
        self.setGeometry(geometry)

    def _made(self) -> RejectionDetails:
        self.details.ensure()
        return self._details

    # The later part's widgets: asking for one makes the part now if its turn has not come yet.
    received_on = property(lambda self: self._made().received_on)
    stage = property(lambda self: self._made().stage)
    round = property(lambda self: self._made().round)
    channel = property(lambda self: self._made().channel)
    interviewer = property(lambda self: self._made().interviewer)
    message = property(lambda self: self._made().message)
    applied_known = property(lambda self: self._made().applied_known)
    applied_unknown = property(lambda self: self._made().applied_unknown)
    applied_row = property(lambda self: self._made().applied_row)
    applied_on = property(lambda self: self._made().applied_on)
    error = property(lambda self: self._made().error)
    buttons = property(lambda self: self._made().buttons)
    reflect_button = property(lambda self: self._made().reflect_button)

    @property
    def widgets(self) -> tuple[QWidget, ...]:
        """Every field in the form's order (an error names one by its place)."""
        return (self.company, self.role) + self._made().widgets

    def bind(self, company: str = "", role: str = "", application_id: int | None = None) -> None:
        """Before it is first shown: the names it opens with, and the application it ends if any (a dialog
        prepared while idle, ui/dialogs_ahead.py, is made without them)."""
        self.application_id = application_id
        self.company.setText(company)
        self.role.setText(role)
        tracked = self._tracked = application_id is not None  # tracked: its name stays, "applied on" is known
        for widget in (self.company, self.role):
            widget.setReadOnly(tracked)
        if self._details is not None:
            self.form.setRowVisible(self._details.applied_row, not tracked)
        else:  # made on open: it first paints at the size a whole one has, where it will stay, if one was made
            whole = _WHOLE_SIZES.get((self.context.lang, tracked))
            if whole is None:
                self.setAttribute(Qt.WidgetAttribute.WA_Resized, False)  # its layout sizes it when shown
            else:
                self.resize(whole)
        (self.role if company else self.company).setFocus()
        self.remember_untouched()

    def read_stage_reached(self) -> None:
        """Preset "Stage reached" and its round to the furthest the application reached (the board's move),
        read once the dialog is on screen; a stage or round the user picked meanwhile is kept."""
        from thabat.app.usecases import applications  # the ORM: this read waits for it (needs_orm)

        journal, application_id = self.context.journal, self.application_id

        def preset(form) -> None:
            detail, _people, (reached, reached_round) = form
            if not self.company.text():  # not known when opened (an application not on the board)
                self.company.setText(detail.row.company)
                self.role.setText(detail.row.role)  # read-only: not something typed
            picked = self._made().picked
            if self.stage not in picked:
                self.stage.setCurrentIndex(max(0, self.stage.findData(reached)))
            if reached_round and self.round not in picked:
                self.round.blockSignals(True)  # not the user's pick
                self.round.setValue(reached_round)
                self.round.blockSignals(False)

        self.stage_reached = DialogRead(self, self.context, lambda: applications.stage_form(journal, application_id),
                                        preset)

    def _retranslate(self) -> None:
        lang = self.context.lang
        self.setWindowTitle(self.tr("Log a rejection"))
        self.form.set_labels((self.tr("&Company"), self.tr("&Role"), self.tr("&Date"), self.tr("&Stage reached"),
                              self.tr("Interview r&ound"), self.tr("&How it came"), self.tr("&Interviewer"),
                              self.tr("&Message (optional)"), self.tr("&Applied on (new company)")))
        if self._details is None:  # labelled when made
            return
        self.reflect_button.setText(self.tr("Save and r&eflect now"))
        self.applied_known.setText(self.tr("I know the date"))
        self.applied_unknown.setText(self.tr("date unknown"))
        self._details.label_choices(lang)
        self.message.setPlaceholderText(self.tr("Paste their message here if you like."))

    @property
    def names_offered(self) -> bool:
        """The completers hold the journal's companies and roles."""
        return self.names.done

    def _offer_names(self, names: tuple[list[str], list[str]]) -> None:
        companies, roles = names
        details = self._made()  # the completers
        details.companies.setStringList(companies)
        details.roles.setStringList(roles)

    def _on_applied_known(self, known: bool) -> None:
        details = self._made()
        if known and details.applied_on is None:
            untouched = not self.is_touched()
            details.make_applied_on(self.context)
            if untouched:  # a date offered is not something typed
                self.remember_untouched()
        if self.applied_on is not None:
            self.applied_on.setVisible(known)
        self.applied_unknown.setVisible(not known)

    def _on_stage_changed(self) -> None:
        self.round.setEnabled(self.stage.currentData() == "interview")

    def data(self) -> RejectionInput:
        from thabat.app.views.applications import RejectionInput

        return RejectionInput(
            company=self.company.text(), role=self.role.text(), received_on=to_date(self.received_on.date()),
            stage=self.stage.currentData(), channel=self.channel.currentData(),
            round=self.round.value() if self.stage.currentData() == "interview" else None,
            message=self.message.toPlainText(), interviewer=self.interviewer.text(),
            applied_on=to_date(self.applied_on.date()) if self.applied_on and self.applied_known.isChecked() else None,
            application_id=self.application_id,
        )

    def _on_save_and_reflect(self) -> None:
        self._save_when_ready(reflect_now=True)

    def _on_save(self) -> None:
        self._save_when_ready(reflect_now=False)

    def _save_when_ready(self, reflect_now: bool) -> None:
        self.buttons.setEnabled(False)  # until saved: a second Enter while the ORM loads saves once

        def save() -> None:
            when_journal_ready(self.context.journal, lambda: self._save(reflect_now), self)

        if self.stage_reached is None:
            save()
        else:  # the stage reached is what is saved: Enter pressed before it is read waits for it
            self.stage_reached.when_read(save)

    def _save(self, reflect_now: bool) -> None:
        from thabat.app.usecases import rejections  # the ORM: imported once it is loaded

        self.buttons.setEnabled(True)
        try:
            self.saved = rejections.log_rejection(
                self.context.journal, self.data(), self.context.today(),
                reply_delay_days=self.context.preferences.get("reply_delay_days"),
            )
        except InputError as error:
            self.error.show_error(error, dict(zip(
                ("company", "role", "received_on", "stage", "round", "channel", "interviewer", "message",
                 "applied_on"),
                self.widgets)))
            return
        self.reflect_now = reflect_now
        self.context.status_message.emit(self.tr("Rejection logged."))
        self.accept()
