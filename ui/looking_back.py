"""Today's two looks back: On This Day (what the user wrote on this date in earlier months and
years) and, on the month's first check-in, how last month went. Each hides itself when it has
nothing true to say."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton

from thabat.app.text.dates import month_year
from thabat.app.text.plurals import counted
from thabat.app.services.looking_back import Memory, MonthLookBack
from thabat.app.text.direction import fill
from thabat.ui.context import AppContext
from thabat.ui.grown_to_content import filling, grow_to_content
from thabat.ui.today_card import Card

KEY_ROLE = Qt.ItemDataRole.UserRole


class _MemoryList(QListWidget):
    """Enter opens the chosen memory, as a double-click does."""

    activated_memory = Signal(str, int)

    def __init__(self) -> None:
        super().__init__()
        self.itemDoubleClicked.connect(self._open)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self._open(self.currentItem())
            return
        super().keyPressEvent(event)

    def _open(self, item: QListWidgetItem) -> None:
        self.activated_memory.emit(*item.data(KEY_ROLE))


class OnThisDayBox(Card):
    """Entries and reflections from this day of the month, earlier; opening one shows it in the Journal."""

    open_requested = Signal(str, int)

    def __init__(self, context: AppContext) -> None:
        super().__init__("on-this-day")
        self.context = context
        self.list = _MemoryList()
        self.list.setWordWrap(True)  # a long first line wraps instead of scrolling sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        grow_to_content(self.list)  # Today scrolls as a whole: one scroll bar, not one inside another
        self.list.activated_memory.connect(self.open_requested)
        self.open_button = QPushButton()
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._on_open)
        self.list.currentRowChanged.connect(lambda row: self.open_button.setEnabled(row >= 0))
        self.body.addWidget(self.list)
        self.body.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeading)
        self._memories: list[Memory] = []
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.set_title(self.tr("On this day"))
        self.list.setAccessibleName(self.tr("On this day"))
        self.open_button.setText(self.tr("Open"))
        self.show_memories(self._memories)

    def show_memories(self, memories: list[Memory]) -> None:
        self._memories = list(memories)
        today = self.context.today()
        with filling(self.list):
            self.list.clear()
            for memory in memories:
                title = memory.title or (self.tr("A journal entry") if memory.kind == "entry" else self.tr("A reflection"))
                text = fill(self.tr("%1 · %2"), self._ago(memory.day, today), title)
                if memory.line:
                    text += "\n" + memory.line
                item = QListWidgetItem(text)
                item.setData(KEY_ROLE, (memory.kind, memory.id))
                self.list.addItem(item)
        self.setVisible(bool(memories))

    def _ago(self, day: date, today: date) -> str:
        months = (today.year - day.year) * 12 + today.month - day.month
        style = self.context.date_style()
        if months % 12 == 0:
            return counted(self.tr("%n year(s) ago", "", months // 12), months // 12, style)
        return counted(self.tr("%n month(s) ago", "", months), months, style)

    def _on_open(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.open_requested.emit(*item.data(KEY_ROLE))


class MonthLookBackBox(Card):
    """Last month in a few true lines, shown on the day of this month's first check-in."""

    def __init__(self, context: AppContext) -> None:
        super().__init__("month-look-back")
        self.context = context
        self.text = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)  # quotes the user's own words
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.put_away = QPushButton()
        self.put_away.clicked.connect(self._on_put_away)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.put_away)
        self.body.addWidget(self.text)
        self.body.addLayout(row)
        self._month: MonthLookBack | None = None
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.put_away.setText(self.tr("Put away"))
        self.show_month(self._month)

    def show_month(self, month: MonthLookBack | None) -> None:
        self._month = month
        self.setVisible(month is not None)
        if month is None:
            return
        style = self.context.date_style()
        self.set_title(fill(self.tr("Looking back on %1"), month_year(month.month, style)))
        lines = [
            counted(self.tr("%n application(s) sent", "", month.applications), month.applications, style),
            counted(self.tr("%n interview(s)", "", month.interviews), month.interviews, style),
            counted(self.tr("%n rejection(s) reflected on", "", month.reflections), month.reflections, style),
        ]
        if month.areas_improved:
            lines.append(fill(self.tr("Improved: %1"), self.tr(", ").join(month.areas_improved)))
        if month.line:
            lines.append(fill(self.tr("You wrote: “%1”"), month.line))
        self.text.setText("\n".join(lines))

    def _on_put_away(self) -> None:
        if self._month is not None:
            self.context.preferences.set("look_back_dismissed", self._month.month.strftime("%Y-%m"))
        self.show_month(None)
