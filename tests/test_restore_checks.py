"""Restore accepts only a journal with exactly the schema Thabat makes, and readable rows.

Each refused file is refused through the real `thabat restore` command (exit 2, one line, the
journal unchanged byte for byte); the schema it is compared with is read from a journal made now.
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from thabat.app.cli import main
from thabat.app.journal import Journal
from thabat.app.runtime.paths import database_path
from thabat.app.services.applications import add_application
from thabat.app.usecases.backups import list_backups, restore_backup
from thabat.app.views.applications import ApplicationInput
from thabat.storage import migrate
from thabat.storage.backup import copy_database
from thabat.storage.journal_schema import expected_schema, read_schema
from thabat.storage.search_sync import is_sync_object
from tests.conftest import TODAY

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def english(qapp):
    from tests.ui_support import switcher

    switcher().apply("en")


@pytest.fixture
def current(isolated_data: Path) -> Path:
    journal = Journal.open(isolated_data)
    with journal.session() as session:
        add_application(session, ApplicationInput(company="Current Co", role="", applied_on=TODAY), TODAY)
    journal.close()
    return isolated_data


def _candidate(folder: Path, tmp_path: Path, *statements: str) -> Path:
    """A good backup of the journal in `folder`, then changed by `statements` (as a hand or a tool would)."""
    path = copy_database(database_path(folder), tmp_path / "candidate.db")
    with closing(sqlite3.connect(path)) as raw:
        for statement in statements:
            raw.execute(statement)
        raw.commit()
    return path


def _refused(folder: Path, candidate: Path, capsys) -> str:
    database = database_path(folder)
    before = database.read_bytes()
    capsys.readouterr()
    assert main(["restore", str(candidate)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("thabat: "), err
    assert database.read_bytes() == before
    assert list_backups(folder) == []
    return err[0]


HEAD_REVISION_ONLY = ("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)",
                      f"INSERT INTO alembic_version VALUES ('{migrate.HEAD}')")


def test_a_database_holding_only_the_revision_stamp_is_refused(current, tmp_path, capsys):
    candidate = tmp_path / "stamp-only.db"
    with closing(sqlite3.connect(candidate)) as raw:
        for statement in HEAD_REVISION_ONLY:
            raw.execute(statement)
        raw.commit()
    assert "is missing" in _refused(current, candidate, capsys)


@pytest.mark.parametrize("change, words", [
    ("DROP TABLE reflection_answer", "table reflection_answer is missing"),
    ("CREATE TRIGGER purge AFTER INSERT ON application BEGIN DELETE FROM reflection; END", "trigger"),
    ("CREATE VIEW everything AS SELECT * FROM application", "view"),
    ("CREATE TABLE notes (text TEXT)", "table Thabat did not create"),
    ("ALTER TABLE application ADD COLUMN secret TEXT", "application was changed"),
    ("DROP INDEX ix_application_applied_on", "ix_application_applied_on is missing"),
    ("CREATE INDEX extra ON application (company)", "index Thabat did not create"),
])
def test_a_journal_with_a_changed_schema_is_refused(current, tmp_path, capsys, change, words):
    assert words in _refused(current, _candidate(current, tmp_path, change), capsys)


def test_a_trigger_is_refused_even_under_the_name_of_a_table(current, tmp_path, capsys):
    # Whatever the trigger is called, it is an object Thabat did not create.
    candidate = _candidate(current, tmp_path, "CREATE TRIGGER application AFTER INSERT ON application "
                                              "BEGIN DELETE FROM reflection; END")
    assert "trigger" in _refused(current, candidate, capsys)


def test_a_backup_made_before_the_search_triggers_is_restored_and_gets_them_at_open(current, tmp_path, capsys):
    from thabat.storage.search_sync import differences, trigger_sql

    candidate = _candidate(current, tmp_path, *(f"DROP TRIGGER {name}" for name in trigger_sql()),
                           "DROP TABLE search_index_pending")
    assert main(["restore", str(candidate)]) == 0
    journal = Journal.open(current)
    with journal.engine.connect() as connection:
        assert differences(connection) == []
    journal.close()


@pytest.mark.parametrize("changes", [
    ("CREATE TRIGGER search_index_purge AFTER INSERT ON application BEGIN DELETE FROM reflection; END",),
    ("DROP TRIGGER search_index_application_insert",
     "CREATE TRIGGER search_index_application_insert AFTER INSERT ON application BEGIN DELETE FROM reflection; END"),
])
def test_a_trigger_under_the_search_index_name_is_refused_unless_it_is_exactly_thabat_s(
        current, tmp_path, capsys, changes):
    assert "trigger" in _refused(current, _candidate(current, tmp_path, *changes), capsys)


def test_rows_that_do_not_read_back_are_refused(current, tmp_path, capsys):
    candidate = _candidate(current, tmp_path, "UPDATE application SET company = CAST(x'c328ff' AS TEXT)")
    assert "cannot be read" in _refused(current, candidate, capsys)


def test_rows_pointing_nowhere_are_refused(current, tmp_path, capsys):
    candidate = _candidate(current, tmp_path, "INSERT INTO stage_event (application_id, stage, occurred_on, note) "
                                              "VALUES (999, 'applied', '2026-01-01', '')")
    assert "do not exist" in _refused(current, candidate, capsys)


@pytest.mark.parametrize("fixture", ["journal-0001.db", "journal-0002.db"])
def test_journals_of_every_released_schema_are_restored(current, tmp_path, fixture, capsys):
    candidate = tmp_path / fixture
    shutil.copy(FIXTURES / fixture, candidate)
    with closing(sqlite3.connect(candidate)) as raw:
        applications = raw.execute("SELECT count(*) FROM application").fetchone()[0]
    assert main(["restore", str(candidate)]) == 0
    journal = Journal.open(current)  # an old one is upgraded on opening
    with journal.reader() as db:
        assert db.execute("SELECT count(*) FROM application").fetchone()[0] == applications
    journal.close()


def test_a_journal_upgraded_from_an_old_schema_can_be_restored(isolated_data, tmp_path):
    isolated_data.mkdir()
    shutil.copy(FIXTURES / "journal-0001.db", database_path(isolated_data))
    Journal.open(isolated_data).close()  # migrated from 0001 to HEAD
    upgraded = copy_database(database_path(isolated_data), tmp_path / "upgraded.db")
    restore_backup(isolated_data, upgraded)


def test_the_expected_schema_is_the_one_a_new_journal_gets(isolated_data):
    Journal.open(isolated_data).close()
    with closing(sqlite3.connect(database_path(isolated_data))) as connection:
        assert read_schema(connection) == expected_schema(migrate.HEAD)
    assert all(kind in ("table", "index") or is_sync_object(kind, name) for kind, name in expected_schema(migrate.HEAD))
