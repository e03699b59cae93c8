"""Today's *Coming up*: the next fortnight's interviews and deadlines, with a prep card for each
interview, and a short debrief offered once an interview's day has come.

Self-contained: Today places it and calls `refresh()`; it reads through app/usecases/prep.py.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton

from thabat.app.text import catalogue
from thabat.app.text.dates import long_date
from thabat.app.text.direction import fill, joined
from thabat.app.usecases import prep as prep_usecases
from thabat.app.usecases.prep import ComingUpItem
from thabat.ui.application_facts import clock
from thabat.ui.context import AppContext
from thabat.ui.grown_to_content import filling, grow_to_content
from thabat.ui.today_card import Card
from thabat.ui.labels import stage_label


SEPARATOR = " — "


class ComingUpBox(Card):
    open_reflection_requested = Signal(int)
    open_contact_requested = Signal(int)
    open_application_requested = Signal(int)

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__("coming-up", parent)
        self.context = context
        self.list = QListWidget()
        self.list.setWordWrap(True)  # a long company and role wrap instead of scrolling sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        grow_to_content(self.list)  # Today scrolls as a whole: one scroll bar, not one inside another
        self.empty = QLabel(wordWrap=True)
        self.prepare_button = QPushButton()
        self.prepare_button.clicked.connect(self.prepare)
        self.debrief_button = QPushButton()
        self.debrief_button.clicked.connect(self.debrief)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda _item: self.open_selected())  # double-click or Enter
        self.list.installEventFilter(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.prepare_button)
        buttons.addWidget(self.debrief_button)
        buttons.addStretch(1)
        self.body.addWidget(self.empty)
        self.body.addWidget(self.list)
        self.body.addLayout(buttons)
        self.card = None
        """The prep card on screen (one at a time; it stays open beside the window)."""
        self.debrief_dialog = None
        self._items: list[ComingUpItem] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.set_title(self.tr("Coming up"))
        self.list.setAccessibleName(self.tr("Coming up"))
        self.empty.setText(self.tr("Nothing scheduled in the next two weeks. When an interview is booked, record it "
                                   "on its application: it shows here with a prep card."))
        self.prepare_button.setText(self.tr("&Prepare"))
        self.prepare_button.setToolTip(self.tr("What your own journal says about interviews like this one"))
        self.debrief_button.setText(self.tr("De&brief"))
        self.debrief_button.setToolTip(self.tr("A few words on how the interview went, while memory is fresh"))
        for row, item in enumerate(self._items):
            self.list.item(row).setText(self.describe(item))

    def refresh(self) -> None:
        self.show_items(prep_usecases.coming_up(self.context.journal, self.context.today()))

    def show_items(self, items: list[ComingUpItem]) -> None:
        """Show `items` (read by `refresh`, or by Today's first read, off the GUI thread)."""
        self._items = items
        with filling(self.list):
            self.list.clear()
            for item in self._items:
                entry = QListWidgetItem(self.describe(item))
                entry.setData(Qt.ItemDataRole.UserRole, item)
                self.list.addItem(entry)
        self.empty.setVisible(not self._items)
        self.list.setVisible(bool(self._items))
        self._update_buttons()

    def describe(self, item: ComingUpItem) -> str:
        """"Wednesday 2 December 2026, 10:30 — Talabat — Data Analyst — Interview, round 2 — Onsite interview"."""
        style = self.context.date_style()
        when = self.tr("Today") if item.on == self.context.today() else long_date(item.on, style)
        if item.starts_at is not None:
            when = fill(self.tr("%1, %2"), when, clock(item.starts_at.hour, item.starts_at.minute, style))
        where = joined(item.company, item.role)
        if item.kind == "deadline":
            return fill(self.tr("Deadline to apply: %1 — %2"), where, when)
        step = stage_label(item.stage, item.round, style)
        if item.stage == "interview" and item.interview_kind:
            step = SEPARATOR.join((step, catalogue.label("interview_kinds", item.interview_kind, self.context.lang)))
        if item.kind == "debrief":
            return fill(self.tr("How did it go? %1 — %2 (%3)"), where, step, when)
        # Interface words and user text side by side: only the user's are isolated. An isolate around
        # the date and time (itself two isolates) would find no letter of its own and read left to right.
        return SEPARATOR.join((when, where, step))

    def selected(self) -> ComingUpItem | None:
        entry = self.list.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None

    def open_selected(self) -> None:
        """Enter or double-click: an interview opens its prep card, a past one its debrief, a deadline its application."""
        item = self.selected()
        if item is None:
            return
        if item.kind == "debrief":
            self.debrief()
        elif item.kind == "interview":
            self.prepare()
        else:
            self.open_application_requested.emit(item.application_id)

    def prepare(self):
        """Show the prep card of the selected interview."""
        from thabat.ui.prep_card import PrepCardDialog

        item = self.selected()
        if item is None or item.stage_id is None:
            return None
        if self.card is not None:
            self.card.close()
            self.card.deleteLater()
        self.card = PrepCardDialog(self.context, prep_usecases.prep_card(self.context.journal, item.stage_id), self)
        self.card.open_reflection_requested.connect(self.open_reflection_requested)
        self.card.open_contact_requested.connect(self.open_contact_requested)
        self.card.open_application_requested.connect(self.open_application_requested)
        self.card.show()
        return self.card

    def debrief(self):
        """Open the debrief of the selected interview (window-modal; Today refreshes when it is saved)."""
        from thabat.ui.dialogs_ahead import debrief_dialog

        item = self.selected()
        if item is None or item.stage_id is None or item.on > self.context.today():
            return None
        dialog = self.debrief_dialog = debrief_dialog(self.context, item, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _update_buttons(self) -> None:
        item = self.selected()
        self.prepare_button.setEnabled(item is not None and item.kind == "interview")
        self.debrief_button.setEnabled(item is not None and item.stage_id is not None and item.on <= self.context.today())

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.list and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.open_selected()
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
