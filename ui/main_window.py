"""The main window: a navigation list beside the pages, a toolbar, and the global shortcuts."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Iterator, Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QScrollArea, QSplitter, QStackedWidget,
    QToolBar, QVBoxLayout, QWidget,
)

from thabat.ui.app_icon import app_icon
from thabat.ui.background_loading import when_journal_ready
from thabat.ui.context import AppContext
from thabat.ui.export_actions import ExportImportActions
from thabat.ui.i18n import LanguageSwitcher
from thabat.ui.icons import icon
from thabat.ui.menus import MainMenus
from thabat.ui.modal import deleted_after_use
from thabat.ui.page import Page, page_title
from thabat.ui.pages_ahead import AHEAD, PagesAhead
from thabat.ui.theme import choose_theme
from thabat.ui.tray import DueNotifier

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from thabat.ui.guide_dialog import GuideDialog
    from thabat.ui.reflection_page import ReflectionPage
    from thabat.ui.shortcuts_dialog import ShortcutsDialog

DEFAULT_SIZE = (1200, 680)
"""The first window: fits a 1366×768 laptop screen with a taskbar and a title bar."""

PAGE_MARGINS = (24, 16, 24, 16)
"""Room around every page's content (left, top, right, bottom; mirrored in Arabic by Qt)."""

STATUS_MESSAGE_MS = 6000
"""How long a confirmation stays in the status bar: long enough to read twice."""

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

TODAY_MODULES = ("thabat.app.views.applications", "thabat.app.usecases.prep", "thabat.app.usecases.looking_back",
                 "thabat.ui.today_page")
"""What Today imports, in steps of ~10 ms: imported one an event-loop turn after the first paint (`build_today`)."""

TURN_MS = 1
"""Between two start-up steps: a key, a click or a timer due meanwhile runs first."""

READ_WITHOUT_ORM = {"today"}
"""Pages built from sqlite3 reads alone: they are built at once even while the ORM loads after start-up."""


