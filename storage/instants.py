"""Stored instants are UTC; every date shown is the user's local date: the one conversion.

Bookkeeping times (`created_at`, `updated_at`, `completed_at`) are stored as naive UTC text and read
back as aware datetimes by the ORM (storage/types.py), or as that text by plain sqlite3 reads
(Today, the tray). Near midnight, the UTC date and the local one differ: in Riyadh (UTC+3) a draft
saved at 01:00 on the 26th was stored on the 25th, and in Kiritimati (UTC+14) most of the day is.
Pure Python, no SQLAlchemy: the start-up reads use it before the ORM loads.
"""

from __future__ import annotations

from datetime import date, datetime, timezone


def local_day(instant: datetime | str) -> date:
    """The local date of a stored instant: an aware datetime, or a naive one or SQLite text in UTC."""
    if isinstance(instant, str):
        instant = datetime.fromisoformat(instant)
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=timezone.utc)
    return instant.astimezone().date()
