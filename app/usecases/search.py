"""Full-text search over the journal, and opening what was found."""

from __future__ import annotations


from thabat.app.journal import Journal
from thabat.app.services import entries
from thabat.app.services import search as service
from thabat.app.views.journal import OpenedItem, SearchFilters, SearchHit


def search(journal: Journal, query: str, filters: SearchFilters | None = None, limit: int = 200) -> list[SearchHit]:
    with journal.session() as session:
        return service.search(session, query, filters, limit=limit)


def open_item(journal: Journal, kind: str, item_id: int) -> OpenedItem:
    """An entry, a reflection, or a found rejection / application / contact with the reflection it led to.

    Raises NotFound when the item was deleted meanwhile.
    """
    with journal.session() as session:
        if kind == "entry":
            return OpenedItem(entry=entries.get_entry(session, item_id))
        if kind == "reflection":
            return OpenedItem(reflection=entries.read_reflection(session, item_id), reflection_id=item_id)
        if kind == "contact":  # notes on a person: the person opens on Contacts
            return OpenedItem(contact_id=item_id)
        application_id, reflection_id = service.hit_owner(session, kind, item_id)
        reading = entries.read_reflection(session, reflection_id) if reflection_id is not None else None
        return OpenedItem(reflection=reading, application_id=application_id, reflection_id=reflection_id)
