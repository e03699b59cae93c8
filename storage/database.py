"""The SQLite engine: one file per journal, WAL, foreign keys on, readable by the user only."""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import event
from sqlalchemy.engine import URL, Engine
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, SQLModel, create_engine

from thabat.storage import migrate, models, search_index, search_sync  # noqa: F401  (models registers the tables, search_sync its events)
from thabat.storage.backup import backup_before_upgrade
from thabat.storage.sqlite_file import (  # noqa: F401  (re-exported: the errors belong to opening a journal)
    DATABASE_FILE, DamagedDatabaseError, StorageError, check_health, is_new, restrict_folder,
    restrict_permissions,
)


def _on_connect(dbapi_connection: sqlite3.Connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA journal_mode=WAL")  # in-memory databases answer "memory" and carry on
    cursor.close()


def _engine(url: str, **kwargs) -> Engine:
    # hide_parameters: an error's message must never carry journal text into the log or a dialog.
    engine = create_engine(url, hide_parameters=True, **kwargs)
    event.listen(engine, "connect", _on_connect)
    return engine


def memory_engine() -> Engine:
    """A fresh in-memory journal at the newest schema (tests, previews)."""
    engine = _engine("sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool)
    with engine.begin() as connection:
        _create_schema(connection)
    return engine


def _create_schema(connection) -> None:
    """The newest schema in an empty database: the models' tables plus the search index and its triggers."""
    SQLModel.metadata.create_all(connection)
    search_index.create_table(connection)
    search_index.rebuild(connection)  # empty, but records the index's format
    search_sync.install(connection)


def open_database(path: Path) -> Engine:
    """Open the journal at `path`: create and stamp a new one, or back up and upgrade an old one.

    Raises DamagedDatabaseError when the file fails `PRAGMA quick_check` (checked read-only, before
    anything could write to it), StorageError (untouched file) for a database written by a newer
    Thabat, or for a file that is not a Thabat journal.
    """
    if not path.parent.exists():  # a folder the user chose keeps its permissions (app/runtime/data_folder.py)
        path.parent.mkdir(mode=0o700, parents=True)
        restrict_folder(path.parent)
    new = is_new(path)
    if not new:
        check_health(path)
        migrate.check_known_journal(path)  # read-only: a newer or foreign file is refused before anything writes
    old_umask = os.umask(0o077)
    try:
        engine = file_engine(path)
        if new:
            with engine.begin() as connection:
                _create_schema(connection)
                migrate.stamp_head(connection)
        else:
            _upgrade_existing(engine, path)
    finally:
        os.umask(old_umask)
    restrict_permissions(path)
    return engine


def file_engine(path: Path) -> Engine:
    """The engine over a journal file as it is: no checks, no migration (`open_database` does those)."""
    # URL.create takes the path as it is: parsed from "sqlite:///<path>", `?` and `%41` would change it.
    return _engine(URL.create("sqlite", database=str(path)), connect_args={"check_same_thread": False})


def engine_at_head(path: Path) -> Engine:
    """The engine over a journal already checked at the newest schema (`Journal.open_for_start`), its search
    index brought in step first: writes made by other tools since, or an index of an older format."""
    engine = file_engine(path)
    with engine.begin() as connection:
        search_sync.keep_in_step(connection)
    return engine


def dbapi_connection(session: Session) -> sqlite3.Connection:
    """The session's own sqlite3 connection, with its pending changes flushed: for the plain-SQL reads."""
    session.flush()
    return session.connection().connection.driver_connection


def _upgrade_existing(engine: Engine, path: Path) -> None:
    try:
        with engine.connect() as connection:
            state = migrate.inspect_revision(connection)
    except migrate.UnknownRevision as error:
        engine.dispose()
        raise StorageError(
            f"This journal was written by a newer version of Thabat (schema {error.revision}). "
            "Please update Thabat to open it; the file was left untouched."
        ) from error
    except sqlite3.DatabaseError as error:
        engine.dispose()
        raise StorageError(f"{path} is not a Thabat journal or is damaged ({error}).") from error
    except Exception as error:  # SQLAlchemy wraps sqlite3 errors
        engine.dispose()
        raise StorageError(f"{path} is not a Thabat journal or is damaged ({error}).") from error
    if state.current is None:
        engine.dispose()
        raise StorageError(f"{path} is not a Thabat journal; it was left untouched.")
    if state.current != state.head:
        backup_before_upgrade(path, state.current)
        with engine.begin() as connection:
            migrate.upgrade_to_head(connection)
    with engine.begin() as connection:
        search_sync.keep_in_step(connection)  # an index of an older format, writes made by other tools


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One session per user action: commit on success, roll back on any error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
