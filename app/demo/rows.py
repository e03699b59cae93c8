"""Row bookkeeping for the demo: light row records, ids handed out up front, timestamps from dates.

The demo writes some fifteen thousand rows for five years. Building SQLModel instances and
letting the unit of work sort them costs several seconds; plain records inserted table by table
with one executemany each take a fraction of that, in the caller's session and transaction.
"""

from __future__ import annotations

import itertools
import random
from datetime import date, datetime, timedelta, timezone
from types import SimpleNamespace
from typing import Any, ClassVar, Iterable

from pydantic_core import PydanticUndefined
from sqlalchemy import func, insert
from sqlmodel import Session, select


class Row(SimpleNamespace):
    """A row to insert into `model`'s table, read and changed like an instance of it."""

    model: ClassVar[type]
    defaults: ClassVar[dict[str, Any]]


_ROW_TYPES: dict[type, type[Row]] = {}


def new_row(model: type, **values: Any) -> Row:
    """A record for `model` with every column set (the model's defaults, then `values`)."""
    kind = _ROW_TYPES.get(model)
    if kind is None:
        derived = {column.name for column in model.__table__.columns if "key_of" in column.info}
        # Name keys are left out: the table's insert default derives them from the names.
        defaults = {name: None if info.default is PydanticUndefined else info.default
                    for name, info in model.model_fields.items() if name not in derived}
        kind = _ROW_TYPES[model] = type(f"{model.__name__}Row", (Row,), {"model": model, "defaults": defaults})
    unknown = values.keys() - kind.defaults.keys()
    if unknown:
        raise TypeError(f"{model.__name__} has no column {sorted(unknown)}")
    return kind(**{**kind.defaults, **values})


def insert_rows(session: Session, rows: Iterable[Row]) -> None:
    """Insert the rows in the given order, one executemany per run of rows of the same table."""
    for model, run in itertools.groupby(rows, key=lambda r: r.model):
        # Core insert on the table: the ORM's bulk path splits the batch row by row here.
        session.execute(insert(model.__table__), [vars(r) for r in run])


class Ids:
    """Hands out primary keys after the highest one already in each table.

    Knowing ids before the insert lets the demo link rows without a flush per row.
    """

    def __init__(self, session: Session) -> None:
        self._session = session
        self._next: dict[type, int] = {}

    def __call__(self, model: type) -> int:
        if model not in self._next:
            highest = self._session.exec(select(func.max(model.id))).one()
            self._next[model] = (highest or 0) + 1
        value = self._next[model]
        self._next[model] = value + 1
        return value


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
