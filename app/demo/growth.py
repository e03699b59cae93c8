"""Growth in the demo: skills rated over time, improvement areas with their action items, strengths."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from sqlmodel import Session, select

from thabat.app.demo.areas import Area, AreaPlan
from thabat.app.demo.reflections import Written
from thabat.app.demo.rows import Ids, Row, clamp, new_row, stamp
from thabat.app.demo.texts import PromptCatalogue, Writer
from thabat.app.demo.timeline import Journey
from thabat.app.text.dates import local_day
from thabat.storage.models import ActionItem, AreaCitation, ImprovementArea, Skill, SkillRating, Strength
from thabat.storage.name_key import name_key

RELEVANT_SKILLS = {
    "early": ("cv_writing", "communication", "salary_negotiation", "problem_solving", "handling_pressure",
              "technical_depth"),
    "interview": ("communication", "technical_depth", "problem_solving", "storytelling", "interview_preparation",
                  "asking_questions", "handling_pressure", "teamwork", "leadership"),
}


@dataclass(frozen=True)
class SkillTrack:
    """A skill and how the user's self-rating of it drifts from `first` to `last` over the search."""

    id: int
    key: str | None
    first: float
    last: float


def skills(session: Session, rng: random.Random, catalogue: PromptCatalogue, writer: Writer,
           ids: Ids) -> tuple[list[Row], list[SkillTrack]]:
    """The catalogue's skills (English name, catalogue key) and the user's own; existing ones are reused."""
    existing = session.exec(select(Skill)).all()
    by_key = {s.key: s for s in existing if s.key}
    by_name = {s.name_key: s for s in existing}
    new, tracks = [], []
    wanted = list(catalogue.skills) + [(None, name) for name in writer.pool("own_skills")]
    for key, name in wanted:
        skill = (by_key.get(key) if key else None) or by_name.get(name_key(name))
        if skill is None:
            skill = new_row(Skill, id=ids(Skill), key=key, name=name)
            new.append(skill)
            by_name[name_key(name)] = skill
        first = rng.uniform(1.6, 3.0)
        tracks.append(SkillTrack(skill.id, key, first, min(4.6, first + rng.uniform(0.8, 1.8))))
    return new, tracks


def ratings(rng: random.Random, written: list[Written], tracks: list[SkillTrack], start: date, today: date,
            ids: Ids) -> list[Row]:
    """Three to six ratings per reflection, slowly improving, a little lower right after a hard no."""
    span = max(1, (today - start).days)
    rows = []
    for record in (w for w in written if w.learned):
        heavy = record.journey.heavy
        relevant = RELEVANT_SKILLS["interview" if heavy else "early"]
        # Weighted sampling without replacement: the largest u ** (1 / weight) win.
        ranked = sorted(tracks, key=lambda t: rng.random() ** (1 / (3 if t.key in relevant else 1)))
        progress = (record.day - start).days / span
        for track in ranked[-rng.randint(3, 6):]:
            level = track.first + (track.last - track.first) * progress + rng.gauss(0, 0.45) - (0.3 if heavy else 0)
            rows.append(new_row(SkillRating, id=ids(SkillRating), skill_id=track.id, reflection_id=record.reflection.id,
                                    rated_on=record.day, rating=clamp(level, 1, 5)))
    return rows


def areas(session: Session, rng: random.Random, writer: Writer, plan: AreaPlan, written: list[Written],
          today: date, ids: Ids) -> tuple[list[Row], list[Row], list[Row]]:
    """The improvement areas the reflections named, their citations and the action items they led to."""
    existing = {a.name_key: a for a in session.exec(select(ImprovementArea)).all()}
    rows, citations, actions = [], [], []
    for area in plan.areas:
        citing = [w for w in written if any(a is area for a in w.areas)]
        if not citing:
            continue
        resolved = min(today, citing[-1].day + timedelta(days=rng.randint(7, 30))) if area.state == "resolved" else None
        row = existing.get(name_key(area.name))
        if row is None:
            row = new_row(ImprovementArea, id=ids(ImprovementArea), name=area.name, state=area.state, notes=area.notes,
                                  created_at=stamp(citing[0].day, rng, today), resolved_on=resolved)
            rows.append(row)
        citations += [new_row(AreaCitation, area_id=row.id, reflection_id=w.reflection.id) for w in citing]
        actions += _actions(rng, area, row, citing, resolved, today, ids)
    actions += _loose_actions(rng, writer, today, ids)
    _keep_some_due(actions, today)
    return rows, citations, actions


