"""Consistent copies of the database file, made with SQLite's online backup API.

Backups live in `<data>/backups/` (folder 0700, files 0600) and are named
`thabat-<kind>-YYYYmmdd-HHMMSS.db`, so their date is known without trusting file times.
Automatic kinds (daily, before an upgrade, before a restore) are pruned by `backups_to_keep`;
backups the user asked for by hand ("manual") are never deleted by the app.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, Sequence

from storage.sqlite_file import quick_check, read_only

BACKUP_DIR = "backups"
AUTOMATIC_KINDS = ("daily", "before-upgrade", "before-restore")
KEEP_DAILY = 7
KEEP_WEEKLY = 4
_NAME = re.compile(r"^(?P<stem>.+?)-(?P<kind>daily|manual|before-restore|before-upgrade(?:-.+?)?)-"
                   r"(?P<stamp>\d{8}-\d{6})\.db$")
_STAMP = "%Y%m%d-%H%M%S"


class BackupError(Exception):
    """A file that cannot be used as a backup; the message is for the user."""


class NewerBackupError(BackupError):
    """The backup was written by a newer Thabat (unknown schema revision)."""


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    kind: str
    size: int = 0

    @property
    def automatic(self) -> bool:
        return self.kind.startswith(AUTOMATIC_KINDS)


def backup_folder(database: Path) -> Path:
    return database.parent / BACKUP_DIR


def copy_database(source: Path, destination: Path) -> Path:
    """Copy the live database at `source` to `destination` (user-only permissions) and return it."""
    destination.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if destination.parent.name == BACKUP_DIR:  # ours: user-only even if it existed before
        os.chmod(destination.parent, 0o700)
    partial = destination.with_name(destination.name + ".partial")
    old_umask = os.umask(0o077)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    finally:
        os.umask(old_umask)
    os.chmod(partial, 0o600)
    os.replace(partial, destination)
    return destination


def backup_path(database: Path, kind: str, now: datetime) -> Path:
    """Where a backup of `kind` taken at `now` goes; never an existing file."""
    folder = backup_folder(database)
    target = folder / f"{database.stem}-{kind}-{now.strftime(_STAMP)}.db"
    bump = 1
    while target.exists():  # two backups in the same second: keep both
        target = folder / f"{database.stem}-{kind}-{now.strftime(_STAMP)}-{bump}.db"
        bump += 1
    return target


def backup_before_upgrade(database: Path, from_revision: str, now: datetime | None = None) -> Path:
    """Keep a copy of `database` as it was before a migration from `from_revision`."""
    return copy_database(database, backup_path(database, f"before-upgrade-{from_revision}", now or datetime.now()))


def list_backups(database: Path) -> list[Backup]:
    """The backups of `database` found in its backups folder, newest first."""
    folder = backup_folder(database)
    found = []
    if folder.is_dir():
        for path in folder.glob("*.db"):
            match = _NAME.match(path.name)
            if match is None or match["stem"] != database.stem:
                continue
            taken_at = datetime.strptime(match["stamp"], _STAMP)
            found.append(Backup(path, taken_at, match["kind"], path.stat().st_size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def backups_to_keep(backups: Iterable[Backup], daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY) -> set[Path]:
    """Which automatic backups to keep: the newest of each of the last `daily` days that have one,
    and the newest of each of the last `weekly` ISO weeks that have one. Pure: touches no file.

    Manual backups are always kept.
    """
    ordered = sorted(backups, key=lambda b: (b.taken_at, b.path.name), reverse=True)
    keep = {b.path for b in ordered if not b.automatic}
    automatic = [b for b in ordered if b.automatic]
    for period, count in ((lambda b: b.taken_at.date(), daily),
                          (lambda b: tuple(b.taken_at.isocalendar())[:2], weekly)):
        seen: list[object] = []
        for backup in automatic:
            key = period(backup)
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.append(key)
            keep.add(backup.path)
    return keep


def prune_backups(database: Path) -> list[Path]:
    """Delete the automatic backups `backups_to_keep` lets go; returns what was deleted."""
    backups = list_backups(database)
    keep = backups_to_keep(backups)
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def has_backup_on(database: Path, day: date) -> bool:
    return any(b.taken_at.date() == day for b in list_backups(database))


def daily_backup(database: Path, now: datetime | None = None) -> Path | None:
    """At most once a day: a copy of `database` if no backup was taken today, then prune old ones."""
    now = now or datetime.now()
    if not database.exists() or has_backup_on(database, now.date()):
        return None
    made = copy_database(database, backup_path(database, "daily", now))
    prune_backups(database)
    return made


def journal_revision(path: Path, known: Sequence[str]) -> str:
    """The schema revision of the journal at `path`, checked healthy and known.

    Raises BackupError (not a healthy Thabat journal) or NewerBackupError (revision not in `known`).
    """
    if not path.is_file():
        raise BackupError(f"{path} does not exist.")
    try:
        quick_check(path)
        connection = read_only(path)
        try:
            rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise BackupError(f"{path} is not a Thabat journal or is damaged ({error}).") from error
    if len(rows) != 1:
        raise BackupError(f"{path} is not a Thabat journal.")
    revision = rows[0][0]
    if revision not in known:
        raise NewerBackupError(f"{path} was written by a newer version of Thabat (schema {revision}); "
                               "update Thabat to restore it.")
    return revision


def replace_database(backup: Path, database: Path) -> Path:
    """Put a copy of `backup` in place of `database` in one atomic rename.

    The caller has closed every connection to `database` and kept its current state.
    """
    staged = copy_database(backup, database.with_name(database.name + ".restoring"))
    # A leftover WAL belongs to the old file; SQLite would replay it over the restored one.
    for suffix in ("-wal", "-shm"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    os.replace(staged, database)
    return database


def move_aside(database: Path, now: datetime | None = None) -> Path:
    """Rename a damaged `database` (and its WAL files) to `<name>.damaged-<stamp>`; never deletes it."""
    target = database.with_name(f"{database.name}.damaged-{(now or datetime.now()).strftime(_STAMP)}")
    for suffix in ("-wal", "-shm"):
        extra = database.with_name(database.name + suffix)
        if extra.exists():
            os.replace(extra, target.with_name(target.name + suffix))
    os.replace(database, target)
    os.chmod(target, 0o600)
    return target
