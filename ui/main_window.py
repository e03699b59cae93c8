"""The main window: a navigation list beside the pages, a toolbar, and the global shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QToolBar, QWidget

from ui.applications_page import ApplicationsPage
from ui.context import AppContext
from ui.i18n import LanguageSwitcher
from ui.page import Page
from ui.placeholder_page import PlaceholderPage
from ui.settings_page import SettingsPage
from ui.today_page import TodayPage


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, switcher: LanguageSwitcher | None = None) -> None:
        super().__init__()
        self.context = context
        self.switcher = switcher
        self.pages: dict[str, Page] = {
            "today": TodayPage(context),
            "applications": ApplicationsPage(context),
            "journal": PlaceholderPage(context, "journal"),
            "growth": PlaceholderPage(context, "growth"),
            "charts": PlaceholderPage(context, "charts"),
            "contacts": PlaceholderPage(context, "contacts"),
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
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.log_rejection_action)
        self.toolbar.addAction(self.add_application_action)
        self.addToolBar(self.toolbar)
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self._on_about)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.about_action)

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
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Thabat"))

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
        super().closeEvent(event)

    def _on_log_rejection(self) -> None:
        self.show_page("applications").log_rejection()

    def _on_add_application(self) -> None:
        self.show_page("applications").add_application()

    def _on_about(self) -> None:
        from ui.about_dialog import AboutDialog

        AboutDialog(self.context.folder, self).exec()
