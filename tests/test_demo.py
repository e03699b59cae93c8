"""The demo journal: the same seed gives the same journal, its proportions are realistic, and every row
agrees with the others (histories, outcomes, rejections, reminders, dates). Its texts are in
test_demo_texts.py; how it is made and what it holds, in test_demo_services.py."""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone

from sqlalchemy import Date, DateTime, select as core_select
from sqlmodel import SQLModel, select

from thabat.app.demo import DemoCounts
from thabat.app.text.direction import has_arabic
from thabat.storage.models import Application, CheckIn, Reflection, Rejection, Reminder, StageEvent
from tests.demo_support import FUTURE_ALLOWED, TODAY, all_rows, build, demo, digest  # noqa: F401  (demo: a fixture)


def test_same_seed_same_journal_whatever_the_global_random_state():
    random.seed(1)
    first, _ = build(seed=3, years=1)
    random.seed(2)
    second, _ = build(seed=3, years=1)
    assert digest(first) == digest(second)


def test_the_counts_of_a_seed_are_always_the_same():
    assert build(seed=5, years=1)[1] == build(seed=5, years=1)[1] == DemoCounts(
        applications=382, rejections=228, reflections=60, check_ins=266)


def test_another_seed_or_another_today_gives_another_journal():
    reference = digest(build(seed=3, years=1)[0])
    assert digest(build(seed=4, years=1)[0]) != reference
    assert digest(build(seed=3, years=1, today=TODAY - timedelta(days=1))[0]) != reference


def test_counts_reported_match_the_tables(demo):
    session, counts = demo
    assert counts == DemoCounts(
        applications=len(all_rows(session, Application)), rejections=len(all_rows(session, Rejection)),
        reflections=len(all_rows(session, Reflection)), check_ins=len(all_rows(session, CheckIn)),
    )


