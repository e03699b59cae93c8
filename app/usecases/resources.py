"""The user's resources list, shown beside the guide."""

from __future__ import annotations

from thabat.app.events import ResourcesChanged
from thabat.app.journal import Journal
from thabat.app.services import resources as service
from thabat.app.services.resources import safe_to_open
from thabat.app.views.resources import ResourceView

__all__ = ["safe_to_open"]


def list_resources(journal: Journal) -> list[ResourceView]:
    with journal.session() as session:
        return service.list_resources(session)


def add_resource(journal: Journal, title: str, url: str = "", notes: str = "") -> int:
    with journal.session() as session:
        resource_id = service.add_resource(session, title, url, notes)
    journal.events.emit(ResourcesChanged())
    return resource_id


def update_resource(journal: Journal, resource_id: int, title: str, url: str = "", notes: str = "") -> None:
    with journal.session() as session:
        service.update_resource(session, resource_id, title, url, notes)
    journal.events.emit(ResourcesChanged())


def delete_resource(journal: Journal, resource_id: int) -> None:
    with journal.session() as session:
        service.delete_resource(session, resource_id)
    journal.events.emit(ResourcesChanged())


def move_resource(journal: Journal, resource_id: int, offset: int) -> None:
    """Move a resource up (-1) or down (+1) the list."""
    with journal.session() as session:
        service.move_resource(session, resource_id, offset)
    journal.events.emit(ResourcesChanged())
