"""Growth: improvement areas and where they came from, skill ratings over time, action items."""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlmodel import Session, select

from thabat.app.errors import QT_TRANSLATE_NOOP, InputError, NotFound
from thabat.app.services import validation as check
from thabat.app.services.existing import existing
from thabat.app.text.dates import local_day
from thabat.app.views.growth import ActionView, AreaDetail, AreaSummary, CitingReflection, SkillSeries, StageCitations
from thabat.storage.models import (
    ACTION_STATES, AREA_STATES, ActionItem, Application, AreaCitation, ImprovementArea, Reflection, Rejection,
    Skill, SkillRating,
)
from thabat.storage.name_key import name_key

RECURRING_AT = 3
"""An area cited in this many reflections or more is flagged as recurring."""
FEW = 200
"""Up to this many action items, their areas and reflections are read by id (well inside SQLite's
limit on a statement's parameters)."""


def _reflection_rows(session: Session, ids: set[int] | None = None) -> dict[int, CitingReflection]:
    """Every reflection (or those of `ids`) with the rejection it is about (when it has one).

    Plain columns, not ORM objects: the action views ask for one or two reflections at a time, and
    reading every reflection for each of them grew with the journal (the demo's main cost)."""
    query = (
        select(Reflection.id, Reflection.created_at, Reflection.state, Rejection.received_on, Rejection.stage,
               Application.company, Application.role)
        .join(Rejection, Reflection.rejection_id == Rejection.id, isouter=True)
        .join(Application, Rejection.application_id == Application.id, isouter=True)
    )
    if ids is not None:
        if not ids:
            return {}
        query = query.where(Reflection.id.in_(sorted(ids)))
    return {
        reflection_id: CitingReflection(
            id=reflection_id, on=received_on if received_on is not None else local_day(created_at),
            company=company or "", role=role or "", stage=stage or "", state=state,
        )
        for reflection_id, created_at, state, received_on, stage, company, role in session.exec(query).all()
    }


def _summaries(session: Session, areas: list[ImprovementArea]) -> list[AreaSummary]:
    reflections = _reflection_rows(session)
    reflected_per_stage = Counter(r.stage for r in reflections.values() if r.stage)
    citations: dict[int, list[CitingReflection]] = {}
    for area_id, reflection_id in session.exec(select(AreaCitation.area_id, AreaCitation.reflection_id)).all():
        if reflection_id in reflections:
            citations.setdefault(area_id, []).append(reflections[reflection_id])
    open_actions = Counter(session.exec(
        select(ActionItem.area_id).where(ActionItem.state != "done", ActionItem.area_id.is_not(None))
    ).all())
    result = []
    for area in areas:
        cited = citations.get(area.id, [])
        per_stage = Counter(r.stage for r in cited if r.stage)
        stages = tuple(
            StageCitations(stage, count, reflected_per_stage[stage])
            for stage, count in sorted(per_stage.items(), key=lambda kv: (-kv[1], kv[0]))
        )
        days = [r.on for r in cited]
        result.append(AreaSummary(
            id=area.id, name=area.name, state=area.state, citations=len(cited), stages=stages,
            first_cited=min(days) if days else None, last_cited=max(days) if days else None,
            recurring=len(cited) >= RECURRING_AT, open_actions=open_actions.get(area.id, 0),
        ))
    return result


def list_areas(session: Session) -> list[AreaSummary]:
    """Every improvement area, open ones first, then the most cited."""
    areas = list(session.exec(select(ImprovementArea)).all())
    order = {state: i for i, state in enumerate(AREA_STATES)}
    return sorted(_summaries(session, areas), key=lambda a: (order[a.state], -a.citations, a.name.casefold()))


def area_detail(session: Session, area_id: int) -> AreaDetail:
    area = existing(session, ImprovementArea, area_id)
    summary = _summaries(session, [area])[0]
    reflections = _reflection_rows(session)
    cited_ids = session.exec(select(AreaCitation.reflection_id).where(AreaCitation.area_id == area_id)).all()
    cited = sorted((reflections[i] for i in cited_ids if i in reflections), key=lambda r: r.on, reverse=True)
    actions = tuple(a for a in list_actions(session) if a.area_id == area_id)
    return AreaDetail(area=summary, notes=area.notes, reflections=tuple(cited), actions=actions)


def set_area_state(session: Session, area_id: int, state: str, today: date) -> None:
    """Mark an area open, improving or resolved (resolved remembers the day)."""
    area = existing(session, ImprovementArea, area_id)
    area.state = check.one_of(state, "state", AREA_STATES)
    area.resolved_on = today if area.state == "resolved" else None
    session.add(area)
    session.flush()


