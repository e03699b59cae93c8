"""Skill ratings 1-5 within the learn step: the catalogue's default skills plus the user's own."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from thabat.app.errors import InputError
from thabat.app.services.prompts import skill_label
from thabat.app.text.dates import number
from thabat.app.text.direction import fill
from thabat.app.usecases import reflections
from thabat.app.views.reflections import SkillView
from thabat.ui.form import ErrorLine
from thabat.ui.user_text import UserLineEdit


class SkillsBox(QGroupBox):
    changed = Signal()

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.rows: list[tuple[SkillView, QLabel, QComboBox]] = []
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
        for skill, label, combo in self.rows:
            text = skill_label(skill.key, skill.name, self.context.lang)
            label.setText(text)
            combo.setItemText(0, self.tr("Not rated"))
            for index in range(1, combo.count()):
                combo.setItemText(index, number(combo.itemData(index), style))
            combo.setAccessibleName(fill(self.tr("Rating of %1"), text))

    def _add_row(self, skill: SkillView) -> QComboBox:
        label, combo = QLabel(textFormat=Qt.TextFormat.PlainText), QComboBox()  # a skill of the user's own
        combo.addItem("", None)
        for value in range(1, 6):
            combo.addItem(str(value), value)
        label.setBuddy(combo)
        combo.currentIndexChanged.connect(self.changed)
        row = len(self.rows)
        self.grid.addWidget(label, row // 2, (row % 2) * 2)
        self.grid.addWidget(combo, row // 2, (row % 2) * 2 + 1)
        self.rows.append((skill, label, combo))
        return combo

    def set_ratings(self, ratings: dict[int, int]) -> None:
        for skill, _label, combo in self.rows:
            combo.setCurrentIndex(max(0, combo.findData(ratings.get(skill.id))))

    def ratings(self) -> dict[int, int]:
        return {skill.id: combo.currentData() for skill, _label, combo in self.rows if combo.currentData()}

    def combo_for(self, name: str) -> QComboBox:
        return next(combo for skill, _label, combo in self.rows if skill.name == name or skill.key == name)

    def _on_add(self) -> None:
        try:
            skill = reflections.add_skill(self.context.journal, self.new_skill.text())
        except InputError as error:
            self.error.show_error(error, {"skill": self.new_skill})
            return
        self.error.clear_error()
        self.new_skill.clear()
        known = [s for s, _l, c in self.rows if s.id == skill.id]
        combo = self.combo_for(skill.name) if known else self._add_row(skill)
        self.retranslate()
        combo.setFocus()
