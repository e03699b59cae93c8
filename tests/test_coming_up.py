"""Coming up (the next fortnight's interviews and deadlines, interviews waiting for a debrief) and the debrief."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from thabat.app.errors import InputError
from thabat.app.views.applications import ApplicationInput, DebriefInput, RejectionInput, StageInput
from thabat.app.services import applications, reflections, rejections, stages
from thabat.app.services.coming_up import coming_up
from thabat.app.services.debriefs import debrief_of, save_debrief
from thabat.storage.database import dbapi_connection
from tests.conftest import TODAY


def _interview(session, company, on, at=None, kind="onsite", applied=date(2026, 11, 1)):
    app = applications.add_application(session, ApplicationInput(company, "Analyst", applied), TODAY)
    step = stages.record_stage(session, app.id, StageInput("interview", on, round=1, kind=kind, starts_at=at), TODAY)
    return app.id, step.id


def test_coming_up_lists_the_next_fourteen_days_and_the_interviews_to_debrief(session):
    _, past = _interview(session, "Careem", TODAY - timedelta(days=3))
    _interview(session, "Too old", TODAY - timedelta(days=15))
    _, soon = _interview(session, "Noon", TODAY + timedelta(days=2), time(9, 0))
    _, sooner = _interview(session, "stc", TODAY + timedelta(days=2), None, kind="phone")
    _interview(session, "Too far", TODAY + timedelta(days=15))
    applications.add_application(session, ApplicationInput("Talabat", "BI", date(2026, 11, 20),
                                                            deadline=TODAY + timedelta(days=5)), TODAY)
    ended, _ = _interview(session, "Rejected already", TODAY - timedelta(days=1))
    rejections.log_rejection(session, RejectionInput("Rejected already", "Analyst", TODAY, "interview", round=1,
                                                     application_id=ended), TODAY)

    items = coming_up(dbapi_connection(session), TODAY)

    assert [(i.kind, i.company, i.on, i.starts_at, i.stage_id) for i in items] == [
        ("debrief", "Careem", TODAY - timedelta(days=3), None, past),
        ("interview", "stc", TODAY + timedelta(days=2), None, sooner),
        ("interview", "Noon", TODAY + timedelta(days=2), time(9, 0), soon),
        ("deadline", "Talabat", TODAY + timedelta(days=5), None, None),
    ]
    save_debrief(session, past, DebriefInput("Fine", "", 6), TODAY)
    assert [i.kind for i in coming_up(dbapi_connection(session), TODAY)] == ["interview", "interview", "deadline"]


def test_todays_interview_is_both_to_prepare_and_to_debrief(session):
    _, step = _interview(session, "Careem", TODAY, time(9, 0))
    assert [i.kind for i in coming_up(dbapi_connection(session), TODAY)] == ["debrief", "interview"]


def test_a_debrief_is_written_after_the_interview_only_and_can_be_rewritten(session):
    _, later = _interview(session, "Noon", TODAY + timedelta(days=1))
    with pytest.raises(InputError):
        save_debrief(session, later, DebriefInput("Early", "", 5), TODAY)
    _, step = _interview(session, "Careem", TODAY - timedelta(days=1))
    with pytest.raises(InputError):
        save_debrief(session, step, DebriefInput("", "  ", None), TODAY)
    with pytest.raises(InputError):
        save_debrief(session, step, DebriefInput("ok", "", 11), TODAY)
    save_debrief(session, step, DebriefInput("Nervous at first", "Why us?", 4), TODAY)
    save_debrief(session, step, DebriefInput("Nervous at first, then fine", "Why us?", 6), TODAY)
    view = debrief_of(session, step)
    assert (view.how_it_went, view.questions, view.confidence, view.written_on) == (
        "Nervous at first, then fine", "Why us?", 6, TODAY)


def test_a_rejection_after_a_debrief_starts_its_reflection_from_it(session):
    app, step = _interview(session, "Careem", TODAY - timedelta(days=5))
    save_debrief(session, step, DebriefInput("Good rapport; the case study ran long.",
                                             "Size the market for scooters\nلماذا كريم؟", 7), TODAY - timedelta(days=4))
    rejection = rejections.log_rejection(session, RejectionInput("Careem", "Analyst", TODAY, "interview", round=1,
                                                                 application_id=app), TODAY)
    view = reflections.start_reflection(session, rejection.id)
    assert view.draft.confidence_before == 7
    assert view.draft.answers == {"answers.hardest": "Size the market for scooters\nلماذا كريم؟"}
    assert view.debrief.how_it_went == "Good rapport; the case study ran long."
    # Resuming the draft does not fill it again over what the user changed.
    reflections.save_draft(session, view.id, view.draft.__class__(confidence_before=3, answers={"answers.hardest": ""}),
                           TODAY)
    again = reflections.start_reflection(session, rejection.id)
    assert again.id == view.id and again.draft.confidence_before == 3 and again.draft.answers == {}
