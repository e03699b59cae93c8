"""The step indicator: one button per step (current one checked), also a way to jump between steps."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from app.dates import number
from app.reflection_models import STEPS
from app.text_direction import fill
from ui.reflection.step import title_of


class StepBar(QWidget):
    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for index, _key in enumerate(STEPS):
            button = QPushButton()
            button.setCheckable(True)
            button.setFlat(True)
            self.group.addButton(button, index)
            layout.addWidget(button)
        layout.addStretch(1)
        self.group.idClicked.connect(self.chosen)

    def retranslate(self, lang: str, style) -> None:
        self.setAccessibleName(self.tr("Steps"))
        for index, key in enumerate(STEPS):
            button = self.group.button(index)
            title = title_of(key, lang)
            button.setText(f"{number(index + 1, style)}. {title}")
            button.setAccessibleName(fill(self.tr("Step %1 of %2: %3"), str(index + 1), str(len(STEPS)), title))

    def set_current(self, index: int) -> None:
        self.group.button(index).setChecked(True)
