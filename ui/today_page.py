"""Today, the home page: what is due, a one-tap confidence check-in, and this week's progress."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame, QGroupBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QProgressBar, QPushButton,
    QVBoxLayout, QWidget,
)

from thabat.app import catalogue
from thabat.app.dates import long_date, number
from thabat.app.events import (
    ApplicationChanged, CheckInRecorded, ContactChanged, GrowthChanged, ReflectionChanged, ReminderChanged,
)
from thabat.app.plurals import counted, numerus
from thabat.app.services import encouragement
from thabat.app.services.today import DueItem
from thabat.app.text_direction import fill, isolate, joined
from thabat.app.usecases import today as today_usecases
from thabat.ui.context import AppContext
from thabat.ui.date_edit import DateEdit
from thabat.ui.form import to_date, to_qdate
from thabat.ui.page import Page
from thabat.ui.rating_bar import RatingBar
from thabat.ui.user_text import UserLineEdit


class TodayPage(Page):
    key = "today"
    shows = (ApplicationChanged, ReflectionChanged, ReminderChanged, GrowthChanged, ContactChanged, CheckInRecorded)
    setting_keys = ("calendar", "digits", "weekly_goal")
    resume_reflection_requested = Signal(int)
    """The user chose to resume this unfinished reflection (its id)."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.heading = QLabel()
        self.heading.setObjectName("page-heading")
        self.date_label = QLabel()

        self.rest_box = QFrame()
        self.rest_box.setObjectName("rest-suggestion")
        self.rest_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.rest_text = QLabel(wordWrap=True)
        self.rest_dismiss = QPushButton()
        self.rest_dismiss.clicked.connect(self._on_dismiss_rest)
        rest_layout = QHBoxLayout(self.rest_box)
        rest_layout.addWidget(self.rest_text, 1)
        rest_layout.addWidget(self.rest_dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self.rest_box.hide()

        self.due_box = QGroupBox()
        self.due_list = QListWidget()
        self.due_empty = QLabel(wordWrap=True)
        self.done_button = QPushButton()
        self.done_button.clicked.connect(self._on_done)
        self.snooze_day_button = QPushButton()
        self.snooze_day_button.clicked.connect(lambda: self._on_snooze(self.context.today() + timedelta(days=1)))
        self.snooze_week_button = QPushButton()
        self.snooze_week_button.clicked.connect(lambda: self._on_snooze(self.context.today() + timedelta(days=7)))
        self.snooze_date = DateEdit(self.context, self.context.today() + timedelta(days=1))
        self.snooze_date_button = QPushButton()
        self.snooze_date_button.clicked.connect(lambda: self._on_snooze(to_date(self.snooze_date.date())))
        due_buttons = QHBoxLayout()
        for button in (self.done_button, self.snooze_day_button, self.snooze_week_button):
            due_buttons.addWidget(button)
        due_buttons.addStretch(1)
        snooze_row = QHBoxLayout()  # a row of its own: one row of five buttons made a small window scroll sideways
        snooze_row.addStretch(1)
        snooze_row.addWidget(self.snooze_date)
        snooze_row.addWidget(self.snooze_date_button)
        due_layout = QVBoxLayout(self.due_box)
        due_layout.addWidget(self.due_empty)
        due_layout.addWidget(self.due_list, 1)
        due_layout.addLayout(due_buttons)
        due_layout.addLayout(snooze_row)
        self.due_list.currentRowChanged.connect(self._update_buttons)

        self.check_in_box = QGroupBox()
        self.score = RatingBar(0, 10, clearable=False)  # the same control as the reflection's confidence
        self.score.set_value(5)
        self.score_value = QLabel()
        self.score.value_changed.connect(self._show_score)
        self.check_in_note = UserLineEdit()
        self.check_in_note.setMaxLength(500)
        self.check_in_button = QPushButton()
        self.check_in_button.clicked.connect(self._on_check_in)
        self.check_in_status = QLabel(wordWrap=True)
        row = QHBoxLayout()
        row.addWidget(self.score)
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
        self.figure.setMargin(8)

        self.drafts_box = QGroupBox()
        self.drafts_list = QListWidget()
        self.drafts_list.setMaximumHeight(110)
        self.resume_button = QPushButton()
        self.resume_button.clicked.connect(self._on_resume)
        self.drafts_list.currentRowChanged.connect(lambda _: self.resume_button.setEnabled(self._draft_id() is not None))
        self.drafts_list.itemDoubleClicked.connect(lambda _: self._on_resume())
        drafts_layout = QVBoxLayout(self.drafts_box)
        drafts_layout.addWidget(self.drafts_list)
        drafts_layout.addWidget(self.resume_button, 0, Qt.AlignmentFlag.AlignLeading)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.check_in_box)
        side_layout.addWidget(self.week_box)
        side_layout.addWidget(self.figure)
        side_layout.addWidget(self.drafts_box)
        side_layout.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(self.due_box, 3)
        columns.addWidget(side, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.date_label)
        layout.addWidget(self.rest_box)
        layout.addLayout(columns, 1)
        self._items: list[DueItem] = []
        self.retranslate()


    def retranslate(self) -> None:
        self.heading.setText(f"<h2>{self.title()}</h2>")
        self.due_box.setTitle(self.tr("Due now"))
        self.due_list.setAccessibleName(self.tr("Due now"))
        self.due_empty.setText(self.tr("Nothing is due. A good day to apply somewhere new."))
        self.done_button.setText(self.tr("Done"))
        self.snooze_day_button.setText(self.tr("Tomorrow"))
        self.snooze_week_button.setText(self.tr("Next week"))
        self.snooze_date.setAccessibleName(self.tr("Snooze until this date"))
        self.snooze_date_button.setText(self.tr("Snooze until"))
        self.check_in_box.setTitle(self.tr("How confident do you feel today?"))
        style = self.context.date_style()
        self.score.setAccessibleName(fill(self.tr("Confidence from %1 to %2"), number(0, style), number(10, style)))
        self.score.retranslate(style)
        self.check_in_note.setPlaceholderText(self.tr("A few words, if you like"))
        self.check_in_note.setAccessibleName(self.tr("Check-in note"))
        self.week_box.setTitle(self.tr("This week"))
        self.drafts_box.setTitle(self.tr("Unfinished reflections"))
        self.resume_button.setText(self.tr("Resume"))
        self.rest_dismiss.setText(self.tr("Thanks, not now"))
        self.rest_text.setText(catalogue.load("guide")["rest_suggestion"].get(self.context.lang, ""))
        self._show_score(self.score.value())

    def refresh(self) -> None:
        today = self.context.today()
        style = self.context.date_style()
        goal = self.context.preferences.get("weekly_goal")
        shown = today_usecases.overview(self.context.journal, today, goal, self._rest_dismissed_on())
        self._items = list(shown.due)
        week, drafts, todays, figure, rest = shown.week, shown.drafts, shown.check_in, shown.figure, shown.rest_suggested
        self.date_label.setText(long_date(today, style))
        self.rest_text.setText(catalogue.load("guide")["rest_suggestion"].get(self.context.lang, ""))
        self.rest_box.setVisible(rest)
        self.due_list.clear()
        for item in self._items:
            entry = QListWidgetItem(self._describe(item))
            entry.setData(Qt.ItemDataRole.UserRole, item)
            self.due_list.addItem(entry)
        self.due_empty.setVisible(not self._items)
        self.due_list.setVisible(bool(self._items))
        if self.snooze_date.date() <= to_qdate(today):
            self.snooze_date.setDate(to_qdate(today + timedelta(days=1)))
        self.snooze_date.setMinimumDate(to_qdate(today + timedelta(days=1)))
        self._update_buttons()

        if todays is not None:
            self.score.set_value(todays.score)
            self.check_in_note.setText(todays.note)
            self.check_in_button.setText(self.tr("Update today's check-in"))
            self.check_in_status.setText(self.tr("Checked in today. You can change it until midnight."))
        else:
            self.check_in_button.setText(self.tr("Check in"))
            self.check_in_status.clear()

        self.score.retranslate(style)
        self._show_score(self.score.value())  # the digits may have changed
        self.week_bar.setRange(0, max(week.goal, 1))
        self.week_bar.setValue(min(week.applications, max(week.goal, 1)))
        self.week_bar.setFormat(f"{number(week.applications, style)} / {number(week.goal, style)}")
        self.week_text.setText(
            self.tr("Weekly goal reached. Well done.") if week.applications >= week.goal
            else counted(self.tr("%n more to reach this week's goal.", "", week.goal - week.applications),
                         week.goal - week.applications, style)
        )
        self.figure.setText(self._figure_text(figure))

        self.drafts_list.clear()
        for draft in drafts:
            where = joined(draft.company, draft.role) or self.tr("Reflection")
            entry = QListWidgetItem(f"{where}  ·  {long_date(draft.updated_on, style)}")
            entry.setData(Qt.ItemDataRole.UserRole, draft.id)
            self.drafts_list.addItem(entry)
        self.drafts_box.setVisible(bool(drafts))
        self.resume_button.setEnabled(False)

    def _figure_text(self, figure: encouragement.EncouragingFigure | None) -> str:
        style = self.context.date_style()
        if figure is None:
            return self.tr("Welcome. Start by adding an application, or log a rejection with Ctrl+R.")
        value = number(f"{figure.value:g}", style)
        count = numerus(figure.value)
        if figure.kind == "interview_rate":
            return fill(self.tr("%1% of this quarter's applications reached an interview, up from %2% last quarter."),
                        value, number(f"{figure.previous:g}", style))
        if figure.kind == "bounced_back":
            return counted(self.tr("You have bounced back from %n rejections: after each one, you applied again.", "",
                                   count), figure.value, style)
        if figure.kind == "median_bounce_days":
            return counted(self.tr("After a rejection you usually apply again within %n days. You keep going.", "",
                                   count), figure.value, style)
        return counted(self.tr("%n applications so far. Each one is practice.", "", count), figure.value, style)

    def _describe(self, item: DueItem) -> str:
        style = self.context.date_style()
        where = joined(item.company, item.role)
        texts = {
            "reply": fill(self.tr("Reply to %1"), where),
            "feedback": fill(self.tr("Ask again for feedback: %1"), where),
            "follow_up": fill(self.tr("Follow up with %1"), isolate(item.contact) or where),
            "action": isolate(item.title),
        }
        text = texts.get(item.kind, isolate(item.title))
        if item.due_on < self.context.today():
            text += "  ·  " + fill(self.tr("due %1"), long_date(item.due_on, style))
        return text

    def _selected(self) -> DueItem | None:
        entry = self.due_list.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None

    def _draft_id(self) -> int | None:
        entry = self.drafts_list.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None

    def _update_buttons(self) -> None:
        enabled = self._selected() is not None
        for button in (self.done_button, self.snooze_day_button, self.snooze_week_button, self.snooze_date_button):
            button.setEnabled(enabled)

    def _show_score(self, value: int) -> None:
        self.score_value.setText(number(value, self.context.date_style()))

    def _rest_dismissed_on(self) -> date | None:
        try:
            return date.fromisoformat(self.context.preferences.get("rest_dismissed_on"))
        except ValueError:
            return None

    def _on_dismiss_rest(self) -> None:
        self.context.preferences.set("rest_dismissed_on", self.context.today().isoformat())
        self.rest_box.hide()

    def _on_resume(self) -> None:
        draft = self._draft_id()
        if draft is not None:
            self.resume_reflection_requested.emit(draft)

    def _on_done(self) -> None:
        item = self._selected()
        if item is None:
            return
        today_usecases.complete(self.context.journal, item, self.context.today())

    def _on_snooze(self, until: date) -> None:
        item = self._selected()
        if item is None or until <= self.context.today():
            return
        today_usecases.snooze(self.context.journal, item, until)

    def _on_check_in(self) -> None:
        today_usecases.check_in(self.context.journal, self.score.value(), self.check_in_note.text(), self.context.today())
