"""The main window: a navigation list beside the pages, a toolbar, and the global shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QToolBar, QWidget,
)

from ui.app_icon import app_icon
from ui.applications_page import ApplicationsPage
from ui.contacts_page import ContactsPage
from ui.context import AppContext
from ui.growth_page import GrowthPage
from ui.guide_dialog import GuideDialog
from ui.export_actions import ExportImportActions
from ui.i18n import LanguageSwitcher
from ui.journal_page import JournalPage
from ui.page import Page
from ui.placeholder_page import PlaceholderPage
from ui.settings_page import SettingsPage
from ui.today_page import TodayPage
from ui.tray import DueNotifier


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, switcher: LanguageSwitcher | None = None) -> None:
        super().__init__()
        self.context = context
        self.switcher = switcher
        self.pages: dict[str, Page] = {
            "today": TodayPage(context),
            "applications": ApplicationsPage(context),
            "journal": JournalPage(context),
            "growth": GrowthPage(context),
            "charts": PlaceholderPage(context, "charts"),
            "contacts": ContactsPage(context),
            "settings": SettingsPage(context),
        }
        self.pages["settings"].language_chosen.connect(self.set_language)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(190)
        self.navigation.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        for key, page in self.pages.items():
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.navigation.addItem(item)
            self.stack.addWidget(page)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)

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
        self.guide_dialog: GuideDialog | None = None
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
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addAction(self.about_action)

        self.notifier = DueNotifier(context, app_icon(), self)
        self.notifier.open_today_requested.connect(self._on_open_today)

        self.navigation.setCurrentRow(0)
        self.resize(1100, 720)
        geometry = context.preferences.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.retranslate()

    def show_page(self, key: str) -> Page:
        self.navigation.setCurrentRow(list(self.pages).index(key))
        return self.pages[key]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Thabat — job search journal"))
        for row, page in enumerate(self.pages.values()):
            self.navigation.item(row).setText(page.title())
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
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Thabat"))

    def open_guide(self) -> GuideDialog:
        """Show the guide and resources (F1), one dialog kept for the whole run."""
        if self.guide_dialog is None:
            self.guide_dialog = GuideDialog(self.context, self)
        else:
            self.guide_dialog.retranslate()
        self.guide_dialog.show()
        self.guide_dialog.raise_()
        self.guide_dialog.activateWindow()
        return self.guide_dialog

    def set_language(self, lang: str) -> None:
        """Switch the whole application's language and direction now, without a restart."""
        self.context.lang = lang
        if self.switcher is not None:
            self.switcher.apply(lang)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.context.preferences.save_geometry(self.saveGeometry())
        self.notifier.stop()
        super().closeEvent(event)

    def _on_log_rejection(self) -> None:
        self.show_page("applications").log_rejection()

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

    def _on_about(self) -> None:
        from ui.about_dialog import AboutDialog

        AboutDialog(self.context.folder, self).exec()
