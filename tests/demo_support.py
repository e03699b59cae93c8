"""What the demo journal's tests share: the fixed day, a build, a digest of every table, and two years of
demo (seed 7) built once for the whole session's read-only tests (`demo`)."""

from __future__ import annotations

import hashlib
from datetime import date
from functools import lru_cache

import pytest
from sqlalchemy import select as core_select
from sqlmodel import Session, SQLModel, select

from thabat.app.demo import build_demo
from thabat.storage.database import memory_engine

TODAY = date(2026, 11, 26)
FUTURE_ALLOWED = {("reminder", "due_on"), ("reminder", "snoozed_until"), ("action_item", "due_on"),
                  ("action_item", "snoozed_until"), ("application", "deadline"), ("stage_event", "occurred_on")}
"""Plans may lie ahead (an interview already scheduled, a posting's deadline); everything that happened
is on or before today."""


def build(seed: int, years: int, today: date = TODAY):
    engine = memory_engine()
    with Session(engine) as session:
        counts = build_demo(session, seed=seed, years=years, today=today)
        session.commit()
    return engine, counts


def digest(engine) -> str:
    """A fingerprint of every row of every table."""
    hashed = hashlib.sha256()
    with engine.connect() as connection:
        for table in SQLModel.metadata.sorted_tables:
            rows = connection.execute(core_select(table).order_by(*table.primary_key.columns)).all()
            hashed.update(f"{table.name}:{rows!r}".encode())
    return hashed.hexdigest()


@lru_cache(maxsize=1)
def _two_years():
    return build(seed=7, years=2)


@pytest.fixture(scope="module")
def demo():
    """Two years of demo journal (seed 7), built once, for read-only tests."""
    engine, counts = _two_years()
    with Session(engine) as session:
        yield session, counts


def all_rows(session, model):
    return session.exec(select(model)).all()
