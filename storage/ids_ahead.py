"""New rows numbered by the session as they are added, while one writer owns the journal (the demo).

A service that needs a new row's id (to link the next row to it) flushes, and a flush costs far
more than SQLite's INSERT: the five-year demo flushed about 15,000 times, twice in each new
application and each rejection. Inside `numbered_ahead`, each row added to the session gets its id
at once, the one SQLite would give it: one past the highest in its table, counted from `max(id)`
read once per table. `give_ids` is what a service calls instead of that flush: it flushes only
when rows are not numbered ahead, so the rows of one call go to SQLite in the call's last flush
(at the same moment, so with the same timestamps) and a user's session is unchanged.

The count holds only while nobody else writes to the tables and no row is deleted (SQLite would
reuse the id of a deleted last row): the demo makes a new journal, in one transaction that holds
the write lock from the start, through services that add and change rows. A delete of a numbered table is refused inside, and on the way
out every table's highest id is checked against the count, so a row written some other way fails
the run instead of giving a journal with other ids.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import Integer, event, func, select
from sqlalchemy.orm import ORMExecuteState, Session, object_mapper

from thabat.storage.bulk_indexes import begin_write

_NUMBERED = "thabat_numbered_ahead"


def give_ids(session: Session) -> None:
    """Every row added to `session` so far has its id when this returns (a flush, unless numbered ahead)."""
    if _NUMBERED not in session.info:
        session.flush()


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
    last: dict[str, int] = {}
    columns: dict[str, object] = {}

    def number(_session: Session, row: object) -> None:
        mapper = object_mapper(row)
        key = mapper.primary_key
        if len(key) != 1 or not isinstance(key[0].type, Integer):
            return  # a link table: its key is made of other rows' ids
        prop = mapper.get_property_by_column(key[0])
        if getattr(row, prop.key) is not None:
            return
        table = mapper.local_table.name
        if table not in last:
            columns[table] = key[0]
            last[table] = session.connection().execute(select(func.max(key[0]))).scalar() or 0
        last[table] += 1
        setattr(row, prop.key, last[table])

    def refuse_delete(_session: Session, row: object) -> None:
        if object_mapper(row).local_table.name in last:
            raise RuntimeError("a numbered-ahead session deleted a row: the next id would not be SQLite's")

    def refuse_bulk_delete(state: ORMExecuteState) -> None:
        if state.is_delete and state.bind_mapper is not None and state.bind_mapper.local_table.name in last:
            raise RuntimeError("a numbered-ahead session deleted rows: the next id would not be SQLite's")

    listeners = (("transient_to_pending", number), ("persistent_to_deleted", refuse_delete),
                 ("do_orm_execute", refuse_bulk_delete))
    for name, listener in listeners:
        event.listen(session, name, listener)
    session.info[_NUMBERED] = True
    try:
        yield
        session.flush()
        for table, highest in last.items():
            stored = session.connection().execute(select(func.max(columns[table]))).scalar() or 0
            if stored != highest:
                raise RuntimeError(f"{table}: rows numbered up to {highest}, the table's highest id is {stored}")
    finally:
        del session.info[_NUMBERED]
        for name, listener in listeners:
            event.remove(session, name, listener)
