"""The base of every page: re-translates itself on LanguageChange, refreshes when shown, and reloads
when the journal announces a change of a kind it shows (its `shows`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from thabat.ui.background_loading import when_journal_ready
from thabat.ui.context import DISPLAY_SETTINGS, AppContext

if TYPE_CHECKING:  # the events load with the use cases that emit them, after the first paint
    from thabat.app.events import JournalEvent

_WAITING_FOR_ENGINE = object()
"""A page's read asked for, waiting for the journal's engine to load (the read needs the ORM)."""
_SHOWING = object()
"""A read ended and filled the page; its content is shown in the next event-loop turn (see `_on_read`)."""

SHOW_AFTER_FILL_MS = 1
"""Between filling a page and showing its content: a key or a click due meanwhile is answered first."""


def page_title(key: str) -> str:
    """A page's name, in the navigation and as its heading, known before the page is built."""
    translate = QCoreApplication.translate  # literal contexts and texts below, for pyside6-lupdate
    return {
        "today": translate("Pages", "Today"),
        "applications": translate("Pages", "Applications"),
        "journal": translate("Pages", "Journal"),
        "growth": translate("Pages", "Growth"),
        "charts": translate("Pages", "Charts"),
        "contacts": translate("Pages", "Contacts"),
        "settings": translate("Pages", "Settings"),
        "reflection": translate("Pages", "Reflection"),
    }[key]


class Page(QWidget):
    """A screen of the main window. Subclasses set `key` and implement retranslate() and refresh().

    A page with an empty state sets `empty_state` (shown when `is_empty()` after a refresh) and
    `content` (hidden meanwhile)."""

    key = ""
    shows: tuple[type[JournalEvent], ...] = ()
    """The kinds of change this page shows; a restored journal and the display settings concern every page."""
    setting_keys: tuple[str, ...] = DISPLAY_SETTINGS
    """The settings whose change means this page reloads."""
    empty_state: QWidget | None = None
    content: QWidget | None = None
    reads_in_background = True
    """Whether `reload` runs a page's `background_read` on a thread (ui/page_reads.py). The tests' default is off:
    their in-memory journal is one SQLite connection that every thread would share."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True
        self._read = None  # a PageRead under way, or _WAITING_FOR_ENGINE
        self._filled = False
        self._loading_label: QLabel | None = None
        context.journal_changed.connect(self._on_journal_changed)
        context.settings_changed.connect(self.retranslate)  # labels with numbers take the new digits

    def title(self) -> str:
        return page_title(self.key)

    def retranslate(self) -> None:
        """Set every visible text again in the current language."""

    def refresh(self) -> None:
        """Reload what the page shows from the journal, now (a page with a `background_read` reads here, on this thread)."""
        read = self.background_read()
        if read is not None:
            self._drop_read()
            self.fill(read())
            self._end_loading()

    def background_read(self) -> Callable[[], object] | None:
        """For a page that reads off the GUI thread: a function (made here, on the GUI thread, with what the
        page's filters say) that reads what the page shows through use cases only, for `fill` to show.
        It runs on a thread of its own when the page reloads (ui/page_reads.py). None: `refresh` does it all."""
        return None

    def fill(self, data: object) -> None:
        """Show what the `background_read` function read (GUI thread)."""

    @property
    def loading(self) -> bool:
        """A read is under way; the page fills when it ends."""
        return self._read is not None

    def save_pending(self) -> None:
        """Store what is typed but not saved yet: the window closes, the app quits or the language changes."""

    def is_empty(self) -> bool:
        """Whether the page has nothing to show yet (not merely nothing matching a filter)."""
        return False

    def show_content(self) -> None:
        """Leave the empty state for the page itself: the user starts writing the first one here."""
        if self.empty_state is not None:
            self.empty_state.hide()
        if self.content is not None:
            self.content.show()

    def reload(self) -> None:
        """Refresh (a page with a `background_read`: read on a thread, then fill), then show the empty state or the content."""
        read = self.background_read() if self.reads_in_background else None
        if read is None:
            self.refresh()
            self._show_empty_or_content()
            return
        self._drop_read()
        if not self._filled:
            self._show_loading()
        self._read = _WAITING_FOR_ENGINE
        when_journal_ready(self.context.journal, lambda: self._start_read(read), self)

    def _start_read(self, read: Callable[[], object]) -> None:
        if self._read is _WAITING_FOR_ENGINE:  # not replaced meanwhile by a refresh here
            self._read = self.context.page_reads.start(read, self._on_read)

    def _on_read(self, data: object) -> None:
        # Filled in this turn, shown in the next: the first show of a page's content lays out and paints all
        # of it (30-40 ms for Contacts or the Journal), which added to the fill kept a key waiting over 50 ms.
        self._read = _SHOWING
        self.fill(data)
        QTimer.singleShot(SHOW_AFTER_FILL_MS, self, self._show_filled)

    def _show_filled(self) -> None:
        if self._read is _SHOWING:  # not replaced meanwhile by another read or a refresh
            self._read = None
            self._end_loading()
            self._show_empty_or_content()

    def _drop_read(self) -> None:
        if self._read is not None and self._read not in (_WAITING_FOR_ENGINE, _SHOWING):
            self._read.dropped = True
        self._read = None

    def _show_loading(self) -> None:
        """Before the first fill: one calm line where the content will be."""
        if self._loading_label is None:
            self._loading_label = QLabel(QCoreApplication.translate("Page", "Loading…"), self)
            self._loading_label.setObjectName("page-loading")
            self._loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.layout().addWidget(self._loading_label, 1)
        for widget in (self.content, self.empty_state):
            if widget is not None:
                widget.hide()
        self._loading_label.show()

    def _end_loading(self) -> None:
        self._filled = True
        if self._loading_label is not None and not self._loading_label.isHidden():
            self._loading_label.hide()
            self._show_empty_or_content()

    def _show_empty_or_content(self) -> None:
        if self.empty_state is not None:
            focus = QApplication.focusWidget()
            writing = focus is not None and self.content is not None and self.content.isAncestorOf(focus)
            empty = self.is_empty() and not writing  # the first one is being written: keep its form
            self.empty_state.setVisible(empty)
            if self.content is not None:
                self.content.setVisible(not empty)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._reload()  # texts built from data (labels, dates) change language too
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        if self._stale:
            self.reload()
            self._stale = False
        super().showEvent(event)

    def concerns(self, event: JournalEvent) -> bool:
        """Whether `event` changes what this page shows."""
        from thabat.app.events import JournalReplaced, SettingsChanged  # loaded by the use case that emitted

        if isinstance(event, SettingsChanged):
            return event.key in self.setting_keys
        return isinstance(event, (JournalReplaced, *self.shows))

    def _on_journal_changed(self, event: JournalEvent) -> None:
        if self.concerns(event):
            self._reload()

    def _reload(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True
