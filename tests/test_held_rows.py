"""Numbered ahead (the demo), a table that began empty is held by the session: the services' look-ups of
a step's history, an application's rejection, a rejection's open reminders and the day's check-in are
answered without a statement, and answer what SQLite would (issue 14: the five-year demo's CPU)."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date

import pytest
from sqlalchemy import event
from sqlmodel import select

from thabat.app.services import checkins, rejections
from thabat.app.services.applications import add_application
from thabat.app.services.stages import history_of, record_stage
from thabat.app.views.applications import ApplicationInput, RejectionInput, StageInput
from thabat.storage.ids_ahead import held_rows, numbered_ahead
from thabat.storage.search_sync import deferred
from thabat.storage.models import CheckIn, Rejection, Reminder, StageEvent
from tests.conftest import TODAY
from tests.session_support import flushes

HELD = ("stage_event", "rejection", "reminder", "check_in")


@contextmanager
def reads(session):
    """The SELECT statements sent inside, as SQLite receives them."""
    sent: list[str] = []

    def seen(_connection, _cursor, statement, *_args) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            sent.append(statement)

    engine = session.get_bind()
    event.listen(engine, "before_cursor_execute", seen)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", seen)


def _a_search(session) -> tuple:
    """One application through interviews to a rejection, its reply and feedback, and two check-ins of
    one day; what the services answered, for comparison."""
    app_id = add_application(session, ApplicationInput(company="Acme", role="Analyst", applied_on=date(2026, 1, 5)),
                             TODAY).id
    first = record_stage(session, app_id, StageInput(stage="screening", occurred_on=date(2026, 1, 9)), TODAY)
    second = record_stage(session, app_id, StageInput(stage="interview", occurred_on=date(2026, 1, 20), round=1),
                          TODAY)
    rejection = rejections.log_rejection(session, RejectionInput(
        company="Acme", role="Analyst", received_on=date(2026, 2, 1), stage="interview", round=1,
        application_id=app_id), TODAY)
    replied = rejections.mark_replied(session, rejection.id, date(2026, 2, 2), TODAY)
    asked = rejections.mark_feedback_requested(session, rejection.id, date(2026, 2, 3), TODAY)
    received = rejections.record_feedback(session, rejection.id, "Practise design", date(2026, 2, 10), TODAY)
    checkins.record_check_in(session, 4, "low", day=date(2026, 2, 10), today=TODAY)
    again = checkins.record_check_in(session, 6, "better", day=date(2026, 2, 10), today=TODAY)
    again_other_app = rejections.log_rejection(session, RejectionInput(
        company="Acme", role="Analyst", received_on=date(2026, 3, 1), stage="application"), TODAY)
    history = [(e.id, e.stage, e.occurred_on) for e in history_of(session, app_id)]
    return (first, second, replied, asked, received, again, again_other_app.application_id != app_id, history)


def test_the_services_look_up_held_rows_without_a_statement(session):
    with deferred(session), numbered_ahead(session):  # as the demo: the search index is made at the end
        with reads(session) as sent:
            answered = _a_search(session)
    touched = [s for s in sent if any(f'"{table}"' in s or f" {table} " in s or s.rstrip().endswith(table)
                                      for table in HELD)]
    # Each held table's highest id is read once, when it is first met; nothing else reads them.
    assert len(touched) <= len(HELD) and all("max(" in s for s in touched), touched
    assert answered[-2] is True  # a new application to a company whose rejection is logged
    assert [stage for _, stage, _ in answered[-1]] == ["applied", "screening", "interview", "rejected"]
    assert answered[2].replied_on == date(2026, 2, 2) and answered[4].feedback_received_on == date(2026, 2, 10)
    assert [r.rejection_id for r in session.exec(select(Reminder).where(Reminder.done_on.is_(None))).all()] == [
        answered[4].id + 1]  # only the later rejection's reply is open
    assert [(c.score, c.note) for c in session.exec(select(CheckIn)).all()] == [(6, "better")]


def test_held_rows_answer_as_sqlite_does(journal):
    """The same calls in a user's session (every look-up read from SQLite) give the same answers and rows."""
    from sqlmodel import Session

    answers = []
    for numbered in (False, True):
        with Session(journal.engine) as session:
            if numbered:
                with numbered_ahead(session):
                    answers.append(_a_search(session))
            else:
                answers.append(_a_search(session))
            rows = [(type(r).__name__, r.id) for model in (StageEvent, Rejection, Reminder, CheckIn)
                    for r in session.exec(select(model)).all()]
            answers.append(rows)
            session.rollback()
    assert answers[0] == answers[2] and answers[1] == answers[3]


