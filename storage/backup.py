"""Consistent copies of the database file, made with SQLite's online backup API, each one checked.

Backups live in `<data>/backups/` (folder 0700, files 0600) and are named
`thabat-<kind>-YYYYmmdd-HHMMSS.db`, so their date is known without trusting file times.
Every copy is written to a `.partial` file, read back and compared with its source (it opens,
passes `quick_check`, carries the source's schema revision and the same number of rows in every
table) before it takes its name; a copy that fails is removed and the failure raised.

Only daily copies are pruned (`backups_to_keep`); the others are protected: copies the user made
("manual") and copies kept before a restore or an upgrade are deleted by the user alone, from
Settings. Pruning also never deletes the newest copy that holds more than the journal does now.
"""

from __future__ import annotations

import os
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Callable, Iterable, Sequence

from thabat.storage.sqlite_file import BACKUP_DIR, connect_uri, quick_check, read_only

AUTOMATIC_KINDS = ("daily",)
COPY_STEP_PAGES = 256
"""Pages (4 KiB each) copied between two progress reports: about a megabyte, a few milliseconds."""
CopyProgress = Callable[[int, int], None]
KEEP_DAILY = 7
KEEP_WEEKLY = 4
_NAME = re.compile(r"^(?P<stem>.+?)-(?P<kind>daily|manual|before-restore|before-upgrade(?:-.+?)?)-"
                   r"(?P<stamp>\d{8}-\d{6})(?:-\d+)?\.db$")
_STAMP = "%Y%m%d-%H%M%S"


class BackupError(Exception):
    """A file that cannot be used as a backup; the message is for the user."""


class NewerBackupError(BackupError):
    """The backup was written by a newer Thabat (unknown schema revision)."""


class ForeignSchemaError(BackupError):
    """A healthy journal whose schema is not the one Thabat makes (a table, trigger or view too many or
    too few), or whose rows do not read back; the message is the first problem found."""


class CopyFailed(BackupError):
    """A copy could not be written, or did not match its source when read back; nothing was kept."""


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    kind: str
    size: int = 0

    @property
    def automatic(self) -> bool:
        """Made on a schedule and pruned by `backups_to_keep`."""
        return self.kind.startswith(AUTOMATIC_KINDS)

    @property
    def protected(self) -> bool:
        """Never pruned: kept before a restore or an upgrade (the state the journal had then), or made
        by the user. Only the user deletes it."""
        return not self.automatic


@dataclass(frozen=True)
class Contents:
    """What a journal file holds, as far as a copy must keep it: its revision and rows per table."""

    revision: str | None
    counts: dict[str, int] = field(default_factory=dict)
    rows: int = 0
    """Rows the user wrote: every table but the revision stamp and the search index (derived)."""


def read_contents(connection: sqlite3.Connection) -> Contents:
    tables = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    virtual = [name for name, sql in tables if (sql or "").upper().startswith("CREATE VIRTUAL")]
    counts = {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name, _ in tables}
    derived = {"alembic_version"} | {name for name in counts if any(name.startswith(v) for v in virtual)}
    revision = None
    if "alembic_version" in counts:
        found = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        revision = found[0][0] if len(found) == 1 else None
    return Contents(revision, counts, sum(count for name, count in counts.items() if name not in derived))


def contents_of(path: Path) -> Contents:
    """The contents of the file at `path`, read without writing to it; sqlite3.Error if unreadable."""
    with closing(read_only(path)) as connection:
        return read_contents(connection)


def backup_folder(database: Path) -> Path:
    return database.parent / BACKUP_DIR


def copy_database(source: Path, destination: Path, progress: CopyProgress | None = None) -> Path:
    """Copy the live database at `source` to `destination` (user-only permissions), check the copy
    against its source, and return it.

    Raises CopyFailed (or OSError) and leaves nothing behind when the copy cannot be made or checked.
    `progress(pages copied, pages in all)` is called between steps of the copy; whatever it raises
    (a cancel) stops the copy and leaves nothing behind either.
    """
    destination.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if destination.parent.name == BACKUP_DIR:  # ours: user-only even if it existed before
        os.chmod(destination.parent, 0o700)
    partial = destination.with_name(destination.name + ".partial")
    try:
        expected = _write_copy(source, partial, progress)
        os.chmod(partial, 0o600)
        verify_copy(partial, expected)
        os.replace(partial, destination)
    except BaseException:  # a full disk, a failed check, an interrupt: no half copy left to trust
        partial.unlink(missing_ok=True)
        raise
    return destination


