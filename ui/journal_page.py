"""Journal: guided reflections and free entries, newest first, with full-text search on top.

Typing in the search box shows matches (with the words found highlighted) about 150 ms after the
last key; an empty box shows the whole journal. Free entries open in an editor that saves itself;
reflections open read-only (the guided wizard edits them: see `open_reflection_requested`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

from thabat.app.text.markup import escaped
from thabat.app.text.plurals import counted

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QSplitter, QStackedWidget,
    QTextBrowser, QVBoxLayout, QWidget,
)

from thabat.app.errors import NotFound
from thabat.app.events import ApplicationChanged, ContactChanged, ReflectionChanged
from thabat.app.text.dates import DateStyle, long_date, number
from thabat.app.text.direction import fill, isolate, joined, text_direction
from thabat.app.usecases import entries, search, tags
from thabat.app.views.journal import SearchFilters, SearchHit, TimelineItem
from thabat.ui.context import AppContext
from thabat.ui.empty_state import EmptyState
from thabat.ui.entry_editor import EntryEditor
from thabat.ui.journal_reader import hit_html, reflection_html, tags_line
from thabat.ui.page import Page
from thabat.ui.rich_text_delegate import HTML_ROLE, MARK, MARK_TEXT, MUTED, RichTextDelegate

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_DELAY_MS = 150
JOURNAL_ROWS_A_TURN = 16
"""Rows of the list measured in one event-loop turn (0.5-1 ms each). The first batch is measured as the list is
first laid out, with the rest of the page's first show: 40 rows made that turn ~65 ms on a busy machine."""
HIGHLIGHT = (f'<span style="background-color:{MARK}; color:{MARK_TEXT}; font-weight:600">', "</span>")

