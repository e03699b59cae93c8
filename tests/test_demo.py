"""The demo journal: made only through the services the interface calls, the same seed gives the same
journal, its proportions are realistic, every kind of step and outcome is in it, and every row agrees
with the others (histories, outcomes, rejections, reminders, dates, timestamps)."""

from __future__ import annotations

import hashlib
import random
import re
from pathlib import Path
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import Date, DateTime, select as core_select
from sqlmodel import Session, SQLModel, select

import thabat.app.demo
from thabat.app.text import catalogue
from thabat.app.charts.data import Period, confidence_series, funnel
from thabat.app.cli import main
from thabat.app.demo import DemoCounts, build_demo
from thabat.app.text.direction import has_arabic
from thabat.storage.database import memory_engine
from thabat.storage.models import (
    CHANNELS, HISTORY_STAGES, INTERVIEW_KINDS, OFFER_ANSWERS, OUTCOMES, SOURCES, STAGES, WORK_PLACES, ActionItem,
    Application, AreaCitation, CheckIn, Contact, ContactApplication, ImprovementArea, JournalEntry, Referral,
    Reflection, ReflectionAnswer, Rejection, Reminder, Skill, SkillRating, StageContact, StageEvent, Strength,
)

TODAY = date(2026, 11, 26)
FUTURE_ALLOWED = {("reminder", "due_on"), ("reminder", "snoozed_until"), ("action_item", "due_on"),
                  ("action_item", "snoozed_until"), ("application", "deadline"), ("stage_event", "occurred_on")}
"""Plans may lie ahead (an interview already scheduled, a posting's deadline); everything that happened
is on or before today."""


def _build(seed: int, years: int, today: date = TODAY):
    engine = memory_engine()
    with Session(engine) as session:
        counts = build_demo(session, seed=seed, years=years, today=today)
        session.commit()
    return engine, counts


def _digest(engine) -> str:
    digest = hashlib.sha256()
    with engine.connect() as connection:
        for table in SQLModel.metadata.sorted_tables:
            rows = connection.execute(core_select(table).order_by(*table.primary_key.columns)).all()
            digest.update(f"{table.name}:{rows!r}".encode())
    return digest.hexdigest()


@pytest.fixture(scope="module")
def demo():
    """Two years of demo journal (seed 7), built once for the read-only tests below."""
    engine, counts = _build(seed=7, years=2)
    with Session(engine) as session:
        yield session, counts


def _all(session, model):
    return session.exec(select(model)).all()


def test_same_seed_same_journal_whatever_the_global_random_state():
    random.seed(1)
    first, _ = _build(seed=3, years=1)
    random.seed(2)
    second, _ = _build(seed=3, years=1)
    assert _digest(first) == _digest(second)


def test_the_counts_of_a_seed_are_always_the_same():
    assert _build(seed=5, years=1)[1] == _build(seed=5, years=1)[1] == DemoCounts(
        applications=382, rejections=228, reflections=60, check_ins=266)


def test_another_seed_or_another_today_gives_another_journal():
    reference = _digest(_build(seed=3, years=1)[0])
    assert _digest(_build(seed=4, years=1)[0]) != reference
    assert _digest(_build(seed=3, years=1, today=TODAY - timedelta(days=1))[0]) != reference


def test_counts_reported_match_the_tables(demo):
    session, counts = demo
    assert counts == DemoCounts(
        applications=len(_all(session, Application)), rejections=len(_all(session, Rejection)),
        reflections=len(_all(session, Reflection)), check_ins=len(_all(session, CheckIn)),
    )


def test_about_four_hundred_applications_a_year_in_an_uneven_rhythm(demo):
    session, _ = demo
    applied = [a.applied_on for a in _all(session, Application)]
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
    apps = _all(session, Application)
    outcomes = Counter(a.outcome for a in apps)
    reached = {e.application_id for e in _all(session, StageEvent) if e.stage == "interview"}
    assert 0.50 <= outcomes["rejected"] / len(apps) <= 0.70, outcomes
    assert 0.15 <= len(reached) / len(apps) <= 0.28
    assert 0.005 <= outcomes["offer"] / len(apps) <= 0.04, outcomes
    assert outcomes["withdrawn"] > 0 and outcomes["interview"] > 0
    stages = Counter(r.stage for r in _all(session, Rejection))
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
    rejections = {r.application_id: r for r in _all(session, Rejection)}
    reached_stage = {"applied": "application", "screening": "screening", "assessment": "assessment",
                     "interview": "interview", "final": "final", "offer": "offer_withdrawn"}
    for app in _all(session, Application):
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
    ahead = _all(session, StageEvent)
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
    rejections = _all(session, Rejection)
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
    rejections = {r.id: r for r in _all(session, Rejection)}
    reminders = _all(session, Reminder)
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


