"""Points inside SQLite work where a long job's thread can let another thread run: `installed(give)`.

`give` (a callable that returns quickly, and never raises) is called, while installed:
- before every statement any engine sends (SQLAlchemy's `before_cursor_execute`, on the Engine class,
  so an engine the job makes itself, such as the demo's new journal, is covered too);
- every PROGRESS_OPS SQLite virtual-machine steps inside a statement, on each connection checked out
  of a pool meanwhile (sqlite3's progress handler): one long statement, or one `executemany` of many
  rows, is a single `before_cursor_execute`.

Nothing here knows which thread `give` is meant for: it is called on any thread that runs SQL, and
decides itself (app/runtime/gui_turns.py). On the way out every hook comes off again, the progress
handlers of connections still open included.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from typing import Callable, Iterator

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import Pool

PROGRESS_OPS = 20_000
"""SQLite steps between two calls of the progress handler: each call takes Python's lock back on
the job's thread (about a microsecond and a Python call); 20,000 steps are a fraction of a millisecond
of SQLite's work, so a long statement still gets a turn every few milliseconds at little cost."""


@contextmanager
def installed(give: Callable[[], None]) -> Iterator[None]:
    handled: list[sqlite3.Connection] = []

    def before_statement(_connection, _cursor, _statement, _parameters, _context, _executemany) -> None:
        give()

    def progress() -> int:
        give()
        return 0  # anything else would interrupt the statement

    def checked_out(dbapi_connection, _record, _proxy) -> None:
        if isinstance(dbapi_connection, sqlite3.Connection):
            try:
                dbapi_connection.set_progress_handler(progress, PROGRESS_OPS)
            except sqlite3.ProgrammingError:  # another thread's connection: statements still give turns
                return
            handled.append(dbapi_connection)

    def checked_in(dbapi_connection, _record) -> None:
        if isinstance(dbapi_connection, sqlite3.Connection):
            _without_handler(dbapi_connection)

    hooks = ((Engine, "before_cursor_execute", before_statement), (Pool, "checkout", checked_out),
             (Pool, "checkin", checked_in))
    for target, name, hook in hooks:
        event.listen(target, name, hook)
    try:
        yield
    finally:
        for target, name, hook in hooks:
            event.remove(target, name, hook)
        for connection in handled:
            _without_handler(connection)


def _without_handler(connection: sqlite3.Connection) -> None:
    try:
        connection.set_progress_handler(None, PROGRESS_OPS)
    except sqlite3.ProgrammingError:  # closed already: nothing left to call it
        pass
