"""Counting what a session does, for the tests that keep the services' costs down."""

from __future__ import annotations

from contextlib import contextmanager

from sqlalchemy import event


@contextmanager
def flushes(session):
    """How many flushes wrote something inside (a flush costs far more than the statements it sends)."""
    counted = [0]

    def flushed(*_args) -> None:
        counted[0] += 1

    event.listen(session, "after_flush", flushed)
    try:
        yield counted
    finally:
        event.remove(session, "after_flush", flushed)
