"""The demo journal's words: reflections half in Arabic that answer the catalogue's prompts, check-ins
that dip and recover, skills, strengths, contacts and tags in both languages."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from sqlmodel import select

from thabat.app.text import catalogue
from thabat.app.text.direction import has_arabic
from thabat.storage.models import (
    ActionItem, AreaCitation, CheckIn, Contact, ContactApplication, ImprovementArea, JournalEntry, Reflection,
    ReflectionAnswer, Rejection, Skill, SkillRating, Strength,
)
from tests.demo_support import TODAY, all_rows, demo  # noqa: F401  (demo: a fixture)


def test_reflections_are_half_arabic_and_mix_scripts(demo):
    session, _ = demo
    reflections = all_rows(session, Reflection)
    texts = [" ".join((r.feeling, r.went_well, r.to_improve, r.strength, r.next_steps)) for r in reflections]
    arabic = [t for t in texts if has_arabic(t)]
    assert 0.4 <= len(arabic) / len(texts) <= 0.6
    mixed_paragraphs = [p for r in reflections for p in (r.went_well, r.to_improve, r.reply_text)
                        if has_arabic(p) and any("a" <= c.lower() <= "z" for c in p)]
    assert len(mixed_paragraphs) >= 5
    assert len(set(r.went_well for r in reflections if r.went_well)) > len(reflections) / 4


def test_reflections_belong_to_rejections_with_a_plausible_confidence_lift(demo):
    session, _ = demo
    rejections = {r.id: r for r in all_rows(session, Rejection)}
    reflections = all_rows(session, Reflection)
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
    answers = all_rows(session, ReflectionAnswer)
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
    check_ins = sorted(all_rows(session, CheckIn), key=lambda c: c.day)
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
    score = {c.day: c.score for c in all_rows(session, CheckIn)}
    finals = [r.received_on for r in all_rows(session, Rejection) if r.stage == "final"]
    after = [score[d + timedelta(days=1)] for d in finals if d + timedelta(days=1) in score]
    assert sum(after) / len(after) < sum(score.values()) / len(score)


def test_skills_ratings_and_growth(demo):
    session, _ = demo
    skills = all_rows(session, Skill)
    keys = {s.key for s in skills}
    assert {s["key"] for s in catalogue.load("prompts")["default_skills"]} <= keys
    assert any(s.key is None for s in skills)
    ratings = sorted(all_rows(session, SkillRating), key=lambda r: r.rated_on)
    assert all(1 <= r.rating <= 5 for r in ratings)
    per_reflection = Counter(r.reflection_id for r in ratings)
    assert set(per_reflection.values()) <= {3, 4, 5, 6}
    third = len(ratings) // 3
    early, late = ratings[:third], ratings[-third:]
    assert sum(r.rating for r in late) / third > sum(r.rating for r in early) / third + 0.3

    areas = all_rows(session, ImprovementArea)
    assert 8 <= len(areas) <= 12
    cited = Counter(c.area_id for c in all_rows(session, AreaCitation))
    assert cited.most_common(1)[0][1] >= 10
    assert {"open", "improving", "resolved"} <= {a.state for a in areas}
    assert all(a.resolved_on for a in areas if a.state == "resolved")
    actions = all_rows(session, ActionItem)
    open_items = [a for a in actions if a.state != "done"]
    assert any(a.due_on < TODAY for a in open_items)
    assert any(TODAY <= a.due_on <= TODAY + timedelta(days=14) for a in open_items)
    assert all(a.done_on for a in actions if a.state == "done")
    assert {"todo", "doing", "done"} <= {a.state for a in actions}


def test_contacts_entries_and_strengths(demo):
    session, _ = demo
    contacts = all_rows(session, Contact)
    assert 45 <= len(contacts) <= 75
    assert any(has_arabic(c.name) for c in contacts) and any(not has_arabic(c.name) for c in contacts)
    links = all_rows(session, ContactApplication)
    assert len(links) >= len(contacts)
    entries = all_rows(session, JournalEntry)
    per_month = Counter((e.written_on.year, e.written_on.month) for e in entries)
    assert 2 * 23 <= len(entries) <= 4 * 25 and max(per_month.values()) <= 6
    assert 0.3 <= sum(has_arabic(e.body) for e in entries) / len(entries) <= 0.7
    assert any(e.application_id for e in entries) and any(e.private for e in entries)
    strengths = all_rows(session, Strength)
    assert 15 <= len(strengths) <= 40 and len({s.text for s in strengths}) == len(strengths)


def test_some_entries_and_finished_reflections_are_tagged_in_both_languages(demo):
    from thabat.app.services.tags import all_tags
    from thabat.storage.models import EntryTag, ReflectionTag

    session, _ = demo
    tagged_entries = {link.entry_id for link in all_rows(session, EntryTag)}
    tagged_reflections = {link.reflection_id for link in all_rows(session, ReflectionTag)}
    entries_in_all, reflections_in_all = len(all_rows(session, JournalEntry)), len(all_rows(session, Reflection))
    assert 0 < len(tagged_entries) < entries_in_all and 0 < len(tagged_reflections) < reflections_in_all
    names = {tag.name for tag in all_tags(session)}
    assert {"interview", "مقابلة", "rest", "راحة"} <= names