def test_a_table_with_rows_before_is_read_from_sqlite(session):
    add_application(session, ApplicationInput(company="Before", role="", applied_on=date(2026, 1, 2)), TODAY)
    with numbered_ahead(session):
        assert held_rows(session, StageEvent, "application_id", 1) is None
        assert held_rows(session, Rejection, "application_id", 1) == []


def test_a_held_row_whose_key_changes_fails_the_run(session):
    with pytest.raises(RuntimeError, match="check_in"):
        with numbered_ahead(session):
            row = checkins.record_check_in(session, 5, day=date(2026, 2, 1), today=TODAY)
            assert held_rows(session, CheckIn, "day", row.day)
            held_rows(session, CheckIn, "day", row.day)[0].day = date(2026, 2, 2)


def test_a_reflections_own_rows_are_not_read_back(session):
    """A draft saved, then the reflection finished with other answers and ratings: its own answers, ratings
    and strength are the session's, not read from SQLite; the rows are those a user's session writes."""
    from thabat.app.services.reflection_growth import list_skills
    from thabat.app.services.reflections import complete_reflection, open_reflection, set_mode, store_draft
    from thabat.app.views.reflections import ReflectionDraft
    from thabat.storage.models import ReflectionAnswer, SkillRating, Strength

    own = ("reflection_answer", "skill_rating", "strength")
    with deferred(session), numbered_ahead(session):
        rejection_id = rejections.log_rejection(session, RejectionInput(
            company="Acme", role="Analyst", received_on=date(2026, 2, 1), stage="interview", round=1), TODAY).id
        reflection_id = open_reflection(session, rejection_id)
        set_mode(session, reflection_id, "full")
        skills = list_skills(session)
        with reads(session) as sent:
            for write, rating, answer in ((store_draft, 4, "Scaling"), (complete_reflection, 3, "Caching")):
                write(session, reflection_id, ReflectionDraft(
                    feeling="Tired", answers={"answers.hardest": answer}, ratings={skills[0].id: rating},
                    strength="Calm"), TODAY)
    touched = [s for s in sent if any(f"FROM {table}" in s for table in own)]
    assert all("max(" in s for s in touched), touched
    assert [(a.prompt_key, a.text) for a in session.exec(select(ReflectionAnswer)).all()] == [
        ("answers.hardest", "Caching")]
    assert [(r.skill_id, r.rating) for r in session.exec(select(SkillRating)).all()] == [(skills[0].id, 3)]
    assert [s.text for s in session.exec(select(Strength)).all()] == ["Calm"]


def test_waiting_writes_keep_the_moments_of_the_calls_that_made_them(journal):
    """Numbered ahead, the calls' rows wait for one flush, yet each row's created_at and updated_at are the
    moments a user's session gives them: the call that added it, and the last call that changed it (a
    step that leaves the outcome as it was does not move it)."""
    from datetime import datetime, timezone

    from sqlmodel import Session

    from thabat.storage.models import Application
    from thabat.storage.types import clock_at

    def moment(hour: int) -> datetime:
        return datetime(2026, 3, 1, hour, tzinfo=timezone.utc)

    def calls(session) -> None:
        with clock_at(moment(9)):
            app_id = add_application(session, ApplicationInput(company="Acme", role="Analyst",
                                                               applied_on=date(2026, 1, 5)), TODAY).id
        with clock_at(moment(10)):  # pending -> interview
            record_stage(session, app_id, StageInput(stage="interview", occurred_on=date(2026, 1, 20), round=1), TODAY)
        with clock_at(moment(11)):  # still interview: no change, no new moment
            record_stage(session, app_id, StageInput(stage="interview", occurred_on=date(2026, 1, 27), round=2), TODAY)
        with clock_at(moment(12)):
            rejections.log_rejection(session, RejectionInput(
                company="Acme", role="Analyst", received_on=date(2026, 2, 1), stage="interview", round=2,
                application_id=app_id), TODAY)
            checkins.record_check_in(session, 4, day=date(2026, 2, 1), today=TODAY)
        with clock_at(moment(13)):
            checkins.record_check_in(session, 6, day=date(2026, 2, 1), today=TODAY)

    seen = []
    for numbered in (False, True):
        with Session(journal.engine) as session:
            if numbered:
                with numbered_ahead(session), flushes(session) as flushed:
                    calls(session)
                assert flushed[0] <= 1
            else:
                calls(session)
            session.expire_all()
            seen.append([(a.outcome, a.created_at, a.updated_at) for a in session.exec(select(Application)).all()]
                        + [(r.created_at,) for r in session.exec(select(Rejection)).all()]
                        + [(c.score, c.created_at) for c in session.exec(select(CheckIn)).all()])
            session.rollback()
    assert seen[0] == seen[1]
    assert seen[0][0] == ("rejected", moment(9), moment(12))

