"""Points inside SQLite work where a long job's thread can let another thread run: `installed(give)`.

`give` (a callable that returns quickly, and never raises) is called, while installed:
- before every statement any engine sends (SQLAlchemy's `before_cursor_execute`, on the Engine class,
  so an engine the job makes itself, such as the demo's new journal, is covered too);
- every PROGRESS_OPS SQLite virtual-machine steps inside a statement, on each connection checked out
  of a pool meanwhile (sqlite3's progress handler): one long statement, or one `executemany` of many
  rows, is a single `before_cursor_execute`.

Nothing here knows which thread `give` is meant for: it is called on any thread that runs SQL, and
decides itself (app/runtime/gui_turns.py). On the way out `give` is dropped and the progress handlers
come off every connection that got one, open or pooled.

The SQLAlchemy listeners themselves are put in place once (`listen`) and stay, doing nothing while no
`give` is installed (one global read per statement): SQLAlchemy keeps a class's listeners in a deque
that every statement iterates, so adding or removing one while another thread runs a statement can
fail that statement ("deque mutated during iteration").
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from typing import Callable, Iterator

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import Pool

PROGRESS_OPS = 20_000
"""SQLite steps between two calls of the progress handler. Each call takes Python's lock back on the
job's thread for a Python call; 20,000 steps are about a third of a millisecond of SQLite's work, and
the calls cost no measurable time (a 2-million-row query and reads of the five-year demo's tables:
1,704 calls, 0.52-0.58 s of CPU with them against 0.39-0.61 s without, on a busy machine)."""

_give: Callable[[], None] | None = None
_handled: list[sqlite3.Connection] = []
_listening = False


def listen() -> None:
    """Put the listeners in place, once: best on a thread that runs no statement meanwhile."""
    global _listening
    if not _listening:
        _listening = True
        event.listen(Engine, "before_cursor_execute", _before_statement)
        event.listen(Pool, "checkout", _checked_out)
        event.listen(Pool, "checkin", _checked_in)


@contextmanager
def installed(give: Callable[[], None]) -> Iterator[None]:
    global _give
    listen()
    _give = give
    try:
        yield
    finally:
        _give = None
        while _handled:
            _without_handler(_handled.pop())


def _before_statement(_connection, _cursor, _statement, _parameters, _context, _executemany) -> None:
    give = _give
    if give is not None:
        give()


def _progress() -> int:
    give = _give
    if give is not None:
        give()
    return 0  # anything else would interrupt the statement


def _checked_out(dbapi_connection, _record, _proxy) -> None:
    if _give is None or not isinstance(dbapi_connection, sqlite3.Connection):
        return
    try:
        dbapi_connection.set_progress_handler(_progress, PROGRESS_OPS)
    except sqlite3.ProgrammingError:  # another thread's connection: its statements still give turns
        return
    _handled.append(dbapi_connection)


def _checked_in(dbapi_connection, _record) -> None:
    if any(connection is dbapi_connection for connection in _handled):
        _handled.remove(dbapi_connection)
        _without_handler(dbapi_connection)


def _without_handler(connection: sqlite3.Connection) -> None:
    try:
        connection.set_progress_handler(None, PROGRESS_OPS)
    except sqlite3.ProgrammingError:  # closed already, or another thread's: nothing calls it any more
        pass