_KINDS = {
    "reflection": QT_TRANSLATE_NOOP("JournalPage", "Reflection"),
    "entry": QT_TRANSLATE_NOOP("JournalPage", "Entry"),
    "rejection": QT_TRANSLATE_NOOP("JournalPage", "Rejection and feedback"),
    "application": QT_TRANSLATE_NOOP("JournalPage", "Application notes"),
    "contact": QT_TRANSLATE_NOOP("JournalPage", "Contact notes"),
}
_PERIODS = (None, 7, 30, 365)


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

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self._hits: dict[tuple[str, int], SearchHit] = {}
        self._current: tuple[str, int] | None = None
        self._owner: tuple[int | None, int | None] = (None, None)
        """(application id, reflection id) of what the reader shows, for its two buttons."""
        self._contact: int | None = None
        """The person whose found notes the reader shows, for its Open the contact button."""
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.reload)  # a search in a journal of contacts alone leaves the empty state

        self.search_box = QLineEdit()
        self.search_box.setObjectName("journal-search")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(lambda _text: self.search_timer.start())
        self.kind = QComboBox()
        self.company = QComboBox()
        self.period = QComboBox()
        self.tag = QComboBox()
        self.tag.setObjectName("journal-tag-filter")
        for combo in (self.kind, self.company, self.period, self.tag):
            combo.currentIndexChanged.connect(self.refresh)
            # As wide as a short name, not the longest company: the search box keeps its room at 1100×700.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_entry)

        self.list = QListWidget()
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
        self.list.itemActivated.connect(lambda _item: self._on_open_owner())

        self.editor = EntryEditor(context)
        self.editor.saved.connect(self._on_entry_saved)
        self.editor.deleted.connect(lambda _id: self._after_change(None))
        self.reader = QTextBrowser()
        self.reader.setObjectName("journal-reader")
        self.reader.setOpenLinks(False)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self._on_open_reflection)
        self.application_button = QPushButton()
        self.application_button.clicked.connect(self._on_open_application)
        self.contact_button = QPushButton()
        self.contact_button.clicked.connect(self._on_open_contact)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.application_button)
        buttons.addWidget(self.contact_button)
        buttons.addStretch(1)
        reader_pane = QWidget()
        reader_layout = QVBoxLayout(reader_pane)
        reader_layout.setContentsMargins(0, 0, 0, 0)
        reader_layout.addWidget(self.reader, 1)
        reader_layout.addLayout(buttons)
        self.panes = QStackedWidget()
        self.panes.addWidget(self.editor)
        self.panes.addWidget(reader_pane)

        searching = QHBoxLayout()
        searching.addWidget(self.search_box, 1)
        searching.addWidget(self.new_button)
        # The filters in a row of their own: with the tag filter, four boxes beside the search box no
        # longer fit a page 1100 pixels wide without squeezing the search box or scrolling sideways.
        for box in (self.kind, self.company, self.period, self.tag):  # a long company name never widens the row
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(8)
        filters = QHBoxLayout()
        filters.addWidget(self.kind)
        filters.addWidget(self.company)
        filters.addWidget(self.period)
        filters.addWidget(self.tag)
        filters.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.panes)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        self.content = splitter
        self.empty_state = EmptyState("journal")
        self.empty_state.button.clicked.connect(self.new_entry)
        layout = QVBoxLayout(self)
        layout.addLayout(searching)
        layout.addLayout(filters)
        layout.addWidget(self.empty_state)
        layout.addWidget(splitter, 1)

        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.editor.save_now)
        self.retranslate()


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
        self._fill(self.kind, [(None, self.tr("Everything"))] + [(k, self._kind_label(k)) for k in _KINDS])
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
        self.reader.setAccessibleName(self.tr("Reflection"))
        self.open_button.setText(self.tr("Continue in the guided reflection"))
        self.application_button.setText(self.tr("Open the application"))
        self.contact_button.setText(self.tr("Open the contact"))
        self.editor.retranslate()

    def background_read(self) -> Callable[[], JournalRead]:
        journal, query, filters = self.context.journal, self.search_box.text().strip(), self._filters()
        choosing = self.panes.currentWidget() is self.editor and self._current is None  # a new entry's choices
        style, fallback = self.context.date_style(), self._fallback()

        def read() -> JournalRead:
            known = [tag.name for tag in tags.all_tags(journal)]  # most used first: completion's order
            if query:
                hits = search.search(journal, query, filters, limit=200)
                rows = [((h.kind, h.id), self._hit_html(h, style, fallback), joined(h.title, h.snippet()))
                        for h in hits]
            else:
                hits = None
                rows = [((i.kind, i.id), self._item_html(i, style, fallback), joined(self._item_title(i), i.preview))
                        for i in entries.timeline(journal, filters.kind, filters.company, filters.date_from,
                                                  filters.date_to, filters.tag)]
            return JournalRead(entries.companies(journal), known, hits, rows,
                               (entries.application_choices(journal), known) if choosing else None)

        return read

    def fill(self, data: JournalRead) -> None:
        self._fill(self.company, [(None, self.tr("All companies"))] + [(name, name) for name in data.companies])
        self._fill(self.tag, [(None, self.tr("All tags"))] + [(name, name) for name in sorted(data.tags, key=str.casefold)])
        self.editor.tags.set_known(data.tags)
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
            if key == self._current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if data.hits is not None and not rows:
            self._show_nothing_found(query)
        elif self._current is None and self.panes.currentWidget() is not self.editor:
            self.reader.clear()  # no longer "nothing found", and nothing chosen yet
        elif self.panes.currentWidget() is self.editor and self._current is None:
            self.editor.load_choices(data.choices)

    def save_pending(self) -> None:
        self.editor.save_now()  # a refusal (say, a future date) stays on screen with every word typed

    # -- actions (also used by the main window's shortcuts) -----------------------------------------------

    def new_entry(self) -> None:
        """A fresh entry in the editor, the cursor in its text (Ctrl+N)."""
        self.show_content()  # the first entry of an empty journal
        self.editor.save_now()
        self._current = None
        self.list.setCurrentItem(None)
        self.editor.clear()
        self.panes.setCurrentWidget(self.editor)
        self.editor.focus_text()

    def focus_search(self) -> None:
        """Ctrl+F: into the search box, its text selected to type over."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def open_item(self, kind: str, item_id: int) -> None:
        self.editor.save_now()
        self._current = (kind, item_id)
        self._owner = (None, item_id if kind == "reflection" else None)
        self._contact = None
        style = self.context.date_style()
        try:
            opened = search.open_item(self.context.journal, kind, item_id)
        except NotFound:
            self._after_change(None)
            return
        if kind == "entry":
            self.editor.show_entry(opened.entry)
        elif kind == "reflection":
            self.reader.setHtml(reflection_html(opened.reflection, style, self._fallback()))
        else:
            # A found message, feedback or note: the snippet, then the reflection it led to.
            hit = self._hits.get((kind, item_id))
            self._owner = (opened.application_id, opened.reflection_id)
            self._contact = opened.contact_id
            html = hit_html(hit, self._kind_label(kind), style) if hit else ""
            if opened.reflection is not None:
                html += reflection_html(opened.reflection, style, self._fallback())
            self.reader.setHtml(html)
        self.open_button.setVisible(self._owner[1] is not None)
        self.application_button.setVisible(self._owner[0] is not None)
        self.contact_button.setVisible(self._contact is not None)
        self.panes.setCurrentWidget(self.editor if kind == "entry" else self.reader.parentWidget())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self._current is not None and self._current[0] != "entry":
            self.open_item(*self._current)  # the reader's captions take the new theme's colour
        super().changeEvent(event)

    def _show_nothing_found(self, query: str) -> None:
        """Say so in the reader, instead of leaving an earlier entry there as if it matched."""
        self.editor.save_now()
        self._current, self._owner, self._contact = None, (None, None), None
        nothing = fill(self.tr("Nothing found for %1."), query)
        hint = self.tr("Try fewer or shorter words, or another filter.")
        self.reader.setHtml(f"<h3>{escaped(nothing)}</h3><p>{escaped(hint)}</p>")
        self.open_button.hide()
        self.application_button.hide()
        self.contact_button.hide()
        self.panes.setCurrentWidget(self.reader.parentWidget())

    # -- list items ---------------------------------------------------------------------------------------

    def _kind_label(self, kind: str) -> str:
        return self.tr(_KINDS.get(kind, kind))

    def _item_title(self, item: TimelineItem) -> str:
        if item.title:
            return item.title
        return self.tr("Reflection") if item.kind == "reflection" else self.tr("Untitled entry")

    # The rows' HTML is made on the page's read thread (`background_read`): only from the item, the date
    # style and the direction given, and translations (QCoreApplication.translate takes any thread).

    def _facts(self, kind: str, day: date, style: DateStyle, draft: bool = False, private: bool = False) -> str:
        facts = [isolate(long_date(day, style)), self._kind_label(kind)]
        if draft:
            facts.append(self.tr("draft"))
        if private:
            facts.append(self.tr("private"))
        return f'<p style="margin:0; color:{MUTED}; font-size:small">{escaped(" · ".join(facts))}</p>'

    @staticmethod
    def _paragraph(html: str, plain: str, fallback: str, bold: bool = False) -> str:
        direction = text_direction(plain, fallback=fallback)
        weight = "font-weight:600;" if bold else ""
        return f'<p dir="{direction}" style="margin:0; {weight}">{html}</p>'

    def _item_html(self, item: TimelineItem, style: DateStyle, fallback: str) -> str:
        title = self._item_title(item)
        return (self._paragraph(escaped(title), title, fallback, bold=True)
                + self._facts(item.kind, item.day, style, item.draft, item.private)
                + (self._paragraph(escaped(item.preview), item.preview, fallback) if item.preview else "")
                + (f'<p style="margin:0; color:{MUTED}; font-size:small">{escaped(tags_line(item.tags))}</p>'
                   if item.tags else ""))

    def _hit_html(self, hit: SearchHit, style: DateStyle, fallback: str) -> str:
        title = hit.title or (self.tr("Reflection") if hit.kind == "reflection" else self.tr("Untitled entry"))
        title_html = hit.title_html(*HIGHLIGHT) if hit.title else escaped(title)
        return (self._paragraph(title_html, title, fallback, bold=True) + self._facts(hit.kind, hit.day, style)
                + self._paragraph(hit.snippet_html(*HIGHLIGHT), hit.snippet("", ""), fallback))

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

    def _on_entry_saved(self, entry_id: int) -> None:
        self._after_change(("entry", entry_id))

    def _after_change(self, key: tuple[str, int] | None) -> None:
        self._current = key
        if key is None:
            self.editor.clear()
            self.panes.setCurrentWidget(self.editor)
        self.refresh()  # the list shows the saved entry (the use case told the other pages)

    def _on_open_reflection(self) -> None:
        if self._owner[1] is not None:
            self.open_reflection_requested.emit(self._owner[1])

    def _on_open_application(self) -> None:
        if self._owner[0] is not None:
            self.open_application_requested.emit(self._owner[0])

    def _on_open_contact(self) -> None:
        if self._contact is not None:
            self.open_contact_requested.emit(self._contact)

    def _on_open_owner(self) -> None:
        """Enter or a double-click on a found message, feedback or note: what it belongs to."""
        if self._owner[0] is not None:
            self._on_open_application()
        else:
            self._on_open_contact()
