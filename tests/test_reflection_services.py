"""The reflection services: stage-dependent prompts, drafts, ratings, areas, actions, follow-up, finish."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlmodel import select

from thabat.app.errors import InputError
from thabat.app.services.contacts import add_contact
from thabat.app.services.follow_ups import follow_up_date, schedule_follow_up
from thabat.app.services.prompts import prompts_for_stage, steps, thinking_traps
from thabat.app.services.reflection_growth import (
    add_action, add_skill, cite_area, list_area_names, list_skills, uncite_area,
)
from thabat.app.services.reflections import earlier_strength, finish_reflection, load_reflection, save_draft, start_reflection
from thabat.app.services.rejections import log_rejection
from thabat.app.services.today import draft_reflections
from thabat.app.views.applications import RejectionInput
from thabat.app.views.contacts import ContactInput
from thabat.app.views.reflections import ReflectionDraft
from thabat.storage.database import dbapi_connection
from thabat.storage.models import AreaCitation, Reminder, SkillRating, Strength
from tests.conftest import TODAY


def _rejection(session, stage="interview", company="Careem"):
    return log_rejection(session, RejectionInput(company, "Data Analyst", date(2026, 11, 20), stage,
                                                 applied_on=date(2026, 10, 1), interviewer="Sara"), TODAY)


def test_prompts_depend_on_the_stage_reached():
    early = {p.topic for p in prompts_for_stage("screening", "en")}
    late = {p.topic for p in prompts_for_stage("interview", "en")}
    assert {"cv", "targeting", "strategy", "general"} <= early
    assert not early & {"preparation", "answers", "questions_asked", "communication", "technical"}
    assert {"preparation", "answers", "questions_asked", "communication", "technical", "general"} <= late
    assert not late & {"cv", "targeting"}
    assert prompts_for_stage("interview", "en")[-1].topic == "general"  # general questions close the list
    arabic = prompts_for_stage("application", "ar")
    assert arabic[0].text.startswith("هل") and arabic[0].topic_label == "السيرة الذاتية وخطاب التقديم"
    assert [t.key for t in thinking_traps("ar")] == ["personalising", "overgeneralising", "catastrophising",
                                                     "mind_reading"]
    assert [s.key for s in steps("en")] == ["feel", "reply", "feedback", "learn", "traps", "contacts", "close"]


def test_start_returns_the_open_draft_and_saving_resumes_everything(session):
    rejection = _rejection(session)
    first = start_reflection(session, rejection.id)
    assert start_reflection(session, rejection.id).id == first.id
    skills = list_skills(session)
    draft = ReflectionDraft(step="traps", direction="rtl", confidence_before=3, feeling="متعبة قليلًا",
                            reply_text="Thank you", answers={"answers.hardest": "The system design one",
                                                             "trap.catastrophising": "One job, not my career"},
                            ratings={skills[0].id: 4, skills[1].id: 2})
    save_draft(session, first.id, draft, TODAY)
    loaded = load_reflection(session, first.id)
    assert loaded.state == "draft" and loaded.rejection.company == "Careem"
    assert loaded.draft == replace(draft, tags=())  # tags=None left them as they were: none
    assert [(d.id, d.company, d.step) for d in draft_reflections(dbapi_connection(session))] == [(first.id, "Careem", "traps")]
    # clearing an answer and a rating removes them
    save_draft(session, first.id, replace(draft, answers={"answers.hardest": ""}, ratings={skills[0].id: 5}), TODAY)
    loaded = load_reflection(session, first.id)
    assert loaded.draft.answers == {"trap.catastrophising": "One job, not my career"}  # keys not sent stay
    assert loaded.draft.ratings == {skills[0].id: 5}


@pytest.mark.parametrize("change, field", [
    ({"confidence_before": 11}, "confidence_before"),
    ({"confidence_after": -1}, "confidence_after"),
    ({"step": "nowhere"}, "step"),
    ({"planned_applications": 5000}, "planned_applications"),
])
def test_out_of_range_values_are_refused_and_nothing_is_stored(session, change, field):
    reflection = start_reflection(session, _rejection(session).id)
    save_draft(session, reflection.id, ReflectionDraft(feeling="kept"), TODAY)
    with pytest.raises(InputError) as error:
        save_draft(session, reflection.id, replace(ReflectionDraft(feeling="changed"), **change), TODAY)
    assert error.value.field == field
    assert load_reflection(session, reflection.id).draft.feeling == "kept"


@pytest.mark.parametrize("rating", [0, 6])
def test_ratings_out_of_range_are_refused(session, rating):
    reflection = start_reflection(session, _rejection(session).id)
    skill = list_skills(session)[0]
    with pytest.raises(InputError) as error:
        save_draft(session, reflection.id, ReflectionDraft(feeling="x", ratings={skill.id: rating}), TODAY)
    assert error.value.field == "rating"
    assert session.exec(select(SkillRating)).all() == []


def test_default_and_own_skills(session):
    skills = list_skills(session)
    assert [s.key for s in skills][:2] == ["communication", "technical_depth"]
    own = add_skill(session, "SQL")
    assert add_skill(session, "sql").id == own.id
    assert list_skills(session)[-1].name == "SQL" and list_skills(session)[-1].key is None
    with pytest.raises(InputError):
        add_skill(session, "   ")


def test_areas_are_picked_or_added_and_cited(session):
    one = start_reflection(session, _rejection(session, company="Careem").id)
    two = start_reflection(session, _rejection(session, company="Noon").id)
    first = cite_area(session, one.id, "System design")
    again = cite_area(session, two.id, "system design")  # picking the existing one, any case
    assert again.id == first.id
    cite_area(session, two.id, "Salary research")
    assert list_area_names(session) == ["Salary research", "System design"]
    assert len(session.exec(select(AreaCitation).where(AreaCitation.area_id == first.id)).all()) == 2
    uncite_area(session, two.id, first.id)
    assert [a.name for a in load_reflection(session, two.id).areas] == ["Salary research"]


def test_action_items_with_due_dates(session):
    reflection = start_reflection(session, _rejection(session).id)
    area = cite_area(session, reflection.id, "System design")
    action = add_action(session, reflection.id, "Practise two design questions", TODAY + timedelta(days=7), TODAY,
                        area.id)
    assert load_reflection(session, reflection.id).actions == (action,)
    assert action.due_on == date(2026, 12, 3) and action.state == "todo"
    with pytest.raises(InputError) as error:
        add_action(session, reflection.id, "Far away", date(2099, 1, 1), TODAY)
    assert error.value.field == "due_on"
    with pytest.raises(InputError):
        add_action(session, reflection.id, "  ", None, TODAY)


def test_follow_up_defaults_to_eight_weeks_and_links_the_contact(session):
    rejection = _rejection(session)
    reflection = start_reflection(session, rejection.id)
    contact = add_contact(session, ContactInput("Sara Haddad", company="Careem"), rejection.application_id)
    due = follow_up_date(TODAY)
    assert due == date(2027, 1, 21)
    assert follow_up_date(TODAY, 4) == date(2026, 12, 24)
    schedule_follow_up(session, rejection.id, due, TODAY, contact.id, "Hello Sara")
    moved = schedule_follow_up(session, rejection.id, due + timedelta(days=7), TODAY, contact.id, "Hello again")
    loaded = load_reflection(session, reflection.id)
    assert loaded.follow_up == moved and moved.due_on == date(2027, 1, 28)
    assert [c.name for c in loaded.contacts] == ["Sara Haddad"]
    reminders = session.exec(select(Reminder).where(Reminder.kind == "follow_up")).all()
    assert [(r.due_on, r.contact_id) for r in reminders] == [(date(2027, 1, 28), contact.id)]
    with pytest.raises(InputError) as error:
        schedule_follow_up(session, rejection.id, TODAY - timedelta(days=1), TODAY)
    assert error.value.field == "follow_up_on"


def test_finishing_marks_done_and_keeps_the_strength(session):
    reflection = start_reflection(session, _rejection(session).id)
    done = finish_reflection(session, reflection.id, ReflectionDraft(
        step="close", confidence_before=3, confidence_after=6, strength="I stayed calm under pressure",
        next_steps="Apply to three roles", planned_applications=3), TODAY)
    assert done.state == "done" and done.completed_at is not None
    assert done.draft.confidence_after == 6 and done.draft.planned_applications == 3
    strengths = session.exec(select(Strength)).all()
    assert [(s.text, s.noted_on, s.reflection_id) for s in strengths] == [
        ("I stayed calm under pressure", TODAY, reflection.id)]
    assert draft_reflections(dbapi_connection(session)) == []
    # finishing again (after an edit) does not duplicate the strength
    finish_reflection(session, reflection.id, replace(done.draft, strength="Clear examples"), TODAY)
    assert [s.text for s in session.exec(select(Strength)).all()] == ["Clear examples"]
    later = start_reflection(session, _rejection(session, company="Noon").id)
    assert earlier_strength(session, later.id) == "Clear examples"
    assert earlier_strength(session, reflection.id) == ""
