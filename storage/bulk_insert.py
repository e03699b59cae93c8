"""Many rows into one table in a few multi-row INSERTs of plain values, for imports of a million rows.

SQLAlchemy's Core insert handles each row in Python: a dict per row, each value through its type,
each computed column default called per row. Here the statement is written once from the table's
definition and handed to the driver with the rows' values; the work per row is the caller's
(values already in hand) and the driver's. It still runs on the session's connection, inside its
transaction, and through SQLAlchemy's execution events.

Many rows per statement, not one `executemany` of one-row statements: a table with a trigger (the
search index's, storage/search_sync.py) makes SQLite open a statement journal for every statement
run, copying each page the row touches first; run once per row, that tripled the cost of an insert.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from functools import lru_cache
from itertools import chain, islice
from typing import Any, Callable, Iterable, Iterator, Sequence

from sqlalchemy import Column, Table
from sqlalchemy.engine import Connection, Dialect


ROWS_PER_STATEMENT = 500
"""Rows in one INSERT (fewer when SQLite's limit on parameters is lower): past a few hundred, longer
statements gain nothing."""


def stored_form(connection: Connection, column: Column) -> Callable[[Any], Any]:
    """What turns a Python value into the value the database stores for `column` (its type's own rule)."""
    process = _processor(connection.dialect, column)
    return process if process is not None else _unchanged


def _processor(dialect: Dialect, column: Column) -> Callable[[Any], Any] | None:
    # The dialect's own form of the type: a generic Date has no rule of its own, SQLite's writes text.
    return column.type.dialect_impl(dialect).bind_processor(dialect)


def _unchanged(value: Any) -> Any:
    return value


@lru_cache(maxsize=32)
def stored_rows(dialect: Dialect, table: Table, columns: tuple[str, ...]) -> Callable[[Sequence], tuple]:
    """What turns a row of Python values (in the order of `columns`) into the values stored.

    Only the columns whose type changes values (dates, timestamps) do work per row, and each
    remembers the values it has seen, from batch to batch: a million rows hold a few thousand dates.
    """
    changing = [(index, lru_cache(maxsize=4096)(process)) for index, name in enumerate(columns)
                if (process := _processor(dialect, table.c[name])) is not None]

    def stored(values: Sequence) -> tuple:
        values = list(values)
        for index, process in changing:
            values[index] = process(values[index])
        return tuple(values)

    return stored


def insert_rows(connection: Connection, table: Table, columns: Sequence[str], rows: Iterable[tuple],
                constants: dict[str, Any] | None = None) -> None:
    """INSERT `rows` (tuples in the order of `columns`, values as the database stores them: see
    `stored_form`) into `table`; `constants` give every row the same value (Python values).

    The table's other columns take their fixed (scalar) defaults; one whose default is computed per
    row (a name key, a timestamp) must be given: ValueError names it, rather than leave it empty.
    """
    fixed = {name: stored_form(connection, table.c[name])(value) for name, value in (constants or {}).items()}
    for column in table.columns:
        if column.name in columns or column.name in fixed or column.default is None:
            continue
        if not column.default.is_scalar:
            raise ValueError(f"{table.name}.{column.name} is computed per row: give its value")
        fixed[column.name] = stored_form(connection, column)(column.default.arg)
    names = [*columns, *fixed]
    quote = connection.dialect.identifier_preparer.quote
    head = f"INSERT INTO {quote(table.name)} ({', '.join(quote(name) for name in names)}) VALUES "
    one = f"({', '.join('?' for _ in names)})"  # pysqlite's paramstyle (qmark)
    per_statement = max(1, min(ROWS_PER_STATEMENT, _parameter_limit(connection) // len(names)))
    tail = tuple(fixed.values())
    rows = iter(rows)
    while chunk := list(islice(rows, per_statement)):
        connection.exec_driver_sql(head + ", ".join([one] * len(chunk)),
                                   tuple(chain.from_iterable(row + tail for row in chunk)))


def _parameter_limit(connection: Connection) -> int:
    """How many parameters one statement may have on this connection (999 on SQLite before 3.32)."""
    driver = connection.connection.driver_connection
    try:
        return driver.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    except AttributeError:  # not a sqlite3 connection that tells: the smallest limit SQLite ever had
        return 999


@contextmanager
def larger_cache(connection: Connection, megabytes: int) -> Iterator[None]:
    """SQLite's page cache at `megabytes` on this connection for one long write, as it was afterwards.

    A big import inserts into its indexes all over (a row per date among years of dates); with the
    default 2 MB cache each insert would read and spill pages, slower as the journal grows.
    """
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = {-megabytes * 1024}")  # negative: in KiB
    try:
        yield
    finally:
        # A Ctrl+C inside a statement makes SQLAlchemy discard the connection (and its cache with it):
        # setting the cache back would then raise over the interruption, and the command line would show
        # a traceback instead of stopping cleanly.
        if not connection.invalidated:
            connection.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")
