"""Journal: guided reflections and free entries, newest first, with full-text search on top.

Typing in the search box shows matches (with the words found highlighted) about 150 ms after the
last key; an empty box shows the whole journal. Free entries open in an editor that saves itself;
reflections open read-only (the guided wizard edits them: see `open_reflection_requested`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QSplitter, QVBoxLayout

from thabat.app.events import ApplicationChanged, ContactChanged, ReflectionChanged
from thabat.app.text.direction import joined
from thabat.app.text.plurals import counted
from thabat.app.usecases import entries, search, tags
from thabat.app.views.journal import SearchFilters, SearchHit
from thabat.ui.context import AppContext
from thabat.ui.empty_state import EmptyState
from thabat.ui.entry_editor import EntryEditor
from thabat.ui.journal_panes import JournalPanes
from thabat.ui.journal_rows import HIGHLIGHT, KINDS, hit_row_html, item_html, item_title, kind_label
from thabat.ui.page import Page
from thabat.ui.rich_text_delegate import HTML_ROLE, RichTextDelegate
from thabat.ui.value_fields import ComboBox

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_DELAY_MS = 150
JOURNAL_ROWS_A_TURN = 16
"""Rows of the list measured in one event-loop turn (0.5-1 ms each). The first batch is measured as the list is
first laid out, with the rest of the page's first show: 40 rows made that turn ~65 ms on a busy machine."""
SPLIT = (2, 3)
"""The list's share of the page's width and the editor's, before the user moves the splitter (in either direction)."""
_PERIODS = (None, 7, 30, 365)

__all__ = ["HIGHLIGHT", "HTML_ROLE", "KEY_ROLE", "JournalPage", "JournalRead"]


@dataclass(frozen=True)
class JournalRead:
    """What the page shows, read off the GUI thread (ui/page_reads.py)."""

    companies: list[str]
    tags: list[str]
    """Tag names, the most used first."""
    hits: list[SearchHit] | None
    """What a search found; None when the box is empty and the timeline is shown."""
    rows: list[tuple[tuple[str, int], str, str]]
    """Each item's key, its HTML and its plain text, the newest first."""
    choices: tuple[list, list[str]] | None
    """A new entry's application choices and tag names, when the editor shows one."""


