"""Today: what is due, the confidence check-in, this week's progress, and the one encouraging figure.

Reading Today uses plain sqlite3 (`Journal.reader`), so the window paints before the ORM loads: this
module imports no SQLAlchemy until a change is written.
"""

from __future__ import annotations

from datetime import date

from thabat.app.events import CheckInRecorded, ReminderChanged
from thabat.app.journal import Journal
from thabat.app.services import encouragement
from thabat.app.services import today as service
from thabat.app.views.today import CheckInView, DueItem, TodayOverview


def overview(journal: Journal, today: date, weekly_goal: int, rest_dismissed_on: date | None) -> TodayOverview:
    with journal.reader() as db:
        return TodayOverview(
            due=tuple(service.due_items(db, today)),
            week=service.week_progress(db, today, weekly_goal),
            drafts=tuple(service.draft_reflections(db)),
            check_in=service.check_in_for(db, today),
            figure=encouragement.encouraging_figure(db, today),
            rest_suggested=encouragement.rest_suggested(db, today, rest_dismissed_on),
        )


def due_items(journal: Journal, today: date) -> list[DueItem]:
    """What is due on `today` (the tray announces new ones)."""
    with journal.reader() as db:
        return service.due_items(db, today)


def complete(journal: Journal, item: DueItem, today: date) -> None:
    """Mark a due item done; a reply done also marks its rejection replied to."""
    from thabat.app.services.due import complete_item

    with journal.session() as session:
        complete_item(session, item.kind, item.id, today)
    journal.events.emit(ReminderChanged(item.kind, item.id))


def snooze(journal: Journal, item: DueItem, until: date) -> None:
    """Hide a due item until `until`."""
    from thabat.app.services.due import snooze_item

    with journal.session() as session:
        snooze_item(session, item.kind, item.id, until)
    journal.events.emit(ReminderChanged(item.kind, item.id))


def has_checked_in(journal: Journal, today: date) -> bool:
    """Whether `today` has its confidence check-in (the daily reminder stays quiet then)."""
    with journal.reader() as db:
        return service.check_in_for(db, today) is not None


def check_in(journal: Journal, score: int, note: str, today: date) -> CheckInView:
    """Save today's confidence (0-10), replacing an earlier check-in from today."""
    from thabat.app.services.checkins import record_check_in

    with journal.session() as session:
        view = record_check_in(session, score, note, today=today)
    journal.events.emit(CheckInRecorded())
    return view