def test_reflections_are_half_arabic_and_mix_scripts(demo):
    session, _ = demo
    reflections = _all(session, Reflection)
    texts = [" ".join((r.feeling, r.went_well, r.to_improve, r.strength, r.next_steps)) for r in reflections]
    arabic = [t for t in texts if has_arabic(t)]
    assert 0.4 <= len(arabic) / len(texts) <= 0.6
    mixed_paragraphs = [p for r in reflections for p in (r.went_well, r.to_improve, r.reply_text)
                        if has_arabic(p) and any("a" <= c.lower() <= "z" for c in p)]
    assert len(mixed_paragraphs) >= 5
    assert len(set(r.went_well for r in reflections if r.went_well)) > len(reflections) / 4


def test_reflections_belong_to_rejections_with_a_plausible_confidence_lift(demo):
    session, _ = demo
    rejections = {r.id: r for r in _all(session, Rejection)}
    reflections = _all(session, Reflection)
    done = [r for r in reflections if r.state == "done"]
    drafts = [r for r in reflections if r.state == "draft"]
    steps = [s["key"] for s in catalogue.load("prompts")["steps"]]
    assert drafts and all(r.completed_at is None and r.confidence_after is None and r.step in steps for r in drafts)
    assert {r.step for r in done} == {"close"}
    assert all(r.created_at.date() >= TODAY - timedelta(days=40) for r in drafts)
    for r in done:
        assert r.completed_at and r.confidence_after is not None and r.planned_applications
        assert r.created_at.date() >= rejections[r.rejection_id].received_on
    assert sum(r.confidence_after >= r.confidence_before for r in done) / len(done) > 0.85
    late = [r for r in rejections.values() if r.stage in ("interview", "final")]
    covered = {r.rejection_id for r in reflections}
    assert sum(r.id in covered for r in late) / len(late) > 0.65
    assert any(rejections[r.rejection_id].stage == "application" or rejections[r.rejection_id].stage == "screening"
               for r in reflections)


def test_every_answer_answers_a_catalogue_prompt_for_its_stage(demo):
    session, _ = demo
    prompts = {p["key"]: p["stages"] for p in catalogue.load("prompts")["prompts"]}
    traps = {f"trap.{t['key']}" for t in catalogue.load("prompts")["thinking_traps"]}
    stage_of = {r.id: j.stage for r, j in session.exec(
        select(Reflection, Rejection).where(Reflection.rejection_id == Rejection.id)).all()}
    answers = _all(session, ReflectionAnswer)
    assert len(answers) >= 2 * len(stage_of)
    assert any(a.prompt_key in traps for a in answers)
    for answer in answers:
        assert answer.text.strip()
        if answer.prompt_key.endswith(".felt"):  # "did this trap come up?" answered yes
            assert answer.prompt_key.removesuffix(".felt") in traps and answer.text == "yes"
            continue
        assert answer.prompt_key in traps or stage_of[answer.reflection_id] in prompts[answer.prompt_key], answer


def test_demo_texts_only_answer_prompts_that_exist():
    prompts = catalogue.load("prompts")
    demo_texts = catalogue.load("demo")
    assert set(demo_texts["answers"]) <= {p["key"] for p in prompts["prompts"]}
    assert set(demo_texts["traps"]) <= {t["key"] for t in prompts["thinking_traps"]}


def test_check_ins_are_daily_scores_that_dip_and_recover(demo):
    session, _ = demo
    check_ins = sorted(_all(session, CheckIn), key=lambda c: c.day)
    days = [c.day for c in check_ins]
    assert len(days) == len(set(days))
    assert all(0 <= c.score <= 10 for c in check_ins)
    assert 0.6 <= len(days) / 730 <= 0.8
    assert TODAY not in days and all(TODAY - timedelta(days=n) in days for n in range(1, 6))
    assert max(c.score for c in check_ins[-5:]) >= 6
    scores = [c.score for c in check_ins]
    assert 4.5 <= sum(scores) / len(scores) <= 7.5 and min(scores) <= 3 and max(scores) >= 9
    notes = [c.note for c in check_ins if c.note]
    assert any(has_arabic(n) for n in notes) and any(not has_arabic(n) for n in notes)


