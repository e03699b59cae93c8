"""What Today shows: due items, this week's applications against the goal, unfinished reflections.

Read with plain SQL over a sqlite3 connection (`Journal.reader()`, or `dbapi_connection(session)`
inside a unit of work), not the ORM: Today is the first page painted, and reading it must not wait
for SQLAlchemy to load. Changes to due items go through the ORM in `app.services.due`.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from thabat.app.text.dates import local_day
from thabat.app.views.today import CheckInView, DraftReflection, DueItem, WeekProgress


def due_items(db: sqlite3.Connection, today: date) -> list[DueItem]:
    """Open reminders and action items due on or before `today` (snoozed ones once the snooze ends)."""
    reminders = db.execute(
        """SELECT r.kind, r.id, coalesce(r.snoozed_until, r.due_on) AS due, r.message,
                  coalesce(a.company, c.company, ''), coalesce(a.role, ''), coalesce(c.name, ''),
                  r.rejection_id, r.contact_id
           FROM reminder r
           LEFT JOIN application a ON a.id = r.application_id
           LEFT JOIN contact c ON c.id = r.contact_id
           WHERE r.done_on IS NULL AND coalesce(r.snoozed_until, r.due_on) <= ?
           ORDER BY due, r.id""",
        (today.isoformat(),),
    ).fetchall()
    actions = db.execute(
        """SELECT 'action', id, coalesce(snoozed_until, due_on) AS due, title, '', '', '', NULL, NULL
           FROM action_item
           WHERE state != 'done' AND due_on IS NOT NULL AND coalesce(snoozed_until, due_on) <= ?
           ORDER BY due_on, id""",
        (today.isoformat(),),
    ).fetchall()
    items = [DueItem(kind, id_, date.fromisoformat(due), title, company, role, contact, rejection_id, contact_id)
             for kind, id_, due, title, company, role, contact, rejection_id, contact_id in reminders + actions]
    items.sort(key=lambda item: item.due_on)  # stable: reminders before actions due the same day
    return items


def week_progress(db: sqlite3.Connection, today: date, goal: int) -> WeekProgress:
    """Applications since Monday of this week."""
    start = today - timedelta(days=today.weekday())
    (count,) = db.execute(
        "SELECT count(*) FROM application WHERE applied_on >= ? AND applied_on <= ?",
        (start.isoformat(), today.isoformat()),
    ).fetchone()
    return WeekProgress(week_start=start, applications=count, goal=goal)


def check_in_for(db: sqlite3.Connection, day: date) -> CheckInView | None:
    row = db.execute("SELECT day, score, note FROM check_in WHERE day = ?", (day.isoformat(),)).fetchone()
    return CheckInView(day=date.fromisoformat(row[0]), score=row[1], note=row[2]) if row else None


def draft_reflections(db: sqlite3.Connection) -> list[DraftReflection]:
    """Unfinished reflections, most recently touched first."""
    rows = db.execute(
        """SELECT f.id, coalesce(a.company, ''), coalesce(a.role, ''), f.step, f.updated_at
           FROM reflection f
           LEFT JOIN rejection r ON r.id = f.rejection_id
           LEFT JOIN application a ON a.id = r.application_id
           WHERE f.state = 'draft'
           ORDER BY f.updated_at DESC, f.id DESC"""
    ).fetchall()
    # updated_at is stored as naive UTC text ("YYYY-MM-DD HH:MM:SS.ffffff"): shown, it is a local date
    return [DraftReflection(id_, company, role, step, local_day(updated_at))
            for id_, company, role, step, updated_at in rows]
