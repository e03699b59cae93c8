"""When the demo's user acted: plausible moments on a day, and the clock the services read them from.

The demo replays a job search through the services; each call runs `at` the moment the user would
have made it, so the timestamps the services write (created, updated, completed) tell the same
story as the dates.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone

from thabat.storage.types import clock_at as at  # noqa: F401  (the demo's one way to set the moment)


def stamp(day: date, rng: random.Random, today: date, earliest: int = 7, latest: int = 23) -> datetime:
    """An aware UTC moment on `day` at a plausible hour (early on `today`, which is not over yet)."""
    if day >= today:
        earliest, latest = 0, 5
    return datetime(day.year, day.month, day.day, rng.randint(earliest, latest), rng.randint(0, 59),
                    rng.randint(0, 59), tzinfo=timezone.utc)


def later(moment: datetime, rng: random.Random, low_minutes: int, high_minutes: int) -> datetime:
    return moment + timedelta(minutes=rng.randint(low_minutes, high_minutes))


def clamp(value: float, low: int, high: int) -> int:
    return max(low, min(high, int(round(value))))
