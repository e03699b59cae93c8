"""Step 3: ask for feedback (a drafted request, mark requested) and record what came back."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout

from thabat.app.text.dates import long_date
from thabat.app.text.direction import fill
from thabat.app.usecases import rejections
from thabat.ui.date_edit import DateEdit
from thabat.ui.form import to_date
from thabat.ui.reflection.fields import leading_row
from thabat.ui.reflection.message_step import MessageStep
from thabat.ui.user_text import UserTextEdit


class FeedbackStep(MessageStep):
    key = "feedback"
    template = "feedback_request"
    draft_field = "feedback_request_text"

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.requested_on = DateEdit(context, context.today())
        self.request_button = QPushButton()
        self.request_button.clicked.connect(self._on_requested)
        self.requested_status = QLabel(wordWrap=True)
        self.received_box = QGroupBox()
        self.received_text = UserTextEdit(minimum_lines=3, maximum_lines=6)
        self.received_on = DateEdit(context, context.today())
        self.record_button = QPushButton()
        self.record_button.clicked.connect(self._on_record)
        self.received_status = QLabel(wordWrap=True)

        box = QVBoxLayout(self.received_box)
        box.addWidget(self.received_text)
        box.addLayout(leading_row(self.received_on, self.record_button))
        box.addWidget(self.received_status)
        self.body.addWidget(self.message)
        self.body.addLayout(leading_row(self.requested_on, self.request_button))
        self.body.addWidget(self.requested_status)
        self.body.addWidget(self.received_box)
        self.body.addWidget(self.error)
        self.body.addStretch(1)

    def retranslate(self) -> None:
        super().retranslate()
        self.requested_on.setAccessibleName(self.tr("Date requested"))
        self.request_button.setText(self.tr("Mark re&quested"))
        self.received_box.setTitle(self.tr("Feedback received"))
        self.received_text.setAccessibleName(self.tr("Feedback received"))
        self.received_text.setPlaceholderText(self.tr("When they answer, note what they said here."))
        self.received_on.setAccessibleName(self.tr("Date received"))
        self.record_button.setText(self.tr("Record &feedback"))
        self.show_state()

    def load(self, view) -> None:
        super().load(view)
        if view.rejection is not None and view.rejection.feedback_text:
            self.received_text.set_text(view.rejection.feedback_text)

    def show_state(self) -> None:
        rejection = self.view.rejection if self.view else None
        style = self.context.date_style()
        requested = rejection.feedback_requested_on if rejection else None
        received = rejection.feedback_received_on if rejection else None
        self.requested_status.setText(fill(self.tr("Requested on %1."), long_date(requested, style))
                                      if requested else self.tr("Not requested yet."))
        self.received_status.setText(fill(self.tr("Received on %1."), long_date(received, style))
                                     if received else "")
        for button in (self.request_button, self.record_button):
            button.setEnabled(rejection is not None)

    def _on_requested(self) -> None:
        self._store(lambda rid: rejections.mark_feedback_requested(
            self.context.journal, rid, to_date(self.requested_on.date()), self.context.today(),
            feedback_delay_days=self.context.preferences.get("feedback_delay_days")))

    def _on_record(self) -> None:
        self._store(lambda rid: rejections.record_feedback(
            self.context.journal, rid, self.received_text.text(), to_date(self.received_on.date()),
            self.context.today()))

    def _store(self, action) -> None:
        self.store(lambda: action(self.view.rejection.id),
                   {"feedback_requested_on": self.requested_on, "feedback_received_on": self.received_on,
                    "feedback_text": self.received_text})
