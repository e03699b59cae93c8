"""What a service reads does not grow with the journal when its answer does not.

Not timed: SQLite counts the virtual-machine steps a call makes it take (a progress handler), which
is the same on any machine. Each call here was made thousands of times by the demo journal, once per
reflection or action item, and read the whole journal each time (issue 14: the five-year demo).
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date

from thabat.app.services import reflection_growth, rejections
from thabat.app.services.reflections import start_reflection
from thabat.app.views.applications import RejectionInput
from thabat.storage.models import Reflection, ReflectionTag, Reminder
from sqlmodel import select
from tests.conftest import TODAY
from tests.session_support import flushes


@contextmanager
def sqlite_steps(session):
    """Counts (in tens) the SQLite virtual-machine steps made inside."""
    counted = [0]

    def step() -> int:
        counted[0] += 1
        return 0  # go on

    connection = session.connection().connection.driver_connection
    connection.set_progress_handler(step, 10)
    try:
        yield counted
    finally:
        connection.set_progress_handler(None, 10)


def _reflections(session, how_many: int, first: int = 0) -> None:
    for n in range(first, first + how_many):
        rejection = rejections.log_rejection(session, RejectionInput(
            company=f"Company {n}", role="Analyst", received_on=date(2026, 1, 1), stage="screening"), TODAY)
        session.add(Reflection(rejection_id=rejection.id, state="done"))
    session.flush()


def _actions_of_one_reflection(session) -> tuple[int, int]:
    """(the reflection, its action item): one reflection with one action on an area."""
    rejection = rejections.log_rejection(session, RejectionInput(
        company="Mine", role="Engineer", received_on=date(2026, 2, 1), stage="interview", round=1), TODAY)
    reflection_id = start_reflection(session, rejection.id).id
    area = reflection_growth.cite_area(session, reflection_id, "System design")
    reflection_growth.add_action(session, reflection_id, "Draw one design a week", None, TODAY, area.id)
    return reflection_id, area.id


def test_a_reflections_action_items_read_only_that_reflection(session):
    _reflections(session, 3)
    reflection_id, area_id = _actions_of_one_reflection(session)
    with sqlite_steps(session) as small:
        actions = reflection_growth.actions_of(session, reflection_id)
    assert [(a.title, a.area_id, a.reflection_label) for a in actions] == [
        ("Draw one design a week", area_id, "Mine — Engineer")]

    _reflections(session, 300, first=3)
    with sqlite_steps(session) as large:
        assert reflection_growth.actions_of(session, reflection_id) == actions
    assert large[0] <= small[0] * 1.5, (small, large)


def test_the_demo_reads_no_row_its_session_already_had(session):
    """The demo's thousands of service calls in one session: a row written or read once is not read again."""
    from sqlalchemy import event

    from thabat.app.demo.rows_kept import rows_kept
    from thabat.app.services.applications import add_application
    from thabat.app.views.applications import ApplicationInput
    from thabat.storage.models import Application

    statements: list[str] = []

    def seen(_connection, _cursor, statement, *_args) -> None:
        statements.append(statement)

    with rows_kept(session):
        app_id = add_application(session, ApplicationInput(company="Acme", role="Analyst", applied_on=TODAY), TODAY).id
        event.listen(session.get_bind(), "before_cursor_execute", seen)
        try:
            assert session.get(Application, app_id).company == "Acme"
        finally:
            event.remove(session.get_bind(), "before_cursor_execute", seen)
    assert statements == []


@contextmanager
def statements(session):
    """The SQL statements sent inside, as SQLite receives them."""
    from sqlalchemy import event

    sent: list[str] = []

    def seen(_connection, _cursor, statement, *_args) -> None:
        sent.append(" ".join(statement.split()))

    event.listen(session.get_bind(), "before_cursor_execute", seen)
    try:
        yield sent
    finally:
        event.remove(session.get_bind(), "before_cursor_execute", seen)


def test_the_demo_builds_no_reflection_read_model(monkeypatch):
    """The dialog shows a read model after each step; the demo shows none, and building three per
    reflection was a sixth of the five-year demo's time."""
    from sqlmodel import Session

    from thabat.app.demo import build_demo
    from thabat.app.services import reflections
    from thabat.storage.database import memory_engine

    def refused(*_args, **_kwargs):
        raise AssertionError("the demo built a reflection's read model")

    monkeypatch.setattr(reflections, "reflection_view", refused)
    with Session(memory_engine()) as session:
        assert build_demo(session, seed=5, years=1, today=TODAY).reflections > 0


