"""Step 5: a short check of thinking traps, each with its question, a yes/no and a kinder reframe."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout

from thabat.app.services.prompts import thinking_traps
from thabat.app.text.direction import fill
from thabat.app.views.reflections import FELT_SUFFIX, TRAP_PREFIX
from thabat.ui.reflection.step import StepWidget
from thabat.ui.user_text import UserTextEdit


class TrapsStep(StepWidget):
    key = "traps"

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.boxes: dict[str, tuple[QGroupBox, QLabel, QLabel, QCheckBox, QLabel, UserTextEdit]] = {}
        for trap in thinking_traps("en"):
            box, example, question = QGroupBox(), QLabel(wordWrap=True), QLabel(wordWrap=True)
            felt, prompt, reframe = QCheckBox(), QLabel(wordWrap=True), UserTextEdit(minimum_lines=2, maximum_lines=4)
            prompt.setBuddy(reframe)
            layout = QVBoxLayout(box)
            for widget in (example, question, felt, prompt, reframe):
                layout.addWidget(widget)
            self.body.addWidget(box)
            self.boxes[trap.key] = (box, example, question, felt, prompt, reframe)
            self.watch(felt, reframe)
        self.body.addStretch(1)

    def retranslate(self) -> None:
        super().retranslate()
        for trap in thinking_traps(self.context.lang):
            box, example, question, felt, prompt, reframe = self.boxes[trap.key]
            box.setTitle(trap.name)
            # The quotes follow the language: curly English ones are not mirrored around Arabic.
            example.setText("<i>" + fill(self.tr("“%1”"), trap.example) + "</i>")
            question.setText(trap.question)
            felt.setText(self.tr("Yes, this sounds like me"))
            felt.setAccessibleName(trap.name + ": " + self.tr("Yes, this sounds like me"))
            prompt.setText(trap.reframe_prompt)
            reframe.setAccessibleName(fill(self.tr("Reframe: %1"), trap.name))

    def reframe(self, key: str) -> UserTextEdit:
        return self.boxes[key][5]

    def felt(self, key: str) -> QCheckBox:
        return self.boxes[key][3]

    def load(self, view) -> None:
        super().load(view)
        for key, (_box, _e, _q, felt, _p, reframe) in self.boxes.items():
            felt.setChecked(view.draft.answers.get(TRAP_PREFIX + key + FELT_SUFFIX) == "yes")
            reframe.set_text(view.draft.answers.get(TRAP_PREFIX + key, ""))

    def collect(self, values: dict) -> None:
        for key, (_box, _e, _q, felt, _p, reframe) in self.boxes.items():
            values["answers"][TRAP_PREFIX + key] = reframe.text()
            values["answers"][TRAP_PREFIX + key + FELT_SUFFIX] = "yes" if felt.isChecked() else ""