def _actions(rng: random.Random, area: Area, row: Row, citing: list[Written], resolved: date | None,
             today: date, ids: Ids) -> list[Row]:
    titles = [title for lang in ("en", "ar") for title in area.actions.get(lang, [])]
    rng.shuffle(titles)
    titles = titles[: rng.randint(2, 3)]
    made = []
    for j, title in enumerate(titles):
        anchor = citing[round(j * (len(citing) - 1) / max(1, len(titles) - 1))]
        created = anchor.day
        due = created + timedelta(days=rng.randint(7, 28))
        item = new_row(ActionItem, id=ids(ActionItem), title=title, area_id=row.id, reflection_id=anchor.reflection.id,
                          due_on=due, state="todo", created_at=stamp(created, rng, today))
        if j == len(titles) - 1 and resolved is None:  # the newest step of a live area: overdue or due soon
            item.state = rng.choice(("todo", "todo", "doing"))
            item.due_on = max(created, today + timedelta(days=rng.randint(-9, 12)))
        elif resolved is not None or (due <= today - timedelta(days=14) and rng.random() < 0.9):
            item.state = "done"
            finish = created + timedelta(days=rng.randint(2, max(2, (due - created).days + 5)))
            item.done_on = min(finish, resolved or today, today)
        else:
            item.state = rng.choice(("todo", "doing"))
        made.append(item)
    return made


def _loose_actions(rng: random.Random, writer: Writer, today: date, ids: Ids) -> list[Row]:
    """Steps that belong to no area: a rest day soon, a profile update done a while ago."""
    lang = rng.choice(("en", "ar"))
    rest, profile = writer.pool("loose_actions", lang)[:2]
    made = today - timedelta(days=rng.randint(1, 4))
    older = today - timedelta(days=rng.randint(30, 60))
    return [
        new_row(ActionItem, id=ids(ActionItem), title=rest, due_on=today + timedelta(days=rng.randint(2, 6)),
                state="todo", created_at=stamp(made, rng, today)),
        new_row(ActionItem, id=ids(ActionItem), title=profile, due_on=older + timedelta(days=7), state="done",
                done_on=older + timedelta(days=rng.randint(1, 6)), created_at=stamp(older, rng, today)),
    ]


def _keep_some_due(actions: list[Row], today: date) -> None:
    """Growth and Today need at least one overdue step and one due within two weeks."""
    open_items = [a for a in actions if a.state != "done" and a.area_id is not None]
    if open_items and not any(a.due_on < today for a in open_items):
        open_items[0].due_on = max(local_day(open_items[0].created_at), today - timedelta(days=3))
    if len(open_items) > 1 and not any(today <= a.due_on <= today + timedelta(days=14) for a in open_items):
        open_items[-1].due_on = today + timedelta(days=5)


def strengths(rng: random.Random, writer: Writer, written: list[Written], journeys: list[Journey], start: date,
              today: date, years: int, ids: Ids) -> list[Row]:
    """Strengths named in reflections, plus wins noted on their own, without repeating a text."""
    firsts = {}  # a win like "first final round" is noted on the day it happened
    for step in sorted((s for j in journeys for s in j.steps), key=lambda s: s.on):
        firsts.setdefault(step.stage, step.on)
    done = [w for w in written if w.reflection.state == "done" and w.reflection.strength]
    picked = sorted(rng.sample(done, min(len(done), 10 + 4 * years)), key=lambda w: w.day)
    found: dict[str, Strength] = {}
    for record in picked:
        text = record.reflection.strength
        found.setdefault(text, new_row(Strength, id=0, text=text, noted_on=record.day,
                                       reflection_id=record.reflection.id))
    tools = writer.pool("tools")
    wins = writer.data["wins"]
    span = (today - start).days
    for win in rng.sample(wins, min(len(wins), 6 + 3 * years)):
        text = writer.one([win[rng.choice(("en", "ar"))]], tool=rng.choice(tools))
        noted = firsts.get(win["after"]) if "after" in win else start + timedelta(days=rng.randint(0, span))
        if text and noted is not None:
            found.setdefault(text, new_row(Strength, id=0, text=text, noted_on=noted))
    rows = sorted(found.values(), key=lambda s: s.noted_on)
    for row in rows:
        row.id = ids(Strength)
    return rows
