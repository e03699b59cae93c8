"""An open journal: the engine plus one session per user action, and plain reads without the ORM.

Start-up reads Today's data with sqlite3 alone (`reader()`), so the window paints before SQLAlchemy
and SQLModel are imported: `Journal.open_for_start` checks the file with sqlite3 and leaves the
engine to be created on first use (`engine`), which the GUI does right after its first paint.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from app.errors import UserError
from app.paths import database_path
from storage.sqlite_file import DamagedDatabaseError, StorageError, connect_reader, ready_at_head

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlmodel import Session


class JournalUnavailable(UserError):
    """The journal file cannot be opened as it is (newer version, not a journal, damaged)."""


class JournalDamaged(JournalUnavailable):
    """The journal file failed its health check; it was not written to. Offer a backup instead."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class Journal:
    def __init__(self, engine: "Engine | None", folder: Path | None = None) -> None:
        """`engine` None: a file journal checked at the newest schema, its engine made on first use."""
        if engine is None and folder is None:
            raise ValueError("a journal without an engine needs its folder")
        self._engine = engine
        self.folder = folder

    @classmethod
    def open(cls, folder: Path) -> "Journal":
        """Open (create, or upgrade) the journal in `folder`, engine and all."""
        from storage.database import open_database

        with _as_journal_errors():
            return cls(open_database(database_path(folder)), folder)

    @classmethod
    def open_for_start(cls, folder: Path) -> "Journal":
        """Like `open`, but a healthy journal at the newest schema is only checked, with sqlite3."""
        with _as_journal_errors():
            if ready_at_head(database_path(folder)):
                return cls(None, folder)
        return cls.open(folder)

    @classmethod
    def in_memory(cls) -> "Journal":
        from storage.database import memory_engine

        return cls(memory_engine())

    @property
    def engine(self) -> "Engine":
        if self._engine is None:
            from storage.database import file_engine

            self._engine = file_engine(database_path(self.folder))
        return self._engine

    @property
    def engine_ready(self) -> bool:
        return self._engine is not None

    @contextmanager
    def session(self) -> Iterator["Session"]:
        """One unit of work: committed when the block ends, rolled back on any error."""
        from storage.database import session_scope

        with session_scope(self.engine) as session:
            yield session

    @contextmanager
    def reader(self) -> Iterator[sqlite3.Connection]:
        """A plain sqlite3 connection for reads that must not wait for the ORM (Today, the tray)."""
        if self._engine is not None and self._engine.url.database in (None, "", ":memory:"):
            with self._engine.connect() as connection:  # an in-memory journal has one connection
                yield connection.connection.driver_connection
            return
        with closing(connect_reader(database_path(self.folder))) as connection:
            yield connection

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()


@contextmanager
def _as_journal_errors() -> Iterator[None]:
    try:
        yield
    except DamagedDatabaseError as error:
        raise JournalDamaged(str(error), error.path) from error
    except StorageError as error:
        raise JournalUnavailable(str(error)) from error
