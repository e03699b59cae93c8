"""New rows numbered by the session as they are added, while one writer owns the journal (the demo).

A service that needs a new row's id (to link the next row to it) flushes, and a flush costs far
more than SQLite's INSERT: the five-year demo flushed about 15,000 times, twice in each new
application and each rejection. Inside `numbered_ahead`, each row added to the session gets its id
at once, the one SQLite would give it: one past the highest in its table, counted from `max(id)`
read once per table. `give_ids` is what a service calls instead of that flush: it flushes only
when rows are not numbered ahead. A user's session is unchanged by anything here.

Inside, more waits for a later flush, so that one flush sends many service calls' rows (a table's
new rows in one multi-row INSERT, a row changed by several calls in one UPDATE):
- `written` ends a service's writes without flushing them. The times a flush would stamp are set
  when the row is added (`created_at`, `updated_at`) and when one of its columns changes
  (`updated_at`), under the clock of the call that made the change: the same moments as before.
- `held_rows` answers a service's look-up (a step's history, the day's check-in, a reflection's
  answers...) from the rows the session holds, for a table that had no rows when numbering began:
  every row of it was added here since. A look-up that SQLite has to answer still flushes first.
- `held_row` finds a row by id before its flush (`session.get` would flush to find it).

The count holds only while nobody else writes to the tables and no row is deleted (SQLite would
reuse the id of a deleted last row): the demo makes a new journal, in one transaction that holds
the write lock from the start, through services that add and change rows. A delete of a numbered
table is refused inside, and on the way out every table's highest id is checked against the count,
and every held row against the value it is held by, so a row written some other way fails the run
instead of giving a journal with other ids.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import Integer, event, func, select
from sqlalchemy.orm import ORMExecuteState, Session, class_mapper, object_mapper, object_session
from sqlalchemy.orm.attributes import flag_modified

from thabat.storage import models
from thabat.storage.bulk_indexes import begin_write
from thabat.storage.types import UTCDateTime, utcnow

_NUMBERED = "thabat_numbered_ahead"


def give_ids(session: Session) -> None:
    """Every row added to `session` so far has its id when this returns (a flush, unless numbered ahead)."""
    if _NUMBERED not in session.info:
        session.flush()


def written(session: Session) -> None:
    """A service's writes are done. Outside `numbered_ahead`, they are flushed now. Inside, they wait for
    the next flush (a look-up SQLite answers, or the end), with later calls' rows: the ids are known,
    and the times the flush would have stamped (`created_at`, `updated_at`) were set as the rows were
    added and changed, under the clock of the call that made them. One flush then writes many calls'
    rows, a table's new rows in one statement."""
    if _NUMBERED not in session.info:
        session.flush()


def held_rows(session: Session, model: type, attribute: str, value: object) -> list | None:
    """Inside `numbered_ahead`, for a table that had no rows when it began: its rows whose `attribute` is
    `value`, in the order they were added, answered from the session without a statement (every row of
    the table was added to it since, none deleted). None otherwise: the caller reads SQLite.

    `attribute` must not change once a row is added (a foreign key, a day): the rows are looked up by the
    value they were added with, and the way out checks that each still has it.
    """
    numbering = session.info.get(_NUMBERED)
    return None if numbering is None else numbering.held(model, attribute, value)


def held_row(session: Session, model: type, row_id: int) -> object | None:
    """Inside `numbered_ahead`, the row of `model` numbered `row_id` in this session, even before its flush
    (`session.get` finds only flushed rows, and would flush to find it); None otherwise."""
    numbering = session.info.get(_NUMBERED)
    return None if numbering is None else numbering.numbered.get((model, row_id))


