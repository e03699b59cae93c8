"""Keeping the search index in step with every write, whoever makes it.

The index holds text normalised in Python (storage/search_text.py), which SQL cannot compute. So
the work is split: pure-SQL triggers on every table a document is built from note the documents a
write touches, `(kind, ref_id)`, in a queue table (`search_index_pending`); Python drains the queue
- re-indexes those documents from the rows as they stand - in the same transaction:

- after every ORM flush and before every commit (session events below), so a unit of work commits
  its rows and their index together, Core `insert()`/`update()` included;
- when a journal is opened (`keep_in_step`), so a write made by another tool (the sqlite3 shell)
  is indexed on the next start;
- before a search reads the index (app/services/search.py), so a unit of work finds its own writes.

A rolled-back transaction rolls back its queue with it. Deletes need nothing special: SQLite fires
the triggers of the rows a foreign key cascades to, and the drain removes documents that are gone.

The triggers are made by code when a journal is opened, not by a migration: they follow the
document builders, not the schema revision. Alembic's batch migrations copy a table, drop it and
rename the copy, which SQLite refuses while a trigger elsewhere names the table, so
`remove_triggers` runs before migrations and `keep_in_step` puts them back after.
`differences` compares the index with what a rebuild would make (`thabat doctor`, and the tests
after every test).
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Iterator, Mapping

from sqlalchemy import event, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from thabat.storage import search_index
from thabat.storage.bulk_indexes import begin_write
from thabat.storage.search_index import TABLE, Key

from thabat.storage.search_table import PENDING  # noqa: E402  (its name starts with TABLE: Alembic leaves it alone)
TRIGGER_PREFIX = f"{TABLE}_"

_FEEDS: dict[str, tuple[str, ...]] = {
    # table -> the documents a row of it feeds, as SELECTs of (kind, ref_id) over the row `{row}`
    "application": (
        "SELECT 'application', {row}.id",
        "SELECT 'rejection', id FROM rejection WHERE application_id = {row}.id",
        "SELECT 'reflection', reflection.id FROM reflection JOIN rejection ON rejection.id = reflection.rejection_id "
        "WHERE rejection.application_id = {row}.id",
        "SELECT 'entry', id FROM journal_entry WHERE application_id = {row}.id",
    ),
    "rejection": (
        "SELECT 'rejection', {row}.id",
        "SELECT 'reflection', id FROM reflection WHERE rejection_id = {row}.id",
    ),
    "reflection": ("SELECT 'reflection', {row}.id",),
    "reflection_answer": ("SELECT 'reflection', {row}.reflection_id",),
    "journal_entry": ("SELECT 'entry', {row}.id",),
    "contact": ("SELECT 'contact', {row}.id",),
    "entry_tag": ("SELECT 'entry', {row}.entry_id",),
    "reflection_tag": ("SELECT 'reflection', {row}.reflection_id",),
    "tag": (  # a renamed tag changes what its entries and reflections are found by
        "SELECT 'entry', entry_id FROM entry_tag WHERE tag_id = {row}.id",
        "SELECT 'reflection', reflection_id FROM reflection_tag WHERE tag_id = {row}.id",
    ),
}
"""Every table the document builders of storage/search_index.py read (a test holds them to it).
Whole-row triggers: a column added to a table needs no change here."""

_EVENTS = {"insert": ("NEW",), "update": ("OLD", "NEW"), "delete": ("OLD",)}


def trigger_sql() -> dict[str, str]:
    """name -> CREATE TRIGGER statement, for every trigger that feeds the queue."""
    statements = {}
    for table, feeds in _FEEDS.items():
        for event_name, rows in _EVENTS.items():
            selects = " UNION ".join(feed.format(row=row) for row in rows for feed in feeds)
            name = f"{TRIGGER_PREFIX}{table}_{event_name}"
            statements[name] = (f"CREATE TRIGGER {name} AFTER {event_name.upper()} ON {table} BEGIN "
                                f"INSERT INTO {PENDING} (kind, ref_id) {selects}; END")
    return statements


def is_sync_object(kind: str, name: str) -> bool:
    """True for the queue table and the triggers: made at open, so a file may lack them (the restore check)."""
    return (kind, name) == ("table", PENDING) or (kind == "trigger" and name in trigger_sql())


def install(connection: Connection) -> None:
    """Create the queue and whichever trigger is missing, and drop triggers under our prefix that are not
    today's (an older Thabat's, or changed by hand); cheap when all is in place."""
    connection.execute(text(f"CREATE TABLE IF NOT EXISTS {PENDING} (kind TEXT NOT NULL, ref_id INTEGER NOT NULL)"))
    wanted = trigger_sql()
    for name, sql in _installed_triggers(connection).items():
        if wanted.get(name) != sql:
            connection.execute(text(f'DROP TRIGGER "{name}"'))
    installed = _installed_triggers(connection)
    for name, sql in wanted.items():
        if name not in installed:
            connection.execute(text(sql))


def remove_triggers(connection: Connection) -> None:
    """Drop the triggers (before migrations, which `keep_in_step` follows with a re-index)."""
    for name in _installed_triggers(connection):
        connection.execute(text(f'DROP TRIGGER "{name}"'))


@contextmanager
def inserts_unqueued(connection: Connection, table: str) -> Iterator[None]:
    """Inside, new rows of `table` are not queued: the caller indexes them itself, in bulk
    (`search_index.index_new`); the trigger is made again when the block ends without an error.

    For one long write in one transaction (a million-row import): the trigger looked up each new row's
    dependent documents, of which a new row has none, and queued it to be read back. On an error the
    caller's transaction must roll back, which restores the trigger (SQLite's DDL is transactional).
    """
    name = f"{TRIGGER_PREFIX}{table}_insert"
    sql = trigger_sql()[name]
    begin_write(connection)  # else pysqlite would commit the DROP on its own
    connection.execute(text(f'DROP TRIGGER IF EXISTS "{name}"'))
    yield
    connection.execute(text(sql))


def _installed_triggers(connection: Connection) -> dict[str, str]:
    # `_` is a wildcard in LIKE: filter the prefix in Python.
    rows = connection.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")).all()
    return {name: sql for name, sql in rows if name.startswith(TRIGGER_PREFIX)}


def keep_in_step(connection: Connection) -> None:
    """At open: re-index under today's format if needed, install the triggers, index what is queued."""
    search_index.ensure_current(connection)
    install(connection)
    drain(connection)


