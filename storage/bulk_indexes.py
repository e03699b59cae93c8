"""Secondary indexes set aside for one long write and built again in one pass at its end.

A million rows inserted one after another go into every index of their table as they come: the
date, outcome and name indexes of the applications and the date and application indexes of their
steps took a page read or split per row, more as the journal grew (a plain-SQL insert cost 2.5
times as much per row at the end of a million as at the start). Built after the insert, each index
is one sort of the finished table.

SQLite's DDL is transactional: the indexes are dropped inside the write's own transaction, so a
rollback - an error, a cancel, a killed process (the uncommitted transaction is never replayed) -
brings them back as they were, and the commit only ever sees them made again. Unique indexes stay:
they check the rows as they arrive.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator, Sequence

from sqlalchemy.engine import Connection


def begin_write(connection: Connection) -> None:
    """Open the connection's transaction now, holding the write lock, if none is open.

    pysqlite opens a transaction only before an INSERT, UPDATE or DELETE: DDL run first would be
    committed on its own, outside the write it belongs to."""
    if not connection.connection.driver_connection.in_transaction:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def secondary_indexes(connection: Connection, tables: Sequence[str]) -> dict[str, str]:
    """name -> CREATE INDEX statement, for the non-unique indexes made by a statement on `tables`."""
    rows = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({', '.join('?' for _ in tables)}) ORDER BY name", tuple(tables)).all()
    return {name: sql for name, sql in rows if not sql.lstrip().upper().startswith("CREATE UNIQUE")}


@contextmanager
def indexes_set_aside(connection: Connection, tables: Sequence[str]) -> Iterator[None]:
    """Inside, the non-unique indexes of `tables` do not exist; they are made again, with the very
    statements that made them, when the block ends without an error.

    On an error they are not made again: the caller's transaction must roll back (as a unit of work
    does), which restores them."""
    begin_write(connection)
    statements = secondary_indexes(connection, tables)
    quote = connection.dialect.identifier_preparer.quote
    for name in statements:
        connection.exec_driver_sql(f"DROP INDEX {quote(name)}")
    yield
    for sql in statements.values():
        connection.exec_driver_sql(sql)
