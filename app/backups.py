"""Backup policy: when to copy the journal, what a restore keeps, how a damaged journal is recovered.

Storage does the copying (`storage.backup`); this module decides when, and turns storage's
failures into messages the user can act on. Every restore keeps the state it replaces: a healthy
journal is backed up first ("before-restore"), a damaged one is renamed aside, never deleted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.errors import UserError, translate
from app.paths import database_path
from app.text_direction import fill
from storage import backup as store
from storage.sqlite_file import DamagedDatabaseError, StorageError, check_health


class BackupUnusable(UserError):
    """The chosen file cannot be restored (not a journal, damaged, or from a newer Thabat)."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    size: int
    kind: str


@dataclass(frozen=True)
class Restored:
    database: Path
    kept: Path | None
    """Where the replaced journal went: a before-restore backup, or the damaged file moved aside."""


def _info(backup: store.Backup) -> BackupInfo:
    return BackupInfo(path=backup.path, taken_at=backup.taken_at, size=backup.size, kind=backup.kind)


def list_backups(folder: Path) -> list[BackupInfo]:
    """The journal's backups in `<folder>/backups`, newest first."""
    return [_info(b) for b in store.list_backups(database_path(folder))]


def automatic_backup(folder: Path, now: datetime | None = None) -> Path | None:
    """The daily backup (at most one a day; old ones pruned); None when not due or no journal yet."""
    return store.daily_backup(database_path(folder), now)


def make_backup(folder: Path, target: Path | None = None, now: datetime | None = None) -> Path:
    """A backup the user asked for: to `target`, or a new file in the backups folder (never pruned).

    The journal must be closed or idle; the copy is consistent either way (online backup API).
    """
    database = database_path(folder)
    if target is None:
        target = store.backup_path(database, "manual", now or datetime.now())
    elif target.exists():
        raise UserError(fill(translate("Errors", "%1 already exists; choose a new file name."), str(target)))
    elif not target.parent.is_dir():
        raise UserError(fill(translate("Errors", "The folder %1 does not exist."), str(target.parent)))
    return store.copy_database(database, target)


def check_backup(file: Path) -> str:
    """The schema revision of `file` if it can be restored; BackupUnusable with the reason otherwise."""
    try:
        from storage.migrate import known_revisions  # alembic: only to check a file before restoring it

        return store.journal_revision(file, known_revisions())
    except store.NewerBackupError as error:
        raise BackupUnusable(fill(translate(
            "Errors", "%1 was made by a newer version of Thabat; update Thabat to restore it."
        ), str(file))) from error
    except store.BackupError as error:
        raise BackupUnusable(fill(translate(
            "Errors", "%1 is not a Thabat journal, or it is damaged."
        ), str(file))) from error


def restore_backup(folder: Path, file: Path, now: datetime | None = None) -> Restored:
    """Replace the journal with `file`, keeping the current journal first. Close the journal before.

    A healthy current journal is backed up ("before-restore"); a damaged one is moved aside.
    """
    check_backup(file)
    now = now or datetime.now()
    database = database_path(folder)
    kept = None
    if database.exists() and database.stat().st_size > 0:
        try:
            check_health(database)
        except DamagedDatabaseError:
            kept = store.move_aside(database, now)
        except StorageError as error:
            raise UserError(str(error)) from error
        else:
            kept = store.copy_database(database, store.backup_path(database, "before-restore", now))
    store.replace_database(file, database)
    return Restored(database=database, kept=kept)


def newest_good_backup(folder: Path) -> BackupInfo | None:
    """The newest backup that passes the health check and this Thabat can open."""
    for backup in list_backups(folder):
        try:
            check_backup(backup.path)
        except BackupUnusable:
            continue
        return backup
    return None
