"""Every row the demo's session writes or reads stays in its identity map until the demo is made.

SQLAlchemy's identity map holds rows weakly: once a service returns its read model, the rows behind
it are gone, and the next service call that asks for one by its key (`session.get`, a relationship)
reads it from SQLite again. A user's unit of work makes a few such calls; the demo makes thousands in
one transaction (about one statement in five of the five-year demo was such a read). Holding the
rows here changes no service call, only how often SQLite is asked for a row the session already had.
The demo deletes nothing, so no row held here can go missing from the database underneath.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import event
from sqlalchemy.orm import Session

_EVENTS = ("pending_to_persistent", "loaded_as_persistent")


@contextmanager
def rows_kept(session: Session) -> Iterator[None]:
    """Inside, `session` keeps a strong reference to every row that becomes persistent in it."""
    kept: list[object] = []

    def keep(_session: Session, row: object) -> None:
        kept.append(row)

    for name in _EVENTS:
        event.listen(session, name, keep)
    try:
        yield
    finally:
        for name in _EVENTS:
            event.remove(session, name, keep)
        kept.clear()
