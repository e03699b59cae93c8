"""Today at start-up (issue 16): built a card or two an event-loop turn, and filled a card a turn after its
first read, so that no turn keeps a key waiting for the whole page."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from thabat.app.journal import Journal
from thabat.app.services import rejections
from thabat.app.views.applications import RejectionInput
from thabat.ui.main_window import MainWindow
from thabat.ui.today_page import TodayPage
from tests.ui_support import make_context


@pytest.fixture
def file_journal(isolated_data):
    """A file journal (a thread may read it) with one rejection whose reply is due today."""
    journal = Journal.open(isolated_data)
    with journal.session() as session:
        rejections.log_rejection(session, RejectionInput("Careem", "Analyst", date(2026, 11, 20), "interview", round=1),
                                 date(2026, 11, 20))
    yield journal
    journal.close()


def test_today_in_turns_is_built_a_part_a_step(qtbot, journal, isolated_data):
    page = TodayPage(make_context(journal, isolated_data, "en"), in_turns=True)
    qtbot.addWidget(page)
    assert not page.built and not hasattr(page, "cards")  # the first part only
    steps = 0
    while not page.built:
        page.build_step()
        steps += 1
    assert steps >= 6  # a card or two a step
    page.refresh()
    assert hasattr(page, "cards") and page.due_box.isVisibleTo(page)


def test_after_the_first_read_the_cards_are_filled_one_a_turn(qtbot, file_journal, isolated_data, monkeypatch):
    page = TodayPage(make_context(file_journal, isolated_data, "en"))
    memories = []
    show_memories = page.on_this_day.show_memories
    monkeypatch.setattr(page.on_this_day, "show_memories", lambda shown: memories.append(1) or show_memories(shown))
    page.read_first_in_background()
    # The read is taken back here, by hand, once it has ended: stopping the poll after the show was too late
    # when the read ended while the page was being exposed (the poll had taken it and filled every card).
    page._read_poll.timeout.disconnect()
    qtbot.addWidget(page)
    with qtbot.waitExposed(page):
        page.show()
    qtbot.waitUntil(lambda: page._reading.done, timeout=30_000)
    page._take_read_if_done()
    assert page.due_list.count() == 1 and "Careem" in page.due_list.item(0).text()  # the first card, at once
    assert page.is_loading and memories == []  # the last card waits for its own turn
    qtbot.waitUntil(lambda: not page.is_loading)
    assert memories == [1]


def test_a_refresh_while_the_cards_are_filled_shows_everything_at_once(qtbot, file_journal, isolated_data):
    page = TodayPage(make_context(file_journal, isolated_data, "en"))
    page.read_first_in_background()
    page._read_poll.timeout.disconnect()  # taken back by hand (as above)
    qtbot.addWidget(page)
    with qtbot.waitExposed(page):
        page.show()
    qtbot.waitUntil(lambda: page._reading.done, timeout=30_000)
    page._take_read_if_done()
    assert page.is_loading
    page.refresh()  # as a change announced meanwhile does
    assert not page.is_loading and page.due_list.count() == 1


def test_ctrl_r_while_today_is_built_in_turns_is_answered_and_today_then_finished(qtbot, journal, isolated_data):
    window = MainWindow(make_context(journal, isolated_data, "en"), today_after_paint=True)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.build_today(modules=())  # the page's first part made; the rest follows a turn at a time
    assert "today" not in window.pages.built() and not window.start_up.made_ahead["today"].built
    seen = []

    def answer():
        dialog = QApplication.activeModalWidget()
        seen.append((dialog.windowTitle() if dialog else None, "today" in window.pages.built()))
        if dialog is not None:
            dialog.reject()

    QTimer.singleShot(0, answer)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert seen[0][0] == "Log a rejection"
    qtbot.waitUntil(lambda: "today" in window.pages.built())
    today = window.pages["today"]
    assert today.built and window.current_page() is today


def test_today_asked_for_mid_way_is_finished_at_once(qtbot, journal, isolated_data):
    window = MainWindow(make_context(journal, isolated_data, "en"), today_after_paint=True)
    qtbot.addWidget(window)
    window.build_today(modules=())
    window.start_up.made_ahead["today"].build_step()
    today = window.pages["today"]  # as a due reminder's "open Today" does
    assert today.built and today.parentWidget() is not None and window.start_up.made_ahead == {}