class JournalPage(Page):
    key = "journal"
    shows = (ReflectionChanged, ApplicationChanged, ContactChanged)  # what the timeline and search find
    # Not EntryChanged: entries change only in this page's editor, which refreshes the list after saving.
    open_reflection_requested = Signal(int)
    """The user wants to continue or edit this reflection in the guided wizard."""
    open_application_requested = Signal(int)
    """The user wants to see the application a found rejection message, feedback or note belongs to."""
    open_contact_requested = Signal(int)
    """The user wants to see the person whose found notes these are."""

    def __init__(self, context: AppContext, editor_later: bool = False) -> None:
        """`editor_later`: the entry editor is built by `finish_ahead` (an idle step of its own after the
        page is made: see ui/pages_ahead.py) or when first needed, not now."""
        super().__init__(context)
        self._hits: dict[tuple[str, int], SearchHit] = {}
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.reload)  # a search in a journal of contacts alone leaves the empty state
        # Each widget is made inside its place on the page: one moved between containers after the style
        # sheet has styled it is styled again with all it holds (each move cost a few ms of idle building).
        layout = QVBoxLayout(self)
        searching = QHBoxLayout()
        filters = QHBoxLayout()
        layout.addLayout(searching)
        # The filters in a row of their own: with the tag filter, four boxes beside the search box no
        # longer fit a page 1100 pixels wide without squeezing the search box or scrolling sideways.
        layout.addLayout(filters)
        self.empty_state = EmptyState("journal", self)
        self.empty_state.button.clicked.connect(self.new_entry)
        layout.addWidget(self.empty_state)
        splitter = QSplitter(self)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self.content = splitter

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("journal-search")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(lambda _text: self.search_timer.start())
        searching.addWidget(self.search_box, 1)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_entry)
        searching.addWidget(self.new_button)
        self.kind, self.company, self.period, self.tag = (ComboBox(self) for _ in range(4))
        self.tag.setObjectName("journal-tag-filter")
        for combo in (self.kind, self.company, self.period, self.tag):
            combo.currentIndexChanged.connect(self.refresh)
            # As wide as a short name, not the longest company: the search box keeps its room at 1100×700.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            filters.addWidget(combo)
        filters.addStretch(1)

        self.list = QListWidget(splitter)
        self.list.setObjectName("journal-list")
        self.list.setItemDelegate(RichTextDelegate(self.list))
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        # Rows measured a batch an event-loop turn: a thousand rich-text rows at once froze the window for
        # half a second; the first rows show at once and the scroll bar grows as the rest are measured.
        self.list.setLayoutMode(QListWidget.LayoutMode.Batched)
        self.list.setBatchSize(JOURNAL_ROWS_A_TURN)
        self.list.currentItemChanged.connect(self._on_current_item)
        self.list.itemActivated.connect(lambda _item: self.panes.open_owner())
        self.panes = JournalPanes(context, splitter, editor_later)
        self.panes.changed.connect(self._after_change)
        self.panes.open_reflection_requested.connect(self.open_reflection_requested)
        self.panes.open_application_requested.connect(self.open_application_requested)
        self.panes.open_contact_requested.connect(self.open_contact_requested)
        self.reader, self.reader_pane = self.panes.reader, self.panes.reader_pane
        self.open_button, self.application_button = self.panes.open_button, self.panes.application_button
        self.contact_button = self.panes.contact_button
        for index, share in enumerate(SPLIT):
            splitter.setStretchFactor(index, share)
        # Shares of the width, not the panes' own wishes: the editor's form asks for much more than the list
        # (in Arabic the list had ~150 px of a 1200 px window). A width the user leaves is restored over this.
        splitter.setSizes([share * 1000 for share in SPLIT])

        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save_pending)
        self.retranslate()

    @property
    def editor(self) -> EntryEditor:
        """The entry editor (built now, if it was left for later)."""
        return self.panes.editor

    def finish_ahead(self) -> None:
        """The part of the page left for an idle step of its own: the entry editor."""
        self.panes.build_editor()

    def is_empty(self) -> bool:
        filtered = self.search_box.text() or any(combo.currentData() is not None
                                                 for combo in (self.kind, self.company, self.period, self.tag))
        return self.list.count() == 0 and not filtered

    def retranslate(self) -> None:
        self.search_box.setPlaceholderText(self.tr("Search the journal (Ctrl+F)…"))
        self.search_box.setAccessibleName(self.tr("Search the journal"))
        self.empty_state.set_texts(
            self.tr("Your journal is empty"),
            self.tr("Write a few lines about today: what went well, what was hard. Reflections on rejections "
                    "appear here too."),
            self.tr("Write your first entry"))
        self._fill(self.kind, [(None, self.tr("Everything"))] + [(k, kind_label(k)) for k in KINDS])
        self.kind.setAccessibleName(self.tr("Kind of entry"))
        style = self.context.date_style()
        # Plural forms: Arabic words the noun differently after 7, 30 and 12.
        periods = (self.tr("Any time"), counted(self.tr("Last %n day(s)", "", 7), 7, style),
                   counted(self.tr("Last %n day(s)", "", 30), 30, style),
                   counted(self.tr("Last %n month(s)", "", 12), 12, style))
        self._fill(self.period, list(zip(_PERIODS, periods)))
        self.period.setAccessibleName(self.tr("Period"))
        self.company.setAccessibleName(self.tr("Company"))
        if self.company.count():
            self.company.setItemText(0, self.tr("All companies"))
        self.tag.setAccessibleName(self.tr("Tag"))
        if self.tag.count():
            self.tag.setItemText(0, self.tr("All tags"))
        self.new_button.setText(self.tr("New entry"))
        self.new_button.setToolTip(self.tr("Write a new journal entry (Ctrl+N)"))
        self.list.setAccessibleName(self.tr("Journal entries and reflections"))
        self.panes.retranslate()

    def background_read(self) -> Callable[[], JournalRead]:
        journal, query, filters = self.context.journal, self.search_box.text().strip(), self._filters()
        choosing = self.panes.showing_editor and self.panes.current is None  # a new entry's choices
        style, fallback = self.context.date_style(), self._fallback()

        def read() -> JournalRead:
            known = [tag.name for tag in tags.all_tags(journal)]  # most used first: completion's order
            if query:
                hits = search.search(journal, query, filters, limit=200)
                rows = [((h.kind, h.id), hit_row_html(h, style, fallback), joined(h.title, h.snippet()))
                        for h in hits]
            else:
                hits = None
                rows = [((i.kind, i.id), item_html(i, style, fallback), joined(item_title(i), i.preview))
                        for i in entries.timeline(journal, filters.kind, filters.company, filters.date_from,
                                                  filters.date_to, filters.tag)]
            return JournalRead(entries.companies(journal), known, hits, rows,
                               (entries.application_choices(journal), known) if choosing else None)

        return read

    def fill(self, data: JournalRead) -> None:
        self._fill(self.company, [(None, self.tr("All companies"))] + [(name, name) for name in data.companies])
        self._fill(self.tag, [(None, self.tr("All tags"))] + [(name, name) for name in sorted(data.tags, key=str.casefold)])
        self.panes.set_known_tags(data.tags)
        query = self.search_box.text().strip()
        rows = data.rows
        self._hits = {(h.kind, h.id): h for h in data.hits} if data.hits is not None else {}
        self.list.blockSignals(True)
        self.list.clear()
        for key, html, plain in rows:
            item = QListWidgetItem(plain)
            item.setData(KEY_ROLE, key)
            item.setData(HTML_ROLE, html)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, plain)
            self.list.addItem(item)
            if key == self.panes.current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if data.hits is not None and not rows:
            self.panes.show_nothing_found(query)
        elif self.panes.current is None and not self.panes.showing_editor:
            self.reader.clear()  # no longer "nothing found", and nothing chosen yet
        elif self.panes.showing_editor and self.panes.current is None:
            self.editor.load_choices(data.choices)

    def save_pending(self) -> None:
        self.panes.save_now()  # a refusal (say, a future date) stays on screen with every word typed

    # -- actions (also used by the main window's shortcuts) -----------------------------------------------

    def new_entry(self) -> None:
        """A fresh entry in the editor, the cursor in its text (Ctrl+N)."""
        self.show_content()  # the first entry of an empty journal
        self.panes.save_now()
        self.list.setCurrentItem(None)
        self.panes.show_new_entry()

    def focus_search(self) -> None:
        """Ctrl+F: into the search box, its text selected to type over."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def open_item(self, kind: str, item_id: int) -> None:
        if not self.panes.open_item(kind, item_id, self._hits.get((kind, item_id)), self._fallback()):
            self._after_change(None)  # gone meanwhile

    def changeEvent(self, event: QEvent) -> None:
        current = self.panes.current
        if event.type() == QEvent.Type.PaletteChange and current is not None and current[0] != "entry":
            self.open_item(*current)  # the reader's captions take the new theme's colour
        super().changeEvent(event)

    # -- filters ------------------------------------------------------------------------------------------

    def _filters(self) -> SearchFilters:
        days = self.period.currentData()
        start = self.context.today() - timedelta(days=days) if days else None
        return SearchFilters(kind=self.kind.currentData(), company=self.company.currentData(), date_from=start,
                             tag=self.tag.currentData())

    @staticmethod
    def _fill(combo: QComboBox, choices: list) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for data, text in choices:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _fallback(self) -> str:
        return "rtl" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"

    # -- handlers -----------------------------------------------------------------------------------------

    def _on_current_item(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.open_item(*current.data(KEY_ROLE))

    def _after_change(self, key: tuple[str, int] | None) -> None:
        self.panes.show_cleared(key)
        self.refresh()  # the list shows the saved entry (the use case told the other pages)
