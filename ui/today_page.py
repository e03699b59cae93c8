"""Today, the home page, as cards: what is due (each item opens what it is about), a one-tap confidence
check-in, this week against the goal, one honest figure, and the reflections left unfinished.

At start-up the window paints before Today's data is read: the first read runs on a thread of its own
(`read_first_in_background`) while the page shows a quiet "Reading your journal…", so the window
answers its first key at once; later refreshes read on the GUI thread (a few milliseconds). What is read,
and how it fills the cards a part at a time, is in ui/today_fill.py.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QListWidget, QProgressBar, QPushButton, QVBoxLayout, QWidget,
)

from thabat.app.text import catalogue
from thabat.app.text.dates import long_date, number
from thabat.app.events import (
    ApplicationChanged, CheckInRecorded, ContactChanged, EntryChanged, GrowthChanged, ReflectionChanged,
    ReminderChanged,
)
from thabat.app.views.today import DueItem
from thabat.app.runtime.background_load import BackgroundLoad
from thabat.app.text.direction import fill
from thabat.app.usecases import today as today_usecases
from thabat.ui.context import AppContext
from thabat.ui.grown_to_content import grow_to_content
from thabat.ui.looking_back import MonthLookBackBox, OnThisDayBox
from thabat.ui.page import Page
from thabat.ui.rating_bar import RatingBar
from thabat.ui.today_card import MAIN, SIDE, Card, CardBoard
from thabat.ui.today_coming_up import ComingUpBox
from thabat.ui.today_due import DueCard
from thabat.ui.today_fill import TodayRead, filling, reader
from thabat.ui.user_text import UserLineEdit
from thabat.ui.wrapped_list import wrap_rows

READ_POLL_MS = 10
"""How often the event loop looks whether the first read has ended (it takes a few tens of milliseconds)."""

FILL_STEP_MS = 1
"""Between two cards filled after the first read: a key or a click due meanwhile is answered first."""


class TodayPage(Page):
    key = "today"
    shows = (ApplicationChanged, ReflectionChanged, ReminderChanged, GrowthChanged, ContactChanged, CheckInRecorded,
             EntryChanged)
    setting_keys = ("calendar", "digits", "weekly_goal")
    resume_reflection_requested = Signal(int)
    """The user chose to resume this unfinished reflection (its id)."""
    open_due_requested = Signal(object)
    """The user chose to open what a due item is about (its DueItem): the main window shows it."""
    open_in_journal_requested = Signal(str, int)
    """The user chose to read this entry or reflection ("entry" | "reflection", its id) in the Journal."""

    def __init__(self, context: AppContext, in_turns: bool = False) -> None:
        """`in_turns` (start-up): only the first part is built here; `build_step()` builds the rest, a card
        a call (the main window calls it once an event-loop turn), so no turn keeps a key waiting long.
        `finish_building()` builds what is left at once."""
        super().__init__(context)
        self._fill_steps: list = []
        self._fill_timer = QTimer(self, singleShot=True, interval=FILL_STEP_MS)
        self._fill_timer.timeout.connect(self._fill_step)
        self._building = self._parts(context)
        self.build_step()
        if not in_turns:
            self.finish_building()

    @property
    def built(self) -> bool:
        return self._building is None

    def build_step(self) -> None:
        """Build the next part of the page (a card or two); nothing once built."""
        if self._building is not None and next(self._building, "end") == "end":
            self._building = None

    def finish_building(self) -> None:
        while self._building is not None:
            self.build_step()

    def _parts(self, context: AppContext):
        """The page's parts, a `yield` between two (see `build_step`)."""
        self.heading = QLabel()
        self.heading.setObjectName("page-heading")
        self.date_label = QLabel()
        self.date_label.setObjectName("caption")

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

        yield
        self.due_box = DueCard(context)
        self.due_box.open_requested.connect(self.open_due_requested)
        # The names the rest of the app and the tests know the due list's parts by.
        self.due_list, self.due_empty = self.due_box.listing, self.due_box.empty
        self.open_button, self.done_button = self.due_box.open_button, self.due_box.done_button
        self.snooze_day_button, self.snooze_week_button = self.due_box.snooze_day_button, self.due_box.snooze_week_button
        self.snooze_date, self.snooze_date_button = self.due_box.snooze_date, self.due_box.snooze_date_button

        yield
        self.check_in_box = Card("check-in")
        self.score = RatingBar(0, 10, clearable=False)  # the same control as the reflection's confidence
        self.score.set_value(5)
        self.score_value = QLabel()
        self.score_value.setObjectName("card-figure")
        self.score.value_changed.connect(self._show_score)
        self.check_in_note = UserLineEdit()
        self.check_in_note.setMaxLength(500)
        self.check_in_button = QPushButton()
        self.check_in_button.clicked.connect(self._on_check_in)
        self.check_in_status = QLabel(wordWrap=True)
        self.check_in_status.setObjectName("caption")
        row = QHBoxLayout()
        row.addWidget(self.score)
        row.addWidget(self.score_value)
        self.check_in_box.body.addLayout(row)
        self.check_in_box.body.addWidget(self.check_in_note)
        self.check_in_box.body.addWidget(self.check_in_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.check_in_box.body.addWidget(self.check_in_status)

        yield
        self.week_box = Card("week")
        self.week_bar = QProgressBar()
        self.week_text = QLabel(wordWrap=True)
        self.week_box.body.addWidget(self.week_bar)
        self.week_box.body.addWidget(self.week_text)

        self.figure_box = Card("figure")
        self.figure = QLabel(wordWrap=True)
        self.figure.setObjectName("encouraging-figure")
        self.figure_box.body.addWidget(self.figure)

        yield
        self.drafts_box = Card("drafts")
        self.drafts_list = grow_to_content(wrap_rows(QListWidget()))  # the page scrolls, not the list
        self.resume_button = QPushButton()
        self.resume_button.clicked.connect(self._on_resume)
        self.drafts_list.currentRowChanged.connect(lambda _: self.resume_button.setEnabled(self._draft_id() is not None))
        self.drafts_list.itemActivated.connect(lambda _: self._on_resume())  # Enter, or a double-click
        self.drafts_box.body.addWidget(self.drafts_list)
        self.drafts_box.body.addWidget(self.resume_button, 0, Qt.AlignmentFlag.AlignLeading)

        yield
        self.coming_up = ComingUpBox(context)
        self.coming_up.open_reflection_requested.connect(self.resume_reflection_requested)
        yield
        self.month_look_back = MonthLookBackBox(context)
        self.on_this_day = OnThisDayBox(context)
        self.on_this_day.open_requested.connect(self.open_in_journal_requested)

        yield
        self.cards = CardBoard()
        """Today's cards; another card joins with `self.cards.add_card(card, position, column)`."""
        self.cards.add_card(self.due_box)
        self.cards.add_card(self.coming_up)
        self.cards.add_card(self.drafts_box)
        for card in (self.check_in_box, self.month_look_back, self.week_box, self.figure_box, self.on_this_day):
            self.cards.add_card(card, column=SIDE)
        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(self.heading)
        heading.addWidget(self.date_label)
        self.reading_line = QLabel()  # not `loading`: a Page's `loading` says whether a read is under way
        self.reading_line.setObjectName("caption")
        self.reading_line.hide()
        self._reading: BackgroundLoad | None = None
        self._read_next_in_background = False
        self._read_again = False
        self._read_poll = QTimer(self)
        self._read_poll.setInterval(READ_POLL_MS)
        self._read_poll.timeout.connect(self._take_read_if_done)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.reading_line)
        layout.addWidget(self.rest_box)
        layout.addWidget(self.cards, 1)
        self.retranslate()

    def read_first_in_background(self) -> None:
        """Start-up: the next refresh reads on a thread, showing "Reading your journal…" meanwhile, so the
        window paints and answers keys before Today's data is there (a file journal only: an in-memory
        one has a single connection, which a thread must not share)."""
        self._read_next_in_background = self.context.journal.folder is not None

    @property
    def is_loading(self) -> bool:
        """The first read is still under way (the cards hidden, the reading line shown), or its cards are filled."""
        return self._reading is not None or bool(self._fill_steps)

    def add_card(self, card: QWidget, position: int | None = None, column: str = MAIN, stretch: int = 0) -> None:
        """Show one more card on Today (say, *Coming up* at position 1: after Due, before Unfinished)."""
        self.cards.add_card(card, position, column, stretch)

    @property
    def _items(self) -> list[DueItem]:
        return self.due_box.items

    def _selected(self) -> DueItem | None:
        return self.due_box.selected()

    def retranslate(self) -> None:
        self.heading.setText(f"<h2>{self.title()}</h2>")
        self.reading_line.setText(self.tr("Reading your journal…"))
        self.due_box.retranslate()
        self.check_in_box.set_title(self.tr("How confident do you feel today?"))
        style = self.context.date_style()
        self.score.setAccessibleName(fill(self.tr("Confidence from %1 to %2"), number(0, style), number(10, style)))
        self.score.retranslate(style)
        self.check_in_note.setPlaceholderText(self.tr("A few words, if you like"))
        self.check_in_note.setAccessibleName(self.tr("Check-in note"))
        self.week_box.set_title(self.tr("This week"))
        self.figure_box.set_title(self.tr("Your progress"))
        self.drafts_box.set_title(self.tr("Unfinished reflections"))
        self.drafts_list.setAccessibleName(self.tr("Unfinished reflections"))
        self.resume_button.setText(self.tr("Resume"))
        self.resume_button.setToolTip(self.tr("Continue this reflection where you left it (Enter or double-click)"))
        self.rest_dismiss.setText(self.tr("Thanks, not now"))
        self.rest_text.setText(catalogue.load("guide")["rest_suggestion"].get(self.context.lang, ""))
        self._show_score(self.score.value())
        self.coming_up.retranslate()
        self.month_look_back.retranslate()
        self.on_this_day.retranslate()

    def refresh(self) -> None:
        today = self.context.today()
        self.date_label.setText(long_date(today, self.context.date_style()))
        if self._reading is not None:  # the first read is under way: read again once it is there
            self._read_again = True
            return
        read = self._reader(today)
        if self._read_next_in_background:
            self._read_next_in_background = False
            self._reading = BackgroundLoad(read, "thabat-today-read", freeze=False).start()
            self.cards.hide()
            self.rest_box.hide()
            self.reading_line.show()
            self._read_poll.start()
            return
        self._show_read(read())

    def _reader(self, today: date):
        """What reads Today's data (on whichever thread calls it): settings are taken now, on this one."""
        return reader(self.context, today, self._rest_dismissed_on())

    def _take_read_if_done(self) -> None:
        if self._reading is not None and self._reading.done:
            self._finish_reading(show=True)

    def _finish_reading(self, show: bool) -> None:
        """Take the first read back on this thread (the collector returns), and show it if `show`."""
        reading, self._reading = self._reading, None
        self._read_poll.stop()
        read = reading.finish()
        self.reading_line.hide()
        self.cards.show()
        if show and self._read_again:  # the journal changed meanwhile
            self._read_again = False
            self.refresh()
        elif show:
            self._show_read_in_turns(read)

    def save_pending(self) -> None:
        """Quitting: a first read still under way is waited for here, on the GUI thread (see BackgroundLoad)."""
        if self._reading is not None:
            self._finish_reading(show=False)
        self._fill_steps.clear()  # cards still to fill: nothing typed in them

    def _show_read(self, read: TodayRead) -> None:
        self._fill_steps.clear()
        for part in filling(self, read):
            part()

    def _show_read_in_turns(self, read: TodayRead) -> None:
        """After the first read: a card filled an event-loop turn (the page still `is_loading` until the last)."""
        self._fill_steps = filling(self, read)
        self._fill_step()

    def _fill_step(self) -> None:
        if self._fill_steps:
            self._fill_steps.pop(0)()
        if self._fill_steps:
            self._fill_timer.start()

    def _draft_id(self) -> int | None:
        entry = self.drafts_list.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None

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

    def _on_check_in(self) -> None:
        today_usecases.check_in(self.context.journal, self.score.value(), self.check_in_note.text(), self.context.today())
