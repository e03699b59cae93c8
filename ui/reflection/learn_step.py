"""Step 4: learn and grow: what went well and what to change, then the stage's questions folded by
topic (opened one at a time), skill ratings, areas and actions."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from thabat.app.text.dates import long_date
from thabat.app.text.markup import escaped
from thabat.app.services.prompts import prompts_for_stage
from thabat.app.text.direction import fill
from thabat.ui.form import LabelledForm
from thabat.app.services.prompts import merged_prompt
from thabat.ui.reflection.fold_section import FoldSection
from thabat.ui.reflection.growth_box import GrowthBox
from thabat.ui.reflection.skills_box import SkillsBox
from thabat.ui.reflection.step import StepWidget
from thabat.ui.user_text import UserTextEdit, user_text_html


class LearnStep(StepWidget):
    key = "learn"

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.stage = ""
        self.prompt_area = QWidget()
        self.prompt_layout = QVBoxLayout(self.prompt_area)
        self.prompt_layout.setContentsMargins(0, 0, 0, 0)
        self.answers: dict[str, UserTextEdit] = {}
        self.topics: dict[str, str] = {}
        """Prompt key -> its topic (the section it is folded in)."""
        self.prompt_labels: dict[str, QLabel] = {}
        self.sections: dict[str, FoldSection] = {}
        self.went_well = UserTextEdit(minimum_lines=3, maximum_lines=5)
        self.to_improve = UserTextEdit(minimum_lines=3, maximum_lines=5)
        self.went_well_label, self.to_improve_label = QLabel(wordWrap=True), QLabel(wordWrap=True)
        self.went_well_label.setBuddy(self.went_well)
        self.to_improve_label.setBuddy(self.to_improve)
        self.skills = SkillsBox(context)
        self.skills.changed.connect(self.changed)
        self.growth = GrowthBox(context)
        self.growth.stored.connect(self.saved_elsewhere)
        self.debrief_note = QLabel(wordWrap=True)  # what the user wrote after the interview, to answer from
        self.debrief_note.setObjectName("debrief-note")
        self.debrief_note.hide()
        self.body.addWidget(self.debrief_note)
        self.questions_label = QLabel(wordWrap=True)
        self.questions_label.setObjectName("topic-heading")
        for widget in (self.went_well_label, self.went_well, self.to_improve_label, self.to_improve):
            self.body.addWidget(widget)
        self.body.addWidget(self.questions_label)
        self.body.addWidget(self.prompt_area)
        self.body.addWidget(self.skills)
        self.body.addWidget(self.growth)
        self.body.addStretch(1)
        self.watch(self.went_well, self.to_improve)

    def retranslate(self) -> None:
        super().retranslate()
        lang = self.context.lang
        for label, editor, field in ((self.went_well_label, self.went_well, "went_well"),
                                     (self.to_improve_label, self.to_improve, "to_improve")):
            label.setText(f"<b>{escaped(merged_prompt(field, lang))}</b>")
            editor.setAccessibleName(merged_prompt(field, lang))
        self.questions_label.setText(self.tr("Questions for this stage: open the ones that matter to you"))
        self.skills.retranslate()
        self.growth.retranslate()
        self._label_prompts()
        self._show_debrief()

    def _build_prompts(self, stage: str) -> None:
        """One answer box per prompt for this stage, folded under topic headings."""
        self.stage = stage
        while self.prompt_layout.count():
            widget = self.prompt_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.answers, self.prompt_labels, self.sections = {}, {}, {}
        for prompt in prompts_for_stage(stage, self.context.lang):
            if prompt.topic not in self.sections:
                self.sections[prompt.topic] = FoldSection()
                self.prompt_layout.addWidget(self.sections[prompt.topic])
            label, editor = QLabel(wordWrap=True), UserTextEdit(minimum_lines=2, maximum_lines=4)
            label.setBuddy(editor)
            editor.textChanged.connect(self.changed)
            self.sections[prompt.topic].content_layout.addWidget(label)
            self.sections[prompt.topic].content_layout.addWidget(editor)
            self.answers[prompt.key], self.prompt_labels[prompt.key] = editor, label
            self.topics[prompt.key] = prompt.topic
        self._label_prompts()

    def _label_prompts(self) -> None:
        for prompt in prompts_for_stage(self.stage, self.context.lang) if self.stage else []:
            self.sections[prompt.topic].set_title(prompt.topic_label)
            self.prompt_labels[prompt.key].setText(prompt.text)
            self.answers[prompt.key].setAccessibleName(prompt.text)

    def _open_sections(self) -> None:
        """Open the topics already answered; with none, the first: the rest wait under their headings."""
        answered = {self.topics[key] for key, editor in self.answers.items() if editor.text().strip()}
        first = next(iter(self.sections), None)
        for topic, section in self.sections.items():
            section.set_open(topic in answered or not answered and topic == first)

    def prompt_keys(self) -> list[str]:
        return list(self.answers)

    def load(self, view) -> None:
        super().load(view)
        stage = view.rejection.stage if view.rejection else "interview"
        if stage != self.stage:
            self._build_prompts(stage)
        for key, editor in self.answers.items():
            editor.set_text(view.draft.answers.get(key, ""))
        self._open_sections()
        self.went_well.set_text(view.draft.went_well)
        self.to_improve.set_text(view.draft.to_improve)
        self.skills.set_ratings(view.draft.ratings)
        self.growth.update_view(view)
        self._show_debrief()

    def _show_debrief(self) -> None:
        debrief = self.view.debrief if self.view is not None else None
        self.debrief_note.setVisible(debrief is not None and bool(debrief.how_it_went.strip()))
        if debrief is not None:
            heading = fill(self.tr("How it went, from your debrief of %1:"),
                           long_date(debrief.interview_on, self.context.date_style()))
            self.debrief_note.setText(f"<b>{escaped(heading)}</b>{user_text_html(debrief.how_it_went)}")

    def show_state(self) -> None:
        if self.view is not None:
            self.growth.update_view(self.view)

    def collect(self, values: dict) -> None:
        values["answers"].update({key: editor.text() for key, editor in self.answers.items()})
        values["went_well"] = self.went_well.text()
        values["to_improve"] = self.to_improve.text()
        values["ratings"] = self.skills.ratings()
