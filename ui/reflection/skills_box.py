"""Skill ratings 1-5 within the learn step: the catalogue's default skills plus the user's own, one click each."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from thabat.app.errors import InputError
from thabat.app.services.prompts import skill_label
from thabat.app.text.dates import number
from thabat.app.text.direction import fill
from thabat.app.usecases import reflections
from thabat.app.views.reflections import SkillView
from thabat.ui.form import ErrorLine
from thabat.ui.rating_bar import RatingBar
from thabat.ui.user_text import UserLineEdit


class SkillsBox(QGroupBox):
    changed = Signal()

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.rows: list[tuple[SkillView, QLabel, RatingBar]] = []
        self.grid = QGridLayout()
        self.new_skill = UserLineEdit()
        self.new_skill.setMaxLength(200)
        self.new_skill.returnPressed.connect(self._on_add)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._on_add)
        self.error = ErrorLine()
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_skill, 1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        layout.addLayout(add_row)
        layout.addWidget(self.error)
        for skill in reflections.list_skills(context.journal):
            self._add_row(skill)

    def retranslate(self) -> None:
        style = self.context.date_style()
        self.setTitle(fill(self.tr("Rate your skills (%1 = needs work, %2 = strong)"), number(1, style), number(5, style)))
        self.new_skill.setPlaceholderText(self.tr("Add a skill of your own"))
        self.new_skill.setAccessibleName(self.tr("New skill"))
        self.add_button.setText(self.tr("Add &skill"))
        for skill, label, bar in self.rows:
            text = skill_label(skill.key, skill.name, self.context.lang)
            label.setText(text)
            bar.retranslate(style)
            bar.setAccessibleName(fill(self.tr("Rating of %1"), text))

    def _add_row(self, skill: SkillView) -> RatingBar:
        label, bar = QLabel(textFormat=Qt.TextFormat.PlainText), RatingBar(1, 5)  # a skill of the user's own
        label.setWordWrap(True)  # a long name takes two lines rather than widening the step
        label.setBuddy(bar)
        bar.value_changed.connect(self.changed)
        row = len(self.rows)
        self.grid.addWidget(label, row // 2, (row % 2) * 3)
        self.grid.addWidget(bar, row // 2, (row % 2) * 3 + 1)
        self.grid.setColumnMinimumWidth(2, 16)  # a gap between the two columns of skills
        self.rows.append((skill, label, bar))
        return bar

    def set_ratings(self, ratings: dict[int, int]) -> None:
        for skill, _label, bar in self.rows:
            bar.set_value(ratings.get(skill.id))

    def ratings(self) -> dict[int, int]:
        return {skill.id: bar.value() for skill, _label, bar in self.rows if bar.value() is not None}

    def bar_for(self, name: str) -> RatingBar:
        return next(bar for skill, _label, bar in self.rows if skill.name == name or skill.key == name)

    def _on_add(self) -> None:
        try:
            skill = reflections.add_skill(self.context.journal, self.new_skill.text())
        except InputError as error:
            self.error.show_error(error, {"skill": self.new_skill})
            return
        self.error.clear_error()
        self.new_skill.clear()
        known = [s for s, _l, c in self.rows if s.id == skill.id]
        bar = self.bar_for(skill.name) if known else self._add_row(skill)
        self.retranslate()
        bar.setFocus()
