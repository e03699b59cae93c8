"""Today's *Coming up*: scheduled interviews and application deadlines in the next days, and the
interviews just past that still wait for their debrief.

Plain SQL over a sqlite3 connection, like the rest of Today (app/services/today.py): it is read at
start-up, before the ORM is loaded.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from datetime import date, time, timedelta

AHEAD_DAYS = 14
"""How far ahead Coming up looks."""
DEBRIEF_DAYS = 14
"""How long after an interview Today still offers its debrief (memory fades; the prompt should too)."""


@dataclass(frozen=True)
class ComingUpItem:
    """One line of Coming up: an interview (ahead, or past and waiting for its debrief) or a deadline."""

    kind: str  # interview | debrief | deadline
    application_id: int
    company: str
    role: str
    on: date
    stage_id: int | None = None
    stage: str = ""  # interview | final (a step's stage), "" for a deadline
    round: int | None = None
    interview_kind: str = ""  # phone | technical | onsite | final
    starts_at: time | None = None


def coming_up(db: sqlite3.Connection, today: date, days: int = AHEAD_DAYS) -> list[ComingUpItem]:
    """Interviews waiting for a debrief first (oldest first), then what is ahead in date and time order."""
    last = today + timedelta(days=days)
    interviews = db.execute(
        """SELECT s.id, s.application_id, a.company, a.role, s.occurred_on, s.stage, s.round, s.kind, s.starts_at,
                  EXISTS (SELECT 1 FROM debrief d WHERE d.stage_event_id = s.id)
           FROM stage_event s JOIN application a ON a.id = s.application_id
           WHERE s.stage IN ('interview', 'final') AND s.occurred_on BETWEEN ? AND ?
           ORDER BY s.occurred_on, s.starts_at IS NOT NULL, s.starts_at, s.id""",
        ((today - timedelta(days=DEBRIEF_DAYS)).isoformat(), last.isoformat()),
    ).fetchall()
    ended = _ended_applications(db)
    waiting, ahead = [], []
    for stage_id, app_id, company, role, on, stage, round_, kind, starts_at, debriefed in interviews:
        day = date.fromisoformat(on)
        item = ComingUpItem("interview", app_id, company, role, day, stage_id, stage, round_, kind or "",
                            _time(starts_at))
        if day >= today:
            ahead.append(item)
        if day <= today and not debriefed and app_id not in ended:
            # today's interview is both ahead (still to prepare) and ready for its debrief
            waiting.append(replace(item, kind="debrief"))
    deadlines = db.execute(
        """SELECT id, company, role, deadline FROM application
           WHERE outcome IN ('pending', 'interview') AND deadline BETWEEN ? AND ?""",
        (today.isoformat(), last.isoformat()),
    ).fetchall()
    ahead += [ComingUpItem("deadline", app_id, company, role, date.fromisoformat(day))
              for app_id, company, role, day in deadlines]
    ahead.sort(key=lambda item: (item.on, item.starts_at is not None, item.starts_at or time(), item.kind != "deadline"))
    return waiting + ahead


def _ended_applications(db: sqlite3.Connection) -> set[int]:
    """Applications already rejected or withdrawn: their last interview needs a reflection, not a debrief."""
    return {row[0] for row in db.execute("SELECT id FROM application WHERE outcome IN ('rejected', 'withdrawn')")}


def _time(value: str | None) -> time | None:
    return time.fromisoformat(value) if value else None
