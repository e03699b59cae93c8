"""A year of check-ins, one square a day (the "year in pixels"), and the runs of days in a row.

Plain read models and pure functions: no matplotlib here, so Today and the command line can ask
for a streak without loading it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable

from sqlmodel import Session, select

from thabat.storage.models import CheckIn, Rejection


@dataclass(frozen=True)
class YearPixels:
    """Every check-in of one calendar year by day, and the days a rejection arrived."""

    year: int
    scores: dict[date, int]
    rejections: frozenset[date]

    @property
    def is_empty(self) -> bool:
        return not self.scores and not self.rejections


@dataclass(frozen=True)
class Streaks:
    """Days in a row with a check-in: the run going on now and the longest ever."""

    current: int
    longest: int


def year_pixels(session: Session, year: int) -> YearPixels:
    first, last = date(year, 1, 1), date(year, 12, 31)
    scores = dict(session.exec(select(CheckIn.day, CheckIn.score)
                               .where(CheckIn.day >= first, CheckIn.day <= last)).all())
    rejections = frozenset(session.exec(select(Rejection.received_on)
                                        .where(Rejection.received_on >= first, Rejection.received_on <= last)).all())
    return YearPixels(year, scores, rejections)


def pixel_years(session: Session, today: date) -> list[int]:
    """The years a calendar can show: from the first check-in or rejection to this year, newest first."""
    firsts = [session.exec(select(CheckIn.day).order_by(CheckIn.day).limit(1)).first(),
              session.exec(select(Rejection.received_on).order_by(Rejection.received_on).limit(1)).first()]
    start = min([day.year for day in firsts if day is not None] + [today.year])
    return list(range(today.year, start - 1, -1))


def streaks(days: Iterable[date], today: date) -> Streaks:
    """The current run counts up to today, or up to yesterday while today has no check-in yet:
    a run is not broken before the day is over."""
    ordered = sorted(set(days))
    longest = run = 0
    previous: date | None = None
    for day in ordered:
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        longest = max(longest, run)
        previous = day
    current = run if previous is not None and (today - previous).days in (0, 1) else 0
    return Streaks(current=current, longest=longest)


def check_in_streaks(session: Session, today: date) -> Streaks:
    return streaks(session.exec(select(CheckIn.day).where(CheckIn.day <= today)).all(), today)