class _Numbering:
    """The ids given so far in one numbered-ahead session, and the rows of the tables it began empty."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.last: dict[str, int] = {}
        self.columns: dict[str, object] = {}
        self.added: dict[str, list] = {}
        """table -> its rows added inside, for the tables that had none before."""
        self.indexes: dict[tuple[str, str], dict[object, list]] = {}
        self.numbered: dict[tuple[type, int], object] = {}
        """(model, id) -> each row numbered here."""
        self.on_insert = {model: _stamped(model, on_update=False) for model in _MODELS}
        self.on_update = {model: keys for model in _MODELS if (keys := _stamped(model, on_update=True))}

    def _highest(self, mapper) -> str:
        """The table's name; its highest id is read the first time it is met (before any row of it is added)."""
        table = mapper.local_table.name
        if table not in self.last:
            key = mapper.primary_key[0]
            self.columns[table] = key
            highest = self.session.connection().execute(select(func.max(key))).scalar()
            self.last[table] = highest or 0
            if highest is None:
                self.added[table] = []
        return table

    def number(self, _session: Session, row: object) -> None:
        mapper = object_mapper(row)
        key = mapper.primary_key
        if len(key) != 1 or not isinstance(key[0].type, Integer):
            return  # a link table: its key is made of other rows' ids
        for stamp in self.on_insert.get(type(row), ()):
            if getattr(row, stamp) is None:
                setattr(row, stamp, utcnow())  # what the insert's default would give, at this call's moment
        prop = mapper.get_property_by_column(key[0])
        if getattr(row, prop.key) is None:
            table = self._highest(mapper)
            self.last[table] += 1
            setattr(row, prop.key, self.last[table])
            self.numbered[(type(row), self.last[table])] = row
        else:
            table = mapper.local_table.name
        if table in self.added:
            self.added[table].append(row)
            for (indexed, attribute), index in self.indexes.items():
                if indexed == table:
                    index.setdefault(getattr(row, attribute), []).append(row)

    def changed(self, row: object, value: object, old: object, _initiator: object) -> None:
        """A column of a row with an update time changed: the time is this call's moment, as the flush at the
        call's end would have stamped it (flagged, so a moment equal to the stored one is still written)."""
        if value == old or object_session(row) is not self.session:
            return
        now = utcnow()
        for stamp in self.on_update[type(row)]:
            setattr(row, stamp, now)
            flag_modified(row, stamp)

    def watched(self) -> list:
        """The attributes whose change moves their row's update time: every column but the id, the times
        and the name keys (the flush sets those)."""
        attributes = []
        for model, stamps in self.on_update.items():
            for column in model.__table__.columns:
                if not (column.primary_key or column.name in stamps or "key_of" in column.info):
                    attributes.append(getattr(model, class_mapper(model).get_property_by_column(column).key))
        return attributes

    def held(self, model: type, attribute: str, value: object) -> list | None:
        mapper = class_mapper(model)
        key = mapper.primary_key
        if len(key) != 1 or not isinstance(key[0].type, Integer):
            return None
        table = self._highest(mapper)
        if table not in self.added:
            return None
        index = self.indexes.get((table, attribute))
        if index is None:
            index = self.indexes[(table, attribute)] = {}
            for row in self.added[table]:
                index.setdefault(getattr(row, attribute), []).append(row)
        return list(index.get(value, ()))

    def check(self) -> None:
        """Every table's highest id is the count, and every held row still has the value it is held by."""
        for table, highest in self.last.items():
            stored = self.session.connection().execute(select(func.max(self.columns[table]))).scalar() or 0
            if stored != highest:
                raise RuntimeError(f"{table}: rows numbered up to {highest}, the table's highest id is {stored}")
        for (table, attribute), index in self.indexes.items():
            if any(getattr(row, attribute) != value for value, rows in index.items() for row in rows):
                raise RuntimeError(f"{table}: a held row's {attribute} changed after it was added")

    def refuse_delete(self, _session: Session, row: object) -> None:
        if object_mapper(row).local_table.name in self.last:
            raise RuntimeError("a numbered-ahead session deleted a row: the next id would not be SQLite's")

    def refuse_bulk_delete(self, state: ORMExecuteState) -> None:
        if state.is_delete and state.bind_mapper is not None and state.bind_mapper.local_table.name in self.last:
            raise RuntimeError("a numbered-ahead session deleted rows: the next id would not be SQLite's")


@contextmanager
def numbered_ahead(session: Session) -> Iterator[None]:
    """Inside, rows added to `session` get their ids when they are added (see the module's docstring)."""
    session.flush()  # rows added before have their ids from SQLite
    # One flush may now hold a row and the row that names it, and the unit of work orders tables by the
    # relationships it knows of, not by foreign keys: SQLite checks them at the commit instead (until the
    # transaction ends), so every reference is still checked.
    connection = session.connection()
    begin_write(connection)  # the write lock from here on: no other connection adds rows meanwhile
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    numbering = _Numbering(session)
    listeners = [(session, "transient_to_pending", numbering.number),
                 (session, "persistent_to_deleted", numbering.refuse_delete),
                 (session, "do_orm_execute", numbering.refuse_bulk_delete),
                 *((attribute, "set", numbering.changed) for attribute in numbering.watched())]
    for target, name, listener in listeners:
        event.listen(target, name, listener)
    session.info[_NUMBERED] = numbering
    try:
        yield
        session.flush()
        numbering.check()
    finally:
        del session.info[_NUMBERED]
        for target, name, listener in listeners:
            event.remove(target, name, listener)


_MODELS = tuple(model for model in map(models.__dict__.get, models.__all__) if hasattr(model, "__table__"))


def _stamped(model: type, on_update: bool) -> tuple[str, ...]:
    """The attributes of `model` that a flush sets to the clock's moment: at the insert (`created_at`,
    `updated_at`), or at every update too (`updated_at`)."""
    mapper = class_mapper(model)
    return tuple(mapper.get_property_by_column(column).key for column in model.__table__.columns
                 if isinstance(column.type, UTCDateTime) and column.default is not None and column.default.is_callable
                 and (column.onupdate is not None or not on_update))
