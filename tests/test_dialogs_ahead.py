"""The dialogs opened most are made while the window is idle and opened by a show (ui/dialogs_ahead.py, issue 16).

Counted and compared, not timed: which dialog object opens, what it holds when it does, and what is left
when the window closes.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDialog
from shiboken6 import isValid

from thabat.app.services import applications as application_service, stages
from thabat.app.services.coming_up import ComingUpItem
from thabat.app.usecases import applications
from thabat.app.views.applications import ApplicationInput, StageInput
from thabat.ui import dialogs_ahead
from thabat.ui.dialogs_ahead import AHEAD, DialogsAhead
from thabat.ui.main_window import MainWindow
from thabat.ui.rejection_dialog import RejectionDialog
from tests.conftest import TODAY
from tests.ui_support import make_context, shown, type_text


@pytest.fixture
def two(journal):
    """Two applications, Careem and Noon, each with an interview two days ago; their ids and interviews."""
    ids, interviews = {}, {}
    on = TODAY - timedelta(days=2)
    with journal.session() as session:
        for company in ("Careem", "Noon"):
            ids[company] = application_service.add_application(
                session, ApplicationInput(company, "Analyst", TODAY - timedelta(days=30)), TODAY).id
            step = stages.record_stage(session, ids[company], StageInput("interview", on, round=1, kind="onsite"), TODAY)
            interviews[company] = ComingUpItem("debrief", ids[company], company, "Analyst", on, step.id, "interview", 1,
                                               "onsite")
    return ids, interviews


@pytest.fixture
def window(qtbot, journal, isolated_data):
    """The window on screen once its idle steps (the pages, then the dialogs) have all run."""
    shown_window = shown(qtbot, MainWindow(make_context(journal, isolated_data, "en")))
    shown_window.build_pages_ahead()
    qtbot.waitUntil(lambda: not shown_window.building_ahead, timeout=20000)
    return shown_window


def _prepared_again(qtbot, window, key):
    qtbot.waitUntil(lambda: key in window.context.dialogs_ahead.prepared)
    return window.context.dialogs_ahead.prepared[key]


def test_the_idle_steps_prepare_each_dialog_hidden_and_unread(window):
    prepared = window.context.dialogs_ahead.prepared
    assert set(prepared) == set(AHEAD)
    for dialog in prepared.values():
        assert not dialog.isVisible() and dialog.parent() is window
    assert not prepared["rejection"].names.started  # read only once on screen


def test_a_prepared_dialog_has_its_window_on_the_screen_before_it_is_shown(window):
    """Making the platform window was a third of a prepared dialog's open; it is made while idle."""
    for key, dialog in window.context.dialogs_ahead.prepared.items():
        assert dialog.testAttribute(Qt.WidgetAttribute.WA_WState_Created), key
        assert not dialog.isVisible()


def test_ctrl_r_shows_the_prepared_dialog_and_the_next_one_opens_fresh(qtbot, window, monkeypatch):
    opened = []

    def type_and_cancel(dialog):
        opened.append((dialog, dialog.company.text(), dialog.message.toPlainText(), dialog.stage.currentIndex(),
                       dialog.received_on.date(), dialog.focusWidget() is dialog.company))
        dialog.show()
        type_text(dialog.company, "Careem")
        type_text(dialog.message, "Thank you for your time")
        dialog.stage.setCurrentIndex(2)
        dialog.done(QDialog.DialogCode.Rejected)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(RejectionDialog, "exec", type_and_cancel)
    first = window.context.dialogs_ahead.prepared["rejection"]
    window.log_rejection_action.trigger()
    assert opened[0][0] is first  # opening was a show of the one made while idle
    second = _prepared_again(qtbot, window, "rejection")  # made again while idle after it closed
    assert second is not first
    window.log_rejection_action.trigger()
    dialog, company, message, stage, day, focused = opened[1]
    assert dialog is second and (company, message, stage) == ("", "", 0)  # nothing kept of the first use
    assert day.toPython() == TODAY and focused


def test_record_a_stage_opens_bound_to_a_then_to_b(qtbot, window, two):
    ids, _ = two
    for company in ("Careem", "Noon"):
        prepared = _prepared_again(qtbot, window, "stage")
        dialog = dialogs_ahead.stage_dialog(window.context, ids[company], window, preset="offer")
        assert dialog is prepared and dialog.application_id == ids[company]
        dialog.show()
        qtbot.waitUntil(lambda: dialog.form_read.done)
        assert (dialog.company, dialog.stage.currentData()) == (company, "offer")
        dialog.done(QDialog.DialogCode.Rejected)
        dialog.deleteLater()


