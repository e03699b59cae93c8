"""The base of every page: re-translates itself on LanguageChange, refreshes when shown, and reloads
when the journal announces a change of a kind it shows (its `shows`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QWidget

from thabat.app.events import JournalEvent, JournalReplaced, SettingsChanged
from thabat.ui.context import DISPLAY_SETTINGS, AppContext


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

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True
        context.journal_changed.connect(self._on_journal_changed)
        context.settings_changed.connect(self.retranslate)  # labels with numbers take the new digits

    def title(self) -> str:
        return page_title(self.key)

    def retranslate(self) -> None:
        """Set every visible text again in the current language."""

    def refresh(self) -> None:
        """Reload what the page shows from the journal."""

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
        """Refresh, then show the empty state or the content."""
        self.refresh()
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
