"""Record or edit one step of an application's history: screening, an interview round, an assessment,
an offer, a withdrawal, a rejection or no response. Refused input is explained inline.

It paints before it reads the application's history and the contacts to tick as interviewers: they
are read once it is on screen, off the GUI thread (`form_read`, ui/dialog_reads.py), and fill the
fields the user has not touched meanwhile. Saving waits for them, under a busy cursor."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime, Qt
from PySide6.QtWidgets import (
    QCheckBox, QDialogButtonBox, QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget,
)

from thabat.app.errors import InputError
from thabat.app.text import catalogue
from thabat.app.text.direction import joined
from thabat.app.usecases import applications, rejections
from thabat.app.views.applications import ApplicationDetail, ContactView, RejectionInput, StageInput, StageStep
from thabat.ui.careful_dialog import CarefulDialog
from thabat.ui.context import AppContext
from thabat.ui.date_edit import DateEdit
from thabat.ui.dialog_reads import DialogRead
from thabat.ui.form import ErrorLine, LabelledForm, to_date
from thabat.ui.time_edit import time_edit
from thabat.ui.user_text import UserTextEdit
from thabat.ui.value_fields import ComboBox, SpinBox

CHOICES = ("screening", "interview", "assessment", "offer", "withdrawn", "rejected", "no_response")
"""What the user can record; "no_response" is a rejection that came by silence."""
INTERVIEW_CHOICES = ("phone", "technical", "onsite", "final")


class StageDialog(CarefulDialog):
    def __init__(self, context: AppContext, application_id: int | None, existing: StageStep | None = None,
                 parent: QWidget | None = None, preset: str | None = None) -> None:
        """`preset`: the stage to record (one of CHOICES), as when a card is moved on the board.
        `application_id` None: a dialog prepared while idle (ui/dialogs_ahead.py), bound before shown (`bind`)."""
        super().__init__(parent)
        self.context = context
        self.application_id = application_id
        self.existing = existing
        self.saved = False
        self.company, self.role = "", ""  # the application's names, once read
        self._reached_round: int | None = None
        journal = context.journal
        self.form_read = DialogRead(self, context, lambda: applications.stage_form(journal, self.application_id),
                                    self._fill)
        """The application, the contacts and the furthest stage reached, read once the dialog is on screen."""

        self.stage = ComboBox()
        for key in (existing.stage,) if existing and existing.stage in ("applied", "rejected") else CHOICES:
            self.stage.addItem(key, key)
        self.occurred_on = DateEdit(context, existing.occurred_on if existing else context.today())
        self.kind = ComboBox()
        for key in INTERVIEW_CHOICES:
            self.kind.addItem(key, key)
        self.round = SpinBox()
        self.round.setRange(1, 20)
        self.round.setValue(existing.round if existing and existing.round else 1)  # a new one's: once read
        self.timed = QCheckBox()
        self.starts_at = time_edit(QTime(10, 0))
        timed_row = QWidget()
        timed_layout = QHBoxLayout(timed_row)
        timed_layout.setContentsMargins(0, 0, 0, 0)
        timed_layout.addWidget(self.timed)
        timed_layout.addWidget(self.starts_at, 1)
        self.timed.toggled.connect(self.starts_at.setEnabled)
        self.interviewers = QListWidget()
        self.interviewers.setMaximumHeight(110)
        self.answer = ComboBox()
        for key in ("", "accepted", "declined"):
            self.answer.addItem(key, key)
        self.reached = ComboBox()
        for key in catalogue.keys("stages"):
            self.reached.addItem(key, key)
        self.note = UserTextEdit(minimum_lines=2, maximum_lines=4)
        self.error = ErrorLine()

        if existing is not None:
            self.stage.setCurrentIndex(max(0, self.stage.findData(existing.stage)))
            if existing.stage == "final":
                self.stage.setCurrentIndex(self.stage.findData("interview"))
                self.kind.setCurrentIndex(self.kind.findData("final"))
            elif existing.kind:
                self.kind.setCurrentIndex(max(0, self.kind.findData(existing.kind)))
                self.answer.setCurrentIndex(max(0, self.answer.findData(existing.kind)))
            if existing.starts_at is not None:
                self.timed.setChecked(True)
                self.starts_at.setTime(QTime(existing.starts_at.hour, existing.starts_at.minute))
            self.note.set_text(existing.note)
        elif preset is not None:
            self.stage.setCurrentIndex(max(0, self.stage.findData(preset)))
        self.starts_at.setEnabled(self.timed.isChecked())

        self.widgets = (self.stage, self.occurred_on, self.kind, self.round, timed_row, self.interviewers,
                        self.answer, self.reached, self.note)
        self.form = LabelledForm(self.widgets)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.stage.currentIndexChanged.connect(self._on_stage_changed)
        self._retranslate()
        self._on_stage_changed()
        self.remember_untouched()
        self._touched: set[QWidget] = set()  # changed by the user before the read arrived: kept as they are
        self.round.valueChanged.connect(lambda: self._touched.add(self.round))
        self.reached.currentIndexChanged.connect(lambda: self._touched.add(self.reached))

    def bind(self, application_id: int, preset: str | None = None) -> None:
        """A new step's dialog prepared while idle (ui/dialogs_ahead.py), before it is first shown: the
        application it records for (read once it is on screen), and the stage to record if preset."""
        self.application_id = application_id
        if preset is not None:
            self.stage.setCurrentIndex(max(0, self.stage.findData(preset)))

    def _fill(self, form: tuple[ApplicationDetail, list[ContactView], tuple[str, int | None]]) -> None:
        detail, people, (reached, reached_round) = form
        self.company, self.role = detail.row.company, detail.row.role
        self._reached_round = reached_round
        if self.existing is None and self.round not in self._touched:
            self.round.setValue(1 + sum(1 for s in detail.stages if s.stage == "interview"))
        if self.reached not in self._touched:
            self.reached.setCurrentIndex(max(0, self.reached.findData(reached)))
        chosen = {p.id for p in self.existing.interviewers} if self.existing else set()
        for person in people:
            item = QListWidgetItem(joined(person.name, person.company) if person.company else person.name)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.id in chosen else Qt.CheckState.Unchecked)
            self.interviewers.addItem(item)

    def _retranslate(self) -> None:
        lang = self.context.lang
        self.setWindowTitle(self.tr("Edit a step") if self.existing else self.tr("Record a stage"))
        self.form.set_labels((self.tr("&Stage"), self.tr("&Date"), self.tr("&Kind of interview"),
                              self.tr("R&ound"), self.tr("&Time"), self.tr("&Interviewers"), self.tr("&Answer"),
                              self.tr("Stage &reached"), self.tr("&Prep notes")))
        names = {"no_response": self.tr("No response")}
        for index in range(self.stage.count()):
            key = self.stage.itemData(index)
            self.stage.setItemText(index, names.get(key) or catalogue.label("history_stages", key, lang))
        for index in range(self.kind.count()):
            self.kind.setItemText(index, catalogue.label("interview_kinds", self.kind.itemData(index), lang))
        self.answer.setItemText(0, self.tr("Not decided yet"))
        for index in range(1, self.answer.count()):
            self.answer.setItemText(index, catalogue.label("offer_answers", self.answer.itemData(index), lang))
        for index in range(self.reached.count()):
            self.reached.setItemText(index, catalogue.label("stages", self.reached.itemData(index), lang))
        self.timed.setText(self.tr("At a set time"))
        self.note.setPlaceholderText(self.tr("A few words: what to prepare, what happened."))

    def _on_stage_changed(self) -> None:
        stage = self.stage.currentData()
        interview = stage == "interview"
        new_rejection = stage in ("rejected", "no_response") and self.existing is None
        for widget, shown in ((self.kind, interview), (self.round, interview), (self.widgets[4], interview),
                              (self.interviewers, interview), (self.answer, stage == "offer"),
                              (self.reached, new_rejection), (self.note, not new_rejection)):
            self.form.setRowVisible(widget, shown)

    def data(self) -> StageInput:
        stage = self.stage.currentData()
        kind = {"interview": self.kind.currentData(), "offer": self.answer.currentData()}.get(stage, "")
        if self.existing is not None and self.existing.stage == "final":
            stage = "interview"
        picked = self.starts_at.time()
        return StageInput(
            stage=stage, occurred_on=to_date(self.occurred_on.date()),
            round=self.round.value() if stage == "interview" else None, kind=kind,
            starts_at=time(picked.hour(), picked.minute()) if stage == "interview" and self.timed.isChecked() else None,
            note=self.note.toPlainText(),
            interviewer_ids=tuple(self.interviewers.item(i).data(Qt.ItemDataRole.UserRole)
                                  for i in range(self.interviewers.count())
                                  if self.interviewers.item(i).checkState() == Qt.CheckState.Checked)
            if stage == "interview" else (),
        )

    def _on_save(self) -> None:
        """Save once the form's read has arrived: the interviewers and the application's names come with it."""
        self.buttons.setEnabled(False)  # a second Enter meanwhile saves once
        self.form_read.when_read(self._save)

    def _save(self) -> None:
        self.buttons.setEnabled(True)
        today = self.context.today()
        try:
            stage = self.stage.currentData()
            if self.existing is not None:
                applications.edit_stage(self.context.journal, self.application_id, self.existing.id, self.data(), today)
            elif stage in ("rejected", "no_response"):
                reached = self.reached.currentData()
                rejections.log_rejection(self.context.journal, RejectionInput(
                    company=self.company, role=self.role, received_on=to_date(self.occurred_on.date()),
                    stage=reached, channel="no_answer" if stage == "no_response" else "email",
                    round=(self._reached_round or 1) if reached == "interview" else None,
                    application_id=self.application_id), today,
                    reply_delay_days=self.context.preferences.get("reply_delay_days"))
            else:
                applications.record_stage(self.context.journal, self.application_id, self.data(), today)
        except InputError as error:
            self.error.show_error(error, {"stage": self.stage, "occurred_on": self.occurred_on, "kind": self.kind,
                                          "round": self.round, "note": self.note, "received_on": self.occurred_on})
            return
        self.saved = True
        self.context.status_message.emit(self.tr("Step saved."))
        self.accept()