def test_the_debrief_opens_for_a_then_for_b_with_nothing_of_a(qtbot, window, two):
    _, interviews = two
    for company, typed in (("Careem", "Calm"), ("Noon", None)):
        prepared = _prepared_again(qtbot, window, "debrief")
        dialog = dialogs_ahead.debrief_dialog(window.context, interviews[company], window)
        assert dialog is prepared and company in dialog.heading.text()
        dialog.show()
        heading = dialog.heading  # sized when shown, with the heading bound after it was made
        assert heading.height() >= heading.heightForWidth(heading.width()) > 0
        qtbot.waitUntil(lambda: dialog.written.done)
        assert dialog.how_it_went.text() == ""  # Careem's words were not saved and are not shown for Noon
        if typed:
            type_text(dialog.how_it_went, typed)
        dialog.done(QDialog.DialogCode.Rejected)
        dialog.deleteLater()


def test_a_prepared_debrief_is_labelled_ahead_and_binding_sets_only_its_heading(window, two):
    """Its labels and hints do not depend on the interview: set while idle, they are not laid out again on open."""
    _, interviews = two
    prepared = window.context.dialogs_ahead.prepared["debrief"]
    labels = [label.text() for label in prepared.form.labels]
    assert labels[0] == "&How did it go?" and all(labels) and prepared.how_it_went.placeholderText()
    assert prepared.heading.text() == ""
    dialogs_ahead.debrief_dialog(window.context, interviews["Noon"], window)
    assert "Noon" in prepared.heading.text() and [label.text() for label in prepared.form.labels] == labels


def test_add_an_application_opens_prepared_and_saves(qtbot, window, journal):
    prepared = window.context.dialogs_ahead.prepared["application"]
    dialog = dialogs_ahead.application_dialog(window.context, window)
    assert dialog is prepared and not dialog.more_shown
    dialog.show()
    type_text(dialog.company, "Careem")
    type_text(dialog.role, "Analyst")
    dialog._on_save()
    qtbot.waitUntil(lambda: dialog.saved_id is not None)
    assert [row.company for row in applications.list_applications(journal)] == ["Careem"]


def test_a_dialog_opened_before_it_is_prepared_is_made_then(qtbot, journal, isolated_data, two):
    ids, _ = two
    window = shown(qtbot, MainWindow(make_context(journal, isolated_data, "en")))
    assert window.context.dialogs_ahead is None  # not yet idle
    dialog = dialogs_ahead.stage_dialog(window.context, ids["Noon"], window)
    shown(qtbot, dialog)
    assert dialog.company == "Noon"
    window.build_pages_ahead()  # the steps have begun, the dialogs not yet made
    assert window.context.dialogs_ahead.take("rejection") is None
    made = dialogs_ahead.rejection_dialog(window.context, window, "Careem", "Analyst", ids["Careem"])
    assert made.company.text() == "Careem" and made.company.isReadOnly()


def test_a_dialog_prepared_yesterday_is_not_used(qtbot, window):
    stale = window.context.dialogs_ahead.prepared["rejection"]
    window.context.today = lambda: TODAY + timedelta(days=1)
    dialog = dialogs_ahead.rejection_dialog(window.context, window)
    qtbot.addWidget(dialog)
    assert dialog is not stale and dialog.received_on.date().toPython() == TODAY + timedelta(days=1)


def test_the_window_closes_cleanly_with_its_prepared_dialogs(qtbot, window):
    prepared = list(window.context.dialogs_ahead.prepared.values())
    window.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not any(isValid(dialog) for dialog in prepared)
    assert window.context.dialogs_ahead.prepared == {}
    window.context.dialogs_ahead.prepare("about")  # a step due after the close makes nothing
    assert window.context.dialogs_ahead.prepared == {}


def test_the_boards_rejection_reads_the_stage_reached_after_the_first_paint(qtbot, journal, isolated_data, two,
                                                                           monkeypatch):
    from thabat.ui.applications_page import ApplicationsPage

    ids, _ = two
    reads, seen = [], []
    real = applications.stage_form
    monkeypatch.setattr(applications, "stage_form", lambda *args: reads.append(args) or real(*args))

    def look(dialog):
        seen.append(list(reads))  # nothing read before it is on screen
        dialog.show()
        qtbot.waitUntil(lambda: dialog.stage_reached.done)
        seen.append((dialog.company.text(), dialog.stage.currentData(), dialog.round.value()))
        dialog.done(QDialog.DialogCode.Rejected)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(RejectionDialog, "exec", look)
    page = shown(qtbot, ApplicationsPage(make_context(journal, isolated_data)))
    page.board_button.click()
    page.card_moves._log_rejection_of(ids["Noon"])
    assert seen == [[], ("Noon", "interview", 1)]


def test_dialogs_ahead_makes_one_a_step(qtbot, journal, isolated_data):
    window = shown(qtbot, MainWindow(make_context(journal, isolated_data, "en")))
    ahead = DialogsAhead(window.context, window)
    made = []
    while ahead.prepare_next():
        made.append(set(ahead.prepared))
    assert made == [set(AHEAD[:n]) for n in range(1, len(AHEAD) + 1)]
    ahead.stop()
