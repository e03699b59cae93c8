"""Services: validation, applications and their history, logging rejections, check-ins, Today."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import select

from thabat.app.errors import InputError
from thabat.app.services import applications, checkins, contacts, due, encouragement, rejections, stats, today as today_service
from thabat.app.views.applications import ApplicationInput, RejectionInput
from thabat.app.views.contacts import ContactInput
from thabat.storage.database import dbapi_connection as db
from thabat.storage.models import Application, Reminder
from tests.conftest import TODAY


def _add(session, company="Careem", role="Data Analyst", applied_on=date(2026, 10, 1)):
    return applications.add_application(session, ApplicationInput(company, role, applied_on), TODAY)


def test_add_application_records_the_first_step(session):
    row = _add(session)
    detail = applications.get_application(session, row.id)
    assert (row.company, row.outcome, row.last_stage) == ("Careem", "pending", "applied")
    assert [s.stage for s in detail.stages] == ["applied"]


@pytest.mark.parametrize("company", ["", "   ", "\x00"])
def test_empty_company_is_refused_and_nothing_is_saved(session, company):
    with pytest.raises(InputError) as raised:
        _add(session, company=company)
    assert raised.value.field == "company"
    assert session.exec(select(Application)).all() == []


@pytest.mark.parametrize("when", [TODAY + timedelta(days=1), date(1900, 1, 1)])
def test_absurd_application_dates_are_refused(session, when):
    with pytest.raises(InputError) as raised:
        _add(session, applied_on=when)
    assert raised.value.field == "applied_on"


def test_huge_company_name_is_refused(session):
    with pytest.raises(InputError):
        _add(session, company="ش" * 10_000)


def test_update_changes_fields_and_keeps_history_in_order(session):
    row = _add(session)
    applications.add_stage(session, row.id, "interview", date(2026, 10, 10), round=1, today=TODAY)
    changed = applications.update_application(
        session, row.id, ApplicationInput("Careem", "محلل بيانات", date(2026, 10, 2)), TODAY)
    assert changed.role == "محلل بيانات"
    assert changed.outcome == "interview"
    with pytest.raises(InputError):
        applications.update_application(session, row.id, ApplicationInput("Careem", "x", date(2026, 10, 20)), TODAY)


def test_delete_needs_confirmation(session):
    row = _add(session)
    with pytest.raises(InputError):
        applications.delete_application(session, row.id, confirmed=False)
    assert applications.list_applications(session) != []
    applications.delete_application(session, row.id, confirmed=True)
    assert applications.list_applications(session) == []


def test_list_filters_by_text_and_outcome(session):
    _add(session, "Careem", "Analyst")
    other = _add(session, "Noon", "Engineer")
    applications.add_stage(session, other.id, "offer", date(2026, 10, 20), today=TODAY)
    assert [r.company for r in applications.list_applications(session, text="noo")] == ["Noon"]
    assert [r.company for r in applications.list_applications(session, outcome="offer")] == ["Noon"]


def test_logging_a_rejection_for_a_new_company_creates_the_application(session):
    view = rejections.log_rejection(session, RejectionInput(
        company="شركة الأفق", role="Backend Engineer", received_on=date(2026, 11, 20), stage="interview", round=2,
        interviewer="Sara"), TODAY)
    detail = applications.get_application(session, view.application_id)
    assert detail.row.outcome == "rejected"
    # The application date was not given: it stays unknown, never the rejection's date.
    assert [s.stage for s in detail.stages] == ["rejected"]
    assert detail.row.applied_on is None and view.applied_on is None
    assert view.round == 2
    reminder = session.exec(select(Reminder)).one()
    assert (reminder.kind, reminder.due_on) == ("reply", date(2026, 11, 22))


def test_logging_a_rejection_reuses_the_open_application(session):
    row = _add(session, "Talabat", "Designer")
    view = rejections.log_rejection(session, RejectionInput("talabat ", "designer", date(2026, 11, 1), "screening"), TODAY)
    assert view.application_id == row.id


def test_a_rejection_before_its_application_is_refused(session):
    _add(session, "Talabat", "Designer", date(2026, 11, 1))
    with pytest.raises(InputError) as raised:
        rejections.log_rejection(session, RejectionInput("Talabat", "Designer", date(2026, 10, 1), "screening"), TODAY)
    assert raised.value.field == "received_on"
    assert session.exec(select(Application)).one().outcome == "pending"


def test_unknown_stage_and_bad_round_are_refused(session):
    with pytest.raises(InputError):
        rejections.log_rejection(session, RejectionInput("A", "", TODAY, "lunch"), TODAY)
    with pytest.raises(InputError):
        rejections.log_rejection(session, RejectionInput("A", "", TODAY, "interview", round=99), TODAY)


def test_reply_and_feedback_close_their_reminders(session):
    view = rejections.log_rejection(session, RejectionInput("Anghami", "QA", date(2026, 11, 1), "final"), TODAY)
    rejections.mark_replied(session, view.id, date(2026, 11, 2), TODAY)
    rejections.mark_feedback_requested(session, view.id, date(2026, 11, 2), TODAY)
    due_before = today_service.due_items(db(session), date(2026, 11, 20))
    assert [item.kind for item in due_before] == ["feedback"]
    done = rejections.record_feedback(session, view.id, "Practise system design.", date(2026, 11, 21), TODAY)
    assert done.feedback_text == "Practise system design."
    assert today_service.due_items(db(session), TODAY) == []


def test_due_items_snooze_and_done(session):
    rejections.log_rejection(session, RejectionInput("Aramex", "PM", date(2026, 11, 20), "screening"), TODAY)
    items = today_service.due_items(db(session), TODAY)
    assert [i.kind for i in items] == ["reply"]
    due.snooze_item(session, "reply", items[0].id, TODAY + timedelta(days=1))
    assert today_service.due_items(db(session), TODAY) == []
    again = today_service.due_items(db(session), TODAY + timedelta(days=1))
    due.complete_item(session, "reply", again[0].id, TODAY)
    assert today_service.due_items(db(session), TODAY + timedelta(days=30)) == []
    assert rejections.get_rejection(session, again[0].id).replied_on == TODAY


def test_check_in_once_a_day_and_editable(session):
    checkins.record_check_in(session, 4, "tired", today=TODAY)
    checkins.record_check_in(session, 6, "better", today=TODAY)
    assert today_service.check_in_for(db(session), TODAY).score == 6
    with pytest.raises(InputError):
        checkins.record_check_in(session, 11, today=TODAY)
    with pytest.raises(InputError):
        checkins.record_check_in(session, 5, day=TODAY + timedelta(days=1), today=TODAY)


def test_week_progress_counts_from_monday(session):
    _add(session, applied_on=date(2026, 11, 22))  # Sunday before: last week
    _add(session, applied_on=date(2026, 11, 23))  # Monday
    _add(session, applied_on=TODAY)
    week = today_service.week_progress(db(session), TODAY, goal=5)
    assert (week.week_start, week.applications, week.goal) == (date(2026, 11, 23), 2, 5)


def test_contacts_link_to_applications(session):
    row = _add(session)
    person = contacts.add_contact(session, ContactInput("ليلى حداد", "Recruiter", "Careem"), row.id)
    assert applications.get_application(session, row.id).contacts == (person,)
    with pytest.raises(InputError):
        contacts.add_contact(session, ContactInput(" "))


def test_summary_and_bounce_back(session):
    rejections.log_rejection(session, RejectionInput("A", "", date(2026, 11, 1), "application"), TODAY)
    _add(session, "B", "", date(2026, 11, 4))
    summary = stats.summary(session)
    assert (summary.applications, summary.rejections, summary.pending) == (2, 1, 1)
    assert encouragement.bounce_back_days(db(session)) == [(date(2026, 11, 1), 3)]


def test_silence_brings_no_reminder_to_reply(session):
    rejections.log_rejection(session, RejectionInput("Careem", "", date(2026, 11, 1), "application",
                                                     channel="no_answer"), TODAY)
    assert session.exec(select(Reminder)).all() == []
