"""Growth: citation counts per stage computed independently on a small fixture, states, action items."""

from __future__ import annotations

from datetime import date

import pytest

from thabat.app.errors import InputError
from thabat.app.services import growth, rejections
from thabat.app.views.applications import RejectionInput
from thabat.storage.models import AreaCitation, ImprovementArea, Reflection, Skill, SkillRating
from tests.conftest import TODAY

# (company, stage, received day in Oct 2026, areas cited)
FIXTURE = [
    ("A", "interview", 1, ["Answers"]),
    ("B", "interview", 5, ["Answers", "Research"]),
    ("C", "interview", 9, []),
    ("D", "interview", 12, ["Answers"]),
    ("E", "screening", 15, ["CV"]),
    ("F", "screening", 20, ["Answers", "CV"]),
]


@pytest.fixture
def areas(session):
    ids = {name: growth.add_area(session, name) for name in ("Answers", "Research", "CV")}
    for company, stage, day, cited in FIXTURE:
        rejection = rejections.log_rejection(session, RejectionInput(
            company=company, role="Analyst", received_on=date(2026, 10, day), stage=stage,
            round=1 if stage == "interview" else None), TODAY)
        reflection = Reflection(rejection_id=rejection.id, state="done")
        session.add(reflection)
        session.flush()
        for name in cited:
            session.add(AreaCitation(area_id=ids[name], reflection_id=reflection.id))
    session.flush()
    return ids


def test_citations_per_stage_match_the_fixture(session, areas):
    by_name = {a.name: a for a in growth.list_areas(session)}
    answers = by_name["Answers"]
    assert answers.citations == 4
    assert [(s.stage, s.cited, s.reflected) for s in answers.stages] == [("interview", 3, 4), ("screening", 1, 2)]
    assert (answers.first_cited, answers.last_cited) == (date(2026, 10, 1), date(2026, 10, 20))
    assert answers.recurring
    assert not by_name["CV"].recurring
    assert [(s.stage, s.cited, s.reflected) for s in by_name["CV"].stages] == [("screening", 2, 2)]
    # Independent count: reflections on interview-stage rejections that cite "Answers".
    expected = sum(1 for _, stage, _, cited in FIXTURE if stage == "interview" and "Answers" in cited)
    assert answers.stages[0].cited == expected


def test_area_state_changes_and_resolved_day(session, areas):
    growth.set_area_state(session, areas["CV"], "resolved", TODAY)
    area = session.get(ImprovementArea, areas["CV"])
    assert (area.state, area.resolved_on) == ("resolved", TODAY)
    assert growth.list_areas(session)[-1].name == "CV"  # resolved ones sink to the end
    growth.set_area_state(session, areas["CV"], "improving", TODAY)
    assert session.get(ImprovementArea, areas["CV"]).resolved_on is None
    with pytest.raises(InputError):
        growth.set_area_state(session, areas["CV"], "forgotten", TODAY)


def test_area_detail_lists_its_reflections_and_actions(session, areas):
    growth.add_action(session, "Practise STAR answers", date(2026, 12, 1), area_id=areas["Answers"])
    detail = growth.area_detail(session, areas["Answers"])
    assert [r.company for r in detail.reflections] == ["F", "D", "B", "A"]
    assert [a.title for a in detail.actions] == ["Practise STAR answers"]
    assert detail.area.open_actions == 1


def test_action_items_move_between_states(session, areas):
    action = growth.add_action(session, "Rewrite CV summary", date(2026, 11, 30), area_id=areas["CV"])
    growth.move_action(session, action, "doing", TODAY)
    assert growth.list_actions(session)[0].state == "doing"
    growth.move_action(session, action, "done", TODAY)
    view = growth.list_actions(session)[0]
    assert (view.state, view.done_on, view.area_name) == ("done", TODAY, "CV")
    growth.update_action(session, action, "Rewrite the CV summary", None, None)
    assert growth.list_actions(session)[0].area_name == ""
    with pytest.raises(InputError):
        growth.add_action(session, "  ", None)


def test_skill_history_is_oldest_first(session):
    skill = Skill(name="Communication", key="communication")
    session.add(skill)
    session.flush()
    for day, rating in ((date(2026, 9, 1), 2), (date(2026, 7, 1), 3), (date(2026, 11, 1), 4)):
        session.add(SkillRating(skill_id=skill.id, rated_on=day, rating=rating))
    session.flush()
    [series] = growth.skill_history(session)
    assert [r for _, r in series.points] == [3, 2, 4]


def test_action_items_with_absurd_due_dates_are_refused(session):
    from datetime import date

    import pytest

    from thabat.app.errors import InputError
    from thabat.app.services import growth

    with pytest.raises(InputError) as raised:
        growth.add_action(session, "Practise", date(2999, 1, 1), today=date(2026, 11, 26))
    assert raised.value.field == "due_on"
    kept = growth.add_action(session, "Practise", date(2027, 1, 1), today=date(2026, 11, 26))
    with pytest.raises(InputError):
        growth.update_action(session, kept, "Practise", date(1900, 1, 1), None, today=date(2026, 11, 26))
