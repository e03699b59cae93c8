"""Step 2: reply graciously (a drafted thank-you, copy or open in the mail app, mark replied)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from app.dates import long_date
from app.errors import InputError
from app.services.rejections import mark_replied
from ui.form import ErrorLine, date_edit, to_date
from ui.reflection.fields import MessageBox
from ui.reflection.messages import draft_message
from ui.reflection.step import StepWidget


class ReplyStep(StepWidget):
    key = "reply"
    template = "reply"

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.message = MessageBox()
        self.message.redraft.connect(self._on_redraft)
        self.replied_on = date_edit(context.today())
        self.mark_button = QPushButton()
        self.mark_button.clicked.connect(self._on_mark)
        self.status = QLabel(wordWrap=True)
        self.error = ErrorLine()
        row = QHBoxLayout()
        row.addWidget(self.replied_on)
        row.addWidget(self.mark_button)
        row.addStretch(1)
        self.body.addWidget(self.message)
        self.body.addLayout(row)
        self.body.addWidget(self.status)
        self.body.addWidget(self.error)
        self.body.addStretch(1)
        self.watch(self.message.body)

    def retranslate(self) -> None:
        super().retranslate()
        self.message.retranslate()
        self.replied_on.setAccessibleName(self.tr("Date replied"))
        self.mark_button.setText(self.tr("Mark &replied"))
        self.show_state()

    def load(self, view) -> None:
        super().load(view)
        lang = self.context.lang
        self.message.language.setCurrentIndex(self.message.language.findData(lang))
        drafted = draft_message(self.context, view, self.template, lang)
        self.message.set_message(drafted.subject, view.draft.reply_text or drafted.body)
        self.show_state()

    def collect(self, values: dict) -> None:
        values["reply_text"] = self.message.body.text()

    def _on_redraft(self, lang: str) -> None:
        if self.view is not None:
            drafted = draft_message(self.context, self.view, self.template, lang)
            self.message.set_message(drafted.subject, drafted.body)

    def show_state(self) -> None:
        rejection = self.view.rejection if self.view else None
        when = rejection.replied_on if rejection else None
        self.status.setText(self.tr("Replied on %1.").replace("%1", long_date(when, self.context.date_style()))
                            if when else self.tr("Not replied yet."))
        self.mark_button.setEnabled(rejection is not None)

    def _on_mark(self) -> None:
        if self.view is None or self.view.rejection is None:
            return
        try:
            with self.context.journal.session() as session:
                mark_replied(session, self.view.rejection.id, to_date(self.replied_on.date()), self.context.today())
        except InputError as error:
            self.error.show_error(error, {"replied_on": self.replied_on})
            return
        self.error.clear_error()
        self.saved_elsewhere.emit()
