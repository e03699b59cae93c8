"""The PDF's loop from preparing to what happened: for each improvement area, the interviews it was
on the prep card of (app/services/prep.py, as the Growth page shows them) and the step that followed.

Only areas with such an interview are kept, so the part is left out of a journal that has none.
An area named only in private reflections stays out of an export without the private ones. An area
shows its latest MOST_PER_AREA interviews of the period (the five-year demo has some four thousand
such lines, over a hundred pages); a shorter period shows the earlier ones.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from thabat.app.services.prep import PreparedInterview, prepared_interviews
from thabat.storage.database import dbapi_connection
from thabat.storage.models import AREA_STATES


MOST_PER_AREA = 12


@dataclass(frozen=True)
class AreaLoop:
    name: str
    state: str
    interviews: tuple[PreparedInterview, ...]
    """The latest of the period, oldest first: the book reads forward in time."""
    total: int
    """How many there are in the period (more than shown when over MOST_PER_AREA)."""


def load_area_loops(session: Session, start: date | None, end: date | None, include_private: bool) -> list[AreaLoop]:
    """The areas with an interview dated within [start, end] (either end open), open ones first, then by name."""
    db = dbapi_connection(session)
    loops = []
    for area_id, name, state in _areas(db, include_private):
        interviews = sorted(
            (i for i in prepared_interviews(db, area_id)
             if (start is None or i.on >= start) and (end is None or i.on <= end)),
            key=lambda i: (i.on, i.stage_id))
        if interviews:
            loops.append(AreaLoop(name, state, tuple(interviews[-MOST_PER_AREA:]), len(interviews)))
    order = {state: index for index, state in enumerate(AREA_STATES)}
    return sorted(loops, key=lambda loop: (order.get(loop.state, len(order)), loop.name.casefold()))


def _areas(db: sqlite3.Connection, include_private: bool) -> list[tuple[int, str, str]]:
    if include_private:
        return db.execute("SELECT id, name, state FROM improvement_area").fetchall()
    return db.execute(
        """SELECT id, name, state FROM improvement_area WHERE EXISTS (
               SELECT 1 FROM area_citation c JOIN reflection f ON f.id = c.reflection_id
               WHERE c.area_id = improvement_area.id AND NOT f.private)""").fetchall()
