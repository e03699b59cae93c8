"""The main window's start-up sequence: Today built in turns after the first paint, the other pages built
ahead while idle, and a page clicked while the ORM still loads shown once it is there.

Each step runs in an event-loop turn of its own, so a key or a click due meanwhile is answered first.
"""

from __future__ import annotations

from importlib import import_module
from typing import Protocol

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QListWidget, QScrollArea, QStackedWidget

from thabat.ui.background_loading import when_journal_ready
from thabat.ui.context import AppContext
from thabat.ui.dialogs_ahead import AHEAD as DIALOGS_AHEAD, DialogsAhead
from thabat.ui.page import Page
from thabat.ui.pages_ahead import AHEAD, PagesAhead
from thabat.ui.window_pages import LazyPages, reading_placeholder

TODAY_MODULES = ("thabat.app.views.applications", "thabat.app.usecases.prep", "thabat.app.usecases.looking_back",
                 "thabat.ui.rich_text_delegate", "thabat.ui.date_edit", "thabat.app.views.today", "thabat.ui.today_due",
                 "thabat.ui.today_page")
"""What Today imports, in steps of ~10 ms: imported one an event-loop turn after the first paint (`build_today`).
The rich-text delegate makes QStyle's Python enums (~10 ms), no longer made before the first paint."""

TURN_MS = 1
"""Between two start-up steps: a key, a click or a timer due meanwhile runs first."""

READ_WITHOUT_ORM = {"today"}
"""Pages built from sqlite3 reads alone: they are built at once even while the ORM loads after start-up."""


class StartingWindow(Protocol):
    """What the start-up steps use of the main window (ui/main_window.py), named here so that the two
    modules need not import each other."""

    context: AppContext
    pages: LazyPages
    navigation: QListWidget
    stack: QStackedWidget

    def _make_page(self, key: str, **options) -> Page: ...

    def area(self, key: str) -> QScrollArea: ...

    def show_row(self, row: int) -> None: ...

    def isVisible(self) -> bool: ...


class StartUp:
    """Builds the window's pages in steps after the first paint; `made_ahead` holds those made, not yet placed."""

    def __init__(self, window: StartingWindow, today_after_paint: bool) -> None:
        self._window = window
        self.today_after_paint = today_after_paint
        self.made_ahead: dict[str, Page] = {}
        """Pages made while idle and not yet put in their place (`build_pages_ahead`)."""
        self.pages_ahead: PagesAhead | None = None

    def take_made(self, key: str) -> Page | None:
        """The page made ahead for this key, now to be placed (None if none was)."""
        return self.made_ahead.pop(key, None)

    def build_today(self, modules: tuple[str, ...] = TODAY_MODULES) -> None:
        """Start-up, right after the first paint: Today replaces its placeholder, over event-loop turns (its
        modules one a turn, then the page a card or two a turn, then put in its place; its data is read on a
        thread and its cards filled one a turn), so that none keeps a key waiting long. A no-op once built;
        `pages["today"]` builds it (or what is left of it) at once whenever it is asked for."""
        window = self._window
        if "today" in window.pages.built():
            return
        if modules:
            import_module(modules[0])
            modules = modules[1:]
        elif "today" not in self.made_ahead:
            self.made_ahead["today"] = window._make_page("today", in_turns=True)
        elif not self.made_ahead["today"].built:
            self.made_ahead["today"].build_step()
        else:
            window.pages["today"]  # noqa: B018  (put in its place, and shown as the current page)
            return
        QTimer.singleShot(TURN_MS, window, lambda: self.build_today(modules))

    def build_pages_ahead(self, keys: tuple[str, ...] = AHEAD) -> None:
        """Once idle after start-up: build the pages not built yet, a step an event-loop turn (ui/pages_ahead.py)."""
        window = self._window
        if self.pages_ahead is None and window.isVisible():
            self.pages_ahead = PagesAhead(keys, lambda key: key in window.pages.built(), self._make_ahead,
                                          self._place_ahead, window)
            dialogs = window.context.dialogs_ahead = DialogsAhead(window.context, window)
            for key in DIALOGS_AHEAD:  # then the dialogs opened most, one a turn (ui/dialogs_ahead.py)
                self.pages_ahead.after(lambda key=key: dialogs.prepare(key))
            self.pages_ahead.start()

    @property
    def building_ahead(self) -> bool:
        return self.pages_ahead is not None and self.pages_ahead.running

    def _make_ahead(self, key: str) -> None:
        self.made_ahead[key] = self._window._make_page(key)

    def _place_ahead(self, key: str) -> None:
        page = self._window.pages[key]
        finish_ahead = getattr(page, "finish_ahead", None)
        if finish_ahead is not None:  # a page may leave part of itself for the next idle turn (the Journal's editor)
            self.pages_ahead.then(finish_ahead)

    def shows_later(self, row: int, key: str) -> bool:
        """Whether the page of this navigation row is shown later rather than now: Today before it is built
        (its heading and "Reading your journal…" meanwhile), or a page clicked while the ORM still loads (built
        once it is there, the window answering meanwhile)."""
        window = self._window
        if key in window.pages.built():
            return False
        if key == "today" and self.today_after_paint:
            window.area(key).setWidget(reading_placeholder())  # the page itself follows the first paint
            window.stack.setCurrentWidget(window.area(key))
            return True
        if key not in READ_WITHOUT_ORM and not window.context.journal.engine_ready:
            when_journal_ready(window.context.journal, lambda: self._show_row_if_current(row), window)
            return True
        return False

    def _show_row_if_current(self, row: int) -> None:
        if self._window.navigation.currentRow() == row:
            self._window.show_row(row)

    def stop(self) -> None:
        """The window closes: nothing more is built, and what was made but not placed is let go here, on
        the GUI thread."""
        if self.pages_ahead is not None:
            self.pages_ahead.stop()
        self.made_ahead.clear()
        if self._window.context.dialogs_ahead is not None:
            self._window.context.dialogs_ahead.stop()

