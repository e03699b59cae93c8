"""What lets the demo replay a job search through the services: a clock stopped at a moment, and one
search-index drain for a long run of small units of work."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from sqlalchemy import text
from sqlmodel import Session

from thabat.app.views.journal import EntryInput
from thabat.app.services.entries import create_entry
from thabat.storage import search_sync
from thabat.storage.database import memory_engine
from thabat.storage.models import JournalEntry
from thabat.storage.search_table import PENDING
from thabat.storage.types import clock_at, utcnow

MOMENT = datetime(2024, 3, 5, 18, 30, tzinfo=timezone.utc)


def test_the_clock_stops_at_a_moment_inside_and_runs_again_after():
    with clock_at(MOMENT):
        assert utcnow() == MOMENT
        with clock_at(MOMENT.replace(hour=20)):
            assert utcnow().hour == 20
        assert utcnow() == MOMENT
    assert utcnow() > MOMENT.replace(year=2025)


def test_the_clock_refuses_a_moment_without_a_zone():
    with pytest.raises(ValueError):
        with clock_at(datetime(2024, 3, 5, 18, 30)):
            pass


def test_rows_written_while_the_clock_is_stopped_carry_its_moment():
    with Session(memory_engine()) as session, clock_at(MOMENT):
        entry = create_entry(session, EntryInput("A title", "Some words", date(2024, 3, 5)), today=date(2024, 3, 5))
        assert session.get(JournalEntry, entry.id).created_at == MOMENT


def _queued(session: Session) -> int:
    return session.connection().execute(text(f"SELECT count(*) FROM {PENDING}")).scalar_one()


def test_a_deferred_drain_waits_for_the_end_and_leaves_the_index_in_step():
    with Session(memory_engine()) as session:
        with search_sync.deferred(session):
            for n in range(3):
                create_entry(session, EntryInput(f"Entry {n}", "words", date(2024, 3, 5)), today=date(2024, 3, 5))
            assert _queued(session) > 0  # flushed, not indexed yet
        assert _queued(session) == 0
        assert search_sync.differences(session.connection()) == []


def test_a_deferred_drain_is_left_to_the_rollback_on_an_error():
    with Session(memory_engine()) as session:
        with pytest.raises(RuntimeError):
            with search_sync.deferred(session):
                create_entry(session, EntryInput("Entry", "words", date(2024, 3, 5)), today=date(2024, 3, 5))
                raise RuntimeError("stopped")
        assert _queued(session) > 0  # nothing drained on the way out; the caller rolls back
        create_entry(session, EntryInput("Next", "words", date(2024, 3, 5)), today=date(2024, 3, 5))
        assert _queued(session) == 0  # drained at the next flush as before
