"""An open journal: the engine plus one session per user action, and plain reads without the ORM.

Start-up reads Today's data with sqlite3 alone (`reader()`), so the window paints before SQLAlchemy
and SQLModel are imported: `Journal.open_for_start` (or `OpeningJournal`, which checks the file while
the window is built) checks the file with sqlite3 and leaves the engine to be created on first use
(`engine`). The GUI has it made on a thread of its own right after its first paint
(`start_loading_engine`, app/runtime/background_load.py), so the window answers meanwhile.
"""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from thabat.app.errors import QT_TRANSLATE_NOOP, UserError
from thabat.app.event_bus import EventBus
from thabat.app.runtime.background_load import BackgroundLoad
from thabat.app.runtime.disk_errors import FULL, DiskProblem, disk_problem, problem_kind
from thabat.app.runtime.paths import database_path
from thabat.storage.sqlite_file import (
    HEAD, DamagedDatabaseError, StorageError, check_health, connect_reader, is_new, stored_revision,
)

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
        self._loading: BackgroundLoad | None = None
        self.load_also: tuple[str, ...] = ()
        """Modules the engine's load imports on its thread too, whoever starts it (see `start_loading_engine`)."""
        self.folder = folder
        self.events = EventBus()
        """What the use cases announce after each commit; handed on to a reopened journal (`hand_over_events`)."""

    @classmethod
    def open(cls, folder: Path) -> "Journal":
        """Open (create, or upgrade) the journal in `folder`, engine and all."""
        from thabat.storage.database import open_database

        with _as_journal_errors(folder):
            return cls(open_database(database_path(folder)), folder)

    @classmethod
    def open_for_start(cls, folder: Path) -> "Journal":
        """Like `open`, but a healthy journal at the newest schema is only checked, with sqlite3."""
        return OpeningJournal(folder).result()

    @classmethod
    def in_memory(cls) -> "Journal":
        from thabat.storage.database import memory_engine

        return cls(memory_engine())

    @property
    def engine(self) -> "Engine":
        """The engine; made now if it is not (waiting for a background load that is under way)."""
        if self._loading is not None:
            loading, self._loading = self._loading, None
            self._engine = loading.finish()
        if self._engine is None:
            self._engine = _file_engine(self.folder)
        return self._engine

    @property
    def engine_ready(self) -> bool:
        """True when `engine` answers without waiting (it may still have to join a finished load)."""
        return self._engine is not None or (self._loading is not None and self._loading.done)

    def start_loading_engine(self, also_import: tuple[str, ...] = ()) -> None:
        """Make the engine on a thread of its own (importing SQLAlchemy and SQLModel: about a second),
        then import `also_import` there too. Call from the GUI thread, which must later read
        `engine` (or `close()`) to take the load back; a no-op when the engine exists or is loading."""
        if self._engine is None and self._loading is None:
            modules = also_import or self.load_also
            self._loading = BackgroundLoad(lambda: _file_engine(self.folder, modules), "thabat-orm-load").start()

    @contextmanager
    def session(self) -> Iterator["Session"]:
        """One unit of work: committed when the block ends, rolled back on any error."""
        from thabat.storage.database import session_scope

        with _full_disk_as_user_error(), session_scope(self.engine) as session:
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

    def hand_over_events(self, successor: "Journal") -> None:
        """`successor` replaces this journal (a restore): its listeners keep listening to the new one."""
        successor.events = self.events

    def close(self) -> None:
        if self._loading is not None:  # quitting while the ORM loads: wait for it, on this thread (see BackgroundLoad)
            try:
                self.engine  # noqa: B018
            except Exception as error:  # a load that failed has nothing to close; the log says why
                from thabat.app.runtime.logs import logger

                logger.error("Loading the journal's engine failed", exc_info=error)
                return
        if self._engine is not None:
            self._engine.dispose()
            # The engine is a reference cycle: its cache of compiled statements (thousands of objects
            # after the demo) would wait for a collection, or be kept for good once a long job's
            # leftovers are frozen (ui/long_work.py).
            self._engine.clear_compiled_cache()


def _file_engine(folder: Path, also_import: tuple[str, ...] = ()) -> "Engine":
    from importlib import import_module

    from sqlalchemy.orm import configure_mappers

    from thabat.storage.database import engine_at_head

    engine = engine_at_head(database_path(folder))  # its search index brought in step first
    configure_mappers()  # otherwise the first query pays for it
    for module in also_import:
        import_module(module)
    return engine


@contextmanager
def _full_disk_as_user_error() -> Iterator[None]:
    """A full disk is the user's to fix, not a bug: one clear message instead of a traceback."""
    try:
        yield
    except Exception as error:
        if problem_kind(error) != FULL:
            raise
        raise DiskProblem(FULL, message=QT_TRANSLATE_NOOP(
            "Errors", "The disk is full: nothing was saved. Free some space, then try again.")) from error


class OpeningJournal:
    """`Journal.open_for_start` in two halves, so the caller can work while the file is checked.

    A journal at the newest schema gets its `PRAGMA quick_check` (read-only; its time grows with the
    file) in a thread of its own, sqlite3 letting go of the GIL meanwhile; `result()` waits for it.
    Anything else (a new journal, an old one to upgrade, a newer or foreign file) is opened by
    `result()` through `Journal.open`, with its backups and refusals.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        path = database_path(folder)
        self._error: StorageError | None = None
        self._check: threading.Thread | None = None
        if not is_new(path) and stored_revision(path) == HEAD:
            self._check = threading.Thread(target=self._run_check, args=(path,), name="thabat-health-check")
            self._check.start()

    def _run_check(self, path: Path) -> None:
        try:
            check_health(path)
        except StorageError as error:
            self._error = error

    def result(self) -> Journal:
        if self._check is None:
            return Journal.open(self.folder)
        self._check.join()
        with _as_journal_errors(self.folder):
            if self._error is not None:
                raise self._error
        return Journal(None, self.folder)


@contextmanager
def _as_journal_errors(folder: Path) -> Iterator[None]:
    try:
        yield
    except DamagedDatabaseError as error:
        raise JournalDamaged(str(error), error.path) from error
    except StorageError as error:
        raise JournalUnavailable(str(error)) from error
    except Exception as error:  # a full disk or a read-only folder, seen through sqlite3 or the OS
        problem = disk_problem(error, folder)
        if problem is None:
            raise
        raise JournalUnavailable(problem.untranslated) from error
