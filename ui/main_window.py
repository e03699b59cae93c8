"""The main window: a navigation list beside the pages, a toolbar, and the global shortcuts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout, QListWidget, QListWidgetItem, QMainWindow, QScrollArea, QStackedWidget, QToolBar, QWidget,
)

from thabat.ui import window_dialogs
from thabat.ui.context import AppContext
from thabat.ui.export_actions import ExportImportActions
from thabat.ui.i18n import LanguageSwitcher
from thabat.ui.icons import icon
from thabat.ui.menus import MainMenus
from thabat.ui.page import Page, page_title
from thabat.ui.pages_ahead import AHEAD
from thabat.ui.theme import choose_theme
from thabat.ui.window_pages import PAGE_CLASSES, LazyPages, make_page, place_page, scrollable, splitters
from thabat.ui.window_start_up import TODAY_MODULES, TURN_MS, StartUp

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from thabat.ui.guide_dialog import GuideDialog
    from thabat.ui.reflection_page import ReflectionPage
    from thabat.ui.shortcuts_dialog import ShortcutsDialog
    from thabat.ui.tray import DueNotifier

DEFAULT_SIZE = (1200, 680)
"""The first window: fits a 1366×768 laptop screen with a taskbar and a title bar."""

STATUS_MESSAGE_MS = 6000
"""How long a confirmation stays in the status bar: long enough to read twice."""


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, switcher: LanguageSwitcher | None = None,
                 today_after_paint: bool = False) -> None:
        """`today_after_paint` (start-up): the first paint shows Today's heading and "Reading your journal…";
        the page is built by `build_today` once the window is on screen, and reads its data on a thread,
        so the window answers its first key without waiting for either."""
        super().__init__()
        self.context = context
        self.switcher = switcher
        # Each widget is made in its place (its parent given at once): under the style sheet, a widget moved
        # into another parent is styled again with all its children.
        central = QWidget(self)
        self.navigation = QListWidget(central)
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(200)
        self.navigation.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget(central)
        self._areas: dict[str, QScrollArea] = {}
        for key in PAGE_CLASSES:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.navigation.addItem(item)
        # Only Today's frame is in the first paint: each scroll area is styled under the style sheet as it
        # goes into the stack (~4 ms), so the others are made after the paint (`make_frames`) or when asked for.
        self.area("today")
        self.pages = LazyPages(self._build_page)
        self.start_up = StartUp(self, today_after_paint)
        self.navigation.currentRowChanged.connect(self._on_row_changed)
        # The reflection is in the stack but not in the navigation: it is opened for one reflection.
        # It is not wrapped in a scroll area: its steps scroll inside, between a fixed step bar and
        # fixed Back / Next (one scroll bar, and the buttons always in view).
        self._reflection_page: ReflectionPage | None = None

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
        self.toolbar = QToolBar(self)
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
        self.notifier: "DueNotifier | None" = None
        if not today_after_paint:  # at start-up, after the paint: nothing falls due in its first seconds
            self.start_notifier()

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

    def start_notifier(self) -> None:
        """The tray icon and the due-item and check-in notifications (their first check is 3 s away)."""
        from thabat.ui.app_icon import app_icon
        from thabat.ui.tray import DueNotifier

        if self.notifier is None:
            self.notifier = DueNotifier(self.context, app_icon(), self)
            self.notifier.open_today_requested.connect(self._on_open_today)

    @property
    def reflection_page(self) -> "ReflectionPage":
        if self._reflection_page is None:
            from thabat.ui.reflection_page import ReflectionPage

            self._reflection_page = ReflectionPage(self.context)
            self._reflection_page.left.connect(self._on_reflection_left)
            self.stack.addWidget(self._reflection_page)
        return self._reflection_page

    def _make_page(self, key: str, **options) -> Page:
        return make_page(self.context, key, **options)

    def _build_page(self, key: str) -> Page:
        page = self.start_up.take_made(key) or self._make_page(key)
        if key == "today":
            page.finish_building()  # begun in turns at start-up (`build_today`): the rest at once
            if self.start_up.today_after_paint:
                page.read_first_in_background()  # before it is put on screen: its first show reads
        place_page(self, key, page, self.area(key))
        return page

    def build_today(self, modules: tuple[str, ...] = TODAY_MODULES) -> None:
        """Start-up, right after the first paint: Today built in turns (window_start_up.py)."""
        self.start_up.build_today(modules)

    def build_pages_ahead(self, keys: tuple[str, ...] = AHEAD) -> None:
        """Once idle after start-up: the pages not built yet, a step an event-loop turn (window_start_up.py)."""
        self.start_up.build_pages_ahead(keys)

    @property
    def pages_ahead(self):
        return self.start_up.pages_ahead

    @property
    def building_ahead(self) -> bool:
        return self.start_up.building_ahead

    def area(self, key: str) -> QScrollArea:
        """The scroll area a page is shown in, made and put in its place in the stack when first asked for."""
        area = self._areas.get(key)
        if area is None:
            keys = list(PAGE_CLASSES)
            index = sum(1 for made in self._areas if keys.index(made) < keys.index(key))  # the navigation's order
            area = self._areas[key] = scrollable()
            self.stack.insertWidget(index, area)
        return area

    def make_frames(self) -> None:
        """After the first paint: the page frames not made yet, one an event-loop turn (a key or a click due
        meanwhile goes first). A page shown sooner makes its own (`area`)."""
        missing = [key for key in PAGE_CLASSES if key not in self._areas]
        if missing:
            self.area(missing[0])
            if len(missing) > 1:
                QTimer.singleShot(TURN_MS, self, self.make_frames)

    def _on_row_changed(self, row: int) -> None:
        if row >= 0 and self.start_up.shows_later(row, list(PAGE_CLASSES)[row]):
            return
        self.show_row(row)

    def show_row(self, row: int) -> None:
        """Show the page of this navigation row, built first if need be."""
        if row < 0:
            self.stack.setCurrentIndex(row)
            return
        key = list(PAGE_CLASSES)[row]
        self.pages[key]  # noqa: B018  (built before it is shown)
        self.stack.setCurrentWidget(self.area(key))

    def open_due_item(self, item) -> None:
        """Show what a due item on Today is about."""
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
        return window_dialogs.open_guide(self)

    def show_backups(self) -> None:
        """File → Backups: the Backups section of Settings, scrolled into view."""
        settings = self.show_page("settings")
        self.area("settings").ensureWidgetVisible(settings.backups)

    def choose_theme(self, theme: str) -> None:
        """View → Theme: the same choice as in Settings, kept in step with it."""
        choose_theme(self.context.preferences, theme)
        settings = self.pages.built().get("settings")
        if settings is not None:
            settings.show_theme(theme)

    def show_shortcuts(self) -> "ShortcutsDialog":
        """Help → Keyboard shortcuts (Ctrl+/): every shortcut of the window, in the language shown."""
        return window_dialogs.show_shortcuts(self)

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
        self.start_up.stop()  # closed while building ahead: nothing more is built
        self.context.stop_long_work()  # closed mid-job (a signal, the session's end): stopped cleanly first
        self.save_pending()  # closing right after typing (or ticking Private) keeps it
        if self.notifier is not None:
            self.notifier.stop()
        self.context.preferences.save_geometry(self.saveGeometry())
        self.context.preferences.save_splitter_states({
            name: splitter.saveState() for key, page in self.pages.built().items()
            for name, splitter in splitters(key, page).items()})
        super().closeEvent(event)

    def _on_log_rejection(self) -> None:
        window_dialogs.log_rejection(self)

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
        window_dialogs.about(self)

