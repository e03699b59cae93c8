"""An open journal: the engine plus one session per user action."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy.engine import Engine
from sqlmodel import Session

from app.errors import UserError
from app.paths import database_path
from storage.database import DamagedDatabaseError, StorageError, memory_engine, open_database, session_scope


class JournalUnavailable(UserError):
    """The journal file cannot be opened as it is (newer version, not a journal, damaged)."""


class JournalDamaged(JournalUnavailable):
    """The journal file failed its health check; it was not written to. Offer a backup instead."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class Journal:
    def __init__(self, engine: Engine, folder: Path | None = None) -> None:
        self.engine = engine
        self.folder = folder

    @classmethod
    def open(cls, folder: Path) -> "Journal":
        try:
            return cls(open_database(database_path(folder)), folder)
        except DamagedDatabaseError as error:
            raise JournalDamaged(str(error), error.path) from error
        except StorageError as error:
            raise JournalUnavailable(str(error)) from error

    @classmethod
    def in_memory(cls) -> "Journal":
        return cls(memory_engine())

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error."""
        with session_scope(self.engine) as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
