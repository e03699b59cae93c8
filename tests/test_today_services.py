"""Today's services: delays from the settings, due items, the encouraging figure, the rest suggestion."""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import select

from thabat.app.services import applications, checkins, encouragement, rejections, today as today_service
from thabat.app.views.applications import ApplicationInput, RejectionInput
from thabat.storage.database import dbapi_connection as db
from thabat.storage.models import Reflection, Reminder
from tests.conftest import TODAY


def _reject(session, company, received_on, stage="screening", applied_on=None, **kwargs):
    return rejections.log_rejection(session, RejectionInput(
        company=company, role="Analyst", received_on=received_on, stage=stage, applied_on=applied_on,
        round=1 if stage == "interview" else None), TODAY, **kwargs)


def test_reply_delay_comes_from_the_caller(session):
    view = _reject(session, "Noon", date(2026, 11, 20), reply_delay_days=5)
    reminder = session.exec(select(Reminder).where(Reminder.rejection_id == view.id)).one()
    assert reminder.due_on == date(2026, 11, 25)


def test_feedback_delay_comes_from_the_caller(session):
    view = _reject(session, "Noon", date(2026, 11, 1))
    rejections.mark_feedback_requested(session, view.id, date(2026, 11, 2), TODAY, feedback_delay_days=10)
    reminder = session.exec(select(Reminder).where(Reminder.kind == "feedback")).one()
    assert reminder.due_on == date(2026, 11, 12)


def test_default_delays_are_kept(session):
    view = _reject(session, "Noon", date(2026, 11, 1))
    rejections.mark_feedback_requested(session, view.id, date(2026, 11, 2), TODAY)
    due = {r.kind: r.due_on for r in session.exec(select(Reminder)).all()}
    assert due == {"reply": date(2026, 11, 3), "feedback": date(2026, 11, 16)}


def test_bounced_back_count_is_the_rejections_followed_by_an_application(session):
    # Three rejections, each followed by a new application: 2, 4 and 9 days later.
    for i, (rejected, next_applied) in enumerate([(1, 3), (10, 14), (20, 29)]):
        _reject(session, f"Co{i}", date(2026, 10, rejected), applied_on=date(2026, 9, 1))
        applications.add_application(session, ApplicationInput(f"Next{i}", "Analyst", date(2026, 10, next_applied)), TODAY)
    figure = encouragement.encouraging_figure(db(session), TODAY)
    assert (figure.kind, figure.value) == ("bounced_back", 3)


def test_median_days_when_few_bounces(session):
    _reject(session, "A", date(2026, 7, 1), applied_on=date(2026, 6, 1))
    applications.add_application(session, ApplicationInput("B", "x", date(2026, 7, 5)), TODAY)
    figure = encouragement.encouraging_figure(db(session), TODAY)
    assert (figure.kind, figure.value) == ("median_bounce_days", 4)


def test_interview_rate_is_shown_only_when_it_really_improved(session):
    # Last quarter (Jul-Sep): 4 applications, 1 reached an interview = 25 %.
    for i in range(4):
        row = applications.add_application(session, ApplicationInput(f"Q3-{i}", "x", date(2026, 8, 1 + i)), TODAY)
        if i == 0:
            applications.add_stage(session, row.id, "interview", date(2026, 8, 20), round=1, today=TODAY)
    # This quarter (Oct-Dec): 3 applications, 2 reached an interview = 67 %.
    for i in range(3):
        row = applications.add_application(session, ApplicationInput(f"Q4-{i}", "x", date(2026, 10, 1 + i)), TODAY)
        if i < 2:
            applications.add_stage(session, row.id, "interview", date(2026, 10, 20), round=1, today=TODAY)
    figure = encouragement.encouraging_figure(db(session), TODAY)
    assert (figure.kind, figure.value, figure.previous) == ("interview_rate", 67, 25)


def test_a_worse_interview_rate_is_never_shown(session):
    for i in range(3):
        row = applications.add_application(session, ApplicationInput(f"Q3-{i}", "x", date(2026, 8, 1 + i)), TODAY)
        applications.add_stage(session, row.id, "interview", date(2026, 8, 20), round=1, today=TODAY)
    for i in range(3):
        applications.add_application(session, ApplicationInput(f"Q4-{i}", "x", date(2026, 10, 1 + i)), TODAY)
    figure = encouragement.encouraging_figure(db(session), TODAY)
    assert (figure.kind, figure.value) == ("applications", 6)


def test_no_figure_on_an_empty_journal(session):
    assert encouragement.encouraging_figure(db(session), TODAY) is None


def _check_ins(session, scores):
    for back, score in enumerate(reversed(scores)):
        checkins.record_check_in(session, score, day=TODAY - timedelta(days=back), today=TODAY)


def test_rest_is_suggested_after_three_low_check_ins(session):
    _check_ins(session, [7, 3, 2, 1])
    assert encouragement.rest_suggested(db(session), TODAY, None)


def test_rest_is_not_suggested_when_one_of_the_last_three_is_fine(session):
    _check_ins(session, [2, 2, 6, 3])
    assert not encouragement.rest_suggested(db(session), TODAY, None)


def test_rest_is_quiet_for_a_week_after_dismissal(session):
    _check_ins(session, [1, 1, 1])
    assert not encouragement.rest_suggested(db(session), TODAY, TODAY - timedelta(days=6))
    assert encouragement.rest_suggested(db(session), TODAY, TODAY - timedelta(days=7))


def test_old_low_streak_is_not_brought_up(session):
    for back in (10, 11, 12):
        checkins.record_check_in(session, 1, day=TODAY - timedelta(days=back), today=TODAY)
    assert not encouragement.rest_suggested(db(session), TODAY, None)


def test_draft_reflections_are_listed_with_their_application(session):
    view = _reject(session, "Talabat", date(2026, 11, 1))
    session.add(Reflection(rejection_id=view.id, state="draft", step="learn"))
    session.add(Reflection(rejection_id=None, state="done"))
    session.flush()
    drafts = today_service.draft_reflections(db(session))
    assert [(d.company, d.step) for d in drafts] == [("Talabat", "learn")]
