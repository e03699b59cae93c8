"""The journal file itself, handled with the standard library's sqlite3 only (no SQLAlchemy).

What start-up needs before the first paint lives here: the health check, the stored schema
revision, a plain read connection, and the file permissions. Loading SQLAlchemy and SQLModel takes
about a second, so `storage.database` (the engine and the ORM) is imported only after the window
is on screen, when the journal is already at the newest schema.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

DATABASE_FILE = "thabat.db"

HEAD = "0003"
"""The newest revision in migrations/versions; tests/test_storage.py keeps it equal to alembic's head."""


class StorageError(Exception):
    """A database the app cannot use as it is; the message is for the user."""


class DamagedDatabaseError(StorageError):
    """`PRAGMA quick_check` failed (or the file is not a database at all): nothing was written to it."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path} is damaged or is not a Thabat journal ({detail}); it was left untouched.")
        self.path = path
        self.detail = detail


def is_new(path: Path) -> bool:
    return not path.exists() or path.stat().st_size == 0


def read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection that leaves no trace: without a WAL to read, SQLite is told the file
    is immutable, so it creates no -wal/-shm files beside a file that may be damaged."""
    has_wal = path.with_name(path.name + "-wal").exists()
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro" + ("" if has_wal else "&immutable=1"), uri=True)


def quick_check(path: Path) -> None:
    """Raise sqlite3.DatabaseError unless `PRAGMA quick_check` says ok. Opens read-only."""
    with closing(read_only(path)) as connection:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    if rows != [("ok",)]:
        raise sqlite3.DatabaseError("; ".join(str(row[0]) for row in rows[:3]))


def check_health(path: Path) -> None:
    """Raise DamagedDatabaseError unless the file at `path` passes `PRAGMA quick_check`."""
    try:
        quick_check(path)
    except sqlite3.OperationalError as error:
        if "unable to open" in str(error):
            raise StorageError(f"{path} cannot be opened ({error}).") from error
        raise DamagedDatabaseError(path, str(error)) from error
    except sqlite3.DatabaseError as error:
        raise DamagedDatabaseError(path, str(error)) from error


def stored_revision(path: Path) -> str | None:
    """The schema revision recorded in the file, or None when it records none (or is unreadable)."""
    try:
        with closing(read_only(path)) as connection:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def connect_reader(path: Path) -> sqlite3.Connection:
    """A connection for reading only (the journal is WAL: it sees every committed write)."""
    connection = sqlite3.connect(path, check_same_thread=False)
    connection.execute("PRAGMA query_only=ON")
    connection.execute("PRAGMA busy_timeout=5000")
    return connection


def restrict_folder(folder: Path) -> None:
    try:
        os.chmod(folder, 0o700)
    except PermissionError:  # a shared folder the user pointed at but does not own: leave it be
        pass


def restrict_permissions(path: Path) -> None:
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if candidate.exists():
            os.chmod(candidate, 0o600)

