"""`thabat doctor [--repair]`: is the journal file sound, and is its search index what a rebuild would make?

One line per problem found; exit 0 when there is none, 1 when there is (after `--repair`, when the
rebuilt index still differs). The search index is derived data: rebuilding it loses nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Callable

from thabat.app.commands.common import CommandError, open_journal
from thabat.app.text.direction import fill
from thabat.app.text.plurals import counted, numerus
from thabat.app.text.translation import translate


def add_parsers(commands) -> None:
    doctor = commands.add_parser("doctor", help=translate(
        "CommandLine", "check the journal file, and that the search index matches the journal"))
    doctor.add_argument("--repair", action="store_true", help=translate(
        "CommandLine", "rebuild the search index from the journal (nothing written by you is changed)"))


def _doctor(args: argparse.Namespace, folder: Path) -> int:
    from thabat.app.runtime.paths import database_path
    from thabat.storage.sqlite_file import DamagedDatabaseError, check_health, is_new

    path = database_path(folder)
    if is_new(path):  # checked first: the doctor never creates a journal
        raise CommandError(fill(translate("CommandLine", "there is no journal in %1"), str(folder), isolated=False))
    try:
        check_health(path)  # PRAGMA quick_check, read-only
    except DamagedDatabaseError as error:
        print(fill(translate("CommandLine", "The journal file is damaged (%1); restore a backup with: thabat restore FILE"),
                   error.detail, isolated=False))
        return 1
    from thabat.storage.search_sync import differences, repair

    journal = open_journal(folder)  # migrates an old journal and indexes what other tools wrote
    try:
        with journal.engine.begin() as connection:
            problems = differences(connection)
            for problem in problems:
                print(described(problem))
            if args.repair:
                indexed = repair(connection)
                print(counted(translate("CommandLine", "Rebuilt the search index: %n documents.", None, numerus(indexed)),
                              indexed, isolated=False))
                problems = differences(connection)
                for problem in problems:
                    print(described(problem))
    finally:
        journal.close()
    if problems:
        return 1
    print(translate("CommandLine", "The journal file is sound and its search index matches the journal."))
    return 0


def described(problem) -> str:
    """One line about one `storage.search_sync.Difference`."""
    if problem.ref_id is None:
        if problem.kind == "format":
            return translate("CommandLine", "The search index was built by another version of Thabat.")
        template = {
            "missing": translate("CommandLine", "%1 is missing."),
            "extra": translate("CommandLine", "%1 is not one of Thabat's."),
        }.get(problem.problem, translate("CommandLine", "%1 is not as Thabat made it."))
        return fill(template, problem.kind, isolated=False)
    template = {
        "missing": translate("CommandLine", "%1 %2 is missing from the search index."),
        "extra": translate("CommandLine", "%1 %2 is in the search index but no longer in the journal."),
        "twice": translate("CommandLine", "%1 %2 is in the search index more than once."),
    }.get(problem.problem, translate("CommandLine", "%1 %2 is in the search index with out-of-date text."))
    return fill(template, problem.kind, str(problem.ref_id), isolated=False)


COMMANDS: dict[str, Callable[[argparse.Namespace, Path], int]] = {"doctor": _doctor}