def test_confidence_dips_after_final_round_rejections(demo):
    session, _ = demo
    score = {c.day: c.score for c in _all(session, CheckIn)}
    finals = [r.received_on for r in _all(session, Rejection) if r.stage == "final"]
    after = [score[d + timedelta(days=1)] for d in finals if d + timedelta(days=1) in score]
    assert sum(after) / len(after) < sum(score.values()) / len(score)


def test_skills_ratings_and_growth(demo):
    session, _ = demo
    skills = _all(session, Skill)
    keys = {s.key for s in skills}
    assert {s["key"] for s in catalogue.load("prompts")["default_skills"]} <= keys
    assert any(s.key is None for s in skills)
    ratings = sorted(_all(session, SkillRating), key=lambda r: r.rated_on)
    assert all(1 <= r.rating <= 5 for r in ratings)
    per_reflection = Counter(r.reflection_id for r in ratings)
    assert set(per_reflection.values()) <= {3, 4, 5, 6}
    third = len(ratings) // 3
    early, late = ratings[:third], ratings[-third:]
    assert sum(r.rating for r in late) / third > sum(r.rating for r in early) / third + 0.3

    areas = _all(session, ImprovementArea)
    assert 8 <= len(areas) <= 12
    cited = Counter(c.area_id for c in _all(session, AreaCitation))
    assert cited.most_common(1)[0][1] >= 10
    assert {"open", "improving", "resolved"} <= {a.state for a in areas}
    assert all(a.resolved_on for a in areas if a.state == "resolved")
    actions = _all(session, ActionItem)
    open_items = [a for a in actions if a.state != "done"]
    assert any(a.due_on < TODAY for a in open_items)
    assert any(TODAY <= a.due_on <= TODAY + timedelta(days=14) for a in open_items)
    assert all(a.done_on for a in actions if a.state == "done")
    assert {"todo", "doing", "done"} <= {a.state for a in actions}


def test_contacts_entries_and_strengths(demo):
    session, _ = demo
    contacts = _all(session, Contact)
    assert 45 <= len(contacts) <= 75
    assert any(has_arabic(c.name) for c in contacts) and any(not has_arabic(c.name) for c in contacts)
    links = _all(session, ContactApplication)
    assert len(links) >= len(contacts)
    entries = _all(session, JournalEntry)
    per_month = Counter((e.written_on.year, e.written_on.month) for e in entries)
    assert 2 * 23 <= len(entries) <= 4 * 25 and max(per_month.values()) <= 6
    assert 0.3 <= sum(has_arabic(e.body) for e in entries) / len(entries) <= 0.7
    assert any(e.application_id for e in entries) and any(e.private for e in entries)
    strengths = _all(session, Strength)
    assert 15 <= len(strengths) <= 40 and len({s.text for s in strengths}) == len(strengths)


def test_demo_can_be_added_twice_to_the_same_journal():
    engine = memory_engine()
    with Session(engine) as session:
        first = build_demo(session, seed=1, years=1, today=TODAY)
        session.commit()
        second = build_demo(session, seed=2, years=1, today=TODAY)
        session.commit()
        assert len(_all(session, Application)) == first.applications + second.applications
        assert second.check_ins < first.check_ins  # days already checked in are left alone
        assert len(_all(session, Skill)) == len({s.name for s in _all(session, Skill)})


def test_every_kind_of_step_outcome_source_and_channel_is_in_it(demo):
    session, _ = demo
    events = _all(session, StageEvent)
    assert {e.stage for e in events} == set(HISTORY_STAGES)
    assert set(INTERVIEW_KINDS) | set(OFFER_ANSWERS) <= {e.kind for e in events}
    assert {e.kind for e in events if e.stage == "offer"} == {"", *OFFER_ANSWERS}  # an open offer too
    assert {a.outcome for a in _all(session, Application)} == set(OUTCOMES)
    rejections = _all(session, Rejection)
    assert {r.stage for r in rejections} == set(STAGES) and {r.channel for r in rejections} == set(CHANNELS)
    apps = _all(session, Application)
    assert {a.source for a in apps} == set(SOURCES) and {a.work_place for a in apps} == set(WORK_PLACES)
    assert sum(bool(a.description) for a in apps) / len(apps) > 0.4
    assert any(a.salary_min and a.salary_max >= a.salary_min and a.currency for a in apps)
    assert any(a.link for a in apps) and any(a.interest for a in apps) and any(a.deadline for a in apps)
    referrals = _all(session, Referral)
    assert referrals and all(session.get(Application, r.application_id).source == "referral" for r in referrals)
    interviewed = _all(session, StageContact)
    assert interviewed and all(session.get(StageEvent, link.stage_event_id).stage in ("interview", "final")
                               for link in interviewed)
    assert any(e.note for e in events if e.stage == "interview")  # prep notes