def add_area(session: Session, name: str) -> int:
    name = check.clean_text(name, "name", required=True, limit=check.MAX_NAME)
    if session.exec(select(ImprovementArea.id).where(ImprovementArea.name_key == name_key(name))).first() is not None:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "An area with this name already exists."), "name")
    area = ImprovementArea(name=name)
    session.add(area)
    session.flush()
    return area.id


def skill_history(session: Session) -> list[SkillSeries]:
    """Each rated skill with its ratings, oldest first."""
    series: dict[int, list[tuple[date, int]]] = {}
    for skill_id, rated_on, rating in session.exec(
        select(SkillRating.skill_id, SkillRating.rated_on, SkillRating.rating).order_by(SkillRating.rated_on, SkillRating.id)
    ).all():
        series.setdefault(skill_id, []).append((rated_on, rating))
    skills = {s.id: s for s in session.exec(select(Skill).where(Skill.id.in_(list(series)))).all()}
    return sorted(
        (SkillSeries(skill_id, skills[skill_id].key, skills[skill_id].name, tuple(points))
         for skill_id, points in series.items()),
        key=lambda s: s.name.casefold(),
    )


def list_actions(session: Session) -> list[ActionView]:
    """Action items with their area and reflection, soonest due first (undated last)."""
    views = action_views(session, session.exec(select(ActionItem)).all())
    return sorted(views, key=lambda a: (a.due_on is None, a.due_on or date.max, a.id))


def action_views(session: Session, items: list[ActionItem]) -> list[ActionView]:
    """The read models of `items`, with the names of their areas and reflections."""
    # A few items (a reflection's): read only theirs; many (the Growth page): read all at once.
    few = len(items) <= FEW
    area_ids = sorted({item.area_id for item in items if item.area_id is not None})
    area_query = select(ImprovementArea.id, ImprovementArea.name)
    areas = {} if few and not area_ids else dict(
        session.exec(area_query.where(ImprovementArea.id.in_(area_ids)) if few else area_query).all())
    reflections = _reflection_rows(session, {i.reflection_id for i in items if i.reflection_id is not None} if few else None)
    return [_action_view(item, areas, reflections) for item in items]


def add_action(session: Session, title: str, due_on: date | None, area_id: int | None = None,
               reflection_id: int | None = None, today: date | None = None) -> int:
    """A concrete step, on its own or from a reflection: its due date is optional (not before 1970, at
    most ten years ahead), its area, when named, must still exist."""
    due_on = check.plan_date(due_on, "due_on", today or date.today())
    item = ActionItem(title=_title(title), due_on=due_on, area_id=area_id, reflection_id=reflection_id)
    if area_id is not None and session.get(ImprovementArea, area_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This improvement area no longer exists."))
    session.add(item)
    session.flush()
    return item.id


def update_action(session: Session, action_id: int, title: str, due_on: date | None, area_id: int | None,
                  today: date | None = None) -> None:
    due_on = check.plan_date(due_on, "due_on", today or date.today())
    item = existing(session, ActionItem, action_id)
    if area_id is not None:
        existing(session, ImprovementArea, area_id)
    item.title, item.due_on, item.area_id = _title(title), due_on, area_id
    item.snoozed_until = None  # a new due date replaces any snooze
    session.add(item)
    session.flush()


def move_action(session: Session, action_id: int, state: str, today: date) -> None:
    """Move an action item to do / doing / done (done remembers the day)."""
    item = existing(session, ActionItem, action_id)
    item.state = check.one_of(state, "state", ACTION_STATES)
    item.done_on = today if item.state == "done" else None
    session.add(item)
    session.flush()


def delete_action(session: Session, action_id: int) -> None:
    session.delete(existing(session, ActionItem, action_id))
    session.flush()


def _title(title: str) -> str:
    return check.clean_text(title, "title", required=True, limit=500)


def _action_view(item: ActionItem, areas: dict[int, str], reflections: dict[int, CitingReflection]) -> ActionView:
    reflection = reflections.get(item.reflection_id) if item.reflection_id else None
    label = " — ".join(p for p in (reflection.company, reflection.role) if p) if reflection else ""
    return ActionView(
        id=item.id, title=item.title, state=item.state, due_on=item.due_on, done_on=item.done_on,
        area_id=item.area_id, area_name=areas.get(item.area_id, "") if item.area_id else "",
        reflection_id=item.reflection_id, reflection_label=label,
    )
