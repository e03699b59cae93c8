"""Alembic revisions build exactly the schema the models describe, and old journals are backed up."""

from __future__ import annotations

import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine
from sqlmodel import SQLModel

import thabat.storage.models  # noqa: F401
from thabat.storage import migrate
from thabat.storage.database import open_database
from thabat.storage.search_index import include_name


def test_migrations_from_empty_match_the_models(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'migrated.db'}")
    with engine.begin() as connection:
        migrate.upgrade_to_head(connection)
        differences = compare_metadata(
            MigrationContext.configure(connection, opts={"include_name": include_name}), SQLModel.metadata)
    engine.dispose()
    assert differences == []


def test_an_old_journal_is_backed_up_then_upgraded(tmp_path, monkeypatch):
    path = tmp_path / "thabat.db"
    # A journal at "revision zero": the tables exist, the stamp says base of a longer history.
    open_database(path).dispose()
    with sqlite3.connect(path) as raw:
        raw.execute(
            "INSERT INTO application (company, role, applied_on, outcome, link, location, notes, created_at, updated_at)"
            " VALUES ('stc', '', '2025-01-01', 'pending', '', '', '', '2025-01-01 00:00:00', '2025-01-01 00:00:00')"
        )
    raw.close()
    upgraded: list[str] = []
    monkeypatch.setattr(migrate, "inspect_revision",
                        lambda connection: migrate.RevisionState(current="0000_older", head=migrate.head_revision()))
    monkeypatch.setattr(migrate, "upgrade_to_head", lambda connection: upgraded.append("done"))

    open_database(path).dispose()

    backups = list((tmp_path / "backups").glob("thabat-before-upgrade-0000_older-*.db"))
    assert upgraded == ["done"]
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT company FROM application").fetchall() == [("stc",)]
    copy.close()
