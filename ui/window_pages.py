"""The main window's pages: which they are, each made on first use, and how one is put in its place.

A page is made from its module when first asked for (only Today is needed for the first paint), then
placed: linked to the other pages it opens, given the page margins, put into its scroll area, and its
splitters set where the user last left them.
"""

from __future__ import annotations

from importlib import import_module
from typing import Callable, Iterator, Mapping, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from thabat.ui.context import AppContext
from thabat.ui.page import Page, page_title

PAGE_CLASSES = {
    "today": "thabat.ui.today_page.TodayPage",
    "applications": "thabat.ui.applications_page.ApplicationsPage",
    "journal": "thabat.ui.journal_page.JournalPage",
    "growth": "thabat.ui.growth_page.GrowthPage",
    "charts": "thabat.ui.charts_page.ChartsPage",
    "contacts": "thabat.ui.contacts_page.ContactsPage",
    "settings": "thabat.ui.settings_page.SettingsPage",
}
"""The navigation, in order. A page (and its module, and what that imports) is built when first shown:
only Today is needed for the first paint."""

LATER_PARTS = {"journal": {"editor_later": True}}
"""Pages that leave a heavy part for an idle step of their own (their `finish_ahead`) or their first use."""

PAGE_MARGINS = (24, 16, 24, 16)
"""Room around every page's content (left, top, right, bottom; mirrored in Arabic by Qt)."""


class PagesWindow(Protocol):
    """What placing a page uses of the main window (ui/main_window.py), named here so that the two
    modules need not import each other."""

    context: AppContext
    log_rejection_action: QAction
    add_application_action: QAction

    def show_page(self, key: str) -> Page: ...

    def open_reflection(self, reflection_id: int): ...

    def open_reflection_for_rejection(self, rejection_id: int): ...

    def open_due_item(self, item) -> None: ...

    def set_language(self, lang: str) -> None: ...


class LazyPages(Mapping[str, Page]):
    """The main window's pages by key, each built on first access and put into its scroll area."""

    def __init__(self, build: Callable[[str], Page]) -> None:
        self._build = build
        self._built: dict[str, Page] = {}

    def __getitem__(self, key: str) -> Page:
        if key not in self._built:
            if key not in PAGE_CLASSES:
                raise KeyError(key)
            self._built[key] = self._build(key)
        return self._built[key]

    def __iter__(self) -> Iterator[str]:
        return iter(PAGE_CLASSES)

    def __len__(self) -> int:
        return len(PAGE_CLASSES)

    def built(self) -> dict[str, Page]:
        """The pages built so far (the others have nothing to save, refresh or translate)."""
        return dict(self._built)


def make_page(context: AppContext, key: str, **options) -> Page:
    """A new page of this key, not yet in the window."""
    module, name = PAGE_CLASSES[key].rsplit(".", 1)
    return getattr(import_module(module), name)(context, **LATER_PARTS.get(key, {}), **options)


def place_page(window: PagesWindow, key: str, page: Page, area: QScrollArea) -> None:
    """Link a newly made page to the window, give it the page margins and put it into its scroll area."""
    _link(window, key, page)
    if page.layout() is not None:  # the same generous margins on every page
        page.layout().setContentsMargins(*PAGE_MARGINS)
        page.layout().setSpacing(12)
    area.setWidget(page)
    for name, splitter in splitters(key, page).items():
        state = window.context.preferences.splitter_state(name)
        if state is not None:
            splitter.restoreState(state)


def _link(window: PagesWindow, key: str, page: Page) -> None:
    """What a page asks of the others (open an application, a contact, a reflection) goes through the window."""
    if key == "today":
        page.resume_reflection_requested.connect(window.open_reflection)
        page.open_in_journal_requested.connect(lambda kind, item_id: window.show_page("journal").open_item(kind, item_id))
        page.coming_up.open_contact_requested.connect(lambda contact_id: window.show_page("contacts").select(contact_id))
        page.coming_up.open_application_requested.connect(lambda app_id: window.show_page("applications").select(app_id))
        page.open_due_requested.connect(window.open_due_item)
    elif key == "applications":
        page.reflect_requested.connect(window.open_reflection_for_rejection)
    elif key == "journal":
        page.open_reflection_requested.connect(window.open_reflection)
        page.open_application_requested.connect(lambda app_id: window.show_page("applications").select(app_id))
        page.open_contact_requested.connect(lambda contact_id: window.show_page("contacts").select(contact_id))
    elif key == "settings":
        page.language_chosen.connect(window.set_language)
    # The one next thing an empty Growth or Charts page offers happens on another page.
    empty_actions = {"growth": window.log_rejection_action, "charts": window.add_application_action}
    if key in empty_actions:
        page.empty_state.button.clicked.connect(empty_actions[key].trigger)


def splitters(key: str, page: QWidget) -> dict[str, QSplitter]:
    """A page's splitters by a stable name ("contacts/0"), to remember where the user left them."""
    return {f"{key}/{index}": splitter for index, splitter in enumerate(page.findChildren(QSplitter))}


def reading_placeholder() -> QWidget:
    """What Today shows before it is built: its heading and a quiet "Reading your journal…"."""
    placeholder = QWidget()
    layout = QVBoxLayout(placeholder)
    layout.setContentsMargins(*PAGE_MARGINS)
    heading = QLabel(f"<h2>{page_title('today')}</h2>")
    heading.setObjectName("page-heading")
    reading = QLabel(QCoreApplication.translate("TodayPage", "Reading your journal…"))
    reading.setObjectName("caption")
    layout.addWidget(heading)
    layout.addWidget(reading)
    layout.addStretch(1)
    return placeholder


def scrollable() -> QScrollArea:
    """Pages scroll instead of pushing the window past a small screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area
