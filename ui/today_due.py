"""Today's *Due* card: replies, feedback requests, follow-ups and action items, each one opening what it
is about (Enter, a double-click, or *Open*), done or snoozed from here."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton

from thabat.app.text.dates import long_date
from thabat.app.text.markup import escaped
from thabat.app.views.today import DueItem
from thabat.app.text.direction import fill, isolate, joined, text_direction
from thabat.app.usecases import today as today_usecases
from thabat.ui.context import AppContext
from thabat.ui.date_edit import DateEdit
from thabat.ui.form import to_date, to_qdate
from thabat.ui.grown_to_content import filling, grow_to_content
from thabat.ui.rich_text_delegate import DANGER, HTML_ROLE, MUTED, RichTextDelegate
from thabat.ui.today_card import Card

ITEM_ROLE = Qt.ItemDataRole.UserRole


class DueCard(Card):
    open_requested = Signal(object)
    """The user chose to open what a due item is about (its DueItem)."""

    def __init__(self, context: AppContext) -> None:
        super().__init__("due")
        self.context = context
        self.empty = QLabel(wordWrap=True)
        self.empty.setObjectName("card-text")
        self.listing = QListWidget()
        self.listing.setObjectName("due-list")
        self.listing.setItemDelegate(RichTextDelegate(self.listing))  # what to do, and under it when
        self.listing.setWordWrap(True)
        self.listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long lines wrap
        self.listing.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        grow_to_content(self.listing)  # Today scrolls as a whole: one scroll bar, not one inside another
        self.listing.currentRowChanged.connect(self._update_buttons)
        self.listing.itemActivated.connect(lambda _item: self.open_selected())  # Enter, or a double-click
        self.open_button = QPushButton()
        self.open_button.setObjectName("primary")
        self.open_button.clicked.connect(self.open_selected)
        self.done_button = QPushButton()
        self.done_button.clicked.connect(self._on_done)
        self.snooze_day_button = QPushButton()
        self.snooze_day_button.clicked.connect(lambda: self._on_snooze(self.context.today() + timedelta(days=1)))
        self.snooze_week_button = QPushButton()
        self.snooze_week_button.clicked.connect(lambda: self._on_snooze(self.context.today() + timedelta(days=7)))
        self.snooze_date = DateEdit(context, context.today() + timedelta(days=1))
        self.snooze_date_button = QPushButton()
        self.snooze_date_button.clicked.connect(lambda: self._on_snooze(to_date(self.snooze_date.date())))
        buttons = QHBoxLayout()
        for button in (self.open_button, self.done_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.snooze_day_button)
        buttons.addWidget(self.snooze_week_button)
        snooze_row = QHBoxLayout()  # a row of its own: one row of six buttons made a small window scroll sideways
        snooze_row.addStretch(1)
        snooze_row.addWidget(self.snooze_date)
        snooze_row.addWidget(self.snooze_date_button)
        self.body.addWidget(self.empty)
        self.body.addWidget(self.listing)
        self.body.addLayout(buttons)
        self.body.addLayout(snooze_row)
        self.items: list[DueItem] = []

    def retranslate(self) -> None:
        self.set_title(self.tr("Due"))
        self.listing.setAccessibleName(self.tr("Due now"))
        self.empty.setText(self.tr("Nothing is due. A good day to apply somewhere new."))
        self.open_button.setText(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Open what this is about (Enter or double-click)"))
        self.done_button.setText(self.tr("Done"))
        self.snooze_day_button.setText(self.tr("Tomorrow"))
        self.snooze_week_button.setText(self.tr("Next week"))
        self.snooze_date.setAccessibleName(self.tr("Snooze until this date"))
        self.snooze_date_button.setText(self.tr("Snooze until"))

    def show_items(self, items: tuple[DueItem, ...] | list[DueItem]) -> None:
        today = self.context.today()
        self.items = list(items)
        with filling(self.listing):
            self.listing.clear()
            for item in self.items:
                what, when = self._what(item), self._when(item)
                entry = QListWidgetItem(joined(what, when, separator="  ·  "))  # for screen readers and tests
                entry.setData(ITEM_ROLE, item)
                entry.setData(HTML_ROLE, self._html(item, what, when))
                self.listing.addItem(entry)
        self.empty.setVisible(not self.items)
        self.listing.setVisible(bool(self.items))
        if self.snooze_date.date() <= to_qdate(today):
            self.snooze_date.setDate(to_qdate(today + timedelta(days=1)))
        self.snooze_date.setMinimumDate(to_qdate(today + timedelta(days=1)))
        self._update_buttons()

    def describe(self, item: DueItem) -> str:
        """What the item asks, then when: "today", or since when it is overdue."""
        return joined(self._what(item), self._when(item), separator="  ·  ")

    def _what(self, item: DueItem) -> str:
        where = joined(item.company, item.role)
        texts = {
            "reply": fill(self.tr("Reply to %1"), where),
            "feedback": fill(self.tr("Ask again for feedback: %1"), where),
            "follow_up": fill(self.tr("Follow up with %1"), isolate(item.contact) or where),
            "action": isolate(item.title),
        }
        return texts.get(item.kind, isolate(item.title))

    def _when(self, item: DueItem) -> str:
        today = self.context.today()
        if item.due_on < today:
            return fill(self.tr("overdue since %1"), long_date(item.due_on, self.context.date_style()))
        return self.tr("today") if item.due_on == today else ""

    def _html(self, item: DueItem, what: str, when: str) -> str:
        """The task on one line and, smaller under it, when: an overdue date in the colour that stands out."""
        ui = "rtl" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"
        direction = text_direction(item.title, fallback=ui) if item.kind == "action" else ui  # the user's words
        colour, weight = (DANGER, 600) if item.due_on < self.context.today() else (MUTED, 400)
        return (f'<p dir="{direction}" style="margin:0">{escaped(what)}</p>'
                f'<p dir="{ui}" style="margin:0; color:{colour}; font-weight:{weight}; font-size:small">'
                f'{escaped(when)}</p>')

    def selected(self) -> DueItem | None:
        entry = self.listing.currentItem()
        return entry.data(ITEM_ROLE) if entry is not None else None

    def open_selected(self) -> None:
        item = self.selected()
        if item is not None:
            self.open_requested.emit(item)

    def _update_buttons(self) -> None:
        enabled = self.selected() is not None
        for button in (self.open_button, self.done_button, self.snooze_day_button, self.snooze_week_button,
                       self.snooze_date_button):
            button.setEnabled(enabled)

    def _on_done(self) -> None:
        item = self.selected()
        if item is not None:
            today_usecases.complete(self.context.journal, item, self.context.today())

    def _on_snooze(self, until: date) -> None:
        item = self.selected()
        if item is not None and until > self.context.today():
            today_usecases.snooze(self.context.journal, item, until)
