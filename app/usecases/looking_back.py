"""Looking back on Today: On This Day, and the month before on the month's first check-in.

Read with plain sqlite3 (`Journal.reader`), like the rest of Today.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from thabat.app.journal import Journal
from thabat.app.services import looking_back as service
from thabat.app.services.looking_back import Memory, MonthLookBack


@dataclass(frozen=True)
class LookingBack:
    memories: tuple[Memory, ...]
    month: MonthLookBack | None
    """Last month's look-back, on the day of this month's first check-in (when there is anything to say)."""


def looking_back(journal: Journal, today: date, dismissed_month: str = "") -> LookingBack:
    """What Today brings back; `dismissed_month` (YYYY-MM) is a look-back the user has put away."""
    last_month = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
    with journal.reader() as db:
        memories = tuple(service.on_this_day(db, today))
        month = None
        if last_month.strftime("%Y-%m") != dismissed_month and service.first_check_in_of_month(db, today):
            month = service.month_look_back(db, last_month)
            month = None if month.is_empty else month
    return LookingBack(memories, month)
