"""The guided reflection page: quick (four questions) or full (seven steps with back / next and a step
bar), chosen when a reflection starts; drafts save themselves, and a quick one can be deepened.

Shown in the main window's stack but not in its navigation list: it is opened for one reflection
(after logging a rejection, from an application, or to resume a draft from Today) and left with Esc.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from thabat.app.errors import InputError
from thabat.app.text.direction import joined
from thabat.app.usecases import reflections
from thabat.app.views.reflections import STEPS, ReflectionDraft, ReflectionView
from thabat.ui.context import AppContext
from thabat.ui.form import ErrorLine
from thabat.ui.icons import icon
from thabat.ui.labels import stage_label
from thabat.ui.page import Page
from thabat.ui.reflection.close_step import CloseStep
from thabat.ui.reflection.contacts_step import ContactsStep
from thabat.ui.reflection.feedback_step import FeedbackStep
from thabat.ui.reflection.feel_step import FeelStep
from thabat.ui.reflection.learn_step import LearnStep
from thabat.ui.reflection.mode_choice import ModeChoice
from thabat.ui.reflection.quick_form import QuickForm
from thabat.ui.reflection.reply_step import ReplyStep
from thabat.ui.reflection.step_bar import StepBar
from thabat.ui.reflection.traps_step import TrapsStep
from thabat.ui.save_retry import SaveRetry
from thabat.ui.error_text import error_text
from thabat.ui.value_fields import ComboBox

AUTOSAVE_MS = 2000
"""Typing stopped this long ago: save the draft (a crash loses at most this much typing)."""


class ReflectionPage(Page):
    key = "reflection"
    left = Signal()
    """The user left the reflection (Esc, Leave, or after finishing); everything is saved."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.view: ReflectionView | None = None
        self._loading = False
        self.title_label = QLabel()
        self.title_label.setObjectName("page-heading")
        self.subtitle = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)  # company and role
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)  # company and role are user text
        self.direction = ComboBox()
        for key in ("auto", "rtl", "ltr"):
            self.direction.addItem(key, key)
        self.direction.currentIndexChanged.connect(self._on_direction)
        self.saved_label = QLabel()
        self.step_bar = StepBar()
        self.step_bar.chosen.connect(self.go_to)
        self.steps = [FeelStep(context), ReplyStep(context), FeedbackStep(context), LearnStep(context),
                      TrapsStep(context), ContactsStep(context), CloseStep(context)]
        self.stack = QStackedWidget()
        for step in self.steps:
            self.stack.addWidget(step)
            step.changed.connect(self._on_changed)
            step.saved_elsewhere.connect(self._on_saved_elsewhere)
        self.choice = ModeChoice()
        self.choice.chosen.connect(self.choose_mode)
        self.quick = QuickForm(context)
        self.quick.changed.connect(self._on_changed)
        self.quick.deepen_requested.connect(self.deepen)
        self.error = ErrorLine()
        self.back_button, self.next_button, self.leave_button = QPushButton(), QPushButton(), QPushButton()
        self.back_button.clicked.connect(lambda: self.go_to(self.stack.currentIndex() - 1))
        self.next_button.clicked.connect(self._on_next)
        self.leave_button.clicked.connect(self.leave)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save_now)
        self.retry = SaveRetry(self, self.save_now)
        # Only while the focus is in this page: other pages keep their own Esc and Ctrl+S.
        for keys, slot in ((QKeySequence.StandardKey.Save, self.save_now), (QKeySequence("Esc"), self.leave)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.saved_label)
        header.addWidget(self.direction)
        nav = QHBoxLayout()
        nav.addWidget(self.leave_button)
        nav.addStretch(1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        full = QWidget()
        full_layout = QVBoxLayout(full)
        full_layout.setContentsMargins(0, 0, 0, 0)
        full_layout.addWidget(self.step_bar)
        full_layout.addWidget(self.stack, 1)
        self.modes = QStackedWidget()
        """The mode choice, the quick form, or the seven steps (`full`)."""
        self.full = full
        for widget in (self.choice, self.quick, full):
            self.modes.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.modes, 1)
        layout.addWidget(self.error)
        layout.addLayout(nav)
        self.retranslate()


    def retranslate(self) -> None:
        names = {"auto": self.tr("Direction: automatic"), "rtl": self.tr("Direction: right to left"),
                 "ltr": self.tr("Direction: left to right")}
        for index in range(self.direction.count()):
            self.direction.setItemText(index, names[self.direction.itemData(index)])
        self.direction.setAccessibleName(self.tr("Direction of your text"))
        self.step_bar.retranslate(self.context.lang, self.context.date_style())
        for step in self.steps:
            step.retranslate()
        self.choice.retranslate()
        self.quick.retranslate()
        self.back_button.setText(self.tr("&Back"))
        self._show_icons()
        self.leave_button.setText(self.tr("Save and &leave"))
        self.leave_button.setToolTip(self.tr("Your draft is kept; resume it any time from Today (Esc)"))
        self._show_title()
        self._show_position()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.LayoutDirectionChange):  # theme, direction
            self._show_icons()
        super().changeEvent(event)

    def _show_icons(self) -> None:
        # Back points to where the reading started (left in English, right in Arabic); Next the other way.
        self.back_button.setIcon(icon("back"))
        self.next_button.setIcon(icon("next"))
        self.next_button.setLayoutDirection(  # the arrow after the word, whichever way the text reads
            Qt.LayoutDirection.RightToLeft if self.layoutDirection() == Qt.LayoutDirection.LeftToRight
            else Qt.LayoutDirection.LeftToRight)
        self.next_button.setObjectName("primary")

    def open(self, reflection_id: int) -> None:
        """Show this reflection, resuming at its stored step with everything typed so far."""
        if self.view is not None and self.view.id != reflection_id:
            self.save_now()
        self.view = reflections.load_reflection(self.context.journal, reflection_id)
        self._loading = True
        try:
            self.direction.setCurrentIndex(max(0, self.direction.findData(self.view.draft.direction)))
            self._load_fields()
        finally:
            self._loading = False
        self.error.clear_error()
        self.saved_label.clear()
        self.stack.setCurrentIndex(STEPS.index(self.view.draft.step))
        self._show_title()
        self._show_mode()

    def _load_fields(self) -> None:
        for step in self.steps:
            step.load(self.view)
        self.quick.load(self.view)
        self._apply_direction()

    def mode(self) -> str:
        """"quick", "full", or "" while the user has not chosen."""
        return self.view.mode if self.view is not None else ""

    def choose_mode(self, mode: str) -> None:
        """The user picked quick or full for this new reflection; the choice is offered first next time."""
        if self.view is None:
            return
        self.context.preferences.set("reflection_mode", mode)
        self.view = reflections.choose_mode(self.context.journal, self.view.id, mode)
        self._show_mode()

    def deepen(self) -> None:
        """Go from the quick form to the seven steps, from step 1, with the quick answers in place."""
        if self.view is None or not self.save_now():
            return
        self.view = reflections.choose_mode(self.context.journal, self.view.id, "full")
        self._loading = True
        try:
            self._load_fields()
        finally:
            self._loading = False
        self.stack.setCurrentIndex(0)
        self._show_mode()

    def _show_mode(self) -> None:
        mode = self.mode()
        shown = {"": self.choice, "quick": self.quick}.get(mode, self.full)
        self.modes.setCurrentWidget(shown)
        self.back_button.setVisible(mode == "full")
        self.next_button.setVisible(mode != "")
        self._show_position()
        if mode == "":
            self.choice.offer(self.context.preferences.get("reflection_mode"))
        elif mode == "quick":
            self.quick.confidence.setFocus()
        else:
            self.steps[self.stack.currentIndex()].setFocus()

    def current_step(self) -> str:
        return STEPS[self.stack.currentIndex()]

    def draft(self) -> ReflectionDraft:
        values: dict = {"answers": {}, "step": self.current_step(), "direction": self.direction.currentData()}
        for step in self.steps:
            step.collect(values)
        if self.mode() == "quick":
            self.quick.collect(values)  # the same fields as steps 1, 4 and 7: the quick form's are on screen
        return ReflectionDraft(**values)

    def save_now(self) -> bool:
        """Store the draft now (Ctrl+S, the autosave timer, every step change, leaving)."""
        self.timer.stop()
        if self.view is None:
            return True
        try:
            self.view = reflections.save_draft(self.context.journal, self.view.id, self.draft(), self.context.today())
        except InputError as error:
            self.error.show_error(error, {})
            self.saved_label.setText(self.tr("Not saved"))
            return False
        except Exception as error:
            problem = self.retry.failed(error, self.context.folder)
            if problem is None:
                raise  # a bug: the crash dialog says so, and the answers stay here
            self.error.setText(error_text(problem))
            self.error.show()
            self.saved_label.setText(self.tr("Not saved: trying again…"))
            return False
        self.retry.succeeded()
        self.error.clear_error()
        self.saved_label.setText(self.tr("Draft saved"))
        return True

    def save_pending(self) -> None:
        self.save_now()

    def go_to(self, index: int) -> None:
        if not 0 <= index < len(self.steps) or index == self.stack.currentIndex() and self.view is None:
            return
        previous = self.stack.currentIndex()
        self.stack.setCurrentIndex(index)
        if not self.save_now():
            self.stack.setCurrentIndex(previous)
        else:
            self.steps[index].entered()
        self._show_position()

    def finish(self) -> None:
        if self.view is None:
            return
        self.timer.stop()
        try:
            self.view = reflections.finish_reflection(self.context.journal, self.view.id, self.draft(),
                                                      self.context.today())
        except InputError as error:
            self.error.show_error(error, {})
            return
        self.context.status_message.emit(self.tr("Reflection finished. Well done for taking the time."))
        self.view = None
        self.left.emit()

    def leave(self) -> None:
        if self.save_now():
            if self.view is not None:
                self.context.status_message.emit(self.tr("Draft saved: resume it any time from Today."))
            self.view = None
            self.left.emit()

    def hideEvent(self, event) -> None:
        if self.timer.isActive():  # going to another page (or quitting) with edits not yet saved
            self.save_now()
        super().hideEvent(event)

    def _on_next(self) -> None:
        if self.mode() == "quick" or self.stack.currentIndex() == len(self.steps) - 1:
            self.finish()
        else:
            self.go_to(self.stack.currentIndex() + 1)

    def _on_changed(self) -> None:
        if not self._loading:
            self.timer.start()  # restarts: the save comes AUTOSAVE_MS after the last edit

    def _on_saved_elsewhere(self) -> None:
        if self.save_now():
            self.view = reflections.load_reflection(self.context.journal, self.view.id)
            for step in self.steps:
                step.update_view(self.view)
            self._apply_direction()

    def _on_direction(self) -> None:
        self._apply_direction()
        self._on_changed()

    def _apply_direction(self) -> None:
        for editor in [e for step in self.steps for e in step.user_editors()] + self.quick.user_editors():
            editor.set_override(self.direction.currentData())

    def _show_title(self) -> None:
        rejection = self.view.rejection if self.view else None
        self.title_label.setText(f"<h2>{self.title()}</h2>")
        if rejection is None:
            self.subtitle.clear()
            return
        where = joined(rejection.company, rejection.role)
        stage = stage_label(rejection.stage, rejection.round, self.context.date_style())
        self.subtitle.setText(f"{stage} · {where}")  # UI words first: the line reads in the UI's direction

    def _show_position(self) -> None:
        index = self.stack.currentIndex()
        self.step_bar.set_current(index)
        self.back_button.setEnabled(index > 0)
        last = index == len(self.steps) - 1 or self.mode() == "quick"
        self.next_button.setText(self.tr("&Finish") if last else self.tr("&Next"))
