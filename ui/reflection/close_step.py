"""Step 7: confidence again, one strength shown in this process, next steps for the week."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from thabat.app.text.dates import number
from thabat.app.text.direction import fill
from thabat.app.usecases import tags
from thabat.app.usecases.reflections import strength_to_show
from thabat.ui.form import LabelledForm
from thabat.ui.rating_bar import RatingBar
from thabat.ui.reflection.fields import OptionalNumber
from thabat.ui.reflection.step import StepWidget
from thabat.ui.tag_chips import TagChips
from thabat.ui.user_text import UserLineEdit, UserTextEdit


class CloseStep(StepWidget):
    key = "close"

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.before = QLabel()
        self.earlier = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)  # a strength the user wrote
        self.earlier.setTextFormat(Qt.TextFormat.PlainText)
        self.confidence = RatingBar(0, 10)
        self.strength = UserLineEdit()
        self.strength.setMaxLength(500)
        self.next_steps = UserTextEdit(minimum_lines=3, maximum_lines=6)
        self.planned = OptionalNumber(0, 1000)
        self.tags = TagChips()
        self.form = LabelledForm((self.confidence, self.strength, self.next_steps, self.planned, self.tags))
        self.body.addWidget(self.before)
        self.body.addWidget(self.earlier)
        self.body.addLayout(self.form)
        self.body.addStretch(1)
        self.watch(self.confidence, self.strength, self.next_steps, self.planned)
        self.tags.changed.connect(self.changed)

    def retranslate(self) -> None:
        super().retranslate()
        style = self.context.date_style()
        confidence = fill(self.tr("Confidence &now (%1–%2)"), number(0, style), number(10, style))
        self.form.set_labels((confidence, self.tr("One &strength you showed"),
                              self.tr("N&ext steps"), self.tr("&Applications planned this week"), self.tr("Ta&gs")))
        self.tags.retranslate()
        self.confidence.retranslate(style)
        self.strength.setPlaceholderText(self.tr("For example: I explained my projects clearly."))
        self._show_before()
        self._show_earlier()

    def set_before(self, value: int | None) -> None:
        self._before = value
        self._show_before()

    def _show_earlier(self) -> None:
        """The intro promises one of the user's strengths: show one, or say how to note the first."""
        kind, text = getattr(self, "_earlier", ("", ""))
        shown = {
            "noted": self.tr("A strength you noted before: %1"),
            "went_well": self.tr("What went well this time: %1"),
            "skill": self.tr("A skill you rated highly: %1"),
        }.get(kind, self.tr("No strength noted yet: name your first one below, one thing you did well "
                            "in this process, however small."))
        self.earlier.setText(fill(shown, text))

    def _show_before(self) -> None:
        value = getattr(self, "_before", None)
        self.before.setVisible(value is not None)
        if value is not None:
            style = self.context.date_style()
            self.before.setText(fill(self.tr("At the start you felt %1 out of %2."), number(value, style),
                                     number(10, style)))

    def load(self, view) -> None:
        super().load(view)
        self.confidence.set_value(view.draft.confidence_after)
        self.strength.setText(view.draft.strength)
        self.next_steps.set_text(view.draft.next_steps)
        self.planned.set_number(view.draft.planned_applications)
        self.tags.set_known(tag.name for tag in tags.all_tags(self.context.journal))
        self.tags.set_tags(view.draft.tags or ())
        self.set_before(view.draft.confidence_before)
        self.entered()

    def entered(self) -> None:
        """Read the strength again: step 4 may have just added what went well or a high rating."""
        if self.view is None:
            return
        self._earlier = strength_to_show(self.context.journal, self.view.id, self.context.lang)
        self._show_earlier()

    def collect(self, values: dict) -> None:
        values["confidence_after"] = self.confidence.value()
        values["strength"] = self.strength.text()
        values["next_steps"] = self.next_steps.text()
        values["planned_applications"] = self.planned.number()
        values["tags"] = self.tags.tags()
