"""Copies that are checked before they are trusted, retention that keeps the last good copy, and
journal files (empty, newer, foreign) that are refused or recovered without a byte written to them."""

from __future__ import annotations

import errno
import sqlite3
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from thabat.app.cli import main
from thabat.app.journal import Journal, JournalDamaged, JournalUnavailable
from thabat.app.runtime.paths import database_path
from thabat.app.services.applications import add_application, delete_application, list_applications
from thabat.app.usecases.backups import BackupFailed, automatic_backup, list_backups, make_backup, newest_good_backup, restore_backup
from thabat.app.views.applications import ApplicationInput
from thabat.storage import backup as store
from tests.backup_support import add_companies, english  # noqa: F401  (english: an autouse fixture)
from tests.conftest import TODAY

NOW = datetime(2026, 11, 26, 9, 30)


def _companies_in(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as connection:
        return {row[0] for row in connection.execute("SELECT company FROM application")}


def _files(folder: Path) -> list[str]:
    """The files under `folder`, but SQLite's own -wal/-shm (a reader may leave them; they come and go)."""
    return sorted(p.name for p in folder.rglob("*") if p.is_file() and not p.name.endswith(("-wal", "-shm")))


# --- a copy is read back before it is kept ---

def test_a_copy_that_does_not_match_its_source_is_an_error_and_leaves_no_file(isolated_data, monkeypatch, capsys):
    add_companies(isolated_data, "Aramco")
    monkeypatch.setattr(store, "_copy_pages", lambda source, target, progress=None: None)  # what the bad URI did: an empty copy
    with pytest.raises(BackupFailed, match="could not make a backup it can trust"):
        make_backup(isolated_data)
    with pytest.raises(BackupFailed):
        automatic_backup(isolated_data, NOW)
    assert main(["backup"]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert list((isolated_data / "backups").iterdir()) == []


def test_a_copy_with_rows_missing_is_refused(isolated_data, monkeypatch):
    add_companies(isolated_data, "Aramco", "STC")
    real = store._copy_pages

    def lossy(source, target, progress=None):
        real(source, target, progress)
        target.execute("DELETE FROM application WHERE company = 'STC'")
        target.commit()

    monkeypatch.setattr(store, "_copy_pages", lossy)
    with pytest.raises(BackupFailed):
        make_backup(isolated_data)
    assert list((isolated_data / "backups").iterdir()) == []


def _disk_full(source, target, progress=None):
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_full_disk_leaves_no_partial_file_and_says_so(isolated_data, tmp_path, monkeypatch, capsys):
    add_companies(isolated_data, "Aramco")
    before = _files(isolated_data)
    monkeypatch.setattr(store, "_copy_pages", _disk_full)
    assert main(["backup"]) == 2
    assert main(["backup", str(tmp_path / "mine.db")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all("No space left" in line for line in err)
    with pytest.raises(BackupFailed, match="No space left"):
        automatic_backup(isolated_data, NOW)
    assert _files(isolated_data) == before
    assert not (tmp_path / "mine.db").exists() and not (tmp_path / "mine.db.partial").exists()


def test_a_full_disk_during_a_restore_changes_nothing(isolated_data, tmp_path, monkeypatch, capsys):
    add_companies(isolated_data, "In the backup")
    backup = make_backup(isolated_data, tmp_path / "b.db")
    add_companies(isolated_data, "Only in the journal")
    journal_bytes = database_path(isolated_data).read_bytes()
    before = _files(isolated_data)
    monkeypatch.setattr(store, "_copy_pages", _disk_full)
    assert main(["restore", str(backup)]) == 2
    assert "No space left" in capsys.readouterr().err
    assert database_path(isolated_data).read_bytes() == journal_bytes
    assert _files(isolated_data) == before


# --- retention keeps the last good copy ---

def test_two_restores_in_a_day_then_weeks_of_daily_copies_keep_the_original_journal(isolated_data, tmp_path):
    add_companies(isolated_data, *[f"Original {n}" for n in range(5)])
    automatic_backup(isolated_data, NOW - timedelta(days=1))
    small = tmp_path / "small"
    add_companies(small, "Small")
    other = make_backup(small, tmp_path / "small.db")
    restore_backup(isolated_data, other, NOW.replace(hour=10))  # keeps the original as before-restore
    restore_backup(isolated_data, other, NOW.replace(hour=11))  # keeps the small one as before-restore
    for day in range(40):
        automatic_backup(isolated_data, NOW + timedelta(days=day + 1))
    holding_original = [b for b in list_backups(isolated_data) if "Original 3" in _companies_in(b.path)]
    assert any(b.kind == "before-restore" for b in holding_original)


def test_daily_copies_of_an_emptied_journal_never_push_out_the_last_full_copy(isolated_data):
    add_companies(isolated_data, *[f"Company {n}" for n in range(5)])
    automatic_backup(isolated_data, NOW - timedelta(days=1))
    journal = Journal.open(isolated_data)
    with journal.session() as session:
        for row in list_applications(session):
            delete_application(session, row.id, confirmed=True)
    journal.close()
    for day in range(60):
        automatic_backup(isolated_data, NOW + timedelta(days=day))
    full = [b for b in list_backups(isolated_data) if len(_companies_in(b.path)) == 5]
    assert len(full) == 1 and full[0].taken_at == NOW - timedelta(days=1)
    assert len(list_backups(isolated_data)) <= 7 + 4 + 1


def test_pruning_still_drops_old_copies_when_the_journal_holds_the_most(isolated_data):
    add_companies(isolated_data, "Aramco")
    for day in range(40):
        automatic_backup(isolated_data, NOW + timedelta(days=day))
    assert len(list_backups(isolated_data)) <= 7 + 4


# --- an empty journal beside backups is lost, not new ---

def test_an_empty_journal_beside_backups_is_damaged_and_the_backup_is_offered(isolated_data, capsys):
    add_companies(isolated_data, "Aramco", "STC")
    automatic_backup(isolated_data, NOW - timedelta(days=1))
    database = database_path(isolated_data)
    database.write_bytes(b"")
    with pytest.raises(JournalDamaged):
        Journal.open_for_start(isolated_data)
    with pytest.raises(JournalDamaged):
        Journal.open(isolated_data)
    assert main(["stats"]) == 2
    assert "damaged" in capsys.readouterr().err
    assert automatic_backup(isolated_data, NOW) is None  # no daily copy of an empty file
    assert database.read_bytes() == b""
    offered = newest_good_backup(isolated_data)
    assert offered is not None and offered.taken_at == NOW - timedelta(days=1)


def test_a_header_less_journal_beside_backups_is_damaged(isolated_data):
    add_companies(isolated_data, "Aramco")
    automatic_backup(isolated_data, NOW - timedelta(days=1))
    database = database_path(isolated_data)
    data = bytearray(database.read_bytes())
    data[:100] = bytes(100)
    database.write_bytes(bytes(data))
    with pytest.raises(JournalDamaged):
        Journal.open_for_start(isolated_data)
    assert database.read_bytes()[:100] == bytes(100)


def test_an_empty_journal_without_backups_is_a_new_journal(isolated_data):
    isolated_data.mkdir()
    database_path(isolated_data).write_bytes(b"")
    Journal.open(isolated_data).close()
    assert database_path(isolated_data).stat().st_size > 0


def test_restoring_over_an_empty_journal_keeps_it_aside(isolated_data):
    add_companies(isolated_data, "Aramco")
    backup = automatic_backup(isolated_data, NOW - timedelta(days=1))
    database_path(isolated_data).write_bytes(b"")
    restored = restore_backup(isolated_data, backup, NOW)
    assert restored.kept is not None and restored.kept.name.startswith("thabat.db.damaged-")
    assert restored.kept.read_bytes() == b""
    assert _companies_in(database_path(isolated_data)) == {"Aramco"}


# --- a newer or foreign file is refused before a byte is written ---

def _rollback_mode_journal(folder: Path, revision: str | None) -> Path:
    """A journal in rollback-journal mode (as another tool leaves it), stamped `revision` or foreign."""
    add_companies(folder, "Aramco")
    path = database_path(folder)
    with closing(sqlite3.connect(path)) as raw:
        raw.execute("PRAGMA journal_mode=DELETE")
        if revision is None:
            raw.execute("DROP TABLE alembic_version")
        else:
            raw.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        raw.commit()
    assert path.read_bytes()[18:20] == b"\x01\x01"  # the header says: rollback journal, not WAL
    return path


@pytest.mark.parametrize("revision, words", [("9999_future", "newer version"), (None, "not a Thabat journal")])
def test_a_newer_or_foreign_journal_is_left_untouched_byte_for_byte(isolated_data, capsys, revision, words):
    path = _rollback_mode_journal(isolated_data, revision)
    before = path.read_bytes()
    names = _files(isolated_data)
    with pytest.raises(JournalUnavailable, match=words):
        Journal.open_for_start(isolated_data)
    with pytest.raises(JournalUnavailable, match=words):
        Journal.open(isolated_data)
    assert main(["stats"]) == 2
    assert main(["backup"]) == 2
    assert words in capsys.readouterr().err
    assert path.read_bytes() == before
    assert _files(isolated_data) == names