def test_about_four_hundred_applications_a_year_in_an_uneven_rhythm(demo):
    session, _ = demo
    applied = [a.applied_on for a in all_rows(session, Application)]
    for year in range(2):
        end = TODAY - timedelta(days=365 * year)
        in_year = [d for d in applied if end - timedelta(days=365) < d <= end]
        assert 330 <= len(in_year) <= 470, len(in_year)
    per_week = Counter((TODAY - d).days // 7 for d in applied)
    weeks = [per_week.get(w, 0) for w in range(104)]
    assert max(weeks) >= 14  # bursts
    assert min(weeks) <= 3  # and quiet weeks


def test_funnel_has_realistic_proportions(demo):
    session, _ = demo
    apps = all_rows(session, Application)
    outcomes = Counter(a.outcome for a in apps)
    reached = {e.application_id for e in all_rows(session, StageEvent) if e.stage == "interview"}
    assert 0.50 <= outcomes["rejected"] / len(apps) <= 0.70, outcomes
    assert 0.15 <= len(reached) / len(apps) <= 0.28
    assert 0.005 <= outcomes["offer"] / len(apps) <= 0.04, outcomes
    assert outcomes["withdrawn"] > 0 and outcomes["interview"] > 0
    stages = Counter(r.stage for r in all_rows(session, Rejection))
    assert stages.most_common(1)[0][0] == "application"
    assert {"screening", "assessment", "interview", "final"} <= set(stages)
    recent = [a for a in apps if a.applied_on > TODAY - timedelta(days=14)]
    assert recent and sum(a.outcome == "pending" for a in recent) / len(recent) >= 0.7


def _expected_outcome(stages: list[str]) -> str:
    if stages[-1] == "rejected":
        return "rejected"
    if stages[-1] in ("offer", "withdrawn"):
        return stages[-1]
    return "interview" if {"interview", "final"} & set(stages) else "pending"


def test_outcomes_agree_with_stage_histories_and_rejections(demo):
    session, _ = demo
    events = defaultdict(list)
    for event in session.exec(select(StageEvent).order_by(StageEvent.application_id, StageEvent.id)).all():
        events[event.application_id].append(event)
    rejections = {r.application_id: r for r in all_rows(session, Rejection)}
    reached_stage = {"applied": "application", "screening": "screening", "assessment": "assessment",
                     "interview": "interview", "final": "final", "offer": "offer_withdrawn"}
    for app in all_rows(session, Application):
        history = events[app.id]
        stages = [e.stage for e in history]
        assert stages[0] == "applied" and history[0].occurred_on == app.applied_on
        assert stages.count("applied") == 1
        dates = [e.occurred_on for e in history]
        assert dates == sorted(dates), (app.id, dates)
        assert app.outcome == _expected_outcome(stages), (app.id, stages, app.outcome)
        rounds = [e.round for e in history if e.stage == "interview"]
        assert rounds == list(range(1, len(rounds) + 1))
        assert all(e.round is None for e in history if e.stage != "interview")
        rejection = rejections.get(app.id)
        assert (rejection is not None) == (app.outcome == "rejected")
        if rejection:
            before = history[-2]
            assert rejection.received_on == history[-1].occurred_on >= app.applied_on
            assert rejection.stage == reached_stage[before.stage]
            assert rejection.round == (before.round if before.stage == "interview" else None)


def test_nothing_that_happened_is_dated_after_today(demo):
    session, _ = demo
    ahead = all_rows(session, StageEvent)
    ahead = [e for e in ahead if e.occurred_on > TODAY]
    assert ahead and {e.stage for e in ahead} <= {"interview", "final"}  # only interviews are scheduled
    assert all(e.starts_at is not None and e.occurred_on <= TODAY + timedelta(days=21) for e in ahead)
    checked = 0
    for table in SQLModel.metadata.sorted_tables:
        for column in table.columns:
            if (table.name, column.name) in FUTURE_ALLOWED:
                continue
            if isinstance(column.type, Date):
                latest = session.exec(core_select(column).where(column > TODAY)).first()
                assert latest is None, f"{table.name}.{column.name} = {latest}"
                checked += 1
            elif isinstance(column.type, DateTime) or column.type.__class__.__name__ == "UTCDateTime":
                stamps = [v for v in session.exec(core_select(column)).scalars() if v is not None]
                assert all(v.tzinfo is not None and v.utcoffset() == timedelta(0) for v in stamps)
                tomorrow = datetime(2026, 11, 27, tzinfo=timezone.utc)
                assert all(v < tomorrow for v in stamps), f"{table.name}.{column.name}"
                checked += 1
    assert checked >= 20


def test_replies_and_feedback_follow_the_rejection(demo):
    session, _ = demo
    rejections = all_rows(session, Rejection)
    for r in rejections:
        if r.replied_on:  # replied within days, or the reminder cleared from Today (which counts as replied)
            assert 0 <= (r.replied_on - r.received_on).days <= 8
        if r.feedback_requested_on:
            assert r.replied_on and r.feedback_requested_on >= r.replied_on
        if r.feedback_received_on:
            assert r.feedback_received_on >= r.feedback_requested_on and r.feedback_text
    answerable = [r for r in rejections if r.channel != "no_answer"]
    assert sum(r.replied_on is not None for r in answerable) / len(answerable) > 0.6
    assert not any(r.replied_on for r in rejections if r.channel == "no_answer")
    late = [r for r in rejections if r.stage in ("interview", "final")]
    asked = sum(r.feedback_requested_on is not None for r in late) / len(late)
    assert 0.3 <= asked <= 0.6
    assert any(r.feedback_received_on for r in late)
    assert any(r.message and has_arabic(r.message) for r in rejections)
    assert any(r.message and not has_arabic(r.message) for r in rejections)


def test_reminders_follow_their_rejections_and_some_are_due_today(demo):
    session, _ = demo
    rejections = {r.id: r for r in all_rows(session, Rejection)}
    reminders = all_rows(session, Reminder)
    by_kind = defaultdict(list)
    for reminder in reminders:
        by_kind[reminder.kind].append(reminder)
        rejection = rejections[reminder.rejection_id]
        assert reminder.application_id == rejection.application_id
    for reminder in by_kind["reply"]:
        rejection = rejections[reminder.rejection_id]
        assert reminder.due_on == rejection.received_on + timedelta(days=2)
        if rejection.replied_on:
            assert reminder.done_on == rejection.replied_on
    assert len(by_kind["reply"]) == sum(r.channel != "no_answer" for r in rejections.values())
    for reminder in by_kind["feedback"]:
        rejection = rejections[reminder.rejection_id]
        assert reminder.due_on == rejection.feedback_requested_on + timedelta(days=14)
        if rejection.feedback_received_on:
            assert reminder.done_on == rejection.feedback_received_on
    assert by_kind["follow_up"] and all(r.contact_id and r.message for r in by_kind["follow_up"])
    due_now = [r for r in reminders if r.done_on is None and r.due_on <= TODAY]
    assert {"reply", "follow_up"} <= {r.kind for r in due_now}
    assert len(due_now) < 15  # a handful, not a backlog of years
