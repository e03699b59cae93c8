"""The prep card: built only from the user's own journal, each line with where it came from."""

from __future__ import annotations

from datetime import date, time

import pytest

from thabat.app.errors import NotFound
from thabat.app.services.prep import AreaToPrepare, PrepLine, prep_card
from thabat.storage.database import dbapi_connection
from tests.prep_journal import build_prep_journal


def test_the_card_for_a_journal_with_two_earlier_onsite_rejections(session):
    made = build_prep_journal(session)
    card = prep_card(dbapi_connection(session), made.upcoming_stage)

    assert (card.interview.company, card.interview.role, card.interview.stage, card.interview.round,
            card.interview.kind, card.interview.on, card.interview.starts_at, card.interview.note) == (
        "Talabat", "Data Analyst", "interview", 2, "onsite", date(2026, 12, 2), time(10, 30), "Bring the portfolio")
    careem = PrepLine("", "reflection", made.careem_reflection, "Careem", "Data Analyst", date(2026, 8, 28))
    noon = PrepLine("", "reflection", made.noon_reflection, "Noon", "Analyst", date(2026, 10, 2))
    # Areas cited after interview-stage rejections only (the screening one's "CV keywords" is not),
    # open before improving, with how they have moved: their state and their actions done.
    assert [(a.name, a.state, a.cited_by, a.actions_done, a.actions_total) for a in card.areas] == [
        ("الإحصاء التطبيقي", "open", (noon,), 0, 0),
        ("Structured answers (STAR)", "improving", (noon, careem), 1, 2),
    ]
    assert all(isinstance(a, AreaToPrepare) for a in card.areas)
    # The open action item, linked to the reflection it came from.
    assert card.actions == (PrepLine("Mock interview with Huda", "reflection", made.noon_reflection, "Noon", "Analyst",
                                     date(2026, 12, 3)),)
    # Stories that worked: "What went well" and "What did you do well" after interviews, newest first.
    assert [(line.text, line.source_id) for line in card.stories] == [
        ("شرحت مشروع التنبؤ بالمبيعات بوضوح", made.noon_reflection),
        ("I told the churn-dashboard story with numbers.", made.careem_reflection),
        ("Stayed calm on the SQL whiteboard.", made.careem_reflection),
    ]
    assert [(line.text, line.source_id) for line in card.surprises] == [
        ("How would you explain p-values to a manager?", made.noon_reflection),
        ("Design an A/B test for a pricing change.", made.careem_reflection),
    ]
    assert card.feedback == (PrepLine("Strong SQL; answers lacked structure.", "reflection", made.noon_reflection,
                                      "Noon", "Analyst", date(2026, 10, 5)),)
    # The step's interviewer first (no notes yet), then a contact at the same company (matched by name key).
    assert card.people == (
        PrepLine("", "contact", made.omar, "Talabat", person="Omar Haddad", interviewer=True),
        PrepLine("Hiring manager; loves dashboards.", "contact", made.lina, "Talabat", person="Lina Saleh"),
    )
    assert card.earlier == (PrepLine("withdrawn", "application", made.earlier_talabat, "Talabat", "BI Intern",
                                     date(2025, 3, 1)),)
    assert not card.empty


def test_an_empty_journal_gives_an_empty_card(session):
    from thabat.app.views.applications import ApplicationInput, StageInput
    from thabat.app.services import applications, stages
    from tests.conftest import TODAY

    app = applications.add_application(session, ApplicationInput("Careem", "Analyst", date(2026, 11, 1)), TODAY)
    step = stages.record_stage(session, app.id, StageInput("interview", date(2026, 11, 30), kind="phone"), TODAY)
    card = prep_card(dbapi_connection(session), step.id)
    assert card.empty
    assert card.interview.company == "Careem"


def test_a_step_that_is_not_an_interview_has_no_card(session):
    from thabat.app.views.applications import ApplicationInput
    from thabat.app.services import applications
    from tests.conftest import TODAY

    applications.add_application(session, ApplicationInput("Careem", "Analyst", date(2026, 11, 1)), TODAY)
    with pytest.raises(NotFound):
        prep_card(dbapi_connection(session), 1)  # the "applied" step


def test_an_area_lists_the_interviews_it_was_prepared_for_and_what_happened_next(session):
    from thabat.app.views.applications import RejectionInput
    from thabat.app.views.reflections import ReflectionDraft
    from thabat.app.services import reflection_growth, reflections, rejections
    from thabat.app.services.prep import prepared_interviews
    from tests.conftest import TODAY

    made = build_prep_journal(session)
    db = dbapi_connection(session)
    star = next(a.id for a in prep_card(db, made.upcoming_stage).areas if a.name.startswith("Structured"))
    # Noon's onsite (24 Sep) came after Careem's rejection cited the area (28 Aug): prepared for, and
    # rejected again with the area named again. Talabat's is still ahead.
    assert [(i.company, i.on, i.outcome, i.cited_again) for i in prepared_interviews(db, star)] == [
        ("Talabat", date(2026, 12, 2), "interview", None),
        ("Noon", date(2026, 9, 24), "rejected", True),
    ]
    # What happened next: the step that followed in the application's history (none yet for Talabat).
    assert [(i.next_stage, i.next_round, i.next_on) for i in prepared_interviews(db, star)] == [
        ("", None, None), ("rejected", None, date(2026, 10, 2))]
    # A rejection whose reflection did not name the area again: it counts as moved on.
    from thabat.app.views.applications import ApplicationInput, StageInput
    from thabat.app.services import applications, stages

    app = applications.add_application(session, ApplicationInput("Anghami", "Analyst", date(2026, 10, 10)), TODAY)
    stages.record_stage(session, app.id, StageInput("interview", date(2026, 10, 20), round=1, kind="technical"), TODAY)
    rejection = rejections.log_rejection(session, RejectionInput("Anghami", "Analyst", date(2026, 10, 25), "interview",
                                                                 round=1, application_id=app.id), TODAY)
    reflection = reflections.start_reflection(session, rejection.id)
    reflections.finish_reflection(session, reflection.id, ReflectionDraft(went_well="Clear stories"), TODAY)
    reflection_growth.cite_area(session, reflection.id, "Pricing knowledge")
    assert [(i.company, i.cited_again) for i in prepared_interviews(dbapi_connection(session), star)][1] == (
        "Anghami", False)