def test_a_finished_reflection_is_written_once(session):
    """Ratings, answers and tags are looked up before the reflection's row is written: one UPDATE."""
    from thabat.app.services.reflection_growth import list_skills
    from thabat.app.services.reflections import choose_mode, finish_reflection
    from thabat.app.views.reflections import ReflectionDraft

    rejection = rejections.log_rejection(session, RejectionInput(
        company="Mine", role="Engineer", received_on=date(2026, 2, 1), stage="interview", round=1), TODAY)
    reflection_id = start_reflection(session, rejection.id).id
    choose_mode(session, reflection_id, "full")
    skill = list_skills(session)[0]
    draft = ReflectionDraft(feeling="Tired", went_well="My stories", answers={"answers.hardest": "Scaling"},
                            ratings={skill.id: 4}, tags=("onsite",), strength="Calm")
    with statements(session) as sent:
        view = finish_reflection(session, reflection_id, draft, TODAY)
    assert len([s for s in sent if s.startswith("UPDATE reflection ")]) == 1, sent
    assert (view.state, view.draft.step, view.draft.feeling, view.draft.tags) == ("done", "close", "Tired", ("onsite",))


def _tagged(session, how_many: int, first: int = 0) -> None:
    from thabat.app.services.tags import set_tags

    for n in range(first, first + how_many):
        rejection = rejections.log_rejection(session, RejectionInput(
            company=f"Tagged {n}", role="Analyst", received_on=date(2026, 1, 1), stage="screening"), TODAY)
        reflection = Reflection(rejection_id=rejection.id, state="done")
        session.add(reflection)
        session.flush()
        set_tags(session, "reflection", reflection.id, [f"tag {n}"])


def test_tags_given_to_a_new_item_do_not_read_every_tag(session):
    """Only a tag taken off an item can become unused: an item that only gains tags sweeps nothing.

    The search index is kept out of the count (deferred, as the demo does): it is a cost of its own."""
    from thabat.app.services.tags import set_tags, tags_of
    from thabat.storage.search_sync import deferred

    _tagged(session, 3)
    _reflections(session, 2, first=1000)
    fresh = [r.id for r in session.exec(select(Reflection).where(Reflection.id.not_in(
        select(ReflectionTag.reflection_id)))).all()]
    with deferred(session), sqlite_steps(session) as small:
        assert set_tags(session, "reflection", fresh[0], ["TAG 1", "new"]) == ("new", "tag 1")
    _tagged(session, 300, first=3)
    with deferred(session), sqlite_steps(session) as large:
        assert set_tags(session, "reflection", fresh[1], ["TAG 1", "new"]) == ("new", "tag 1")
    assert large[0] <= small[0] * 1.5, (small, large)
    assert tags_of(session, "reflection", fresh) == {fresh[0]: ("new", "tag 1"), fresh[1]: ("new", "tag 1")}


def test_a_tag_taken_off_goes_when_nothing_carries_it(session):
    from thabat.app.services.tags import all_tags, set_tags
    from thabat.storage.models import Tag

    _reflections(session, 1)
    reflection_id = session.exec(select(Reflection.id)).first()
    set_tags(session, "reflection", reflection_id, ["first", "kept"])
    assert set_tags(session, "reflection", reflection_id, ["Kept"]) == ("kept",)
    assert sorted(tag.name for tag in session.exec(select(Tag)).all()) == ["kept"]
    assert [t.name for t in all_tags(session)] == ["kept"]


def test_a_new_step_reads_no_interviewers_back(session):
    """A step just recorded is shown from what was written: its interviewers are the ones handed in."""
    from thabat.app.services.applications import add_application
    from thabat.app.services.contacts import add_contact
    from thabat.app.services.stages import history_of, record_stage, steps_view
    from thabat.app.views.applications import ApplicationInput, StageInput
    from thabat.app.views.contacts import ContactInput

    app_id = add_application(session, ApplicationInput(company="Acme", role="Analyst", applied_on=date(2026, 1, 5)),
                             TODAY).id
    zoe, adam = (add_contact(session, ContactInput(name=name)).id for name in ("Zoe Park", "Adam Reyes"))
    with statements(session) as sent:
        alone = record_stage(session, app_id, StageInput(stage="interview", occurred_on=date(2026, 1, 20), round=1),
                             TODAY)
    assert alone.interviewers == ()
    assert not [s for s in sent if "stage_contact" in s], sent
    with statements(session) as sent:
        met = record_stage(session, app_id, StageInput(stage="interview", occurred_on=date(2026, 1, 27), round=2,
                                                       interviewer_ids=(zoe, adam, zoe)), TODAY)
    assert not [s for s in sent if "stage_contact" in s and not s.startswith("INSERT")], sent
    assert [c.name for c in met.interviewers] == ["Adam Reyes", "Zoe Park"]
    assert steps_view(session, history_of(session, app_id))[1:] == [alone, met]



