"""The daily confidence check-in: one a day, editable that day."""

from __future__ import annotations

from datetime import date

from sqlalchemy import bindparam
from sqlmodel import Session, select

from thabat.app.services import validation as check
from thabat.app.views.today import CheckInView
from thabat.storage.ids_ahead import held_rows, written
from thabat.storage.models import CheckIn


# Built once, the values bound per call: building a statement costs more than SQLite running it, and
# the five-year demo runs this one thousands of times.
_ON_DAY = select(CheckIn).where(CheckIn.day == bindparam("day"))


def record_check_in(
    session: Session, score: int, note: str = "", day: date | None = None, today: date | None = None
) -> CheckInView:
    """Save the check-in for `day` (default today), replacing an earlier one from the same day."""
    today = today or date.today()
    day = check.past_date(day or today, "day", today)
    score = check.in_range(score, "score", 0, 10, required=True)
    note = check.clean_text(note, "note", limit=10_000)
    existing = _on_day(session, day)
    if existing is None:
        existing = CheckIn(day=day, score=score, note=note)
    else:
        existing.score, existing.note = score, note
    session.add(existing)
    written(session)
    return CheckInView(day=existing.day, score=existing.score, note=existing.note)


def _on_day(session: Session, day: date) -> CheckIn | None:
    held = held_rows(session, CheckIn, "day", day)
    if held is not None:  # the demo's session holds every check-in (storage/ids_ahead.py)
        return held[0] if held else None
    return session.exec(_ON_DAY, params={"day": day}).first()


def recent_check_ins(session: Session, until: date, count: int = 7) -> list[CheckInView]:
    """The last `count` check-ins up to `until`, oldest first."""
    rows = session.exec(select(CheckIn).where(CheckIn.day <= until).order_by(CheckIn.day.desc()).limit(count)).all()
    return [CheckInView(day=c.day, score=c.score, note=c.note) for c in reversed(rows)]
