"""The main window: navigation, both languages, direction flips at run time, settings persist."""

from __future__ import annotations

import gc

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui_support import make_context, switcher
from thabat.ui.main_window import MainWindow
from thabat.ui.page import Page
from thabat.app.preferences import Preferences


def _window(qtbot, journal, folder, lang):
    context = make_context(journal, folder, lang)
    window = MainWindow(context, switcher())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _collecting_garbage_first(change_event):
    def collecting(page, event):
        gc.collect()
        change_event(page, event)
    return collecting


def test_english_window_is_left_to_right(qtbot, journal, isolated_data):
    window = _window(qtbot, journal, isolated_data, "en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.navigation.item(0).text() == "Today"
    assert window.windowTitle().endswith("Thabat")  # Qt adds no second "— Thabat" (test_menus)


def test_arabic_window_is_mirrored_and_translated(qtbot, journal, isolated_data):
    window = _window(qtbot, journal, isolated_data, "ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert titles[:3] == ["اليوم", "الطلبات", "اليوميات"]
    assert all(any("\u0600" <= ch <= "\u06ff" for ch in title) for title in titles)


def test_switching_language_in_settings_flips_the_whole_window(qtbot, journal, isolated_data):
    window = _window(qtbot, journal, isolated_data, "en")
    settings = window.show_page("settings")
    settings.language.setCurrentIndex(settings.language.findData("ar"))
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "اليوم")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.log_rejection_action.text() == "تسجيل رفض"
    labels = [label.text() for label in settings.findChildren(QLabel) if label.text()]
    assert "ال&لغة" in labels
    assert Preferences(isolated_data).get("language") == "ar"

    settings.language.setCurrentIndex(settings.language.findData("en"))
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "Today")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_navigation_shows_each_page_building_it_when_first_shown(qtbot, journal, isolated_data):
    window = _window(qtbot, journal, isolated_data, "en")
    assert list(window.pages.built()) == ["today"]  # the first paint waits for Today only
    for row, key in enumerate(window.pages):
        window.navigation.setCurrentRow(row)
        assert window.stack.currentIndex() == row
        assert window.current_page() is window.pages[key]
        assert window.current_page().title() == window.navigation.item(row).text()
    assert list(window.pages.built()) == list(window.pages)


def test_a_page_asked_for_before_its_frame_is_made_opens_and_the_frames_keep_the_navigations_order(
        qtbot, journal, isolated_data):
    window = _window(qtbot, journal, isolated_data, "en")
    assert window.stack.count() == 1  # Today's frame only: the others follow the first paint (`make_frames`)
    settings = window.show_page("settings")
    assert window.current_page() is settings and window.navigation.currentRow() == 6
    window.make_frames()
    qtbot.waitUntil(lambda: window.stack.count() == len(window.pages))
    assert [window.stack.widget(row) for row in range(len(window.pages))] == [window.area(key) for key in window.pages]
    assert window.current_page() is settings
    window.navigation.setCurrentRow(5)
    assert window.current_page() is window.pages["contacts"]


def test_a_page_first_built_after_switching_language_speaks_the_new_one(qtbot, journal, isolated_data, monkeypatch):
    # The previous test's window was closed; a garbage collection in the middle of the LanguageChange
    # (as happened on CI) must not find it still alive and destroy it under its own event handler.
    monkeypatch.setattr(Page, "changeEvent", _collecting_garbage_first(Page.changeEvent))
    window = _window(qtbot, journal, isolated_data, "en")
    window.set_language("ar")
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "اليوم")
    growth = window.show_page("growth")
    assert growth.isRightToLeft()
    assert growth.title() == "النمو" == window.navigation.currentItem().text()
    window.set_language("en")


def test_settings_are_kept_between_runs(qtbot, journal, isolated_data):
    window = _window(qtbot, journal, isolated_data, "en")
    settings = window.show_page("settings")
    settings.weekly_goal.setValue(9)
    settings.digits.setCurrentIndex(settings.digits.findData("arabic"))
    window.close()
    again = Preferences(isolated_data)
    assert again.get("weekly_goal") == 9
    assert again.get("digits") == "arabic"
    assert again.geometry() is not None


def test_reminder_delays_are_settings_that_the_rejection_dialog_follows(qtbot, journal, isolated_data):
    from datetime import timedelta

    from PySide6.QtWidgets import QDialogButtonBox
    from sqlmodel import select

    from thabat.storage.models import Reminder
    from tests.conftest import TODAY
    from thabat.ui.rejection_dialog import RejectionDialog

    window = _window(qtbot, journal, isolated_data, "ar")
    settings = window.show_page("settings")
    settings.delays["reply_delay_days"].setValue(5)
    settings.delays["follow_up_weeks"].setValue(6)
    assert Preferences(isolated_data).get("reply_delay_days") == 5
    assert Preferences(isolated_data).get("follow_up_weeks") == 6
    assert settings.delays["reply_delay_days"].suffix() == " أيام"  # ٥ أيام, not ٥ يوم (issue 15.7)
    dialog = RejectionDialog(window.context, parent=window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.company, "Careem")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    with journal.session() as session:
        reminder = session.exec(select(Reminder)).one()
    assert reminder.due_on == TODAY + timedelta(days=5)
