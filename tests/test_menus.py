"""The menus and shortcuts a desktop user expects, the keyboard shortcuts window, and the window title."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from tests.ui_support import make_context, switcher, unthemed

from thabat.app.preferences import Preferences
from thabat.ui.applications_page import ApplicationsPage
from thabat.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def _window(qtbot, journal, folder, lang="en"):
    window = MainWindow(make_context(journal, folder, lang), switcher())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is window.windowHandle())
    return window


def _plain(text: str) -> str:
    return text.replace("&", "")


def _texts(menu) -> list[str]:
    return [_plain(action.text()) for action in menu.actions() if not action.isSeparator()]


def test_the_menu_bar_has_file_edit_view_and_help_with_what_a_desktop_user_expects(qtbot, journal, isolated_data):
    window = _window(qtbot, journal, isolated_data)
    assert _texts(window.menuBar()) == ["File", "Edit", "View", "Help"]
    menus = window.menus
    assert _texts(menus.file_menu) == ["New journal entry", "Log a rejection", "Add an application", "Import",
                                       "Export", "Backups…", "Quit"]
    assert _texts(menus.edit_menu) == ["Undo", "Redo", "Cut", "Copy", "Paste", "Search the journal"]
    assert _texts(menus.view_menu) == ["Today", "Applications", "Journal", "Growth", "Charts", "Contacts", "Settings",
                                       "Theme", "Full screen"]
    assert _texts(menus.help_menu) == ["Guide", "Keyboard shortcuts", "About Thabat"]
    keys = {_plain(action.text()): action.shortcut() for action in window.findChildren(type(menus.quit_action))}
    assert keys["Quit"] == QKeySequence("Ctrl+Q")
    assert keys["Search the journal"] == QKeySequence("Ctrl+F")
    assert keys["Guide"] == QKeySequence("F1")
    assert keys["Keyboard shortcuts"] == QKeySequence("Ctrl+/")
    assert [keys[title].toString() for title in ("Today", "Settings")] == ["Ctrl+1", "Ctrl+7"]


def test_the_menus_speak_arabic(qtbot, journal, isolated_data):
    window = _window(qtbot, journal, isolated_data, "ar")
    titles = _texts(window.menuBar())
    assert len(titles) == 4 and all(any("\u0600" <= ch <= "\u06ff" for ch in title) for title in titles)
    for menu in (window.menus.file_menu, window.menus.edit_menu, window.menus.view_menu, window.menus.help_menu):
        assert all(any("\u0600" <= ch <= "\u06ff" for ch in text) for text in _texts(menu)), _texts(menu)


def test_ctrl_and_a_number_shows_each_page(qtbot, journal, isolated_data):
    window = _window(qtbot, journal, isolated_data)
    for number, key in reversed(list(enumerate(window.pages, start=1))):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), CTRL)
        assert window.current_page() is window.pages[key], key


def test_ctrl_q_quits_by_closing_the_window_which_stores_what_is_typed(qtbot, journal, isolated_data):
    window = _window(qtbot, journal, isolated_data)
    settings = window.show_page("settings")
    settings.user_name.setText("Dana")
    qtbot.keyClick(window, Qt.Key.Key_Q, CTRL)
    assert not window.isVisible()
    assert Preferences(isolated_data).get("user_name") == "Dana"


def test_ctrl_r_logs_a_rejection_and_ctrl_shift_a_adds_an_application(qtbot, journal, isolated_data, monkeypatch):
    asked = []
    # Ctrl+R opens the dialog over the page on screen (ui/main_window.py), not through Applications.
    monkeypatch.setattr(MainWindow, "_on_log_rejection", lambda window: asked.append("rejection"))
    monkeypatch.setattr(ApplicationsPage, "add_application", lambda page: asked.append("application"))
    window = _window(qtbot, journal, isolated_data)
    qtbot.keyClick(window, Qt.Key.Key_R, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert asked == ["rejection", "application"]
    assert window.current_page() is window.pages["applications"]


def test_f1_opens_the_guide_and_ctrl_slash_the_keyboard_shortcuts(qtbot, journal, isolated_data):
    window = _window(qtbot, journal, isolated_data)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.guide_dialog is not None and window.guide_dialog.isVisible()
    window.guide_dialog.close()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is window.windowHandle())
    qtbot.keyClick(window, Qt.Key.Key_Slash, CTRL)
    dialog = window.shortcuts_dialog
    assert dialog is not None and dialog.isVisible()
    shown = {dialog.table.item(row, 0).text(): dialog.table.item(row, 1).text().strip("\u2066\u2069")
             for row in range(dialog.table.rowCount())}
    assert shown["Quit"] == "Ctrl+Q"
    assert shown["Log a rejection"] == "Ctrl+R"
    assert shown["Keyboard shortcuts"] == "Ctrl+/"
    assert shown["Contacts"] == "Ctrl+6"
    assert all(shown.values())  # every row names its keys


def test_the_keyboard_shortcuts_window_is_translated(qtbot, journal, isolated_data):
    window = _window(qtbot, journal, isolated_data, "en")
    dialog = window.show_shortcuts()
    window.set_language("ar")
    qtbot.waitUntil(lambda: dialog.windowTitle() != "Keyboard shortcuts")
    actions = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert all(any("\u0600" <= ch <= "\u06ff" for ch in text) for text in actions), actions


def test_f11_toggles_full_screen(qtbot, journal, isolated_data):
    window = _window(qtbot, journal, isolated_data)
    window.menus.full_screen_action.trigger()
    qtbot.waitUntil(window.isFullScreen)
    window.menus.full_screen_action.trigger()
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert QKeySequence("F11") in window.menus.full_screen_action.shortcuts()


def test_cut_copy_paste_undo_and_redo_act_on_the_focused_text_field(qtbot, journal, isolated_data):
    window = _window(qtbot, journal, isolated_data)
    field = window.pages["today"].check_in_note
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "steady")
    field.selectAll()
    menus = window.menus
    menus.copy_action.trigger()
    assert QApplication.clipboard().text() == "steady"
    menus.cut_action.trigger()
    assert field.text() == ""
    menus.paste_action.trigger()
    menus.paste_action.trigger()
    assert field.text() == "steadysteady"
    menus.undo_action.trigger()
    assert field.text() == "steady"
    menus.redo_action.trigger()
    assert field.text() == "steadysteady"


def test_view_theme_is_the_same_choice_as_in_settings(qtbot, journal, isolated_data):
    window = _window(qtbot, journal, isolated_data)
    settings = window.show_page("settings")
    try:
        window.menus.theme_actions["dark"].trigger()
        assert Preferences(isolated_data).get("theme") == "dark"
        assert settings.theme.currentData() == "dark"
        window.menus.theme_actions["light"].trigger()
        assert settings.theme.currentData() == "light"
    finally:
        unthemed()


def test_file_backups_shows_the_backups_in_settings(qtbot, journal, isolated_data):
    window = _window(qtbot, journal, isolated_data)
    window.menus.backups_action.trigger()
    assert window.current_page() is window.pages["settings"]
    assert window.pages["settings"].backups.isVisible()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_window_title_names_thabat_once(qtbot, journal, isolated_data, lang):
    window = _window(qtbot, journal, isolated_data, lang)
    name = QApplication.applicationDisplayName()
    title = window.windowTitle()
    # What the window system shows: Qt adds " — name" unless the title already ends with it.
    shown = title if title.endswith(name) else f"{title} \u2014 {name}"
    assert shown.count(name) == 1, shown
    assert len(shown) > len(name) + 5  # and says what Thabat is
