"""Looking back: what the user wrote on this day in earlier months and years, and, on the first
check-in of a month, how the month before went.

Only true statements from the user's own journal; Today reads them with plain sqlite3, like the rest
of the page, so nothing here waits for the ORM. Private entries and reflections stay where the user
put them: they are never brought back unasked.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta

from thabat.app.text.dates import local_day
from thabat.app.text.markdown import markdown_plain

ON_THIS_DAY_LIMIT = 5


@dataclass(frozen=True)
class Memory:
    """An entry or a finished reflection written on this day of an earlier month."""

    kind: str  # entry | reflection
    id: int
    day: date
    title: str
    """An entry's title; for a reflection, the company and role it was about."""
    line: str
    """The first line the user wrote in it."""


@dataclass(frozen=True)
class MonthLookBack:
    month: date
    """The first day of the month looked back on."""
    applications: int
    interviews: int
    reflections: int
    """Rejections reflected on (reflections finished that month)."""
    areas_improved: tuple[str, ...]
    """Improvement areas marked improved that month."""
    line: str
    """One line the user wrote that month (the latest strength or thing that went well), or ""."""

    @property
    def is_empty(self) -> bool:
        return not (self.applications or self.interviews or self.reflections or self.areas_improved or self.line)


def _words(body: str, markup: str) -> str:
    """An entry's text without its Markdown marks."""
    return markdown_plain(body) if markup == "markdown" else body


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def _same_day_earlier(day: date, today: date) -> bool:
    return day < today and day.day == today.day


def on_this_day(db: sqlite3.Connection, today: date) -> list[Memory]:
    """Entries and finished reflections from this day of the month in earlier months and years,
    newest first (on the 31st, only the months that have one)."""
    found = [Memory("entry", id_, date.fromisoformat(day), title, _first_line(_words(body, markup)))
             for id_, day, title, body, markup in db.execute(
                 """SELECT id, written_on, title, body, markup FROM journal_entry
                    WHERE NOT private AND written_on < ? AND substr(written_on, 9, 2) = ?""",
                 (today.isoformat(), f"{today.day:02d}"))]
    # Reflections are dated by the moment they were finished, stored in UTC: compare local days.
    for id_, finished, company, role, strength, went_well, feeling in db.execute(
            """SELECT f.id, f.completed_at, coalesce(a.company, ''), coalesce(a.role, ''),
                      f.strength, f.went_well, f.feeling
               FROM reflection f
               LEFT JOIN rejection r ON r.id = f.rejection_id
               LEFT JOIN application a ON a.id = r.application_id
               WHERE f.state = 'done' AND NOT f.private AND f.completed_at IS NOT NULL"""):
        day = local_day(finished)
        if _same_day_earlier(day, today):
            title = " — ".join(part for part in (company, role) if part)
            found.append(Memory("reflection", id_, day, title,
                                _first_line(strength) or _first_line(went_well) or _first_line(feeling)))
    found.sort(key=lambda memory: (memory.day, memory.kind, memory.id), reverse=True)
    return found[:ON_THIS_DAY_LIMIT]


def month_look_back(db: sqlite3.Connection, month: date) -> MonthLookBack:
    """The month starting on `month` (its first day), in figures and one line of the user's own."""
    start = month.replace(day=1)
    end = (start + timedelta(days=32)).replace(day=1)
    span = (start.isoformat(), end.isoformat())
    applications = db.execute("SELECT count(*) FROM application WHERE applied_on >= ? AND applied_on < ?",
                              span).fetchone()[0]
    interviews = db.execute("""SELECT count(*) FROM stage_event WHERE stage IN ('interview', 'final')
                               AND occurred_on >= ? AND occurred_on < ?""", span).fetchone()[0]
    areas = tuple(name for (name,) in db.execute(
        """SELECT name FROM improvement_area WHERE resolved_on >= ? AND resolved_on < ?
           ORDER BY resolved_on, id""", span))
    reflections, line, latest = 0, "", None
    for finished, strength, went_well in db.execute(
            """SELECT completed_at, strength, went_well FROM reflection
               WHERE state = 'done' AND completed_at IS NOT NULL AND NOT private"""):
        day = local_day(finished)
        if not start <= day < end:
            continue
        reflections += 1
        written = _first_line(strength) or _first_line(went_well)
        if written and (latest is None or day >= latest):
            line, latest = written, day
    if not line:
        row = db.execute("""SELECT body, markup FROM journal_entry WHERE NOT private AND written_on >= ?
                            AND written_on < ? AND trim(body) != '' ORDER BY written_on DESC, id DESC LIMIT 1""",
                         span).fetchone()
        line = _first_line(_words(*row)) if row else ""
    return MonthLookBack(start, applications, interviews, reflections, areas, line)


def first_check_in_of_month(db: sqlite3.Connection, today: date) -> bool:
    """Whether today's check-in, made already, is this month's first: the day to look back."""
    days = [date.fromisoformat(day) for (day,) in db.execute(
        "SELECT day FROM check_in WHERE day >= ? AND day <= ?", (today.replace(day=1).isoformat(), today.isoformat()))]
    return bool(days) and min(days) == today
