"""The first-run welcome: on a fresh data folder only, once, skippable, and what it asks is kept."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QApplication

from thabat.app.runtime.logs import close_logging
from tests.ui_support import make_context, switcher

from thabat.app.preferences import Preferences
from thabat.ui import welcome_dialog
from thabat.ui.main_window import MainWindow
from thabat.ui.welcome_dialog import WelcomeDialog, demo_folder, offer_welcome


@pytest.fixture
def started(qtbot, isolated_data, monkeypatch):
    """application.start() on the test's data folder, as `thabat` does; closes what it opened."""
    from thabat.ui import application

    monkeypatch.setattr("thabat.ui.crash_handling.install_crash_handling", lambda log_file: None)
    windows = []

    def start():
        window = application.start(application.create_application(), isolated_data, "en")
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield start
    for window in windows:
        window.close()
        window.context.journal.close()
    close_logging()


def _welcome(window) -> WelcomeDialog | None:
    return window.findChild(WelcomeDialog, "welcome")


def test_the_welcome_appears_on_a_fresh_data_folder_and_not_on_the_second_start(qtbot, started):
    first = started()
    qtbot.waitUntil(lambda: _welcome(first) is not None and _welcome(first).isVisible())
    _welcome(first).skip_button.click()
    first.close()
    first.context.journal.close()

    second = started()
    qtbot.waitUntil(lambda: second.context.journal.engine_ready)  # the work after the first paint is done
    QApplication.processEvents()
    assert _welcome(second) is None


def test_skip_closes_the_welcome_and_changes_nothing(qtbot, journal, isolated_data):
    window = _window(qtbot, journal, isolated_data)
    dialog = offer_welcome(window)
    dialog.user_name.setText("Dana")
    dialog.weekly_goal.setValue(9)
    dialog.skip_button.click()
    assert not dialog.isVisible()
    preferences = Preferences(isolated_data)
    assert preferences.get("user_name") == "" and preferences.get("weekly_goal") == 5
    assert preferences.get("welcomed") == 1  # never offered again


def test_the_choices_are_saved_and_the_language_applies_at_once(qtbot, journal, isolated_data):
    window = _window(qtbot, journal, isolated_data)
    dialog = offer_welcome(window)
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "اليوم")
    qtbot.waitUntil(lambda: dialog.start_button.text() != "&Start")  # the welcome speaks the chosen language too
    dialog.user_name.setText("دانة")
    dialog.weekly_goal.setValue(8)
    dialog.start_button.click()
    preferences = Preferences(isolated_data)
    assert (preferences.get("language"), preferences.get("user_name"), preferences.get("weekly_goal")) == ("ar", "دانة", 8)


def test_skip_after_trying_another_language_goes_back_to_the_one_shown_before(qtbot, journal, isolated_data):
    window = _window(qtbot, journal, isolated_data)
    dialog = offer_welcome(window)
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "اليوم")
    dialog.skip_button.click()
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "Today")
    assert Preferences(isolated_data).get("language") == "system"


def test_import_opens_the_spreadsheet_import(qtbot, journal, isolated_data, monkeypatch):
    window = _window(qtbot, journal, isolated_data)
    asked = []
    monkeypatch.setattr(window.export_import, "import_csv", lambda: asked.append("csv"))
    offer_welcome(window).import_button.click()
    assert asked == ["csv"]


def test_the_demo_opens_in_a_separate_folder(qtbot, journal, isolated_data, monkeypatch):
    window = _window(qtbot, journal, isolated_data)
    opened = []
    monkeypatch.setattr(welcome_dialog, "open_demo", lambda folder, parent: opened.append(folder))
    offer_welcome(window).demo_button.click()
    assert opened == [demo_folder(isolated_data)]
    assert opened[0] != isolated_data and opened[0].parent == isolated_data.parent


def _window(qtbot, journal, folder):
    window = MainWindow(make_context(journal, folder, "en"), switcher())
    qtbot.addWidget(window)
    window.show()
    return window


_PROBE = """
import sys

from thabat.ui import application

smoke_test = application._smoke_test


def at_first_paint(window):
    print("welcome loaded at first paint:", "thabat.ui.welcome_dialog" in sys.modules, flush=True)
    smoke_test(window)


application._smoke_test = at_first_paint
from thabat.ui.launcher import main
sys.exit(main(["--data-dir", sys.argv[1], "--lang", "en"]))
"""


def test_the_welcome_does_not_delay_the_first_paint(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", THABAT_QUIT_AFTER_START="1")
    run = subprocess.run([sys.executable, "-c", _PROBE, str(tmp_path / "fresh")], env=env, capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "welcome loaded at first paint: False" in run.stdout.splitlines()
