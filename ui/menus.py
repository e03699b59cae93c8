"""The main window's menus (File, Edit, View, Help) and the shortcuts a desktop user expects.

Kept out of main_window.py: the window owns the journal actions (Log a rejection, New entry, Find,
Guide, About); this adds the menus around them and the actions that only act on the window or
the focused text field. `shortcut_rows()` lists every shortcut for the keyboard shortcuts window.
"""

from __future__ import annotations

from typing import Any, Iterable, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMenuBar, QPlainTextEdit, QTextEdit

from thabat.ui.context import AppContext
from thabat.ui.export_actions import ExportImportActions
from thabat.ui.page import page_title
from thabat.ui.theme import THEMES

TEXT_WIDGETS = (QLineEdit, QTextEdit, QPlainTextEdit)
"""What Undo, Redo, Cut, Copy and Paste act on: the focused text field (a menu opening keeps the focus)."""


class MenuWindow(Protocol):
    """What the menus use of the main window (ui/main_window.py), named here so that the window
    can build its menus without the two modules importing each other."""

    context: AppContext
    export_import: ExportImportActions
    pages: Iterable[str]
    new_entry_action: QAction
    log_rejection_action: QAction
    add_application_action: QAction
    search_action: QAction
    guide_action: QAction
    about_action: QAction

    def show_page(self, key: str) -> Any: ...
    def choose_theme(self, theme: str) -> None: ...
    def show_shortcuts(self) -> Any: ...
    def show_backups(self) -> Any: ...
    def menuBar(self) -> QMenuBar: ...
    def addAction(self, action: QAction) -> None: ...
    def close(self) -> bool: ...
    def isFullScreen(self) -> bool: ...
    def showNormal(self) -> None: ...
    def showFullScreen(self) -> None: ...


class MainMenus(QObject):
    def __init__(self, window: MenuWindow) -> None:
        super().__init__(window)
        self.window = window
        bar = window.menuBar()

        self.file_menu = bar.addMenu("")
        self.backups_action = self._action(None, window.show_backups)
        self.quit_action = self._action("Ctrl+Q", window.close)  # closing stores what is typed, then the app ends
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.file_menu.addAction(window.new_entry_action)
        self.file_menu.addAction(window.log_rejection_action)
        self.file_menu.addAction(window.add_application_action)
        self.file_menu.addSeparator()
        self.file_menu.addMenu(window.export_import.import_menu)
        self.file_menu.addMenu(window.export_import.export_menu)
        self.file_menu.addAction(self.backups_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu("")
        self.undo_action = self._action(QKeySequence.StandardKey.Undo, lambda: self._edit("undo"))
        self.redo_action = self._action(QKeySequence.StandardKey.Redo, lambda: self._edit("redo"))
        self.cut_action = self._action(QKeySequence.StandardKey.Cut, lambda: self._edit("cut"))
        self.copy_action = self._action(QKeySequence.StandardKey.Copy, lambda: self._edit("copy"))
        self.paste_action = self._action(QKeySequence.StandardKey.Paste, lambda: self._edit("paste"))
        for action in (self.undo_action, self.redo_action):
            self.edit_menu.addAction(action)
        self.edit_menu.addSeparator()
        for action in (self.cut_action, self.copy_action, self.paste_action):
            self.edit_menu.addAction(action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(window.search_action)

        self.view_menu = bar.addMenu("")
        self.page_actions: dict[str, QAction] = {}
        for number, key in enumerate(window.pages, start=1):
            self.page_actions[key] = self._action(f"Ctrl+{number}", lambda _=False, key=key: window.show_page(key))
            self.view_menu.addAction(self.page_actions[key])
        self.view_menu.addSeparator()
        self.theme_menu = self.view_menu.addMenu("")
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for theme in THEMES:
            action = self._action(None, lambda _=False, theme=theme: window.choose_theme(theme))
            action.setCheckable(True)
            self.theme_group.addAction(action)
            self.theme_menu.addAction(action)
            self.theme_actions[theme] = action
        self.theme_menu.aboutToShow.connect(self._check_theme)
        self.full_screen_action = self._action(_full_screen_keys(), self._toggle_full_screen)
        self.full_screen_action.setCheckable(True)
        self.view_menu.addAction(self.full_screen_action)

        self.help_menu = bar.addMenu("")
        self.shortcuts_action = self._action("Ctrl+/", window.show_shortcuts)
        self.help_menu.addAction(window.guide_action)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(window.about_action)
        self.retranslate()

    def _action(self, keys, slot) -> QAction:
        action = QAction(self.window)
        if isinstance(keys, list):
            action.setShortcuts(keys)
        elif keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        self.window.addAction(action)  # its shortcut works while the menu bar is hidden (full screen)
        return action

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.backups_action.setText(self.tr("&Backups…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        self.cut_action.setText(self.tr("Cu&t"))
        self.copy_action.setText(self.tr("&Copy"))
        self.paste_action.setText(self.tr("&Paste"))
        self.view_menu.setTitle(self.tr("&View"))
        for key, action in self.page_actions.items():
            action.setText(page_title(key))
        self.theme_menu.setTitle(self.tr("&Theme"))
        names = {"system": self.tr("Same as the system"), "light": self.tr("Light"), "dark": self.tr("Dark")}
        for theme, action in self.theme_actions.items():
            action.setText(names[theme])
        self.full_screen_action.setText(self.tr("&Full screen"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """Every shortcut of the window as (what it does, keys), in the language and notation shown."""
        window = self.window
        actions = [window.new_entry_action, window.log_rejection_action, window.add_application_action,
                   self.quit_action, self.undo_action, self.redo_action, self.cut_action, self.copy_action,
                   self.paste_action, window.search_action, *self.page_actions.values(), self.full_screen_action,
                   window.guide_action, self.shortcuts_action]
        rows = []
        for action in actions:
            keys = ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts())
            rows.append((action.text().replace("&&", "\0").replace("&", "").replace("\0", "&"), keys))
        return rows

    def _check_theme(self) -> None:
        current = self.window.context.preferences.get("theme")
        if current in self.theme_actions:
            self.theme_actions[current].setChecked(True)

    def _toggle_full_screen(self) -> None:
        if self.window.isFullScreen():
            self.window.showNormal()
        else:
            self.window.showFullScreen()
        self.full_screen_action.setChecked(self.window.isFullScreen())

    def _edit(self, what: str) -> None:
        focused = QApplication.focusWidget()
        if isinstance(focused, TEXT_WIDGETS):
            getattr(focused, what)()


def _full_screen_keys() -> list[QKeySequence]:
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.FullScreen)
    return keys if keys else [QKeySequence(Qt.Key.Key_F11)]
