"""Journals for the chart tests and for looking at charts: built through the services, except
reflections and skill ratings, which have no service yet and are written as rows."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, timezone

from sqlmodel import Session

from thabat.app.services.applications import add_application, add_stage
from thabat.app.services.checkins import record_check_in
from thabat.app.services.rejections import log_rejection
from thabat.app.views.applications import ApplicationInput, RejectionInput
from thabat.storage.models import Reflection, Skill, SkillRating

SKILLS = (("communication", "Communication"), ("technical_depth", "Technical depth"),
          ("storytelling", "Storytelling with examples"), ("cv_writing", "CV writing"))


def _at(day: date) -> datetime:
    return datetime.combine(day, time(12), tzinfo=timezone.utc)


def add_reflection(session: Session, rejection_id: int | None, day: date, before: int, after: int,
                   ratings: dict[int, int] | None = None) -> Reflection:
    reflection = Reflection(rejection_id=rejection_id, state="done", confidence_before=before,
                            confidence_after=after, created_at=_at(day), updated_at=_at(day), completed_at=_at(day))
    session.add(reflection)
    session.flush()
    for skill_id, rating in (ratings or {}).items():
        session.add(SkillRating(skill_id=skill_id, reflection_id=reflection.id, rated_on=day, rating=rating))
    session.flush()
    return reflection


def add_skills(session: Session) -> dict[str, int]:
    ids = {}
    for key, name in SKILLS:
        skill = Skill(key=key, name=name)
        session.add(skill)
        session.flush()
        ids[name] = skill.id
    return ids


def fill_large(session: Session, today: date, years: int = 5, seed: int = 3) -> None:
    """A long, varied job search: a few applications a week, most rejected, daily-ish check-ins."""
    rng = random.Random(seed)
    skills = add_skills(session)
    start = today - timedelta(days=365 * years)
    mood = 6.0
    day = start
    n = 0
    while day <= today:
        for _ in range(rng.choice((0, 0, 1, 1, 1, 2))):
            n += 1
            app = add_application(session, ApplicationInput(company=rng.choice(("Acme", "شركة النور", "Globex",
                                  "Initech", "مصرف الخليج")) + f" {n}", role="Engineer", applied_on=day), today)
            fate = rng.random()
            later = day + timedelta(days=rng.randint(5, 40))
            if later > today:
                continue
            if fate < 0.62:
                stage = rng.choice(("application", "application", "screening", "interview", "final"))
                if stage in ("interview", "final"):
                    add_stage(session, app.id, "screening", day + timedelta(days=3), today=today)
                    add_stage(session, app.id, "interview", day + timedelta(days=4), round=1, today=today)
                rejection = log_rejection(session, RejectionInput(company=app.company, role=app.role, received_on=later,
                                          stage=stage, round=1 if stage == "interview" else None,
                                          application_id=app.id), today)
                if rng.random() < 0.7:
                    before = rng.randint(2, 6)
                    level = min(5, 1 + (later - start).days * 4 // (today - start).days)
                    add_reflection(session, rejection.id, later, before, min(10, before + rng.randint(0, 3)),
                                   {sid: max(1, min(5, level + rng.randint(-1, 1)))
                                    for sid in rng.sample(list(skills.values()), 2)})
            elif fate < 0.72:
                add_stage(session, app.id, "interview", later, round=1, today=today)
            elif fate < 0.75:
                add_stage(session, app.id, "interview", later, round=1, today=today)
                add_stage(session, app.id, "offer", later + timedelta(days=1), today=today) if \
                    later + timedelta(days=1) <= today else None
            elif fate < 0.8:
                add_stage(session, app.id, "withdrawn", later, today=today)
        if rng.random() < 0.8:
            mood = max(0.0, min(10.0, mood + rng.uniform(-1.2, 1.3)))
            record_check_in(session, round(mood), day=day, today=today)
        day += timedelta(days=1)
    session.commit()


def stacked_bars(figure):
    """(label, rectangle vertices) of every bar of a stacked-bar chart: each outcome is one path
    whose closed sub-paths are its bars (app/charts/builders.py)."""
    from matplotlib.patches import PathPatch

    for patch in figure.axes[0].patches:
        if isinstance(patch, PathPatch) and not patch.get_label().startswith("_"):
            for polygon in patch.get_path().to_polygons():
                yield patch.get_label(), polygon