def drain(connection: Connection, new_above: Mapping[str, int] | None = None) -> int:
    """Re-index the documents queued by the triggers, then empty the queue; returns how many were queued.

    `new_above`: see `search_index.refresh` (`drain_batches` gives it)."""
    return len(_drain(connection, new_above))


def _drain(connection: Connection, new_above: Mapping[str, int] | None) -> set[Key]:
    if not _has_queue(connection):
        return set()
    queued = connection.execute(text(f"SELECT rowid, kind, ref_id FROM {PENDING}")).all()
    if not queued:
        return set()
    keys = {(kind, ref_id) for _, kind, ref_id in queued}
    search_index.refresh(connection, keys, new_above)
    # Up to the last row read: a row another connection queued meanwhile waits for the next drain.
    connection.execute(text(f"DELETE FROM {PENDING} WHERE rowid <= :last"), {"last": max(r for r, _, _ in queued)})
    return keys


def drain_batches(connection: Connection) -> Callable[[], int]:
    """What drains the queue after each batch of one long write (an import of a million rows), so the
    queue never holds more than a batch: call it after each batch is written.

    Draining once at the end held a million queued keys in memory at once. Draining often must not
    look for an old copy of every new document (a scan of the index each time): the index's highest
    id of each kind, read once this write holds SQLite's write lock (no other connection adds
    documents until it commits), and raised past every document drained since, tells which are new.
    """
    highest: dict[str, int] | None = None

    def drain_batch() -> int:
        nonlocal highest
        if highest is None and connection.connection.driver_connection.in_transaction:
            highest = search_index.highest_ids(connection)
        drained = _drain(connection, highest)
        if highest is not None:
            for kind, ref_id in drained:  # indexed now, or with no document: either way not new any more
                if ref_id > highest.get(kind, 0):
                    highest[kind] = ref_id
        return len(drained)

    return drain_batch