def _rejected(session, company: str = "Acme") -> int:
    return rejections.log_rejection(session, RejectionInput(
        company=company, role="Analyst", received_on=date(2026, 2, 1), stage="interview", round=1), TODAY).id


def test_a_reply_and_feedback_are_each_written_in_one_flush(session):
    """The open reminders are looked up before the rejection changes: the look-up flushes nothing."""
    rejection_id = _rejected(session)
    with flushes(session) as replied:
        view = rejections.mark_replied(session, rejection_id, date(2026, 2, 2), TODAY)
    with flushes(session) as asked:
        rejections.mark_feedback_requested(session, rejection_id, date(2026, 2, 3), TODAY)
    with flushes(session) as received:
        view = rejections.record_feedback(session, rejection_id, "Practise system design", date(2026, 2, 10), TODAY)
    assert (replied[0], asked[0], received[0]) == (1, 1, 1)
    assert (view.replied_on, view.feedback_requested_on, view.feedback_received_on) == (
        date(2026, 2, 2), date(2026, 2, 3), date(2026, 2, 10))
    open_reminders = session.exec(select(Reminder).where(Reminder.rejection_id == rejection_id,
                                                         Reminder.done_on.is_(None))).all()
    assert open_reminders == []


def test_numbered_ahead_an_application_and_a_rejection_wait_for_one_flush(session):
    """Inside numbered_ahead (the demo), a row's id is known when it is added, and its times are stamped as
    it is added and changed: the calls' rows wait, and go in one flush at the end (was one flush per call).
    In a user's session the same calls flush as before, and give the same ids."""
    from thabat.app.services.applications import add_application
    from thabat.app.services.contacts import add_contact
    from thabat.app.services.stages import record_stage
    from thabat.app.views.applications import ApplicationInput, StageInput
    from thabat.app.views.contacts import ContactInput
    from thabat.storage.ids_ahead import numbered_ahead
    from thabat.storage.models import Contact, Referral

    first = add_application(session, ApplicationInput(company="First", role="Analyst", applied_on=date(2026, 1, 2)),
                            TODAY).id
    zoe = add_contact(session, ContactInput(name="Zoe Park")).id
    held = session.get(Contact, zoe)  # noqa: F841  (held, as the demo holds its rows: no read of it again)
    with flushes(session) as in_all, numbered_ahead(session):
        with flushes(session) as added:
            app_id = add_application(session, ApplicationInput(company="Acme", role="Analyst",
                                                               applied_on=date(2026, 1, 5), referral_contact_id=zoe),
                                     TODAY).id
        with flushes(session) as staged:
            step = record_stage(session, app_id, StageInput(stage="interview", occurred_on=date(2026, 1, 20), round=1,
                                                            interviewer_ids=(zoe,)), TODAY)
        with flushes(session) as logged:
            rejection = rejections.log_rejection(session, RejectionInput(
                company="Acme", role="Analyst", received_on=date(2026, 2, 1), stage="interview", round=1,
                application_id=app_id), TODAY)
    # The interview's link to its interviewer reads the application's contacts (a link table, not held): that
    # look-up flushes what waits. Everything else goes in the flush on the way out.
    assert (added[0], staged[0], logged[0], in_all[0]) == (0, 1, 0, 2)
    assert app_id == first + 1 and [c.name for c in step.interviewers] == ["Zoe Park"]
    assert session.get(Referral, app_id).contact_id == zoe
    assert session.exec(select(Reminder.rejection_id).where(Reminder.application_id == app_id)).all() == [rejection.id]
    with flushes(session) as outside:
        rejections.log_rejection(session, RejectionInput(company="Other", role="", received_on=date(2026, 2, 1),
                                                         stage="application"), TODAY)
    assert outside[0] >= 2  # a user's session: each id comes from SQLite


