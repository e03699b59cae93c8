"""Growth in the demo: the skills rated, the action items the reflections led to, and how they moved.

Skills come from the reflection's skill list (`list_skills`, `add_skill`). Action items are planned
here and added by the reflection they came from (app/demo/reflections.py); afterwards they move to
doing or done, and areas to improving or resolved, on the days the user did it (Growth page's services).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import Session

from thabat.app.demo.areas import Area, AreaPlan
from thabat.app.demo.moments import at, clamp, stamp
from thabat.app.demo.texts import PromptCatalogue, Writer
from thabat.app.services import growth as growth_service
from thabat.app.services.reflection_growth import add_skill, list_skills

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


def add_skills(session: Session, rng: random.Random, catalogue: PromptCatalogue, writer: Writer) -> list[SkillTrack]:
    """The catalogue's skills and the user's own (known ones reused by name), each with its drift."""
    by_key = {s.key: s.id for s in list_skills(session) if s.key}
    tracks = []
    for key, _name in catalogue.skills:
        if key in by_key:
            first = rng.uniform(1.6, 3.0)
            tracks.append(SkillTrack(by_key[key], key, first, min(4.6, first + rng.uniform(0.8, 1.8))))
    for name in writer.pool("own_skills"):
        skill = add_skill(session, name)
        first = rng.uniform(1.6, 3.0)
        tracks.append(SkillTrack(skill.id, skill.key, first, min(4.6, first + rng.uniform(0.8, 1.8))))
    return tracks


def ratings(rng: random.Random, tracks: list[SkillTrack], heavy: bool, progress: float) -> dict[int, int]:
    """Three to six ratings, slowly improving over the search, a little lower right after a hard no."""
    relevant = RELEVANT_SKILLS["interview" if heavy else "early"]
    # Weighted sampling without replacement: the largest u ** (1 / weight) win.
    ranked = sorted(tracks, key=lambda t: rng.random() ** (1 / (3 if t.key in relevant else 1)))
    chosen = ranked[-rng.randint(3, 6):]
    return {t.id: clamp(t.first + (t.last - t.first) * progress + rng.gauss(0, 0.45) - (0.3 if heavy else 0), 1, 5)
            for t in chosen}


@dataclass
class PlannedAction:
    """An action item: added on `made_on` (by reflection `reflection`, an index, when it has one), then moved."""

    title: str
    made_on: date
    due_on: date
    state: str = "todo"
    done_on: date | None = None
    area: Area | None = None
    reflection: int | None = None
    id: int | None = None


def plan_actions(rng: random.Random, writer: Writer, plan: AreaPlan, cited: list[tuple[date, list[Area]]],
                 today: date) -> tuple[list[PlannedAction], dict[str, tuple[str, date]]]:
    """Action items for the areas the reflections named (`cited`: each reflection's day and areas, in
    order), loose ones, and each cited area's state with the day it was set."""
    actions, states = [], {}
    for area in plan.areas:
        citing = [n for n, (_day, areas) in enumerate(cited) if any(a is area for a in areas)]
        if not citing:
            continue
        last = cited[citing[-1]][0]
        resolved = min(today, last + timedelta(days=rng.randint(7, 30))) if area.state == "resolved" else None
        if area.state != "open":
            states[area.name] = (area.state, resolved or min(today, last + timedelta(days=rng.randint(2, 10))))
        actions += _actions(rng, area, citing, cited, resolved, today)
    actions += _loose_actions(rng, writer, today)
    _keep_some_due(actions, today)
    return actions, states


def _actions(rng: random.Random, area: Area, citing: list[int], cited: list[tuple[date, list[Area]]],
             resolved: date | None, today: date) -> list[PlannedAction]:
    titles = [title for lang in ("en", "ar") for title in area.actions.get(lang, [])]
    rng.shuffle(titles)
    titles = titles[: rng.randint(2, 3)]
    made = []
    for j, title in enumerate(titles):
        anchor = citing[round(j * (len(citing) - 1) / max(1, len(titles) - 1))]
        created = cited[anchor][0]
        item = PlannedAction(title, created, created + timedelta(days=rng.randint(7, 28)), area=area, reflection=anchor)
        if j == len(titles) - 1 and resolved is None:  # the newest step of a live area: overdue or due soon
            item.state = rng.choice(("todo", "doing"))
            item.due_on = max(created, today + timedelta(days=rng.randint(-9, 12)))
        elif resolved is not None or (item.due_on <= today - timedelta(days=14) and rng.random() < 0.9):
            item.state = "done"
            finish = created + timedelta(days=rng.randint(2, max(2, (item.due_on - created).days + 5)))
            item.done_on = min(finish, resolved or today, today)
        else:
            item.state = rng.choice(("todo", "doing"))
        made.append(item)
    return made


def _loose_actions(rng: random.Random, writer: Writer, today: date) -> list[PlannedAction]:
    """Steps that belong to no area: a rest day soon, a profile update done a while ago."""
    lang = rng.choice(("en", "ar"))
    rest, profile = writer.pool("loose_actions", lang)[:2]
    made = today - timedelta(days=rng.randint(1, 4))
    older = today - timedelta(days=rng.randint(30, 60))
    return [
        PlannedAction(rest, made, today + timedelta(days=rng.randint(2, 6))),
        PlannedAction(profile, older, older + timedelta(days=7), "done", older + timedelta(days=rng.randint(1, 6))),
    ]


def _keep_some_due(actions: list[PlannedAction], today: date) -> None:
    """Growth and Today need at least one overdue step and one due within two weeks."""
    open_items = [a for a in actions if a.state != "done" and a.area is not None]
    if open_items and not any(a.due_on < today for a in open_items):
        open_items[0].due_on = max(open_items[0].made_on, today - timedelta(days=3))
    if len(open_items) > 1 and not any(today <= a.due_on <= today + timedelta(days=14) for a in open_items):
        open_items[-1].due_on = today + timedelta(days=5)


def add_loose_actions(session: Session, rng: random.Random, actions: list[PlannedAction], today: date) -> None:
    """The action items no reflection made, added from the Growth page."""
    for item in actions:
        if item.reflection is None:
            with at(stamp(item.made_on, rng, today)):
                item.id = growth_service.add_action(session, item.title, item.due_on, today=item.made_on)


def record_progress(session: Session, rng: random.Random, actions: list[PlannedAction], area_ids: dict[str, int],
                    states: dict[str, tuple[str, date]], today: date) -> None:
    """Action items moved to doing or done, and areas marked improving or resolved, on their days."""
    for item in actions:
        if item.state == "todo" or item.id is None:
            continue
        day = item.done_on if item.state == "done" else min(today, item.made_on + timedelta(days=rng.randint(1, 5)))
        with at(stamp(day, rng, today)):
            growth_service.move_action(session, item.id, item.state, day)
    for name, (state, day) in states.items():
        if name in area_ids:
            with at(stamp(day, rng, today)):
                growth_service.set_area_state(session, area_ids[name], state, day)
