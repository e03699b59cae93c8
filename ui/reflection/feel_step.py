"""Step 1: how you feel now (confidence 0-10 and a few words)."""

from __future__ import annotations

from thabat.app.dates import number
from thabat.ui.form import LabelledForm
from thabat.ui.rating_bar import RatingBar
from thabat.ui.reflection.step import StepWidget
from thabat.ui.user_text import UserTextEdit
from thabat.app.text_direction import fill


class FeelStep(StepWidget):
    key = "feel"

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.confidence = RatingBar(0, 10)
        self.feeling = UserTextEdit(minimum_lines=4)
        self.form = LabelledForm((self.confidence, self.feeling))
        self.body.addLayout(self.form)
        self.body.addStretch(1)
        self.watch(self.confidence, self.feeling)

    def retranslate(self) -> None:
        super().retranslate()
        style = self.context.date_style()
        self.form.set_labels((fill(self.tr("&Confidence now (%1–%2)"), number(0, style), number(10, style)), self.tr("A &few words")))
        self.confidence.retranslate(style)
        self.feeling.setPlaceholderText(self.tr("What is on your mind right now?"))

    def load(self, view) -> None:
        super().load(view)
        self.confidence.set_value(view.draft.confidence_before)
        self.feeling.set_text(view.draft.feeling)

    def collect(self, values: dict) -> None:
        values["confidence_before"] = self.confidence.value()
        values["feeling"] = self.feeling.text()
