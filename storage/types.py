"""Column types shared by the tables."""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime, timezone
from typing import Iterator

from sqlalchemy import DateTime
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator):
    """Stores an aware datetime as naive UTC text and gives it back aware (SQLite keeps no zone)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc)


_STOPPED: ContextVar[datetime | None] = ContextVar("thabat_stopped_clock", default=None)


def utcnow() -> datetime:
    """The current moment, aware, in UTC (the moment of `clock_at` inside one)."""
    return _STOPPED.get() or datetime.now(timezone.utc)


@contextmanager
def clock_at(moment: datetime) -> Iterator[None]:
    """Every timestamp written inside is `moment` (aware): the demo replays a user's actions at the
    moments they happened, through the services unchanged. Per thread and task (a context variable)."""
    if moment.tzinfo is None:
        raise ValueError("the clock needs an aware moment")
    token = _STOPPED.set(moment.astimezone(timezone.utc))
    try:
        yield
    finally:
        _STOPPED.reset(token)
