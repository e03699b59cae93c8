"""Step 1: how you feel now (confidence 0-10 and a few words)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from thabat.app.text.dates import number
from thabat.app.text.direction import fill
from thabat.ui.form import LabelledForm
from thabat.ui.rating_bar import RatingBar
from thabat.ui.reflection.step import StepWidget
from thabat.ui.user_text import UserTextEdit


class FeelStep(StepWidget):
    key = "feel"

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.confidence = RatingBar(0, 10)
        self.feeling = UserTextEdit(minimum_lines=4)
        self.form = LabelledForm((self.confidence, self.feeling))
        self.debrief_hint = QLabel(wordWrap=True)  # the confidence came from the debrief: say so
        self.debrief_hint.hide()
        self.body.addLayout(self.form)
        self.body.addWidget(self.debrief_hint)
        self.body.addStretch(1)
        self.watch(self.confidence, self.feeling)

    def retranslate(self) -> None:
        super().retranslate()
        style = self.context.date_style()
        self.form.set_labels((fill(self.tr("&Confidence now (%1–%2)"), number(0, style), number(10, style)), self.tr("A &few words")))
        self.confidence.retranslate(style)
        self.feeling.setPlaceholderText(self.tr("What is on your mind right now?"))
        self._show_debrief_hint()

    def _show_debrief_hint(self) -> None:
        debrief = self.view.debrief if self.view is not None else None
        shown = debrief is not None and debrief.confidence is not None and self.view.state == "draft"
        self.debrief_hint.setVisible(shown)
        if shown:
            style = self.context.date_style()
            self.debrief_hint.setText(fill(self.tr("After the interview you rated your confidence %1 of %2 in your "
                                                   "debrief. Change it to how you feel now."),
                                           number(debrief.confidence, style), number(10, style)))

    def load(self, view) -> None:
        super().load(view)
        self.confidence.set_value(view.draft.confidence_before)
        self.feeling.set_text(view.draft.feeling)
        self._show_debrief_hint()

    def collect(self, values: dict) -> None:
        values["confidence_before"] = self.confidence.value()
        values["feeling"] = self.feeling.text()
