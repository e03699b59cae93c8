"""The guided reflection page: seven steps with back / next, a step bar, and drafts that save themselves.

Shown in the main window's stack but not in its navigation list: it is opened for one reflection
(after logging a rejection, from an application, or to resume a draft from Today) and left with Esc.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout

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
from thabat.ui.reflection.reply_step import ReplyStep
from thabat.ui.reflection.step_bar import StepBar
from thabat.ui.reflection.traps_step import TrapsStep
from thabat.ui.save_retry import SaveRetry

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
        self.direction = QComboBox()
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
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.step_bar)
        layout.addWidget(self.stack, 1)
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
            for step in self.steps:
                step.load(self.view)
            self._apply_direction()
        finally:
            self._loading = False
        self.error.clear_error()
        self.saved_label.clear()
        self.stack.setCurrentIndex(STEPS.index(self.view.draft.step))
        self._show_title()
        self._show_position()
        self.steps[self.stack.currentIndex()].setFocus()

    def current_step(self) -> str:
        return STEPS[self.stack.currentIndex()]

    def draft(self) -> ReflectionDraft:
        values: dict = {"answers": {}, "step": self.current_step(), "direction": self.direction.currentData()}
        for step in self.steps:
            step.collect(values)
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
            self.error.setText(str(problem))
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
        if self.stack.currentIndex() == len(self.steps) - 1:
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
        for step in self.steps:
            for editor in step.user_editors():
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
        last = index == len(self.steps) - 1
        self.next_button.setText(self.tr("&Finish") if last else self.tr("&Next"))