def _write_copy(source: Path, target: Path, progress: CopyProgress | None = None) -> Contents:
    """Copy `source` into `target`; returns what the source held in the very snapshot copied."""
    old_umask = os.umask(0o077)
    try:
        with closing(connect_uri(source, mode="ro")) as src:
            src.execute("BEGIN")  # one read transaction: the counts and the pages copied are one snapshot
            expected = read_contents(src)
            with closing(sqlite3.connect(target)) as dst:
                _copy_pages(src, dst, progress)
            src.rollback()
    except sqlite3.Error as error:
        raise CopyFailed(f"{source} could not be copied to {target} ({error}).") from error
    finally:
        os.umask(old_umask)
    return expected


def _copy_pages(source: sqlite3.Connection, target: sqlite3.Connection, progress: CopyProgress | None = None) -> None:
    if progress is None:
        source.backup(target)
        return
    # In steps, so a long copy reports and can be stopped; one read transaction keeps it one snapshot.
    source.backup(target, pages=COPY_STEP_PAGES,
                  progress=lambda _status, remaining, total: progress(total - remaining, total))


def verify_copy(copy: Path, expected: Contents) -> None:
    """Raise CopyFailed unless `copy` opens, passes `quick_check`, and holds what `expected` says."""
    if expected.revision is None:
        raise CopyFailed(f"{copy} was not kept: its source is not a Thabat journal.")
    try:
        quick_check(copy)
        actual = contents_of(copy)
    except sqlite3.DatabaseError as error:
        raise CopyFailed(f"{copy} could not be read back ({error}); it was not kept.") from error
    if actual.revision != expected.revision:
        raise CopyFailed(f"{copy} was not kept: its schema revision is {actual.revision}, "
                         f"its source's {expected.revision}.")
    if actual.counts != expected.counts:
        raise CopyFailed(f"{copy} was not kept: it holds {actual.rows} rows, its source {expected.rows}.")


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
    """Which backups to keep: every manual and protected one, and of the daily ones the newest of each
    of the last `daily` days that have one and the newest of each of the last `weekly` ISO weeks that
    have one. Pure: touches no file.
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


def newest_richer_backup(rows: int, backups: Sequence[Backup]) -> Path | None:
    """The newest of `backups` (newest first) that holds more than `rows` rows written by the user."""
    for backup in backups:
        held = contents_or_none(backup.path)
        if held is not None and held.rows > rows:
            return backup.path
    return None


def prune_backups(database: Path) -> list[Path]:
    """Delete the daily backups `backups_to_keep` lets go; returns what was deleted.

    The newest copy holding more than the journal now does is never among them: a journal emptied by
    mistake (or replaced by a small one) must not see its daily copies push the last full copy out.
    When the journal cannot be read there is nothing to compare with, and every copy stays.
    """
    backups = list_backups(database)
    keep = backups_to_keep(backups)
    doomed = [b.path for b in backups if b.path not in keep]
    if not doomed:
        return []
    current = contents_or_none(database)
    if current is None or current.revision is None:
        return []
    richer = newest_richer_backup(current.rows, backups)
    removed = [path for path in doomed if path != richer]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def contents_or_none(path: Path) -> Contents | None:
    """`contents_of(path)`, or None for a file that cannot be read as a database."""
    try:
        return contents_of(path)
    except sqlite3.Error:
        return None


def has_backup_on(database: Path, day: date) -> bool:
    return any(b.taken_at.date() == day for b in list_backups(database))


def daily_backup(database: Path, now: datetime | None = None) -> Path | None:
    """At most once a day: a copy of `database` if no backup was taken today, then prune old ones."""
    now = now or datetime.now()
    if not database.exists() or database.stat().st_size == 0 or has_backup_on(database, now.date()):
        return None
    made = copy_database(database, backup_path(database, "daily", now))
    prune_backups(database)
    return made


def delete_backup(database: Path, backup: Path) -> None:
    """Delete one backup of `database` because the user asked to; refuses anything else."""
    match = _NAME.match(backup.name)
    if backup.parent != backup_folder(database) or match is None or match["stem"] != database.stem:
        raise BackupError(f"{backup} is not one of this journal's backups.")
    backup.unlink(missing_ok=True)


def stage_restore(backup: Path, database: Path, progress: CopyProgress | None = None) -> Path:
    """A checked copy of `backup` beside `database`, ready for `replace_database` (removed if it fails)."""
    return copy_database(backup, database.with_name(database.name + ".restoring"), progress)


def replace_database(backup: Path, database: Path, staged: Path | None = None) -> Path:
    """Put a copy of `backup` (or the copy `staged` already made of it) in place of `database` in one
    atomic rename.

    The caller has closed every connection to `database` and kept its current state.
    """
    if staged is None:
        staged = stage_restore(backup, database)  # checked, or removed
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
