"""Guided reflections: start or resume one, save its draft, finish it, and its growth part (skills,
improvement areas, action items) written step by step."""

from __future__ import annotations

from datetime import date

from thabat.app.events import GrowthChanged, ReflectionChanged
from thabat.app.journal import Journal
from thabat.app.services import reflection_growth as growth
from thabat.app.services import reflections as service
from thabat.app.views.growth import ActionView
from thabat.app.views.reflections import AreaView, ReflectionDraft, ReflectionView, SkillView


def start_reflection(journal: Journal, rejection_id: int) -> ReflectionView:
    """The reflection on this rejection: its draft when there is one, else a new one."""
    with journal.session() as session:
        view = service.start_reflection(session, rejection_id)
    journal.events.emit(ReflectionChanged(view.id))
    return view


def newest_reflection(journal: Journal, rejection_id: int) -> int:
    """The reflection to open for this rejection (say, from its reply on Today): the newest one, finished
    or not, so a finished reflection is not started over; a new draft when there is none."""
    with journal.session() as session:
        existing = service.reflection_for_rejection(session, rejection_id)
    return existing if existing is not None else start_reflection(journal, rejection_id).id


def load_reflection(journal: Journal, reflection_id: int) -> ReflectionView:
    with journal.session() as session:
        return service.load_reflection(session, reflection_id)


def save_draft(journal: Journal, reflection_id: int, draft: ReflectionDraft, today: date) -> ReflectionView:
    with journal.session() as session:
        view = service.save_draft(session, reflection_id, draft, today)
    journal.events.emit(ReflectionChanged(reflection_id))
    return view


def choose_mode(journal: Journal, reflection_id: int, mode: str) -> ReflectionView:
    """Write this reflection quick or full; full after quick deepens it, the answers kept."""
    with journal.session() as session:
        view = service.choose_mode(session, reflection_id, mode)
    journal.events.emit(ReflectionChanged(reflection_id))
    return view


def finish_reflection(journal: Journal, reflection_id: int, draft: ReflectionDraft, today: date) -> ReflectionView:
    with journal.session() as session:
        view = service.finish_reflection(session, reflection_id, draft, today)
    journal.events.emit(ReflectionChanged(reflection_id))
    return view


def strength_to_show(journal: Journal, reflection_id: int, lang: str) -> tuple[str, str]:
    """One of the user's strengths for the close step, as (where it comes from, its words)."""
    with journal.session() as session:
        return service.strength_to_show(session, reflection_id, lang)


def list_skills(journal: Journal) -> list[SkillView]:
    """The skills to rate (the shipped ones are stored on first use)."""
    with journal.session() as session:
        return growth.list_skills(session)


def add_skill(journal: Journal, name: str) -> SkillView:
    with journal.session() as session:
        skill = growth.add_skill(session, name)
    journal.events.emit(GrowthChanged("skill"))
    return skill


def area_names(journal: Journal) -> list[str]:
    with journal.session() as session:
        return growth.list_area_names(session)


def cite_area(journal: Journal, reflection_id: int, name: str) -> AreaView:
    """Link an improvement area (new or known by its name) to the reflection."""
    with journal.session() as session:
        area = growth.cite_area(session, reflection_id, name)
    journal.events.emit(ReflectionChanged(reflection_id))
    return area


def uncite_area(journal: Journal, reflection_id: int, area_id: int) -> None:
    with journal.session() as session:
        growth.uncite_area(session, reflection_id, area_id)
    journal.events.emit(ReflectionChanged(reflection_id))


def add_action(journal: Journal, reflection_id: int, title: str, due_on: date | None, today: date,
               area_id: int | None = None) -> ActionView:
    with journal.session() as session:
        action = growth.add_action(session, reflection_id, title, due_on, today, area_id)
    journal.events.emit(ReflectionChanged(reflection_id))
    return action


def remove_action(journal: Journal, reflection_id: int, action_id: int) -> None:
    with journal.session() as session:
        growth.remove_action(session, action_id)
    journal.events.emit(ReflectionChanged(reflection_id))
