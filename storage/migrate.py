"""Alembic, driven from code: stamp new journals, upgrade old ones, refuse newer ones.

Alembic loads only when it has work to do: opening a journal that is already at HEAD (every
start-up but the first after an update) reads the stored revision with one query instead, which
keeps about 0.7 s of imports off the start-up path (see the Performance section of the README).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.engine import Connection

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"
from thabat.storage import sqlite_file  # noqa: E402
from thabat.storage.sqlite_file import HEAD, StorageError  # noqa: E402  (HEAD is kept with the file's other facts, importable without SQLAlchemy)


class UnknownRevision(Exception):
    """The database carries a schema revision this version of Thabat does not know."""

    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.revision = revision


@dataclass(frozen=True)
class RevisionState:
    current: str | None
    head: str


def __getattr__(name: str):
    if name == "command":  # `migrate.command`, loaded on first use like the rest of alembic
        from alembic import command

        return command
    raise AttributeError(name)


def config(connection: Connection | None = None) -> "Config":
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(config()).get_current_head()


def known_revisions() -> list[str]:
    """Every schema revision this version of Thabat knows, newest first."""
    from alembic.script import ScriptDirectory

    return [script.revision for script in ScriptDirectory.from_config(config()).walk_revisions()]


def inspect_revision(connection: Connection) -> RevisionState:
    """Where the database stands; raises UnknownRevision for a schema from a newer Thabat."""
    if stored_revision(connection) == HEAD:
        return RevisionState(current=HEAD, head=HEAD)
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    current = MigrationContext.configure(connection).get_current_revision()
    script = ScriptDirectory.from_config(config())
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as error:
            raise UnknownRevision(current) from error
    return RevisionState(current=current, head=script.get_current_head())


def stored_revision(connection: Connection) -> str | None:
    """The revision recorded in the database, read without alembic; None when there is none to read."""
    try:
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except Exception:  # no such table, not a database: alembic's own path says what is wrong
        return None


def stamp_head(connection: Connection) -> None:
    from alembic import command

    command.stamp(config(connection), "head")


def upgrade_to_head(connection: Connection) -> None:
    """Run every revision still to run, then rebuild the search index with today's code.

    Revisions are frozen and never fill the index themselves: it is derived from today's tables. Its
    triggers go first: SQLite refuses the table copies of batch migrations while a trigger names the
    table (storage/search_sync.py); opening the journal puts them back.
    """
    from alembic import command

    from thabat.storage import search_index, search_sync

    search_sync.remove_triggers(connection)
    command.upgrade(config(connection), "head")
    search_index.recreate(connection)


def check_known_journal(path: Path) -> str:
    """The schema revision stored in the journal at `path`, read without writing a byte.

    Raises StorageError unless it is a Thabat journal of a revision this version knows: a newer or
    foreign file must be refused before any connection that could write (WAL mode rewrites the
    header of a file in rollback-journal mode) is made to it.
    """
    revision = sqlite_file.stored_revision(path)
    if revision is None:
        raise StorageError(f"{path} is not a Thabat journal; it was left untouched.")
    if revision != HEAD and revision not in known_revisions():  # alembic loads only for a journal not at HEAD
        raise StorageError(
            f"This journal was written by a newer version of Thabat (schema {revision}). "
            "Please update Thabat to open it; the file was left untouched."
        )
    return revision
