"""Step 2: reply graciously (a drafted thank-you, copy or open in the mail app, mark replied)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton

from thabat.app.text.dates import long_date
from thabat.app.text.direction import fill
from thabat.app.usecases.rejections import mark_replied
from thabat.ui.date_edit import DateEdit
from thabat.ui.form import to_date
from thabat.ui.reflection.fields import leading_row
from thabat.ui.reflection.message_step import MessageStep


class ReplyStep(MessageStep):
    key = "reply"
    template = "reply"
    draft_field = "reply_text"

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.replied_on = DateEdit(context, context.today())
        self.mark_button = QPushButton()
        self.mark_button.clicked.connect(self._on_mark)
        self.status = QLabel(wordWrap=True)
        self.body.addWidget(self.message)
        self.body.addLayout(leading_row(self.replied_on, self.mark_button))
        self.body.addWidget(self.status)
        self.body.addWidget(self.error)
        self.body.addStretch(1)

    def retranslate(self) -> None:
        super().retranslate()
        self.replied_on.setAccessibleName(self.tr("Date replied"))
        self.mark_button.setText(self.tr("Mark &replied"))
        self.show_state()

    def show_state(self) -> None:
        rejection = self.view.rejection if self.view else None
        when = rejection.replied_on if rejection else None
        self.status.setText(fill(self.tr("Replied on %1."), long_date(when, self.context.date_style()))
                            if when else self.tr("Not replied yet."))
        self.mark_button.setEnabled(rejection is not None)

    def _on_mark(self) -> None:
        self.store(lambda: mark_replied(self.context.journal, self.view.rejection.id, to_date(self.replied_on.date()),
                                        self.context.today()),
                   {"replied_on": self.replied_on})
