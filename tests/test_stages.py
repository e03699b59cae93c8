"""Stage history: every step a user can record, its checks, the outcome that follows it, ghosting
suggestions, and applications whose date the user does not know."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from thabat.app.errors import InputError
from thabat.app.services import applications, contacts, encouragement, rejections, stages, stats, today as today_service
from thabat.app.views.applications import ApplicationInput, RejectionInput, StageInput
from thabat.app.views.contacts import ContactInput
from thabat.storage.database import dbapi_connection as db
from tests.conftest import TODAY


def _add(session, company="Careem", applied_on=date(2026, 10, 1)):
    return applications.add_application(session, ApplicationInput(company, "Analyst", applied_on), TODAY)


def _record(session, app_id, stage, on, **more):
    return stages.record_stage(session, app_id, StageInput(stage=stage, occurred_on=on, **more), TODAY)


def _outcome(session, app_id):
    return applications.get_application(session, app_id).row.outcome


def test_an_interview_round_keeps_its_kind_time_interviewers_and_prep_note(session):
    row = _add(session)
    sara = contacts.add_contact(session, ContactInput(name="سارة العتيبي", company="Careem"))
    step = _record(session, row.id, "interview", date(2026, 10, 12), round=2, kind="technical",
                   starts_at=time(14, 30), note="SQL window functions", interviewer_ids=(sara.id,))
    assert (step.stage, step.round, step.kind, step.starts_at, step.note) == (
        "interview", 2, "technical", time(14, 30), "SQL window functions")
    assert [p.name for p in step.interviewers] == ["سارة العتيبي"]
    detail = applications.get_application(session, row.id)
    assert [c.name for c in detail.contacts] == ["سارة العتيبي"]  # linked to the application as well
    assert detail.row.outcome == "interview"


def test_only_interviews_may_be_scheduled_ahead(session):
    row = _add(session)
    ahead = TODAY + timedelta(days=5)
    assert _record(session, row.id, "interview", ahead, kind="onsite").occurred_on == ahead
    for stage in ("screening", "assessment", "offer", "withdrawn"):
        with pytest.raises(InputError) as raised:
            _record(session, row.id, stage, ahead)
        assert raised.value.field == "occurred_on"


def test_steps_keep_a_sensible_order(session):
    row = _add(session)
    with pytest.raises(InputError, match="before the application"):
        _record(session, row.id, "screening", date(2026, 9, 1))
    _record(session, row.id, "withdrawn", date(2026, 10, 20))
    with pytest.raises(InputError, match="ended"):
        _record(session, row.id, "screening", date(2026, 10, 25))
    with pytest.raises(InputError, match="already has this step"):
        _record(session, row.id, "withdrawn", date(2026, 10, 21))
    with pytest.raises(InputError) as raised:
        _record(session, row.id, "interview", date(2026, 10, 10), kind="offsite")
    assert raised.value.field == "kind"
    with pytest.raises(InputError, match="Log a rejection"):
        _record(session, row.id, "rejected", date(2026, 10, 10))


def test_the_outcome_follows_the_history_on_add_edit_and_delete(session):
    row = _add(session)
    screening = _record(session, row.id, "screening", date(2026, 10, 5))
    assert _outcome(session, row.id) == "pending"
    final = _record(session, row.id, "interview", date(2026, 10, 12), kind="final")
    assert final.stage == "final" and _outcome(session, row.id) == "interview"
    offer = _record(session, row.id, "offer", date(2026, 10, 20), kind="declined")
    assert _outcome(session, row.id) == "offer"
    stages.edit_stage(session, offer.id, StageInput("withdrawn", date(2026, 10, 21)), TODAY)
    assert _outcome(session, row.id) == "withdrawn"
    stages.delete_stage(session, offer.id, confirmed=True)
    assert _outcome(session, row.id) == "interview"
    stages.delete_stage(session, final.id, confirmed=True)
    assert _outcome(session, row.id) == "pending"
    with pytest.raises(InputError):
        stages.delete_stage(session, screening.id, confirmed=False)


def test_the_first_step_and_the_rejection_are_not_deleted_but_can_be_redated(session):
    row = _add(session)
    view = rejections.log_rejection(session, RejectionInput("Careem", "Analyst", date(2026, 10, 30), "screening",
                                                            application_id=row.id), TODAY)
    steps = {s.stage: s for s in applications.get_application(session, row.id).stages}
    for stage in ("applied", "rejected"):
        with pytest.raises(InputError):
            stages.delete_stage(session, steps[stage].id, confirmed=True)
    stages.edit_stage(session, steps["rejected"].id, StageInput("rejected", date(2026, 10, 28)), TODAY)
    stages.edit_stage(session, steps["applied"].id, StageInput("applied", date(2026, 9, 30)), TODAY)
    assert rejections.get_rejection(session, view.id).received_on == date(2026, 10, 28)
    assert applications.get_application(session, row.id).row.applied_on == date(2026, 9, 30)
    assert _outcome(session, row.id) == "rejected"


def test_ghosting_is_suggested_after_the_chosen_weeks_of_silence_and_never_recorded(session):
    silent = _add(session, "Silent Co", TODAY - timedelta(weeks=7))
    recent = _add(session, "Recent Co", TODAY - timedelta(weeks=7))
    _record(session, recent.id, "screening", TODAY - timedelta(weeks=1))
    scheduled = _add(session, "Scheduled Co", TODAY - timedelta(weeks=9))
    _record(session, scheduled.id, "interview", TODAY + timedelta(days=3))
    _add(session, "Fresh Co", TODAY - timedelta(weeks=2))
    suggested = stages.ghosting_suggestions(session, TODAY, weeks=6)
    assert [(s.company, s.silent_days) for s in suggested] == [("Silent Co", 49)]
    assert stages.ghosting_suggestions(session, TODAY, weeks=8) == []
    assert _outcome(session, silent.id) == "pending"  # a suggestion only
    with pytest.raises(InputError):
        stages.ghosting_suggestions(session, TODAY, weeks=0)


def test_an_unknown_application_date_is_not_counted_in_this_weeks_goal_and_sorts_last(session):
    monday = TODAY - timedelta(days=TODAY.weekday())
    rejections.log_rejection(session, RejectionInput("Unknown Date Co", "", TODAY, "application"), TODAY)
    _add(session, "This Week Co", monday)
    _add(session, "Older Co", date(2026, 3, 1))
    assert today_service.week_progress(db(session), TODAY, goal=5).applications == 1
    assert [r.company for r in applications.list_applications(session)] == [
        "This Week Co", "Older Co", "Unknown Date Co"]
    assert encouragement.bounce_back_days(db(session)) == []  # an unknown date is no bounce-back either
    assert stats.summary(session).applications == 3


def test_a_rejection_for_a_new_company_takes_the_date_given(session):
    view = rejections.log_rejection(session, RejectionInput("New Co", "", TODAY, "screening",
                                                            applied_on=date(2026, 11, 2)), TODAY)
    assert view.applied_on == date(2026, 11, 2)
    with pytest.raises(InputError):
        rejections.log_rejection(session, RejectionInput("Other Co", "", date(2026, 11, 1), "screening",
                                                         applied_on=date(2026, 11, 2)), TODAY)
