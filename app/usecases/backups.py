"""Backup policy: when to copy the journal, what a restore keeps, how a damaged journal is recovered.

Storage does the copying and checks every copy (`storage.backup`); this module decides when, and
turns storage's failures into messages the user can act on. Every restore keeps the state it
replaces: a healthy journal is backed up first ("before-restore", never pruned), a damaged or
empty one is renamed aside, never deleted.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Iterator

from thabat.app.errors import QT_TRANSLATE_NOOP, Message, UserError
from thabat.app.runtime.paths import database_path
from thabat.app.runtime.long_work import Job, job_or_new
from thabat.app.runtime.paths import database_path
from thabat.storage import backup as store
from thabat.storage.sqlite_file import DamagedDatabaseError, StorageError, check_health, stored_revision

KEEP_DAILY, KEEP_WEEKLY = store.KEEP_DAILY, store.KEEP_WEEKLY
"""How many daily and weekly copies are kept (the settings page says so)."""


class BackupUnusable(UserError):
    """The chosen file cannot be restored (not a journal, damaged, or from a newer Thabat)."""


class BackupFailed(UserError):
    """No backup could be made that reads back the same as the journal; nothing was kept."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    size: int
    kind: str
    protected: bool = False
    """Kept before a restore or an upgrade, or made by the user: never deleted by the app, only by the user."""


@dataclass(frozen=True)
class Restored:
    database: Path
    kept: Path | None
    """Where the replaced journal went: a before-restore backup, or the damaged file moved aside."""


def _info(backup: store.Backup) -> BackupInfo:
    return BackupInfo(path=backup.path, taken_at=backup.taken_at, size=backup.size, kind=backup.kind,
                      protected=backup.protected)


def list_backups(folder: Path) -> list[BackupInfo]:
    """The journal's backups in `<folder>/backups`, newest first."""
    return [_info(b) for b in store.list_backups(database_path(folder))]


def automatic_backup(folder: Path, now: datetime | None = None) -> Path | None:
    """The daily backup (at most one a day; old ones pruned); None when not due or no journal yet.

    Raises BackupFailed when the copy cannot be written or does not read back like the journal.
    """
    database = database_path(folder)
    with _copy_errors(store.backup_folder(database)):
        return store.daily_backup(database, now)


def _copy(database: Path, target: Path, job: Job | None = None) -> Path:
    """`store.copy_database`, its failures told in the user's language; `job` sees its progress and may stop it."""
    with _copy_errors(target):
        return store.copy_database(database, target, _copy_progress(job))


def _copy_progress(job: Job | None):
    if job is None:
        return None
    return lambda done, total: job.step("copy", done, total)


@contextmanager
def _copy_errors(target: Path) -> Iterator[None]:
    try:
        yield
    except store.CopyFailed as error:
        raise BackupFailed(Message(QT_TRANSLATE_NOOP(
            "Errors", "Thabat could not make a backup it can trust at %1: the copy could not be written or did "
            "not read back like your journal, so it was not kept. Your journal itself is unchanged."
        ), str(target))) from error
    except OSError as error:
        raise BackupFailed(Message(QT_TRANSLATE_NOOP(
            "Errors", "Thabat could not write a backup to %1 (%2); nothing was kept. Your journal itself is "
            "unchanged."
        ), str(target), error.strerror or str(error))) from error


def make_backup(folder: Path, target: Path | None = None, now: datetime | None = None, job: Job | None = None) -> Path:
    """A backup the user asked for: to `target`, or a new file in the backups folder (never pruned).

    The journal must be closed or idle; the copy is consistent either way (online backup API).
    Cancelled through `job`, it leaves no file.
    """
    database = database_path(folder)
    if target is None:
        target = store.backup_path(database, "manual", now or datetime.now())
    elif target.exists():
        raise UserError(Message(QT_TRANSLATE_NOOP("Errors", "%1 already exists; choose a new file name."), str(target)))
    elif not target.parent.is_dir():
        raise UserError(Message(QT_TRANSLATE_NOOP("Errors", "The folder %1 does not exist."), str(target.parent)))
    return _copy(database, target, job)


def check_backup(file: Path) -> str:
    """The schema revision of `file` if it can be restored; BackupUnusable with the reason otherwise."""
    try:
        from thabat.storage.journal_schema import check_restorable  # builds journals: SQLAlchemy and alembic
        from thabat.storage.migrate import known_revisions  # alembic: only to check a file before restoring it

        return check_restorable(file, known_revisions())
    except store.NewerBackupError as error:
        raise BackupUnusable(Message(QT_TRANSLATE_NOOP(
            "Errors", "%1 was made by a newer version of Thabat; update Thabat to restore it."
        ), str(file))) from error
    except store.ForeignSchemaError as error:
        raise BackupUnusable(Message(QT_TRANSLATE_NOOP(
            "Errors", "%1 is not a Thabat journal as this version makes it (%2), so it cannot be restored; "
            "nothing was changed."
        ), str(file), str(error))) from error
    except store.BackupError as error:
        raise BackupUnusable(Message(QT_TRANSLATE_NOOP(
            "Errors", "%1 is not a Thabat journal, or it is damaged; nothing was changed."
        ), str(file))) from error


def restore_backup(folder: Path, file: Path, now: datetime | None = None, job: Job | None = None) -> Restored:
    """Replace the journal with `file`, keeping the current journal first. Close the journal before.

    A healthy current journal is backed up ("before-restore"); a damaged, empty or foreign one is
    moved aside. Raises BackupUnusable (nothing changed) or BackupFailed when a copy fails its check.
    Cancelled through `job` (while checking or copying), it changes nothing: the backup is copied
    beside the journal first, the current journal kept next, and only the last rename cannot be stopped.
    """
    job = job_or_new(job)
    job.step("check")
    check_backup(file)
    now = now or datetime.now()
    database = database_path(folder)
    job.check()
    with _copy_errors(database):
        staged = store.stage_restore(file, database, _copy_progress(job))
    try:
        kept = _keep_current(database, now, job)  # a cancel stops it during the copy, not after a move aside
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    with _copy_errors(database):
        store.replace_database(file, database, staged)
    return Restored(database=database, kept=kept)


def _keep_current(database: Path, now: datetime, job: Job) -> Path | None:
    """The journal about to be replaced, kept: backed up when healthy, else moved aside (None: there is none)."""
    if not database.exists():
        return None
    try:
        check_health(database)
    except DamagedDatabaseError:
        return store.move_aside(database, now)
    except StorageError as error:
        raise UserError(str(error)) from error
    if stored_revision(database) is None:  # a database, but not a journal: nothing to copy-check it by
        return store.move_aside(database, now)
    return _copy(database, store.backup_path(database, "before-restore", now), job)


def delete_backup(folder: Path, backup: Path) -> None:
    """Delete one backup because the user asked to (protected copies are deleted this way only)."""
    try:
        store.delete_backup(database_path(folder), backup)
    except store.BackupError as error:
        raise UserError(Message(QT_TRANSLATE_NOOP("Errors", "%1 is not one of this journal's backups."), str(backup))) from error
    except OSError as error:
        raise UserError(Message(QT_TRANSLATE_NOOP("Errors", "%1 could not be deleted (%2)."), str(backup), error.strerror or str(error))) from error


def newest_good_backup(folder: Path) -> BackupInfo | None:
    """The newest backup that passes the health check and this Thabat can open."""
    for backup in list_backups(folder):
        try:
            check_backup(backup.path)
        except BackupUnusable:
            continue
        return backup
    return None
