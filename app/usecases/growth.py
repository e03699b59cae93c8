"""Growth: improvement areas and their states, skill trends, and the action items board."""

from __future__ import annotations

from datetime import date

from thabat.app.events import GrowthChanged
from thabat.app.journal import Journal
from thabat.app.services import growth as service
from thabat.app.views.growth import ActionView, AreaDetail, AreaSummary, SkillSeries
from thabat.storage.models import ACTION_STATES, AREA_STATES

__all__ = ["ACTION_STATES", "AREA_STATES"]  # re-exported: the interface never imports storage


def areas_and_skills(journal: Journal) -> tuple[list[AreaSummary], list[SkillSeries]]:
    """What the Growth page lists: every area with where it came from, and each skill's ratings."""
    with journal.session() as session:
        return service.list_areas(session), service.skill_history(session)


def area_detail(journal: Journal, area_id: int) -> AreaDetail:
    with journal.session() as session:
        return service.area_detail(session, area_id)


def set_area_state(journal: Journal, area_id: int, state: str, today: date) -> None:
    with journal.session() as session:
        service.set_area_state(session, area_id, state, today)
    journal.events.emit(GrowthChanged("area"))


def actions_and_areas(journal: Journal) -> tuple[list[ActionView], list[AreaSummary]]:
    """The action items board and the areas an item can belong to."""
    with journal.session() as session:
        return service.list_actions(session), service.list_areas(session)


def add_action(journal: Journal, title: str, due_on: date | None, area_id: int | None,
               today: date | None = None) -> int:
    with journal.session() as session:
        action_id = service.add_action(session, title, due_on, area_id, today=today)
    journal.events.emit(GrowthChanged("action"))
    return action_id


def update_action(journal: Journal, action_id: int, title: str, due_on: date | None, area_id: int | None,
                  today: date | None = None) -> None:
    with journal.session() as session:
        service.update_action(session, action_id, title, due_on, area_id, today)
    journal.events.emit(GrowthChanged("action"))


def move_action(journal: Journal, action_id: int, state: str, today: date) -> None:
    with journal.session() as session:
        service.move_action(session, action_id, state, today)
    journal.events.emit(GrowthChanged("action"))


def delete_action(journal: Journal, action_id: int) -> None:
    with journal.session() as session:
        service.delete_action(session, action_id)
    journal.events.emit(GrowthChanged("action"))
