"""The step indicator: one button per step (current one checked), also a way to jump between steps.

When the seven titles do not fit the width (a small window, longer Arabic titles), the other steps
show their number only, with the title as a tooltip: all seven stay in view without scrolling sideways.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from thabat.app.text.dates import number
from thabat.app.text.direction import fill
from thabat.app.views.reflections import STEPS
from thabat.ui.reflection.step import title_of


class StepBar(QWidget):
    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self._titles: list[str] = []
        self._numbers: list[str] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for index, _key in enumerate(STEPS):
            button = QPushButton()
            button.setObjectName("step-button")
            button.setCheckable(True)
            button.setFlat(True)
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            self.group.addButton(button, index)
            layout.addWidget(button)
        layout.addStretch(1)
        self.group.idClicked.connect(self.chosen)
        self._measure = QPushButton(self)  # never shown: how wide a step button would be with a given text
        self._measure.setObjectName("step-button")
        self._measure.setFlat(True)
        self._measure.hide()

    def retranslate(self, lang: str, style) -> None:
        self.setAccessibleName(self.tr("Steps"))
        self._numbers = [number(index + 1, style) for index in range(len(STEPS))]
        self._titles = [f"{shown}. {title_of(key, lang)}" for shown, key in zip(self._numbers, STEPS)]
        for index, key in enumerate(STEPS):
            button = self.group.button(index)
            title = title_of(key, lang)
            button.setToolTip(title)
            button.setAccessibleName(fill(self.tr("Step %1 of %2: %3"), str(index + 1), str(len(STEPS)), title))
        self._show_labels()

    def set_current(self, index: int) -> None:
        self.group.button(index).setChecked(True)
        self._show_labels()

    def titles_shown(self) -> bool:
        """Whether every step shows its title (False: the others show their number only)."""
        return all(self.group.button(index).text() == title for index, title in enumerate(self._titles))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_labels()

    def _show_labels(self) -> None:
        if not self._titles:
            return
        current = self.group.checkedId()
        fits = self._width_for(self._titles) <= self.width()
        for index, button in enumerate(self.group.buttons()):
            text = self._titles[index] if fits or index == current else self._numbers[index]
            if button.text() != text:
                button.setText(text)
        # The narrowest form (numbers, and the current title) is what the bar needs at least.
        widest = max(self._button_width(title) - self._button_width(shown)
                     for title, shown in zip(self._titles, self._numbers))
        self.setMinimumWidth(self._width_for(self._numbers) + widest)

    def _width_for(self, texts: list[str]) -> int:
        spacing = self.layout().spacing() * (len(texts) - 1)
        return sum(self._button_width(text) for text in texts) + spacing

    def _button_width(self, text: str) -> int:
        self._measure.setText(text)
        return self._measure.sizeHint().width()