def test_numbered_ahead_refuses_what_would_give_other_ids(session):
    import pytest
    from sqlalchemy.exc import IntegrityError

    from thabat.app.services.applications import add_application, insert_applications
    from thabat.app.views.applications import ApplicationInput
    from thabat.storage.ids_ahead import numbered_ahead
    from thabat.storage.models import Application

    # An import's Core insert, behind the count's back, takes the id given to the row still waiting for its
    # flush (SQLite refuses the row), or, after that flush, one the count did not give (the check on the way out).
    with pytest.raises((IntegrityError, RuntimeError), match="application"):
        with numbered_ahead(session):
            add_application(session, ApplicationInput(company="Acme", role="Analyst", applied_on=None), TODAY)
            insert_applications(session, [(ApplicationInput(company="Behind", role="", applied_on=None), "pending")])
    session.rollback()
    with pytest.raises(RuntimeError, match="application"):
        with numbered_ahead(session):
            add_application(session, ApplicationInput(company="Acme", role="Analyst", applied_on=None), TODAY)
            session.flush()
            insert_applications(session, [(ApplicationInput(company="Behind", role="", applied_on=None), "pending")])
    session.rollback()
    add_application(session, ApplicationInput(company="Gone", role="Analyst", applied_on=None), TODAY)
    with pytest.raises(RuntimeError, match="deleted"):
        with numbered_ahead(session):
            session.delete(session.exec(select(Application)).first())
            add_application(session, ApplicationInput(company="Acme", role="Analyst", applied_on=None), TODAY)
    session.rollback()


def test_a_finished_reflection_is_written_in_two_flushes(session):
    """Ratings, answers and tags read only the reflection's own rows: one flush writes them and the row
    (the strength kept on the list takes the second). Before: six."""
    from thabat.app.services.reflection_growth import list_skills
    from thabat.app.services.reflections import complete_reflection, open_reflection, set_mode
    from thabat.app.services.tags import tags_of
    from thabat.app.views.reflections import ReflectionDraft
    from thabat.storage.ids_ahead import numbered_ahead
    from thabat.storage.models import ReflectionAnswer, SkillRating

    reflection_id = open_reflection(session, _rejected(session))
    set_mode(session, reflection_id, "full")
    skills = list_skills(session)
    draft = ReflectionDraft(feeling="Tired", went_well="My stories", answers={"answers.hardest": "Scaling"},
                            ratings={skills[0].id: 4, skills[1].id: 2}, tags=("onsite", "new tag"), strength="Calm")
    with numbered_ahead(session), flushes(session) as flushed:
        complete_reflection(session, reflection_id, draft, TODAY)
    assert flushed[0] == 2  # in a user's session, one more for each new tag (its id comes from SQLite)
    session.expire_all()
    assert sorted(r.rating for r in session.exec(select(SkillRating).where(
        SkillRating.reflection_id == reflection_id)).all()) == [2, 4]
    assert [a.text for a in session.exec(select(ReflectionAnswer).where(
        ReflectionAnswer.reflection_id == reflection_id)).all()] == ["Scaling"]
    assert tags_of(session, "reflection", [reflection_id]) == {reflection_id: ("new tag", "onsite")}


def test_the_one_year_demo_sends_fewer_statements_and_flushes(monkeypatch):
    """Seed 5, one year: 6,059 statements in 2,870 flushes before rows were numbered ahead and the services'
    look-ups came before their writes (commit ede32ad); 5,729 in 1,935 before the held tables and the calls'
    writes waiting for one flush (31f9da7); 1,888 in 566 since. The journal is the same (test_demo_same_result)."""
    from sqlalchemy import event
    from sqlmodel import Session

    from thabat.app.demo import build_demo
    from thabat.storage.database import memory_engine

    engine = memory_engine()
    sent = []
    event.listen(engine, "before_cursor_execute", lambda *args: sent.append(1))
    with Session(engine) as session, flushes(session) as flushed:
        build_demo(session, seed=5, years=1, today=TODAY)
    assert len(sent) <= 2_000 and flushed[0] <= 600, (len(sent), flushed[0])


def test_a_name_key_is_made_again_only_when_its_name_changes(session, monkeypatch):
    """A step changes its application's outcome (an UPDATE): its company and role keys stay as they were
    made. A new company name still gets its key."""
    from thabat.app.services.applications import add_application, update_application
    from thabat.app.services.stages import record_stage
    from thabat.app.views.applications import ApplicationInput, StageInput
    from thabat.storage import models
    from thabat.storage.models import Application

    data = ApplicationInput(company="Acme", role="Analyst", applied_on=date(2026, 1, 5))
    app_id = add_application(session, data, TODAY).id
    made: list[str] = []
    key_of = models.names.name_key
    monkeypatch.setattr(models.names, "name_key", lambda text: made.append(text) or key_of(text))
    record_stage(session, app_id, StageInput(stage="interview", occurred_on=date(2026, 1, 9), round=1), TODAY)
    assert session.get(Application, app_id).outcome == "interview" and made == []
    update_application(session, app_id, ApplicationInput(company="ÉCOLE 42", role="Analyst",
                                                          applied_on=date(2026, 1, 5)), TODAY)
    app = session.get(Application, app_id)
    assert (app.company_key, app.role_key) == ("ecole 42", "analyst")
