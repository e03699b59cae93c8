"""Pages built ahead while the window is idle after start-up (issue 16): a first open is then only a show.

Each page is made in one event-loop turn and put into the window in the next (ui/pages_ahead.py);
a key pressed meanwhile is answered between two steps, and closing the window mid-way stops it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from thabat.ui.main_window import MainWindow
from thabat.ui.pages_ahead import AHEAD
from tests.ui_support import make_context, shown


@pytest.fixture
def window(qtbot, journal, isolated_data, monkeypatch):
    """The main window on screen, with the pages it makes recorded in `window.made`."""
    made: list[str] = []
    make_page = MainWindow._make_page
    monkeypatch.setattr(MainWindow, "_make_page", lambda self, key, **options: made.append(key) or make_page(self, key, **options))
    window = shown(qtbot, MainWindow(make_context(journal, isolated_data, "en")))
    window.made = made
    return window


def test_the_pages_are_built_while_idle_and_a_first_open_builds_nothing(qtbot, window):
    assert window.made == ["today"]
    window.build_pages_ahead()
    assert window.building_ahead and window.made == ["today"]  # nothing built in the call itself: a turn each
    qtbot.waitUntil(lambda: not window.building_ahead)
    assert window.made == ["today", *AHEAD]  # each once
    assert set(AHEAD) <= set(window.pages.built())
    for key in AHEAD:
        page = window.show_page(key)
        assert window.current_page() is page and page.isVisible()
    assert window.made == ["today", *AHEAD]  # the first opens made nothing


def test_one_page_is_made_a_turn_and_placed_the_next(qtbot, window):
    window.build_pages_ahead()
    window.pages_ahead.step()  # what the timer's turn does
    assert window.made == ["today", "applications"] and "applications" not in window.pages.built()  # made only
    window.pages_ahead.step()
    assert "applications" in window.pages.built() and window.made == ["today", "applications"]  # placed
    assert window.pages["applications"].parentWidget() is not None and window.building_ahead


def test_a_page_opened_before_its_turn_is_built_then_and_not_again(qtbot, window):
    window.build_pages_ahead()
    window.show_page("journal")  # before any step has run
    qtbot.waitUntil(lambda: not window.building_ahead)
    assert window.made.count("journal") == 1 and window.current_page() is window.pages["journal"]


def test_a_key_pressed_while_the_pages_are_built_is_answered(qtbot, window):
    window.build_pages_ahead()
    window.pages_ahead.step()  # one page made, the others still to come
    seen = []

    def answer():
        dialog = QApplication.activeModalWidget()
        seen.append((dialog.windowTitle() if dialog else None, len(window.pages.built()) < 1 + len(AHEAD)))
        if dialog is not None:
            dialog.reject()

    QTimer.singleShot(0, answer)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # returns when the dialog is closed
    assert seen == [("Log a rejection", True)]  # answered while pages were still to be built
    qtbot.waitUntil(lambda: not window.building_ahead)


def test_closing_while_the_pages_are_built_stops_it_cleanly(qtbot, window):
    window.build_pages_ahead()
    window.pages_ahead.step()  # applications made, not placed
    window.close()
    assert not window.building_ahead and window.start_up.made_ahead == {}  # the made page let go on this thread
    assert not window.pages_ahead._timer.isActive()  # no step runs after the close
    assert window.made == ["today", "applications"] and "applications" not in window.pages.built()


def test_nothing_is_built_ahead_for_a_window_that_is_not_shown(qtbot, journal, isolated_data):
    window = MainWindow(make_context(journal, isolated_data, "en"))
    qtbot.addWidget(window)
    window.build_pages_ahead()
    assert not window.building_ahead
