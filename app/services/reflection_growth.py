"""What a reflection turns into: skill ratings, improvement areas and action items."""

from __future__ import annotations

from datetime import date

from sqlalchemy import bindparam
from sqlmodel import Session, select

from thabat.app.errors import QT_TRANSLATE_NOOP, NotFound
from thabat.app.services import growth
from thabat.app.services import validation as check
from thabat.app.services.existing import existing
from thabat.app.text import catalogue
from thabat.app.views.growth import ActionView
from thabat.app.views.reflections import AreaView, SkillView
from thabat.storage.ids_ahead import held_rows
from thabat.storage.models import ActionItem, AreaCitation, ImprovementArea, Reflection, Skill, SkillRating
from thabat.storage.name_key import name_key


def list_skills(session: Session) -> list[SkillView]:
    """The catalogue's default skills (created on first use) followed by the user's own."""
    stored = {s.key: s for s in session.exec(select(Skill).where(Skill.key.is_not(None))).all()}
    for item in catalogue.load("prompts")["default_skills"]:
        if item["key"] not in stored:
            by_name = session.exec(select(Skill).where(Skill.name_key == name_key(item["en"]))).first()
            if by_name is None:
                session.add(Skill(key=item["key"], name=item["en"]))
    session.flush()
    order = {key: index for index, key in enumerate(catalogue.keys("default_skills"))}
    skills = session.exec(select(Skill)).all()
    skills.sort(key=lambda s: (s.key is None, order.get(s.key, 0), s.name.casefold()))
    return [SkillView(id=s.id, key=s.key, name=s.name) for s in skills]


def add_skill(session: Session, name: str) -> SkillView:
    """The user's own skill; naming one that exists (in any spelling name_key unites) returns that one."""
    skill = _named(session, Skill, check.clean_text(name, "skill", required=True, limit=check.MAX_NAME))
    return SkillView(id=skill.id, key=skill.key, name=skill.name)


# Built once, the values bound per call: building a statement costs more than SQLite running it, and
# the demo finishes hundreds of reflections.
_RATINGS = select(SkillRating).where(SkillRating.reflection_id == bindparam("reflection_id"))


def set_ratings(session: Session, reflection_id: int, ratings: dict[int, int], today: date, flush: bool = True
                ) -> None:
    """Replace the reflection's ratings; each must be 1-5 (InputError "rating" before anything is stored).

    `flush=False`: the rows are left for the caller's flush (one for all its writes)."""
    for rating in ratings.values():
        check.in_range(rating, "rating", 1, 5, required=True)
    known = set(session.exec(select(Skill.id).where(Skill.id.in_(list(ratings)))).all()) if ratings else set()
    if known != set(ratings):
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This skill no longer exists."))
    held = held_rows(session, SkillRating, "reflection_id", reflection_id)  # the demo's session holds them
    stored = {r.skill_id: r for r in (session.exec(_RATINGS, params={"reflection_id": reflection_id}).all()
                                      if held is None else held)}
    for skill_id, row in stored.items():
        if skill_id not in ratings:
            session.delete(row)
    for skill_id, rating in ratings.items():
        row = stored.get(skill_id)
        if row is None:
            session.add(SkillRating(skill_id=skill_id, reflection_id=reflection_id, rated_on=today, rating=rating))
        elif row.rating != rating:
            row.rating = rating
            session.add(row)
    if flush:
        session.flush()


def list_area_names(session: Session) -> list[str]:
    """Every improvement area's name, for completion."""
    return list(session.exec(select(ImprovementArea.name).order_by(ImprovementArea.name)).all())


def cite_area(session: Session, reflection_id: int, name: str) -> AreaView:
    """Link an improvement area to the reflection, creating it when it is new (matched by name key)."""
    existing(session, Reflection, reflection_id)
    area = _named(session, ImprovementArea, check.clean_text(name, "area", required=True, limit=check.MAX_NAME))
    if session.get(AreaCitation, (area.id, reflection_id)) is None:
        session.add(AreaCitation(area_id=area.id, reflection_id=reflection_id))
        session.flush()
    return AreaView(id=area.id, name=area.name, state=area.state)


def uncite_area(session: Session, reflection_id: int, area_id: int) -> None:
    """Unlink an area from this reflection; the area itself stays (other reflections may cite it)."""
    citation = session.get(AreaCitation, (area_id, reflection_id))
    if citation is not None:
        session.delete(citation)
        session.flush()


def areas_of(session: Session, reflection_id: int) -> tuple[AreaView, ...]:
    rows = session.exec(
        select(ImprovementArea).join(AreaCitation, AreaCitation.area_id == ImprovementArea.id)
        .where(AreaCitation.reflection_id == reflection_id).order_by(ImprovementArea.name)
    ).all()
    return tuple(AreaView(id=a.id, name=a.name, state=a.state) for a in rows)


def add_action(session: Session, reflection_id: int, title: str, due_on: date | None, today: date,
               area_id: int | None = None) -> ActionView:
    """An action item that comes from this reflection (the rules are growth.add_action's)."""
    existing(session, Reflection, reflection_id)
    item_id = growth.add_action(session, title, due_on, area_id, reflection_id, today)
    return growth.action_views(session, [session.get(ActionItem, item_id)])[0]


def remove_action(session: Session, action_id: int) -> None:
    item = session.get(ActionItem, action_id)
    if item is not None:
        session.delete(item)
        session.flush()


def actions_of(session: Session, reflection_id: int) -> tuple[ActionView, ...]:
    rows = session.exec(select(ActionItem).where(ActionItem.reflection_id == reflection_id).order_by(ActionItem.id)).all()
    return tuple(growth.action_views(session, rows))


def _named(session: Session, model: type[Skill] | type[ImprovementArea], name: str) -> Skill | ImprovementArea:
    """The skill or area of this name (matched by name key), created when there is none yet."""
    row = session.exec(select(model).where(model.name_key == name_key(name))).first()
    if row is None:
        row = model(name=name)
        session.add(row)
        session.flush()
    return row
