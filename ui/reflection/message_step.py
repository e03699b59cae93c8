"""What the reply and feedback steps share: a message drafted from a template, its edits kept in the draft."""

from __future__ import annotations

from thabat.ui.form import ErrorLine
from thabat.ui.reflection.fields import MessageBox
from thabat.ui.reflection.messages import draft_message
from thabat.ui.reflection.step import StepWidget


class MessageStep(StepWidget):
    """A step around one drafted message: `template` drafts it, the draft's `draft_field` keeps what the user edited."""

    template = ""
    draft_field = ""

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.message = MessageBox()
        self.message.redraft.connect(self._on_redraft)
        self.message.status_message.connect(context.status_message)
        self.error = ErrorLine()
        self.watch(self.message.body)

    def retranslate(self) -> None:
        super().retranslate()
        self.message.retranslate()

    def load(self, view) -> None:
        super().load(view)
        lang = self.context.lang
        self.message.language.setCurrentIndex(self.message.language.findData(lang))
        drafted = draft_message(self.context, view, self.template, lang)
        self.message.set_message(drafted.subject, getattr(view.draft, self.draft_field) or drafted.body)
        self.show_state()

    def collect(self, values: dict) -> None:
        values[self.draft_field] = self.message.body.text()

    def _on_redraft(self, lang: str) -> None:
        if self.view is not None:
            drafted = draft_message(self.context, self.view, self.template, lang)
            self.message.set_message(drafted.subject, drafted.body)
