"""`thabat backup [FILE]` and `thabat restore FILE`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Callable

from thabat.app.commands.common import CommandError, open_journal
from thabat.app.text.direction import fill
from thabat.app.text.translation import translate
from thabat.app.commands.progress import terminal_job
from thabat.app.text.direction import fill


def add_parsers(commands) -> None:
    backup = commands.add_parser("backup", help=translate("CommandLine", "a consistent copy of the journal (default: a new file in backups/)"))
    backup.add_argument("file", nargs="?", type=Path, metavar="FILE", help=translate("CommandLine", "where to write the copy (a new file)"))
    restore = commands.add_parser("restore", help=translate("CommandLine", "replace the journal with a backup (the current one is kept)"))
    restore.add_argument("file", type=Path, metavar="FILE", help=translate("CommandLine", "a backup made by Thabat"))


def _backup(args: argparse.Namespace, folder: Path) -> int:
    from thabat.app.usecases.backups import make_backup

    target = args.file.expanduser().resolve() if args.file else None
    if target is not None and target.exists():  # checked before opening: nothing written on bad input
        raise CommandError(fill(translate("CommandLine", "%1 already exists; choose a new file name"), str(target), isolated=False))
    open_journal(folder).close()  # health check and migrations first: never copy a damaged journal
    with terminal_job() as job:
        made = make_backup(folder, target, job=job)
    print(fill(translate("CommandLine", "Backed up the journal to %1"), str(made), isolated=False))
    return 0


def _restore(args: argparse.Namespace, folder: Path) -> int:
    from thabat.app.usecases.backups import restore_backup

    from PySide6.QtCore import QLockFile

    from thabat.app.runtime.paths import lock_path

    source = args.file.expanduser().resolve()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    lock = QLockFile(str(lock_path(folder)))
    lock.setStaleLockTime(0)
    if not lock.tryLock(0):  # the app has the journal open: replacing it underneath would lose work
        raise CommandError(fill(translate("CommandLine", "Thabat is running on %1; close it first, or restore from Settings > Backups"), str(folder), isolated=False))
    try:
        with terminal_job() as job:
            restored = restore_backup(folder, source, job=job)
    except OSError as error:
        raise CommandError(fill(translate("CommandLine", "cannot restore %1: %2"), str(source), error.strerror or str(error), isolated=False)) from error
    finally:
        lock.unlock()
    if restored.kept:
        print(fill(translate("CommandLine", "Restored the journal from %1; the previous journal was kept as %2"), str(source), str(restored.kept), isolated=False))
    else:
        print(fill(translate("CommandLine", "Restored the journal from %1"), str(source), isolated=False))
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace, Path], int]] = {"backup": _backup, "restore": _restore}