class LazyPages(Mapping[str, Page]):
    """The main window's pages by key, each built on first access and put into its scroll area."""

    def __init__(self, build) -> None:
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


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, switcher: LanguageSwitcher | None = None,
                 today_after_paint: bool = False) -> None:
        """`today_after_paint` (start-up): the first paint shows Today's heading and "Reading your journal…";
        the page is built by `build_today` once the window is on screen, and reads its data on a thread,
        so the window answers its first key without waiting for either."""
        super().__init__()
        self.context = context
        self.switcher = switcher
        self._today_after_paint = today_after_paint
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(200)
        self.navigation.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        self._areas: dict[str, QScrollArea] = {}
        for key in PAGE_CLASSES:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.navigation.addItem(item)
            self._areas[key] = _scrollable()
            self.stack.addWidget(self._areas[key])
        self.pages = LazyPages(self._build_page)
        self._made_ahead: dict[str, Page] = {}
        """Pages made while idle and not yet put in their place (`build_pages_ahead`)."""
        self.pages_ahead: PagesAhead | None = None
        self.navigation.currentRowChanged.connect(self._on_row_changed)
        # The reflection is in the stack but not in the navigation: it is opened for one reflection.
        # It is not wrapped in a scroll area: its steps scroll inside, between a fixed step bar and
        # fixed Back / Next (one scroll bar, and the buttons always in view).
        self._reflection_page: ReflectionPage | None = None

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.log_rejection_action = QAction(self)
        self.log_rejection_action.setShortcut(QKeySequence("Ctrl+R"))
        self.log_rejection_action.triggered.connect(self._on_log_rejection)
        self.add_application_action = QAction(self)
        self.add_application_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.add_application_action.triggered.connect(self._on_add_application)
        # Journal: Ctrl+N writes a new entry, Ctrl+F searches, from any page.
        self.new_entry_action = QAction(self)
        self.new_entry_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_entry_action.triggered.connect(self._on_new_entry)
        self.search_action = QAction(self)
        self.search_action.setShortcut(QKeySequence("Ctrl+F"))
        self.search_action.triggered.connect(self._on_search)
        self.addAction(self.search_action)
        self.guide_action = QAction(self)
        self.guide_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.guide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.guide_action.triggered.connect(self.open_guide)
        self.guide_dialog: "GuideDialog | None" = None
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.log_rejection_action)
        self.toolbar.addAction(self.add_application_action)
        self.toolbar.addAction(self.new_entry_action)
        self.toolbar.addAction(self.guide_action)
        self.export_import = ExportImportActions(context, self)
        self.toolbar.addWidget(self.export_import.export_button)
        self.toolbar.addWidget(self.export_import.import_button)
        self.addToolBar(self.toolbar)
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self._on_about)
        self.shortcuts_dialog: "ShortcutsDialog | None" = None
        self.menus = MainMenus(self)

        context.status_message.connect(self._on_status_message)
        self.notifier = DueNotifier(context, app_icon(), self)
        self.notifier.open_today_requested.connect(self._on_open_today)

        # However the app quits (the window closed, a signal, a logout), what is typed is stored first.
        QCoreApplication.instance().aboutToQuit.connect(self.save_pending)

        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(20, 20))
        self.show_icons()

        self.navigation.setCurrentRow(0)
        self.resize(*DEFAULT_SIZE)
        geometry = context.preferences.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.retranslate()

    @property
    def reflection_page(self) -> "ReflectionPage":
        if self._reflection_page is None:
            from thabat.ui.reflection_page import ReflectionPage

            self._reflection_page = ReflectionPage(self.context)
            self._reflection_page.left.connect(self._on_reflection_left)
            self.stack.addWidget(self._reflection_page)
        return self._reflection_page

    def _make_page(self, key: str, **options) -> Page:
        module, name = PAGE_CLASSES[key].rsplit(".", 1)
        return getattr(import_module(module), name)(self.context, **options)

    def _build_page(self, key: str) -> Page:
        page = self._made_ahead.pop(key, None) or self._make_page(key)
        if key == "today":
            page.finish_building()  # begun in turns at start-up (`build_today`): the rest at once
            if self._today_after_paint:
                page.read_first_in_background()  # before it is put on screen: its first show reads
            page.resume_reflection_requested.connect(self.open_reflection)
            page.open_in_journal_requested.connect(lambda kind, item_id: self.show_page("journal").open_item(kind, item_id))
            page.coming_up.open_contact_requested.connect(lambda contact_id: self.show_page("contacts").select(contact_id))
            page.coming_up.open_application_requested.connect(lambda app_id: self.show_page("applications").select(app_id))
            page.open_due_requested.connect(self._open_due_item)
        elif key == "applications":
            page.reflect_requested.connect(self.open_reflection_for_rejection)
        elif key == "journal":
            page.open_reflection_requested.connect(self.open_reflection)
            page.open_application_requested.connect(lambda app_id: self.show_page("applications").select(app_id))
            page.open_contact_requested.connect(lambda contact_id: self.show_page("contacts").select(contact_id))
        elif key == "settings":
            page.language_chosen.connect(self.set_language)
        # The one next thing an empty Growth or Charts page offers happens on another page.
        empty_actions = {"growth": self.log_rejection_action, "charts": self.add_application_action}
        if key in empty_actions:
            page.empty_state.button.clicked.connect(empty_actions[key].trigger)
        if page.layout() is not None:  # the same generous margins on every page
            page.layout().setContentsMargins(*PAGE_MARGINS)
            page.layout().setSpacing(12)
        self._areas[key].setWidget(page)
        for name, splitter in _splitters(key, page).items():
            state = self.context.preferences.splitter_state(name)
            if state is not None:
                splitter.restoreState(state)
        return page

    def build_today(self, modules: tuple[str, ...] = TODAY_MODULES) -> None:
        """Start-up, right after the first paint: Today replaces its placeholder, over event-loop turns (its
        modules one a turn, then the page a card or two a turn, then put in its place; its data is read on a
        thread and its cards filled one a turn), so that none keeps a key waiting long. A no-op once built;
        `pages["today"]` builds it (or what is left of it) at once whenever it is asked for."""
        if "today" in self.pages.built():
            return
        if modules:
            import_module(modules[0])
            modules = modules[1:]
        elif "today" not in self._made_ahead:
            self._made_ahead["today"] = self._make_page("today", in_turns=True)
        elif not self._made_ahead["today"].built:
            self._made_ahead["today"].build_step()
        else:
            self.pages["today"]  # noqa: B018  (put in its place, and shown as the current page)
            return
        QTimer.singleShot(TURN_MS, self, lambda: self.build_today(modules))

    def build_pages_ahead(self, keys: tuple[str, ...] = AHEAD) -> None:
        """Once idle after start-up: build the pages not built yet, a step an event-loop turn (ui/pages_ahead.py)."""
        if self.pages_ahead is None and self.isVisible():
            self.pages_ahead = PagesAhead(keys, lambda key: key in self.pages.built(), self._make_ahead,
                                          lambda key: self.pages[key], self)
            self.pages_ahead.start()

    @property
    def building_ahead(self) -> bool:
        return self.pages_ahead is not None and self.pages_ahead.running

    def _make_ahead(self, key: str) -> None:
        self._made_ahead[key] = self._make_page(key)

    def _on_row_changed(self, row: int) -> None:
        if row >= 0:
            key = list(PAGE_CLASSES)[row]
            if key == "today" and self._today_after_paint and key not in self.pages.built():
                self._areas[key].setWidget(_reading_placeholder())  # the page itself follows the first paint
                self.stack.setCurrentIndex(row)
                return
            if key not in self.pages.built() and key not in READ_WITHOUT_ORM and not self.context.journal.engine_ready:
                # Clicked while the ORM still loads after start-up: the page is built once it is there,
                # and the window keeps answering meanwhile.
                when_journal_ready(self.context.journal, lambda: self._show_row_if_current(row), self)
                return
            self.pages[key]  # built before it is shown
        self.stack.setCurrentIndex(row)

    def _show_row_if_current(self, row: int) -> None:
        if self.navigation.currentRow() == row:
            self._on_row_changed(row)

    def _open_due_item(self, item) -> None:
        # Imported when first used: Today is built for the first paint, before the ORM may load.
        from thabat.ui.due_item_opener import open_due_item

        open_due_item(self, item)

    def scroll_to(self, widget: QWidget) -> None:
        """Scroll the page on screen so that `widget` (one of its parts) is in view."""
        area = self.stack.currentWidget()
        if isinstance(area, QScrollArea):
            area.ensureWidgetVisible(widget)

    def current_page(self) -> QWidget:
        """The page on screen (unwrapped from its scroll area), or the reflection page."""
        current = self.stack.currentWidget()
        return current.widget() if isinstance(current, QScrollArea) else current

    def show_page(self, key: str) -> Page:
        page = self.pages[key]  # built now, even while the ORM loads (then it waits for it)
        self.navigation.setCurrentRow(list(self.pages).index(key))
        return page

    def open_reflection(self, reflection_id: int) -> "ReflectionPage":
        """Show a reflection (a new one or a draft to resume, e.g. from Today) at its stored step."""
        if self.current_page() is not self.reflection_page:
            self._return_row = max(0, self.navigation.currentRow())
        self.reflection_page.open(reflection_id)
        # No navigation row is current while reflecting, so clicking any page (even the last one) leaves.
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(-1)
        self.navigation.blockSignals(False)
        self.stack.setCurrentWidget(self.reflection_page)
        return self.reflection_page

    def open_reflection_for_rejection(self, rejection_id: int) -> "ReflectionPage":
        """Start the reflection on a rejection, or resume its draft."""
        from thabat.app.usecases.reflections import start_reflection

        reflection = start_reflection(self.context.journal, rejection_id)
        return self.open_reflection(reflection.id)

    def _on_reflection_left(self) -> None:
        if self.navigation.currentRow() < 0:
            self.navigation.setCurrentRow(getattr(self, "_return_row", 0))
        self.navigation.setFocus()

    def bring_to_front(self) -> None:
        """Another launch on the same data folder asked for this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def retranslate(self) -> None:
        # Qt adds the application's display name to a title that does not end with it ("… — Thabat"):
        # ending with it (translated alike, see test_menus), the name shows once, on every platform.
        self.setWindowTitle(self.tr("Job search journal — Thabat"))
        for row, key in enumerate(PAGE_CLASSES):
            self.navigation.item(row).setText(page_title(key))
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.log_rejection_action.setText(self.tr("Log a rejection"))
        self.log_rejection_action.setToolTip(self.tr("Log a rejection (Ctrl+R)"))
        self.add_application_action.setText(self.tr("Add an application"))
        self.add_application_action.setToolTip(self.tr("Add an application (Ctrl+Shift+A)"))
        self.new_entry_action.setText(self.tr("New journal entry"))
        self.new_entry_action.setToolTip(self.tr("Write a new journal entry (Ctrl+N)"))
        self.search_action.setText(self.tr("Search the journal"))
        self.guide_action.setText(self.tr("Guide"))
        self.guide_action.setToolTip(self.tr("The guide and your resources (F1)"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.export_import.retranslate()
        self.export_import.import_menu.setTitle(self.tr("&Import"))
        self.export_import.export_menu.setTitle(self.tr("&Export"))
        self.menus.retranslate()
        if self.shortcuts_dialog is not None:
            self.shortcuts_dialog.show_rows()
        self.about_action.setText(self.tr("&About Thabat"))

    def open_guide(self) -> "GuideDialog":
        """Show the guide and resources (F1), one dialog kept for the whole run."""
        if self.guide_dialog is None:
            from thabat.ui.guide_dialog import GuideDialog

            self.guide_dialog = GuideDialog(self.context, self)
        else:
            self.guide_dialog.retranslate()
        self.guide_dialog.show()
        self.guide_dialog.resources.refresh()
        self.guide_dialog.raise_()
        self.guide_dialog.activateWindow()
        return self.guide_dialog

    def show_backups(self) -> None:
        """File → Backups: the Backups section of Settings, scrolled into view."""
        settings = self.show_page("settings")
        self._areas["settings"].ensureWidgetVisible(settings.backups)

    def choose_theme(self, theme: str) -> None:
        """View → Theme: the same choice as in Settings, kept in step with it."""
        choose_theme(self.context.preferences, theme)
        settings = self.pages.built().get("settings")
        if settings is not None:
            settings.show_theme(theme)

    def show_shortcuts(self) -> "ShortcutsDialog":
        """Help → Keyboard shortcuts (Ctrl+/): every shortcut of the window, in the language shown."""
        if self.shortcuts_dialog is None:
            from thabat.ui.shortcuts_dialog import ShortcutsDialog

            self.shortcuts_dialog = ShortcutsDialog(self.menus.shortcut_rows, self)
        self.shortcuts_dialog.show_rows()
        self.shortcuts_dialog.show()
        self.shortcuts_dialog.raise_()
        self.shortcuts_dialog.activateWindow()
        return self.shortcuts_dialog

    def save_pending(self) -> None:
        """Store what every editor holds unsaved (the entry, the reflection draft, the name in Settings)."""
        for page in self.pages.built().values():
            page.save_pending()
        if self._reflection_page is not None:
            self._reflection_page.save_pending()

    def set_language(self, lang: str) -> None:
        """Switch the whole application's language and direction now, without a restart.

        What is typed is stored first: a switch mid-sentence must not depend on the autosave."""
        self.save_pending()
        self.context.lang = lang
        if self.switcher is not None:
            self.switcher.apply(lang, self.context.preferences.get("digits"))

    def show_icons(self) -> None:
        """Icons in the theme's colours, pointing the reading direction's way (again after either changes)."""
        for row, key in enumerate(PAGE_CLASSES):
            self.navigation.item(row).setIcon(icon(key))
        for action, name in ((self.log_rejection_action, "log-rejection"), (self.add_application_action, "add"),
                             (self.new_entry_action, "new-entry"), (self.guide_action, "guide"),
                             (self.search_action, "search")):
            action.setIcon(icon(name))
        self.export_import.export_button.setIcon(icon("export"))
        self.export_import.import_button.setIcon(icon("import"))
        self.export_import.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.export_import.import_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.show_icons()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.LayoutDirectionChange):  # theme, direction
            self.show_icons()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.pages_ahead is not None:  # closed while building ahead: nothing more is built
            self.pages_ahead.stop()
        self._made_ahead.clear()  # made but not placed: let go here, on the GUI thread
        self.context.stop_long_work()  # closed mid-job (a signal, the session's end): stopped cleanly first
        self.save_pending()  # closing right after typing (or ticking Private) keeps it
        self.notifier.stop()
        self.context.preferences.save_geometry(self.saveGeometry())
        self.context.preferences.save_splitter_states({
            name: splitter.saveState() for key, page in self.pages.built().items()
            for name, splitter in _splitters(key, page).items()})
        super().closeEvent(event)

    def _on_log_rejection(self) -> None:
        """Ctrl+R opens the dialog over the page on screen at once (it needs no ORM to open); the
        Applications page, built with the ORM, then shows what was logged."""
        from thabat.ui.rejection_dialog import RejectionDialog

        with deleted_after_use(RejectionDialog(self.context, parent=self)) as dialog:
            if not dialog.exec() or dialog.saved is None:
                return
            saved, reflect_now = dialog.saved, dialog.reflect_now
        self.show_page("applications").show_logged(saved, reflect_now)

    def _on_add_application(self) -> None:
        self.show_page("applications").add_application()

    def _on_new_entry(self) -> None:
        self.show_page("journal").new_entry()

    def _on_search(self) -> None:
        self.show_page("journal").focus_search()

    def _on_open_today(self) -> None:
        self.show_page("today")
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def _on_status_message(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def _on_about(self) -> None:
        from thabat.ui.about_dialog import AboutDialog

        with deleted_after_use(AboutDialog(self.context.folder, self)) as dialog:
            dialog.exec()


def _splitters(key: str, page: QWidget) -> dict[str, QSplitter]:
    """A page's splitters by a stable name ("contacts/0"), to remember where the user left them."""
    return {f"{key}/{index}": splitter for index, splitter in enumerate(page.findChildren(QSplitter))}


def _reading_placeholder() -> QWidget:
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


def _scrollable() -> QScrollArea:
    """Pages scroll instead of pushing the window past a small screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area
