"""Backups: which ones are kept, once a day, user-only, restore keeps the current state."""

from __future__ import annotations

import sqlite3
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from thabat.app.errors import UserError
from thabat.app.journal import Journal
from thabat.app.runtime.paths import database_path
from thabat.app.services.applications import add_application, list_applications
from thabat.app.usecases.backups import BackupUnusable, automatic_backup, list_backups, make_backup, restore_backup
from thabat.app.views.applications import ApplicationInput
from thabat.storage.backup import Backup, backups_to_keep, copy_database
from tests.conftest import TODAY

NOW = datetime(2026, 11, 26, 9, 30)


@pytest.fixture(autouse=True)
def english(qapp):
    """Messages are matched in English, whatever language an earlier test left behind."""
    from tests.ui_support import switcher

    switcher().apply("en")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _b(taken_at: datetime, kind: str = "daily") -> Backup:
    return Backup(Path(f"thabat-{kind}-{taken_at:%Y%m%d-%H%M%S}.db"), taken_at, kind)


def _add(folder: Path, company: str) -> None:
    journal = Journal.open(folder)
    with journal.session() as session:
        add_application(session, ApplicationInput(company=company, role="Analyst", applied_on=TODAY), TODAY)
    journal.close()


def _companies(folder: Path) -> list[str]:
    journal = Journal.open(folder)
    with journal.session() as session:
        names = sorted(row.company for row in list_applications(session))
    journal.close()
    return names


# --- retention: a pure function ---

def test_retention_keeps_one_a_day_for_the_last_seven_days_with_backups():
    backups = [_b(NOW - timedelta(days=d)) for d in range(10)]
    kept = backups_to_keep(backups, daily=7, weekly=0)
    assert kept == {b.path for b in backups[:7]}


def test_retention_keeps_the_newest_of_each_day():
    morning, evening = _b(NOW.replace(hour=8)), _b(NOW.replace(hour=20))
    assert backups_to_keep([morning, evening], daily=7, weekly=0) == {evening.path}


def test_copies_kept_before_a_restore_or_an_upgrade_are_never_pruned():
    protected = [_b(NOW - timedelta(days=d, hours=h), kind) for d in range(60) for h in (1, 2)
                 for kind in ("before-restore", "before-upgrade-0001")]
    daily = [_b(NOW - timedelta(days=d)) for d in range(60)]
    kept = backups_to_keep(protected + daily, daily=7, weekly=4)
    assert {b.path for b in protected} <= kept
    assert len(kept - {b.path for b in protected}) == 7 + 2


def test_retention_keeps_one_per_iso_week_for_four_weeks():
    # One backup a day for 60 days: 7 daily + the newest of 4 ISO weeks (the current week overlaps).
    backups = [_b(NOW - timedelta(days=d)) for d in range(60)]
    kept = backups_to_keep(backups)
    weeks = sorted({b.taken_at.isocalendar()[:2] for b in backups if b.path in kept}, reverse=True)
    assert len(weeks) == 4
    newest_of_week = {}
    for backup in backups:  # newest first
        newest_of_week.setdefault(backup.taken_at.isocalendar()[:2], backup.path)
    assert {newest_of_week[w] for w in weeks} <= kept
    assert {b.path for b in backups[:7]} <= kept
    # Thursday 26 Nov: the week holds 4 daily backups (Mon–Thu), the 7 daily reach into last week.
    assert len(kept) == 7 + 2


def test_retention_counts_weeks_across_a_year_boundary():
    # ISO week 1 of 2027 starts on Monday 4 January; 1–3 January 2027 belong to 2026-W53.
    days = [datetime(2027, 1, 4, 12), datetime(2027, 1, 3, 12), datetime(2027, 1, 1, 12), datetime(2026, 12, 27, 12)]
    kept = backups_to_keep([_b(d) for d in days], daily=0, weekly=2)
    assert kept == {_b(days[0]).path, _b(days[1]).path}


def test_retention_never_drops_manual_backups_and_handles_gaps():
    manual = _b(NOW - timedelta(days=400), "manual")
    sparse = [_b(NOW - timedelta(days=30 * m)) for m in range(12)]
    kept = backups_to_keep(sparse + [manual])
    assert manual.path in kept
    assert len(kept - {manual.path}) == 7  # 7 distinct days, all in different weeks too
    assert backups_to_keep([]) == set()


# --- automatic backups on disk ---

