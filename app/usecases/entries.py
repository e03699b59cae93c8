"""Free journal entries, and the journal's timeline of entries and reflections."""

from __future__ import annotations

from datetime import date

from thabat.app.events import EntryChanged
from thabat.app.journal import Journal
from thabat.app.services import entries as service
from thabat.app.views.journal import EntryInput, EntryView, ReflectionReading, TimelineItem


def save_entry(journal: Journal, data: EntryInput, today: date, entry_id: int | None = None) -> EntryView:
    """Write a new entry, or store the edits of the one with `entry_id`."""
    with journal.session() as session:
        if entry_id is None:
            view = service.create_entry(session, data, today)
        else:
            view = service.update_entry(session, entry_id, data, today)
    journal.events.emit(EntryChanged(view.id))
    return view


def delete_entry(journal: Journal, entry_id: int) -> None:
    """Delete an entry the user has confirmed deleting."""
    with journal.session() as session:
        service.delete_entry(session, entry_id, confirmed=True)
    journal.events.emit(EntryChanged(entry_id))


def get_entry(journal: Journal, entry_id: int) -> EntryView:
    with journal.session() as session:
        return service.get_entry(session, entry_id)


def read_reflection(journal: Journal, reflection_id: int) -> ReflectionReading:
    with journal.session() as session:
        return service.read_reflection(session, reflection_id)


def timeline(journal: Journal, kind: str | None = None, company: str | None = None, date_from: date | None = None,
             date_to: date | None = None, tag: str | None = None) -> list[TimelineItem]:
    """Entries and reflections, newest first, filtered as the journal page's filters say."""
    with journal.session() as session:
        return service.timeline(session, kind, company, date_from, date_to, tag)


def companies(journal: Journal) -> list[str]:
    with journal.session() as session:
        return service.companies(session)


def application_choices(journal: Journal) -> list[tuple[int, str]]:
    """(id, "company — role") for each application an entry can be about."""
    with journal.session() as session:
        return service.application_choices(session)
