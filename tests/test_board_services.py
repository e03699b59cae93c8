"""The board's columns, days and next dates from the history; the move check; ghosting's "Not yet"."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from thabat.app.errors import InputError
from thabat.app.views.applications import ApplicationInput, RejectionInput, StageInput
from thabat.app.services import applications, board, rejections, stages
from thabat.app.usecases import ghosting
from tests.conftest import TODAY


def _add(session, company, applied_on=date(2026, 10, 1), **more):
    return applications.add_application(session, ApplicationInput(company, "Analyst", applied_on, **more), TODAY).id


def _record(session, app_id, stage, on, **more):
    stages.record_stage(session, app_id, StageInput(stage=stage, occurred_on=on, **more), TODAY)


def _cards(session):
    return {card.company: card for card in board.board_cards(session, TODAY)}


def test_each_card_stands_in_the_column_of_its_latest_step(session):
    applied = _add(session, "Applied", deadline=TODAY + timedelta(days=3))
    screened = _add(session, "Screened")
    _record(session, screened, "screening", date(2026, 10, 5))
    rounds = _add(session, "Rounds")
    _record(session, rounds, "interview", date(2026, 10, 10), kind="phone")
    _record(session, rounds, "interview", date(2026, 10, 20), kind="onsite", round=2)
    _record(session, rounds, "interview", TODAY + timedelta(days=4), kind="final", starts_at=time(10, 30))
    silent = _add(session, "Silent")
    rejections.log_rejection(session, RejectionInput("Silent", "Analyst", date(2026, 11, 20), "application",
                                                     channel="no_answer", application_id=silent), TODAY)
    refused = _add(session, "Refused")
    rejections.log_rejection(session, RejectionInput("Refused", "Analyst", date(2026, 11, 1), "application",
                                                     application_id=refused), TODAY)
    left = _add(session, "Left")
    _record(session, left, "withdrawn", date(2026, 11, 2))
    offered = _add(session, "Offered")
    _record(session, offered, "offer", date(2026, 11, 25), kind="accepted")

    cards = _cards(session)
    assert {name: card.column for name, card in cards.items()} == {
        "Applied": "applied", "Screened": "screening", "Rounds": "interview", "Silent": "no_response",
        "Refused": "rejected", "Left": "withdrawn", "Offered": "offer"}
    assert cards["Applied"].since == date(2026, 10, 1) and cards["Applied"].next_what == "deadline"
    # Interview rounds one after another: in the column since the first round, the final one next.
    assert cards["Rounds"].since == date(2026, 10, 10)
    assert (cards["Rounds"].next_on, cards["Rounds"].next_what, cards["Rounds"].next_at) == (
        TODAY + timedelta(days=4), "final", time(10, 30))
    assert cards["Silent"].since == date(2026, 11, 20) and cards["Silent"].next_on is None


def test_a_card_invited_to_its_first_interview_has_no_days_there_yet(session):
    app_id = _add(session, "Invited")
    _record(session, app_id, "interview", TODAY + timedelta(days=2), kind="phone")
    card = _cards(session)["Invited"]
    assert (card.column, card.since, card.next_on) == ("interview", None, TODAY + timedelta(days=2))


def test_a_move_is_checked_by_the_history_rules_before_anything_is_written(session):
    ended = _add(session, "Ended")
    _record(session, ended, "withdrawn", date(2026, 11, 2))
    with pytest.raises(InputError, match="ended"):
        board.check_move(session, ended, "interview", TODAY)
    with pytest.raises(InputError, match="already has this step"):
        board.check_move(session, ended, "withdrawn", TODAY)
    fresh = _add(session, "Fresh")
    board.check_move(session, fresh, "screening", TODAY)  # allowed, and nothing recorded
    board.check_move(session, fresh, "no_response", TODAY)
    assert [s.stage for s in applications.get_application(session, fresh).stages] == ["applied"]


def test_not_yet_hides_a_suggestion_for_as_many_weeks_again(journal):
    with journal.session() as session:
        quiet = _add(session, "Quiet", applied_on=TODAY - timedelta(weeks=8))
    assert [s.application_id for s in ghosting.suggestions(journal, TODAY, 6)] == [quiet]
    assert ghosting.suggestions(journal, TODAY, 0) == []  # the setting off: never asked
    answered = ghosting.with_not_yet("", quiet, TODAY)
    assert ghosting.suggestions(journal, TODAY, 6, answered) == []
    assert ghosting.suggestions(journal, TODAY + timedelta(weeks=6), 6, answered) != []
    assert ghosting.parse_not_yet("7:2026-11-01,junk,8:not-a-day") == {7: date(2026, 11, 1)}


def test_marking_no_response_logs_a_silent_rejection_at_the_stage_reached(journal):
    with journal.session() as session:
        quiet = _add(session, "Quiet", applied_on=TODAY - timedelta(weeks=8))
        _record(session, quiet, "screening", TODAY - timedelta(weeks=7))
    view = ghosting.mark_no_response(journal, quiet, TODAY)
    assert (view.channel, view.stage, view.received_on) == ("no_answer", "screening", TODAY)
    with journal.session() as session:
        assert _cards(session)["Quiet"].column == "no_response"
