"""Opening a journal for the GUI's start: sqlite3 checks first, the ORM on first use, the same refusals."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from thabat.app.journal import Journal, JournalDamaged, JournalUnavailable
from thabat.app.runtime.paths import database_path
from thabat.app.services import applications, today as today_service
from thabat.app.views.applications import ApplicationInput
from thabat.storage.migrate import HEAD
from tests.conftest import TODAY
from tests.test_recovery import corrupt

FIXTURES = Path(__file__).parent / "fixtures"


def _revision(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_a_journal_at_head_is_read_before_its_engine_exists_then_written_through_it(isolated_data):
    first = Journal.open(isolated_data)
    with first.session() as session:
        applications.add_application(session, ApplicationInput("Noon", "Analyst", TODAY), TODAY)
    first.close()

    journal = Journal.open_for_start(isolated_data)
    try:
        assert not journal.engine_ready
        with journal.reader() as db:
            assert today_service.week_progress(db, TODAY, goal=3).applications == 1
            with pytest.raises(sqlite3.OperationalError, match="readonly"):
                db.execute("DELETE FROM application")
        assert not journal.engine_ready
        with journal.session() as session:
            applications.add_application(session, ApplicationInput("Careem", "PM", TODAY), TODAY)
        assert journal.engine_ready
        with journal.reader() as db:  # a separate connection sees the committed write
            assert today_service.week_progress(db, TODAY, goal=3).applications == 2
    finally:
        journal.close()


def test_a_new_journal_is_created_and_stamped(isolated_data):
    journal = Journal.open_for_start(isolated_data)
    journal.close()
    assert journal.engine_ready
    assert _revision(database_path(isolated_data)) == HEAD


def test_an_old_journal_is_still_backed_up_and_upgraded(isolated_data):
    isolated_data.mkdir(parents=True)
    shutil.copy(FIXTURES / "journal-0001.db", database_path(isolated_data))
    journal = Journal.open_for_start(isolated_data)
    journal.close()
    assert _revision(database_path(isolated_data)) == HEAD
    assert list((isolated_data / "backups").glob("*before-upgrade*"))


def test_a_damaged_journal_is_refused_untouched(isolated_data):
    Journal.open(isolated_data).close()
    path = database_path(isolated_data)
    corrupt(path)
    before = path.read_bytes()
    with pytest.raises(JournalDamaged):
        Journal.open_for_start(isolated_data)
    assert path.read_bytes() == before


def test_a_journal_from_a_newer_thabat_is_refused_untouched(isolated_data):
    Journal.open(isolated_data).close()
    path = database_path(isolated_data)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(JournalUnavailable, match="newer version"):
        Journal.open_for_start(isolated_data)
    assert path.read_bytes() == before


def test_a_journal_needs_an_engine_or_a_folder():
    with pytest.raises(ValueError):
        Journal(None)


def test_a_failed_check_in_the_background_is_raised_by_result(isolated_data, monkeypatch):
    from thabat.app import journal as journal_module
    from thabat.app.journal import OpeningJournal
    from thabat.storage.sqlite_file import DamagedDatabaseError

    Journal.open(isolated_data).close()
    checked = []

    def failing_check(path):
        checked.append(path)
        raise DamagedDatabaseError(path, "page 3: btree cell out of order")

    monkeypatch.setattr(journal_module, "check_health", failing_check)
    opening = OpeningJournal(isolated_data)
    with pytest.raises(JournalDamaged, match="btree cell"):
        opening.result()
    assert checked == [database_path(isolated_data)]
