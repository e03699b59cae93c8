"""`thabat backup [FILE]` and `thabat restore FILE`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Callable

from app.commands.common import CommandError, open_journal


def add_parsers(commands) -> None:
    backup = commands.add_parser("backup", help="a consistent copy of the journal (default: a new file in backups/)")
    backup.add_argument("file", nargs="?", type=Path, metavar="FILE", help="where to write the copy (a new file)")
    restore = commands.add_parser("restore", help="replace the journal with a backup (the current one is kept)")
    restore.add_argument("file", type=Path, metavar="FILE", help="a backup made by Thabat")


def _backup(args: argparse.Namespace, folder: Path) -> int:
    from app.backups import make_backup

    target = args.file.expanduser().resolve() if args.file else None
    if target is not None and target.exists():  # checked before opening: nothing written on bad input
        raise CommandError(f"{target} already exists; choose a new file name")
    open_journal(folder).close()  # health check and migrations first: never copy a damaged journal
    made = make_backup(folder, target)
    print(f"Backed up the journal to {made}")
    return 0


def _restore(args: argparse.Namespace, folder: Path) -> int:
    from app.backups import restore_backup

    from PySide6.QtCore import QLockFile

    from app.paths import lock_path

    source = args.file.expanduser().resolve()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    lock = QLockFile(str(lock_path(folder)))
    lock.setStaleLockTime(0)
    if not lock.tryLock(0):  # the app has the journal open: replacing it underneath would lose work
        raise CommandError(f"Thabat is running on {folder}; close it first, or restore from Settings > Backups")
    try:
        restored = restore_backup(folder, source)
    except OSError as error:
        raise CommandError(f"cannot restore {source}: {error.strerror}") from error
    finally:
        lock.unlock()
    kept = f"; the previous journal was kept as {restored.kept}" if restored.kept else ""
    print(f"Restored the journal from {source}{kept}")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace, Path], int]] = {"backup": _backup, "restore": _restore}
