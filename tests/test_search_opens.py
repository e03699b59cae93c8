"""A found rejection message or feedback opens its application and its reflection; no result says so."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from thabat.app.services import entries
from thabat.app.services.reflections import start_reflection
from thabat.app.services.rejections import log_rejection, record_feedback
from thabat.app.views.applications import RejectionInput
from thabat.app.views.journal import EntryInput
from tests.conftest import TODAY
from tests.ui_support import make_context, switcher

from thabat.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, journal, isolated_data):
    with journal.session() as session:
        rejection = log_rejection(session, RejectionInput(
            "Careem", "Data Analyst", date(2026, 11, 20), "interview", applied_on=date(2026, 10, 1),
            message="We went with someone who knew the whiteboard exercise better."), TODAY)
        record_feedback(session, rejection.id, "They wanted deeper SQL window functions.", TODAY, TODAY)
        reflection = start_reflection(session, rejection.id)
        entries.create_entry(session, EntryInput("Notes", "A quiet day of reading", TODAY), TODAY)
    window = MainWindow(make_context(journal, isolated_data, "en"), switcher())
    qtbot.addWidget(window, before_close_func=lambda w: w._reflection_page and w._reflection_page.timer.stop())
    window.show()
    window.ids = (rejection.application_id, reflection.id)
    return window


@pytest.mark.parametrize("query", ["whiteboard", "window functions"])
def test_a_found_message_or_feedback_opens_its_application_and_reflection(qtbot, window, query):
    application_id, reflection_id = window.ids
    journal = window.show_page("journal")
    qtbot.keyClicks(journal.search_box, query)
    qtbot.waitUntil(lambda: journal.list.count() == 1)
    journal.list.setCurrentRow(0)
    shown = journal.reader.toPlainText()
    assert query.split()[0] in shown and "Careem" in shown
    assert journal.open_button.isVisibleTo(journal) and journal.application_button.isVisibleTo(journal)

    qtbot.mouseClick(journal.application_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.pages["applications"]
    assert window.pages["applications"].selected_id() == application_id

    window.show_page("journal")
    qtbot.mouseClick(journal.open_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.reflection_page
    assert window.reflection_page.view.id == reflection_id


def test_no_result_says_nothing_found_and_clears_the_reader(qtbot, window):
    journal = window.show_page("journal")
    qtbot.keyClicks(journal.search_box, "whiteboard")
    qtbot.waitUntil(lambda: journal.list.count() == 1)
    journal.list.setCurrentRow(0)
    assert "whiteboard" in journal.reader.toPlainText()

    journal.search_box.selectAll()
    qtbot.keyClicks(journal.search_box, "zzz")  # typed over the first query
    qtbot.waitUntil(lambda: "Nothing found" in journal.reader.toPlainText())
    assert journal.list.count() == 0
    assert "whiteboard" not in journal.reader.toPlainText()
    assert journal.panes.currentWidget() is journal.reader.parentWidget()
    assert not journal.open_button.isVisibleTo(journal)

    journal.search_box.clear()
    qtbot.waitUntil(lambda: journal.list.count() == 2)  # the reflection and the entry
    assert "Nothing found" not in journal.reader.toPlainText()
