"""The quick reflection: how you feel, one thing that went well, one to change, one next step.

It writes the same fields as the full reflection (confidence at the start, what went well, what to
change, next steps), so deepening it later opens the seven steps with these answers in place. On
finishing, the next step becomes an action item (app/services/reflections.py).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from thabat.app.text.dates import number
from thabat.app.usecases import tags
from thabat.app.views.reflections import ReflectionView
from thabat.app.text.direction import fill
from thabat.ui.context import AppContext
from thabat.ui.rating_bar import RatingBar
from thabat.ui.tag_chips import TagChips
from thabat.ui.user_text import UserLineEdit, UserTextEdit


class QuickForm(QScrollArea):
    changed = Signal()
    """The user typed or chose something: the page restarts its autosave timer."""
    deepen_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.heading = QLabel()
        self.heading.setObjectName("step-heading")
        self.intro = QLabel(wordWrap=True)
        self.confidence = RatingBar(0, 10)
        self.went_well = UserTextEdit(minimum_lines=2, maximum_lines=4)
        self.to_change = UserTextEdit(minimum_lines=2, maximum_lines=4)
        self.next_step = UserLineEdit()
        self.next_step.setMaxLength(500)  # it becomes an action item's title
        self.tags = TagChips()
        """Optional: a fifth field, left empty by most quick reflections."""
        self.labels = [QLabel(wordWrap=True) for _ in range(5)]
        fields = (self.confidence, self.went_well, self.to_change, self.next_step, self.tags)
        self.deepen_button = QPushButton()  # Finish is the page's own button, where Next is in the full mode
        self.deepen_button.clicked.connect(self.deepen_requested)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        for label, field in zip(self.labels, fields):
            label.setBuddy(field)
            layout.addWidget(label)
            layout.addWidget(field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.deepen_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setWidget(inner)
        self.confidence.value_changed.connect(self.changed)
        for editor in (self.went_well, self.to_change, self.next_step):
            editor.textChanged.connect(self.changed)
        self.tags.changed.connect(self.changed)

    def retranslate(self) -> None:
        style = self.context.date_style()
        heading = self.tr("A quick reflection")
        self.heading.setText(f"<h2>{heading}</h2>")
        self.intro.setText(self.tr("Four short answers, about two minutes. A few words each are enough."))
        texts = (fill(self.tr("How &confident do you feel right now (%1–%2)?"), number(0, style), number(10, style)),
                 self.tr("One thing that went &well"), self.tr("One thing to c&hange next time"),
                 self.tr("One &next step (it becomes an action item)"), self.tr("Ta&gs (optional)"))
        for label, field, text in zip(self.labels, (self.confidence, self.went_well, self.to_change, self.next_step,
                                                    self.tags), texts):
            label.setText(text)
            field.setAccessibleName(text.replace("&", ""))
        self.confidence.retranslate(style)
        self.tags.retranslate()
        self.next_step.setPlaceholderText(self.tr("For example: ask Lina for a mock interview on Sunday"))
        self.deepen_button.setText(self.tr("Take more time: the &full reflection"))
        self.deepen_button.setToolTip(self.tr("Opens the seven steps with these answers in place"))

    def load(self, view: ReflectionView) -> None:
        draft = view.draft
        self.confidence.set_value(draft.confidence_before)
        self.went_well.set_text(draft.went_well)
        self.to_change.set_text(draft.to_improve)
        self.next_step.setText(draft.next_steps)
        self.tags.set_known(tag.name for tag in tags.all_tags(self.context.journal))
        self.tags.set_tags(draft.tags or ())
        self.verticalScrollBar().setValue(0)

    def collect(self, values: dict) -> None:
        values["confidence_before"] = self.confidence.value()
        values["went_well"] = self.went_well.text()
        values["to_improve"] = self.to_change.text()
        values["next_steps"] = self.next_step.text()
        values["tags"] = self.tags.tags()

    def user_editors(self) -> list:
        return [self.went_well, self.to_change, self.next_step]
