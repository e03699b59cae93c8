"""Today, the home page: what is due, a one-tap confidence check-in, and this week's progress."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QProgressBar, QPushButton,
    QSlider, QVBoxLayout, QWidget,
)

from app.dates import long_date, number
from app.read_models import DueItem
from app.services import checkins, stats, today as today_service
from ui.context import AppContext
from ui.page import Page


class TodayPage(Page):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.heading = QLabel()
        self.heading.setObjectName("page-heading")
        self.date_label = QLabel()

        self.due_box = QGroupBox()
        self.due_list = QListWidget()
        self.due_empty = QLabel(wordWrap=True)
        self.done_button = QPushButton()
        self.done_button.clicked.connect(self._on_done)
        self.snooze_day_button = QPushButton()
        self.snooze_day_button.clicked.connect(lambda: self._on_snooze(1))
        self.snooze_week_button = QPushButton()
        self.snooze_week_button.clicked.connect(lambda: self._on_snooze(7))
        due_buttons = QHBoxLayout()
        for button in (self.done_button, self.snooze_day_button, self.snooze_week_button):
            due_buttons.addWidget(button)
        due_buttons.addStretch(1)
        due_layout = QVBoxLayout(self.due_box)
        due_layout.addWidget(self.due_empty)
        due_layout.addWidget(self.due_list, 1)
        due_layout.addLayout(due_buttons)
        self.due_list.currentRowChanged.connect(self._update_buttons)

        self.check_in_box = QGroupBox()
        self.score = QSlider(Qt.Orientation.Horizontal)
        self.score.setRange(0, 10)
        self.score.setValue(5)
        self.score.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.score.setPageStep(1)
        self.score_value = QLabel()
        self.score.valueChanged.connect(self._show_score)
        self.check_in_note = QLineEdit()
        self.check_in_note.setMaxLength(500)
        self.check_in_button = QPushButton()
        self.check_in_button.clicked.connect(self._on_check_in)
        self.check_in_status = QLabel(wordWrap=True)
        row = QHBoxLayout()
        row.addWidget(self.score, 1)
        row.addWidget(self.score_value)
        check_layout = QVBoxLayout(self.check_in_box)
        check_layout.addLayout(row)
        check_layout.addWidget(self.check_in_note)
        check_layout.addWidget(self.check_in_button)
        check_layout.addWidget(self.check_in_status)

        self.week_box = QGroupBox()
        self.week_bar = QProgressBar()
        self.week_text = QLabel(wordWrap=True)
        week_layout = QVBoxLayout(self.week_box)
        week_layout.addWidget(self.week_bar)
        week_layout.addWidget(self.week_text)

        self.figure = QLabel(wordWrap=True)
        self.figure.setObjectName("encouraging-figure")
        self.figure.setFrameShape(QFrame.Shape.StyledPanel)
        self.drafts = QLabel(wordWrap=True)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.check_in_box)
        side_layout.addWidget(self.week_box)
        side_layout.addWidget(self.figure)
        side_layout.addWidget(self.drafts)
        side_layout.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(self.due_box, 3)
        columns.addWidget(side, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.date_label)
        layout.addLayout(columns, 1)
        self._items: list[DueItem] = []
        self.retranslate()

    def title(self) -> str:
        return self.tr("Today")

    def retranslate(self) -> None:
        self.heading.setText(f"<h2>{self.tr('Today')}</h2>")
        self.due_box.setTitle(self.tr("Due now"))
        self.due_list.setAccessibleName(self.tr("Due now"))
        self.due_empty.setText(self.tr("Nothing is due. A good day to apply somewhere new."))
        self.done_button.setText(self.tr("Done"))
        self.snooze_day_button.setText(self.tr("Tomorrow"))
        self.snooze_week_button.setText(self.tr("Next week"))
        self.check_in_box.setTitle(self.tr("How confident do you feel today?"))
        self.score.setAccessibleName(self.tr("Confidence from 0 to 10"))
        self.check_in_note.setPlaceholderText(self.tr("A few words, if you like"))
        self.check_in_note.setAccessibleName(self.tr("Check-in note"))
        self.week_box.setTitle(self.tr("This week"))
        self._show_score(self.score.value())

    def refresh(self) -> None:
        today = self.context.today()
        style = self.context.date_style()
        goal = self.context.preferences.get("weekly_goal")
        with self.context.journal.session() as session:
            self._items = today_service.due_items(session, today)
            week = today_service.week_progress(session, today, goal)
            drafts = today_service.unfinished_reflections(session)
            todays = checkins.check_in_for(session, today)
            summary = stats.summary(session)
        self.date_label.setText(long_date(today, style))
        self.due_list.clear()
        for item in self._items:
            entry = QListWidgetItem(self._describe(item))
            entry.setData(Qt.ItemDataRole.UserRole, item)
            self.due_list.addItem(entry)
        self.due_empty.setVisible(not self._items)
        self.due_list.setVisible(bool(self._items))
        self._update_buttons()

        if todays is not None:
            self.score.setValue(todays.score)
            self.check_in_note.setText(todays.note)
            self.check_in_button.setText(self.tr("Update today's check-in"))
            self.check_in_status.setText(self.tr("Checked in today. You can change it until midnight."))
        else:
            self.check_in_button.setText(self.tr("Check in"))
            self.check_in_status.clear()

        self.week_bar.setRange(0, max(week.goal, 1))
        self.week_bar.setValue(min(week.applications, max(week.goal, 1)))
        self.week_bar.setFormat(f"{number(week.applications, style)} / {number(week.goal, style)}")
        self.week_text.setText(
            self.tr("Weekly goal reached. Well done.") if week.applications >= week.goal
            else self.tr("%1 more to reach this week's goal.").replace("%1", number(week.goal - week.applications, style))
        )
        if summary.median_bounce_back_days is not None:
            self.figure.setText(self.tr("After a rejection you usually apply again within %1 days. "
                                        "You keep going.").replace("%1", number(f"{summary.median_bounce_back_days:g}", style)))
        elif summary.applications:
            self.figure.setText(self.tr("%1 applications so far. Each one is practice.").replace(
                "%1", number(summary.applications, style)))
        else:
            self.figure.setText(self.tr("Welcome. Start by adding an application, or log a rejection with Ctrl+R."))
        self.drafts.setVisible(drafts > 0)
        self.drafts.setText(self.tr("Unfinished reflections: %1").replace("%1", number(drafts, style)))

    def _describe(self, item: DueItem) -> str:
        style = self.context.date_style()
        where = " — ".join(part for part in (item.company, item.role) if part)
        texts = {
            "reply": self.tr("Reply to %1").replace("%1", where),
            "feedback": self.tr("Ask again for feedback: %1").replace("%1", where),
            "follow_up": self.tr("Follow up with %1").replace("%1", item.contact or where),
            "action": item.title,
        }
        text = texts.get(item.kind, item.title)
        if item.due_on < self.context.today():
            text += "  ·  " + self.tr("due %1").replace("%1", long_date(item.due_on, style))
        return text

    def _selected(self) -> DueItem | None:
        entry = self.due_list.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None

    def _update_buttons(self) -> None:
        enabled = self._selected() is not None
        for button in (self.done_button, self.snooze_day_button, self.snooze_week_button):
            button.setEnabled(enabled)

    def _show_score(self, value: int) -> None:
        self.score_value.setText(number(value, self.context.date_style()))

    def _on_done(self) -> None:
        item = self._selected()
        if item is None:
            return
        with self.context.journal.session() as session:
            today_service.complete_item(session, item.kind, item.id, self.context.today())
        self.context.data_changed.emit()

    def _on_snooze(self, days: int) -> None:
        item = self._selected()
        if item is None:
            return
        with self.context.journal.session() as session:
            today_service.snooze_item(session, item.kind, item.id, self.context.today() + timedelta(days=days))
        self.context.data_changed.emit()

    def _on_check_in(self) -> None:
        with self.context.journal.session() as session:
            checkins.record_check_in(session, self.score.value(), self.check_in_note.text(), today=self.context.today())
        self.context.data_changed.emit()
