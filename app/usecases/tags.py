"""Tags: put them on a free entry or a reflection, and list the tags in use for completion and filters."""

from __future__ import annotations

from typing import Iterable

from thabat.app.events import EntryChanged, ReflectionChanged
from thabat.app.journal import Journal
from thabat.app.services import tags as service
from thabat.app.views.journal import TagCount


def set_entry_tags(journal: Journal, entry_id: int, names: Iterable[str]) -> tuple[str, ...]:
    """Give the entry exactly these tags; returns them as stored."""
    with journal.session() as session:
        stored = service.set_tags(session, "entry", entry_id, list(names))
    journal.events.emit(EntryChanged(entry_id))
    return stored


def set_reflection_tags(journal: Journal, reflection_id: int, names: Iterable[str]) -> tuple[str, ...]:
    """Give the reflection exactly these tags; returns them as stored."""
    with journal.session() as session:
        stored = service.set_tags(session, "reflection", reflection_id, list(names))
    journal.events.emit(ReflectionChanged(reflection_id))
    return stored


def all_tags(journal: Journal) -> list[TagCount]:
    """Every tag in use, most used first, with how many entries and reflections carry it."""
    with journal.session() as session:
        return service.all_tags(session)
