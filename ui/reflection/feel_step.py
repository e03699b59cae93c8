"""Step 1: how you feel now (confidence 0-10 and a few words)."""

from __future__ import annotations

from ui.form import LabelledForm
from ui.reflection.fields import OptionalNumber
from ui.reflection.step import StepWidget
from ui.user_text import UserTextEdit


class FeelStep(StepWidget):
    key = "feel"

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.confidence = OptionalNumber(0, 10)
        self.feeling = UserTextEdit(minimum_lines=4)
        self.form = LabelledForm((self.confidence, self.feeling))
        self.body.addLayout(self.form)
        self.body.addStretch(1)
        self.watch(self.confidence, self.feeling)

    def retranslate(self) -> None:
        super().retranslate()
        self.form.set_labels((self.tr("&Confidence now (0–10)"), self.tr("A &few words")))
        self.feeling.setPlaceholderText(self.tr("What is on your mind right now?"))

    def load(self, view) -> None:
        super().load(view)
        self.confidence.set_number(view.draft.confidence_before)
        self.feeling.set_text(view.draft.feeling)

    def collect(self, values: dict) -> None:
        values["confidence_before"] = self.confidence.number()
        values["feeling"] = self.feeling.text()
