"""The Applications board driven as a user would: drag and drop, the keys in both directions, moving to
Rejected, a refused move, the view remembered; and the ghosting setting and its suggestions."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from thabat.app.views.applications import ApplicationInput, StageInput
from thabat.app.services import applications, stages
from thabat.app.preferences import Preferences
from tests.conftest import TODAY
from tests.ui_support import make_context
from thabat.ui.applications_page import ApplicationsPage
from thabat.ui.board_model import CARD_ROLE
from thabat.ui.rejection_dialog import RejectionDialog
from thabat.ui.settings_page import SettingsPage
from thabat.ui.stage_dialog import StageDialog


@pytest.fixture
def search(journal):
    """Noon applied, Careem at screening, Talabat at interview, Ended withdrawn; returns their ids."""
    ids = {}
    with journal.session() as session:
        for company, stage in (("Noon", None), ("Careem", "screening"), ("Talabat", "interview"),
                               ("Ended", "withdrawn")):
            ids[company] = applications.add_application(
                session, ApplicationInput(company, "Analyst", TODAY - timedelta(days=30)), TODAY).id
            if stage:
                stages.record_stage(session, ids[company], StageInput(stage=stage, occurred_on=TODAY - timedelta(days=9)),
                                    TODAY)
    return ids


def _board_page(qtbot, journal, folder, lang="en"):
    page = ApplicationsPage(make_context(journal, folder, lang))
    qtbot.addWidget(page)
    page.resize(1500, 700)
    page.show()
    qtbot.mouseClick(page.board_button, Qt.MouseButton.LeftButton)
    assert page.showing_board()
    return page


def _column_of(page, application_id):
    return next(column for column, model in page.board.models.items() if model.row_of(application_id) is not None)


def _history(journal, application_id):
    with journal.session() as session:
        return [(s.stage, s.occurred_on) for s in applications.get_application(session, application_id).stages]


@pytest.fixture
def stage_dialogs(monkeypatch, qtbot):
    """StageDialog.exec saves at once as the user would with the date it offers; records what it offered."""
    offered = []

    def save_at_once(dialog):
        offered.append((dialog.stage.currentData(), dialog.occurred_on.date().toPython()))
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(StageDialog, "exec", save_at_once)
    return offered


@pytest.fixture
def messages(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, text, *rest: shown.append(text))
    return shown


def test_dropping_a_card_on_another_column_records_that_step_today(qtbot, journal, isolated_data, search,
                                                                     stage_dialogs):
    page = _board_page(qtbot, journal, isolated_data)
    source = page.board.views["screening"]
    index = source.model().index(source.model().row_of(search["Careem"]), 0)
    data = source.model().mimeData([index])
    target = page.board.views["interview"]
    at = QPointF(20, target.viewport().height() - 5)  # below its cards: dropped on the column
    for event in (QDragEnterEvent(at, Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton,
                                  Qt.KeyboardModifier.NoModifier),
                  QDragMoveEvent(at, Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton,
                                 Qt.KeyboardModifier.NoModifier),
                  QDropEvent(at, Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.NoModifier)):
        QApplication.sendEvent(target.viewport(), event)  # what Qt sends the view under the mouse in a drag
    assert stage_dialogs == []  # the dialog waits until the drag has ended

    qtbot.waitUntil(lambda: _column_of(page, search["Careem"]) == "interview")
    assert stage_dialogs == [("interview", TODAY)]  # the stage dialog, pre-filled: the date stays editable
    assert _history(journal, search["Careem"])[-1] == ("interview", TODAY)


@pytest.mark.parametrize("lang, forward, back", [("en", Qt.Key.Key_Right, Qt.Key.Key_Left),
                                                 ("ar", Qt.Key.Key_Left, Qt.Key.Key_Right)])
def test_the_keys_move_the_focus_and_the_card_the_way_the_columns_run(qtbot, journal, isolated_data, search,
                                                                      stage_dialogs, lang, forward, back):
    page = _board_page(qtbot, journal, isolated_data, lang)
    views = page.board.views
    screening_x = views["screening"].mapTo(page, QPoint(0, 0)).x()
    interview_x = views["interview"].mapTo(page, QPoint(0, 0)).x()
    assert (interview_x > screening_x) == (lang == "en")  # Arabic: the pipeline runs right to left

    page.board.focus_card(search["Careem"])
    qtbot.keyClick(views["screening"], forward)
    assert page.board.focused_card().company == "Talabat"
    qtbot.keyClick(views["interview"], back)
    qtbot.keyClick(views["screening"], back)
    assert page.board.focused_card().company == "Noon"
    qtbot.keyClick(views["applied"], forward)
    assert page.board.focused_card().company == "Careem"

    # The focus passed the empty Assessment column by; a move goes one column at a time.
    qtbot.keyClick(views["screening"], forward, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: _column_of(page, search["Careem"]) == "assessment")
    assert stage_dialogs == [("assessment", TODAY)]
    assert page.board.focused_card().company == "Careem"  # the focus follows the card to its new column


def test_moving_a_card_to_rejected_opens_log_a_rejection_for_that_application(qtbot, journal, isolated_data,
                                                                                search, monkeypatch):
    offered = []

    def save_at_once(dialog):
        dialog.show()
        qtbot.waitUntil(lambda: dialog.stage_reached.done)  # read once it is on screen
        offered.append((dialog.company.text(), dialog.stage.currentData(), dialog.applied_row.isVisibleTo(dialog)))
        dialog._save(reflect_now=False)
        return dialog.result()

    monkeypatch.setattr(RejectionDialog, "exec", save_at_once)
    page = _board_page(qtbot, journal, isolated_data)
    page.board.focus_card(search["Talabat"])
    menu = page.board.move_menu(page.board.focused_card(), page.board.views["interview"])
    [move] = [a for a in menu.actions() if a.menu() is not None]
    [rejected] = [a for a in move.menu().actions() if a.text() == "Rejected"]
    rejected.trigger()

    qtbot.waitUntil(lambda: _column_of(page, search["Talabat"]) == "rejected")
    assert offered == [("Talabat", "interview", False)]  # that application, at the stage it reached
    assert _history(journal, search["Talabat"])[-1] == ("rejected", TODAY)


def test_a_refused_move_says_the_rule_and_the_card_stays(qtbot, journal, isolated_data, search, stage_dialogs,
                                                         messages):
    page = _board_page(qtbot, journal, isolated_data)
    page.board.focus_card(search["Careem"])
    qtbot.keyClick(page.board.views["screening"], Qt.Key.Key_Left,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)  # back to Applied
    before = _history(journal, search["Ended"])
    page.board.move_requested.emit(search["Ended"], "interview")  # as a drop or the Move to… menu asks
    qtbot.waitUntil(lambda: len(messages) == 2)
    assert "Applied" in messages[0] and "ended" in messages[1]
    assert _column_of(page, search["Careem"]) == "screening"
    assert stage_dialogs == []  # refused before any dialog opened
    assert _history(journal, search["Ended"]) == before and _column_of(page, search["Ended"]) == "withdrawn"


def test_enter_on_a_card_shows_it_in_the_table_and_the_view_is_remembered(qtbot, journal, isolated_data, search):
    page = _board_page(qtbot, journal, isolated_data)
    assert Preferences(isolated_data).get("applications_view") == "board"
    again = ApplicationsPage(make_context(journal, isolated_data))
    qtbot.addWidget(again)
    assert again.showing_board()

    page.board.focus_card(search["Careem"])
    qtbot.keyClick(page.board.views["screening"], Qt.Key.Key_Return)
    assert not page.showing_board() and page.selected_id() == search["Careem"]
    assert "Careem" in page.detail_title.text()
    assert Preferences(isolated_data).get("applications_view") == "table"


def test_hundreds_of_cards_fill_the_board(qtbot, journal, isolated_data):
    with journal.session() as session:
        for number in range(300):
            applications.add_application(session, ApplicationInput(f"Company {number}", "Analyst",
                                                                   TODAY - timedelta(days=number % 90)), TODAY)
    page = _board_page(qtbot, journal, isolated_data)
    assert page.board.models["applied"].rowCount() == 300
    assert "300" in page.board.titles["applied"].text()


# -- ghosting -------------------------------------------------------------------------------------

@pytest.fixture
def quiet(journal):
    with journal.session() as session:
        return applications.add_application(
            session, ApplicationInput("Quiet Co", "Analyst", TODAY - timedelta(weeks=9)), TODAY).id


def test_the_ghosting_setting_turns_the_suggestions_off_and_on(qtbot, journal, isolated_data, quiet):
    context = make_context(journal, isolated_data)
    settings = SettingsPage(context)
    page = ApplicationsPage(context)
    for widget in (settings, page):
        qtbot.addWidget(widget)
    page.show()
    assert page.ghosting.isVisible() and "Quiet Co" in page.ghosting.rows[0][0].text()

    settings.ghosting_weeks.setValue(0)
    assert context.preferences.get("ghosting_weeks") == 0 and settings.ghosting_weeks.text() == "Never"
    assert not page.ghosting.isVisible()
    settings.ghosting_weeks.setValue(10)  # longer than Quiet Co's silence
    assert not page.ghosting.isVisible()
    settings.ghosting_weeks.setValue(8)
    assert page.ghosting.isVisible()


def test_mark_records_no_response_and_not_yet_waits(qtbot, journal, isolated_data, quiet):
    with journal.session() as session:
        other = applications.add_application(
            session, ApplicationInput("Other Co", "Analyst", TODAY - timedelta(weeks=7)), TODAY).id
    page = ApplicationsPage(make_context(journal, isolated_data))
    qtbot.addWidget(page)
    page.show()
    text, mark, not_yet = page.ghosting.rows[0]
    assert "Quiet Co" in text.text()  # the longest silence first
    qtbot.mouseClick(mark, Qt.MouseButton.LeftButton)
    with journal.session() as session:
        detail = applications.get_application(session, quiet)
    assert detail.rejection.channel == "no_answer" and detail.row.outcome == "rejected"
    assert "Other Co" in page.ghosting.rows[0][0].text()

    qtbot.mouseClick(page.ghosting.rows[0][2], Qt.MouseButton.LeftButton)
    assert not page.ghosting.isVisible()
    with journal.session() as session:
        assert applications.get_application(session, other).row.outcome == "pending"  # never set by itself


def test_the_filter_and_the_outcome_narrow_the_board_too(qtbot, journal, isolated_data, search):
    page = _board_page(qtbot, journal, isolated_data)
    qtbot.keyClicks(page.filter, "care")
    assert [m.rowCount() for m in page.board.models.values()] == [0, 1, 0, 0, 0, 0, 0, 0]
    page.filter.clear()
    page.outcome.setCurrentIndex(page.outcome.findData("withdrawn"))
    assert page.board.models["withdrawn"].rowCount() == 1
    assert sum(m.rowCount() for m in page.board.models.values()) == 1