def test_daily_backup_is_taken_at_most_once_a_day_user_only(isolated_data):
    _add(isolated_data, "Aramco")
    first = automatic_backup(isolated_data, NOW)
    assert first is not None and first.parent == isolated_data / "backups"
    assert automatic_backup(isolated_data, NOW + timedelta(hours=5)) is None
    assert automatic_backup(isolated_data, NOW + timedelta(days=1)) is not None
    assert _mode(isolated_data / "backups") == 0o700
    assert all(_mode(b.path) == 0o600 for b in list_backups(isolated_data))
    with sqlite3.connect(first) as copy:
        assert copy.execute("SELECT company FROM application").fetchall() == [("Aramco",)]
    copy.close()


def test_daily_backups_are_pruned_to_seven_days_and_four_weeks(isolated_data):
    _add(isolated_data, "STC")
    for day in range(40):
        automatic_backup(isolated_data, NOW - timedelta(days=40 - day))
    make_backup(isolated_data, now=NOW - timedelta(days=100))
    kinds = [b.kind for b in list_backups(isolated_data)]
    assert kinds.count("manual") == 1
    assert 7 <= kinds.count("daily") <= 7 + 4


def test_manual_backup_refuses_to_overwrite(isolated_data, tmp_path):
    _add(isolated_data, "STC")
    target = tmp_path / "mine.db"
    target.write_text("precious")
    with pytest.raises(UserError, match="already exists"):
        make_backup(isolated_data, target)
    assert target.read_text() == "precious"


# --- restore ---

def test_restore_keeps_the_current_state_and_brings_back_the_backup(isolated_data):
    _add(isolated_data, "Yesterday Co")
    yesterday = automatic_backup(isolated_data, NOW - timedelta(days=1))
    _add(isolated_data, "Today Co")

    restored = restore_backup(isolated_data, yesterday, NOW)

    assert _companies(isolated_data) == ["Yesterday Co"]
    assert restored.kept is not None and "before-restore" in restored.kept.name
    with sqlite3.connect(restored.kept) as kept:
        assert sorted(r[0] for r in kept.execute("SELECT company FROM application")) == ["Today Co", "Yesterday Co"]
    kept.close()
    assert _mode(database_path(isolated_data)) == 0o600


def test_restore_refuses_a_file_that_is_not_a_journal(isolated_data, tmp_path):
    _add(isolated_data, "STC")
    before = database_path(isolated_data).read_bytes()
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(BackupUnusable, match="not a Thabat journal"):
        restore_backup(isolated_data, junk)
    plain = tmp_path / "plain.db"
    with sqlite3.connect(plain) as other:
        other.execute("CREATE TABLE t (x)")
    other.close()
    with pytest.raises(BackupUnusable, match="not a Thabat journal"):
        restore_backup(isolated_data, plain)
    assert database_path(isolated_data).read_bytes() == before
    assert list_backups(isolated_data) == []


def test_restore_refuses_a_backup_from_a_newer_thabat(isolated_data, tmp_path):
    _add(isolated_data, "STC")
    newer = copy_database(database_path(isolated_data), tmp_path / "newer.db")
    with sqlite3.connect(newer) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999_future'")
    raw.close()
    with pytest.raises(BackupUnusable, match="newer version"):
        restore_backup(isolated_data, newer)
    assert _companies(isolated_data) == ["STC"]


# --- the command line ---

def test_cli_backup_and_restore(isolated_data, tmp_path, capsys):
    from thabat.app.cli import main

    _add(isolated_data, "Before")
    target = tmp_path / "copy.db"
    assert main(["backup", str(target)]) == 0
    assert _mode(target) == 0o600
    assert main(["backup"]) == 0
    assert [b.kind for b in list_backups(isolated_data)] == ["manual"]
    _add(isolated_data, "After")

    assert main(["restore", str(target)]) == 0
    out = capsys.readouterr().out
    assert "Restored the journal" in out and "before-restore" in out
    assert _companies(isolated_data) == ["Before"]


def test_cli_refuses_bad_backup_and_restore_with_one_line(isolated_data, tmp_path, capsys):
    from thabat.app.cli import main

    _add(isolated_data, "STC")
    existing = tmp_path / "taken.db"
    existing.write_text("mine")
    assert main(["backup", str(existing)]) == 2
    assert main(["restore", str(tmp_path / "missing.db")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(line.startswith("thabat: ") for line in err)
    assert existing.read_text() == "mine"
    assert list_backups(isolated_data) == []


def test_cli_restore_refuses_while_the_app_is_running(qtbot, isolated_data, tmp_path, capsys):
    from thabat.app.cli import main
    from thabat.ui.single_instance import SingleInstance

    _add(isolated_data, "Open in the app")
    backup = make_backup(isolated_data, tmp_path / "b.db")
    running = SingleInstance(isolated_data)
    assert running.acquire()
    try:
        assert main(["restore", str(backup)]) == 2
    finally:
        running.release()
    assert "close it first" in capsys.readouterr().err
    assert list_backups(isolated_data) == []
    assert main(["restore", str(backup)]) == 0