def _has_queue(connection: Connection) -> bool:
    # Remembered per sqlite3 connection once found: this runs at every flush.
    info = connection.connection.info
    if not info.get(PENDING):
        info[PENDING] = connection.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"), {"name": PENDING}).first() is not None
    return info[PENDING]


_DEFERRED = "thabat_search_deferred"


@contextmanager
def deferred(session: Session) -> Iterator[None]:
    """Inside, flushes leave the queue for one drain on the way out (and the commit drains anyway).

    For long runs of small units of work in one transaction (the demo: thousands of service calls):
    draining at every flush re-indexes the same document again and again. A search inside still
    finds everything (it drains first).
    """
    outer = session.info.get(_DEFERRED, False)
    session.info[_DEFERRED] = True
    try:
        yield
    finally:
        session.info[_DEFERRED] = outer
    if not outer:
        session.flush()
        drain(session.connection())


@event.listens_for(Session, "after_flush")
def _drain_after_flush(session: Session, _context) -> None:
    if not session.info.get(_DEFERRED):
        drain(session.connection())


@event.listens_for(Session, "before_commit")
def _drain_before_commit(session: Session) -> None:
    session.flush()  # the commit would flush after this hook: flush first, so nothing queued is left behind
    drain(session.connection())


# -- the check: is the index what a rebuild would make? ----------------------------------------------

@dataclass(frozen=True)
class Difference:
    """One way the index differs from a rebuild: `problem` is missing | stale | extra | twice for a document
    (kind, ref_id), or, with ref_id None, about the machinery: `kind` names it (format, queue, a trigger)."""

    kind: str
    ref_id: int | None
    problem: str


def differences(connection: Connection, with_text: bool = True) -> list[Difference]:
    """Where the index differs from a rebuild of the journal as it stands; empty when it is in step.

    Documents still queued are in step by definition (the next drain indexes them). Without
    `with_text`, the normalised text and stems are not compared (the tests' quick check after each test).
    """
    with _one_snapshot(connection):
        return _differences(connection, with_text)


@contextmanager
def _one_snapshot(connection: Connection) -> Iterator[None]:
    """Every read inside in one snapshot, though another program (the app) writes meanwhile: pysqlite
    starts no transaction for reads, and rows read before a write with the index read after it differ."""
    driver = connection.connection.driver_connection
    if driver.in_transaction:  # writing already: one snapshot until the commit
        yield
        return
    driver.execute("BEGIN")
    try:
        yield
    finally:
        driver.rollback()


def _differences(connection: Connection, with_text: bool) -> list[Difference]:
    found = _machinery_differences(connection)
    if search_index.recorded_format(connection) != search_index.INDEX_FORMAT:
        return found + [Difference("format", None, "stale")]
    waiting: set[Key] = set()
    if _has_queue(connection):
        waiting = {(kind, ref_id) for kind, ref_id in connection.execute(text(f"SELECT kind, ref_id FROM {PENDING}"))}
    expected = search_index.expected_rows(connection, with_text)
    held = search_index.indexed_rows(connection, with_text)
    for key in sorted(expected.keys() | held.keys()):
        if key in waiting:
            continue
        rows = held.get(key, [])
        if key not in expected:
            found.append(Difference(*key, "extra"))
        elif not rows:
            found.append(Difference(*key, "missing"))
        elif len(rows) > 1:
            found.append(Difference(*key, "twice"))
        elif rows[0] != expected[key]:
            found.append(Difference(*key, "stale"))
    return found


def _machinery_differences(connection: Connection) -> list[Difference]:
    found = [] if _has_queue(connection) else [Difference(PENDING, None, "missing")]
    installed, wanted = _installed_triggers(connection), trigger_sql()
    found += [Difference(name, None, "missing") for name in sorted(wanted.keys() - installed.keys())]
    found += [Difference(name, None, "extra") for name in sorted(installed.keys() - wanted.keys())]
    found += [Difference(name, None, "stale") for name in sorted(wanted.keys() & installed.keys())
              if installed[name] != wanted[name]]
    return found


def repair(connection: Connection) -> int:
    """Rebuild the index, its triggers and queue from scratch; returns how many documents were indexed."""
    remove_triggers(connection)
    install(connection)
    connection.execute(text(f"DELETE FROM {PENDING}"))
    return search_index.recreate(connection)
