"""Full-text search inside the app's unit of work, and where a hit belongs.

The search itself is `app.services.full_text.find` (sqlite3 alone), run here on the session's own
connection; see there for the rules.
"""

from __future__ import annotations

from sqlmodel import Session

from thabat.app.services.full_text import DEFAULT_LIMIT, SNIPPET_WIDTH, find, highlight  # noqa: F401  (re-exported)
from thabat.app.services.reflections import reflection_for_rejection
from thabat.app.views.journal import SearchFilters, SearchHit
from thabat.storage.database import dbapi_connection
from thabat.storage.models import Application, Rejection
from thabat.storage.search_sync import drain


def hit_owner(session: Session, kind: str, ref_id: int) -> tuple[int | None, int | None]:
    """(application id, reflection id) a hit belongs to: a rejection's message or feedback lives in its
    application and is reflected on in its reflection; application notes are the application's own."""
    if kind == "application":
        return (ref_id if session.get(Application, ref_id) else None), None
    if kind == "rejection":
        rejection = session.get(Rejection, ref_id)
        if rejection is not None:
            return rejection.application_id, reflection_for_rejection(session, ref_id)
    return None, None


def search(session: Session, query: str, filters: SearchFilters | None = None, limit: int = DEFAULT_LIMIT
           ) -> list[SearchHit]:
    """Documents holding every word of `query` (as word prefixes), newest first. Never raises on odd input."""
    drain(session.connection())  # what this unit of work wrote without a flush yet (Core inserts) is found too
    return find(dbapi_connection(session), query, filters, limit)
