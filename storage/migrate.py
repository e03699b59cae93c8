"""Alembic, driven from code: stamp new journals, upgrade old ones, refuse newer ones."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

MIGRATIONS = Path(__file__).parent / "migrations"


class UnknownRevision(Exception):
    """The database carries a schema revision this version of Thabat does not know."""

    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.revision = revision


@dataclass(frozen=True)
class RevisionState:
    current: str | None
    head: str


def config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(config()).get_current_head()


def known_revisions() -> list[str]:
    """Every schema revision this version of Thabat knows, newest first."""
    return [script.revision for script in ScriptDirectory.from_config(config()).walk_revisions()]


def inspect_revision(connection: Connection) -> RevisionState:
    """Where the database stands; raises UnknownRevision for a schema from a newer Thabat."""
    current = MigrationContext.configure(connection).get_current_revision()
    script = ScriptDirectory.from_config(config())
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as error:
            raise UnknownRevision(current) from error
    return RevisionState(current=current, head=script.get_current_head())


def stamp_head(connection: Connection) -> None:
    command.stamp(config(connection), "head")


def upgrade_to_head(connection: Connection) -> None:
    command.upgrade(config(connection), "head")
