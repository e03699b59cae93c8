"""Before and after an interview: Today's Coming up, the prep card, and the debrief.

Coming up and the prep card are read with plain sqlite3 (`Journal.reader`), like the rest of Today,
so they paint before the ORM loads; writing a debrief goes through the ORM.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from thabat.app.events import ApplicationChanged
from thabat.app.journal import Journal
from thabat.app.views.applications import DebriefInput, DebriefView
from thabat.app.services import coming_up as coming
from thabat.app.services.coming_up import ComingUpItem

if TYPE_CHECKING:
    from thabat.app.services.prep import PrepCard, PreparedInterview

__all__ = ["ComingUpItem", "coming_up", "debrief_of", "prep_card", "save_debrief"]


def coming_up(journal: Journal, today: date) -> list[ComingUpItem]:
    """Interviews waiting for their debrief, then the next fortnight's interviews and deadlines."""
    with journal.reader() as db:
        return coming.coming_up(db, today)


def prep_card(journal: Journal, stage_id: int) -> "PrepCard":
    # Imported when a card is first asked for: its name matching loads the stemmers (~25 ms), which
    # Today, painted before the window answers its first key, does not need.
    from thabat.app.services import prep

    with journal.reader() as db:
        return prep.prep_card(db, stage_id)


def debrief_of(journal: Journal, stage_id: int) -> DebriefView | None:
    """The debrief already written for this interview step, if any."""
    from thabat.app.services.debriefs import debrief_of

    with journal.session() as session:
        return debrief_of(session, stage_id)


def save_debrief(journal: Journal, application_id: int, stage_id: int, data: DebriefInput, today: date) -> DebriefView:
    from thabat.app.services.debriefs import save_debrief

    with journal.session() as session:
        view = save_debrief(session, stage_id, data, today)
    journal.events.emit(ApplicationChanged(application_id))
    return view


def prepared_interviews(journal: Journal, area_id: int) -> "list[PreparedInterview]":
    """For the Growth page: the interviews an improvement area was prepared for, and what happened next."""
    from thabat.app.services import prep

    with journal.reader() as db:
        return prep.prepared_interviews(db, area_id)