def test_timestamps_tell_the_same_story_as_the_dates(demo):
    """Each service call ran at the moment the user made it (the demo's clock)."""
    session, _ = demo
    assert all(a.created_at.date() == a.applied_on for a in _all(session, Application))
    assert all(r.created_at.date() == r.received_on for r in _all(session, Rejection))
    for reflection in _all(session, Reflection):
        assert reflection.created_at <= reflection.updated_at
        assert reflection.completed_at is None or reflection.created_at <= reflection.completed_at
    assert all(c.created_at.date() == c.day for c in _all(session, CheckIn))


def test_its_charts_have_a_full_funnel_and_confidence_over_time(demo):
    session, _ = demo
    period = Period(TODAY - timedelta(days=730), TODAY)
    counts = funnel(session, period).counts
    assert counts[0] > counts[1] > counts[2] > counts[3] > counts[4] > 0, counts
    assert 0.15 <= counts[2] / counts[0] <= 0.3  # the interview rate
    series = confidence_series(session, period)
    assert len(series.check_ins) > 400 and len(series.before) > 50 and len(series.after) > 50
    assert len(series.rejections) > 400


_WRITES = re.compile(
    r"session\.(add|add_all|delete|merge|execute|bulk_\w+)\b|\.execute\(|exec_driver_sql|\binsert\(|\bupdate\(|"
    r"\bdelete\(|bulk_insert|__table__|\btext\(|\b(INSERT|UPDATE|DELETE|REPLACE)\s")


def _models_built_in(source: str) -> set[str]:
    from sqlmodel import SQLModel

    names = {mapper.class_.__name__ for mapper in SQLModel._sa_registry.mappers}
    return {name for name in names if re.search(rf"\b{name}\(", source)}


def _bypasses(folder: Path) -> list[str]:
    found = []
    for path in sorted(folder.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        found += [f"{path.name}: {m.group(0)}" for m in _WRITES.finditer(source)]
        found += [f"{path.name}: builds {name} rows" for name in _models_built_in(source)]
        found += [f"{path.name}: imports {m.group(1)}" for m in re.finditer(r"from thabat\.storage\.(\w+)", source)
                  if m.group(1) not in ("models", "search_sync", "types", "ids_ahead")]
    return found


def test_the_demo_writes_only_through_the_services():
    """No bulk insert, no raw SQL, no ORM row built by hand in app/demo/: reads and service calls only."""
    assert _bypasses(Path(thabat.app.demo.__file__).parent) == []


def test_the_service_check_catches_a_bulk_insert(tmp_path):
    (tmp_path / "rows.py").write_text(
        "from thabat.storage.bulk_insert import insert_rows\n"
        "def put(session, rows):\n    session.execute(insert(Application.__table__), rows)\n"
        "    session.add(CheckIn(day=None, score=1))\n", encoding="utf-8")
    found = _bypasses(tmp_path)
    assert any("bulk_insert" in f for f in found) and any("session.execute" in f for f in found)
    assert any("builds CheckIn" in f for f in found) and any("session.add" in f for f in found)


def test_a_demo_made_by_the_services_passes_the_doctor(tmp_path, capsys):
    folder = tmp_path / "journal"
    assert main(["--data-dir", str(folder), "demo", "--years", "1", "--seed", "2", "--today", TODAY.isoformat()]) == 0
    assert main(["--data-dir", str(folder), "doctor"]) == 0, capsys.readouterr()


def test_some_entries_and_finished_reflections_are_tagged_in_both_languages(demo):
    from thabat.app.services.tags import all_tags
    from thabat.storage.models import EntryTag, ReflectionTag

    session, _ = demo
    tagged_entries = {link.entry_id for link in _all(session, EntryTag)}
    tagged_reflections = {link.reflection_id for link in _all(session, ReflectionTag)}
    entries_in_all, reflections_in_all = len(_all(session, JournalEntry)), len(_all(session, Reflection))
    assert 0 < len(tagged_entries) < entries_in_all and 0 < len(tagged_reflections) < reflections_in_all
    names = {tag.name for tag in all_tags(session)}
    assert {"interview", "مقابلة", "rest", "راحة"} <= names
