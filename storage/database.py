"""The SQLite engine: one file per journal, WAL, foreign keys on, readable by the user only."""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, SQLModel, create_engine

from storage import migrate, models, search_index  # noqa: F401  (models registers the tables, search_index its events)

DATABASE_FILE = "thabat.db"


class StorageError(Exception):
    """A database the app cannot use as it is; the message is for the user."""


class DamagedDatabaseError(StorageError):
    """`PRAGMA quick_check` failed (or the file is not a database at all): nothing was written to it."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path} is damaged or is not a Thabat journal ({detail}); it was left untouched.")
        self.path = path
        self.detail = detail


def _on_connect(dbapi_connection: sqlite3.Connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA journal_mode=WAL")  # in-memory databases answer "memory" and carry on
    cursor.close()


def _engine(url: str, **kwargs) -> Engine:
    engine = create_engine(url, **kwargs)
    event.listen(engine, "connect", _on_connect)
    return engine


def memory_engine() -> Engine:
    """A fresh in-memory journal at the newest schema (tests, previews)."""
    engine = _engine("sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool)
    with engine.begin() as connection:
        _create_schema(connection)
    return engine


def _create_schema(connection) -> None:
    """The newest schema in an empty database: the models' tables plus the search index."""
    SQLModel.metadata.create_all(connection)
    search_index.create_table(connection)


def open_database(path: Path) -> Engine:
    """Open the journal at `path`: create and stamp a new one, or back up and upgrade an old one.

    Raises DamagedDatabaseError when the file fails `PRAGMA quick_check` (checked read-only, before
    anything could write to it), StorageError (untouched file) for a database written by a newer
    Thabat, or for a file that is not a Thabat journal.
    """
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    _restrict_folder(path.parent)
    is_new = not path.exists() or path.stat().st_size == 0
    if not is_new:
        check_health(path)
    old_umask = os.umask(0o077)
    try:
        engine = _engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
        if is_new:
            with engine.begin() as connection:
                _create_schema(connection)
                migrate.stamp_head(connection)
        else:
            _upgrade_existing(engine, path)
    finally:
        os.umask(old_umask)
    _restrict_permissions(path)
    return engine


def check_health(path: Path) -> None:
    """Raise DamagedDatabaseError unless the file at `path` passes `PRAGMA quick_check`."""
    from storage.backup import quick_check

    try:
        quick_check(path)
    except sqlite3.OperationalError as error:
        if "unable to open" in str(error):
            raise StorageError(f"{path} cannot be opened ({error}).") from error
        raise DamagedDatabaseError(path, str(error)) from error
    except sqlite3.DatabaseError as error:
        raise DamagedDatabaseError(path, str(error)) from error


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
        from storage.backup import backup_before_upgrade

        backup_before_upgrade(path, state.current)
        with engine.begin() as connection:
            migrate.upgrade_to_head(connection)


def _restrict_folder(folder: Path) -> None:
    try:
        os.chmod(folder, 0o700)
    except PermissionError:  # a shared folder the user pointed at but does not own: leave it be
        pass


def _restrict_permissions(path: Path) -> None:
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if candidate.exists():
            os.chmod(candidate, 0o600)


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
