"""What every step of the reflection shares: a heading and intro from the catalogue, and a change signal."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from thabat.app.services.prompts import steps
from thabat.app.views.reflections import ReflectionView
from thabat.ui.context import AppContext
from thabat.ui.user_text import UserLineEdit, UserTextEdit


class StepWidget(QScrollArea):
    """One step; subclasses build their controls into `self.body` and say what they hold in `collect()`."""

    key = ""
    changed = Signal()
    """The user typed or chose something: the page restarts its autosave timer."""
    saved_elsewhere = Signal()
    """The step stored something itself (a reply marked, a contact added): the page reloads and tells others."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.view: ReflectionView | None = None
        context.settings_changed.connect(self.retranslate)  # labels with numbers take the new digits
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget()
        self.heading = QLabel()
        self.heading.setObjectName("step-heading")
        self.intro = QLabel(wordWrap=True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = QVBoxLayout(inner)
        self.body.addWidget(self.heading)
        self.body.addWidget(self.intro)
        self.setWidget(inner)

    def user_editors(self) -> list[UserTextEdit | UserLineEdit]:
        """Every editor of user text in this step, so the page can apply the direction override."""
        return self.findChildren(UserTextEdit) + self.findChildren(UserLineEdit)

    def watch(self, *editors) -> None:
        """Report edits of these editors as changes (for the autosave)."""
        for editor in editors:
            if isinstance(editor, UserTextEdit):
                editor.textChanged.connect(self.changed)
            elif hasattr(editor, "textChanged"):
                editor.textChanged.connect(self.changed)
            elif hasattr(editor, "value_changed"):  # a rating bar
                editor.value_changed.connect(self.changed)
            elif hasattr(editor, "valueChanged"):
                editor.valueChanged.connect(self.changed)
            elif hasattr(editor, "toggled"):
                editor.toggled.connect(self.changed)

    def retranslate(self) -> None:
        step = next(s for s in steps(self.context.lang, self.context.date_style()) if s.key == self.key)
        self.heading.setText(f"<h2>{step.title}</h2>")
        self.intro.setText(step.intro)

    def load(self, view: ReflectionView) -> None:
        """Show what is stored (called once when a reflection opens, and after the step saved something)."""
        self.view = view
        self.verticalScrollBar().setValue(0)  # a new reflection starts at the top of every step

    def update_view(self, view: ReflectionView) -> None:
        """Something was stored outside the draft (a date marked, an area added): show it, keep what is typed."""
        self.view = view
        self.show_state()

    def entered(self) -> None:
        """The user came to this step (its draft just saved): refresh what it shows from elsewhere."""

    def show_state(self) -> None:
        """Show stored facts that are not typed text (dates, lists); also after a language change."""

    def collect(self, values: dict) -> None:
        """Put this step's values into `values` (ReflectionDraft's fields; answers and ratings merged)."""

    def store(self, action, fields: dict) -> bool:
        """Call `action()` (a use case) now for the reflection's rejection; a refusal shows on `self.error`,
        success tells the page."""
        if self.view is None or self.view.rejection is None:
            return False
        if not self.error.run(action, fields):
            return False
        self.saved_elsewhere.emit()
        return True


def title_of(key: str, lang: str) -> str:
    return next(s.title for s in steps(lang) if s.key == key)
