"""The first screen of a new reflection: quick (about two minutes) or full (seven steps).

The choice made last time is offered first (it has the focus, Enter takes it), so a user who always
reflects the same way needs one key press.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCommandLinkButton, QLabel, QVBoxLayout, QWidget

MODES = ("quick", "full")


class ModeChoice(QWidget):
    chosen = Signal(str)
    """"quick" or "full"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("step-heading")
        self.intro = QLabel(wordWrap=True)
        self.buttons = {mode: QCommandLinkButton() for mode in MODES}
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        for mode, button in self.buttons.items():
            button.clicked.connect(lambda _checked=False, mode=mode: self.chosen.emit(mode))
            layout.addWidget(button)
        layout.addStretch(1)

    def retranslate(self) -> None:
        heading = self.tr("How would you like to reflect?")
        self.heading.setText(f"<h2>{heading}</h2>")
        self.intro.setText(self.tr("Both are worth it. You can deepen a quick reflection later, "
                                   "with your answers kept."))
        self.buttons["quick"].setText(self.tr("&Quick: about two minutes"))
        self.buttons["quick"].setDescription(self.tr("How you feel, one thing that went well, one thing to "
                                                     "change and one next step."))
        self.buttons["full"].setText(self.tr("F&ull: seven steps"))
        self.buttons["full"].setDescription(self.tr("A reply, a feedback request, the questions for this stage, "
                                                    "your skills, your thinking and your contacts."))

    def offer(self, mode: str) -> None:
        """Put the choice made last time first in line: focused and the default for Enter."""
        preferred = mode if mode in MODES else MODES[0]
        for key, button in self.buttons.items():
            button.setDefault(key == preferred)
            button.setAutoDefault(key == preferred)
        self.buttons[preferred].setFocus(Qt.FocusReason.OtherFocusReason)
