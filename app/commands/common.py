"""What every sub-command shares: the error it reports, argument types, opening the journal."""

from __future__ import annotations

import argparse
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Iterator

from thabat.app.errors import UserError, untranslated
from thabat.app.text.direction import fill
from thabat.app.text.translation import translate


class CommandError(UserError):
    """A command that cannot run as asked; printed as one line, exit status 2."""


def error_text(error: BaseException | str) -> str:
    """`error` as the command line prints it: in the language chosen with --lang, without isolates
    (a terminal would show them as litter). Errors carry their text untranslated; here it is translated."""
    return untranslated(error).render(translate, isolated=False)


def positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(fill(translate("CommandLine", "not a whole number: %1"), repr(text), isolated=False)) from None
    if value < 1:
        raise argparse.ArgumentTypeError(fill(translate("CommandLine", "must be 1 or more: %1"), text, isolated=False))
    return value


def whole_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(fill(translate("CommandLine", "not a whole number: %1"), repr(text), isolated=False)) from None


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(fill(translate("CommandLine", "not a date (YYYY-MM-DD): %1"), repr(text), isolated=False)) from None


def open_journal(folder: Path):
    """The journal in `folder`; a folder that cannot be used is a CommandError."""
    from thabat.app.journal import Journal

    try:
        return Journal.open(folder)
    except OSError as error:
        raise CommandError(fill(translate("CommandLine", "cannot use the data folder %1: %2"), str(folder), error.strerror or str(error), isolated=False)) from error


@contextmanager
def new_journal_removed_on_failure(folder: Path) -> Iterator:
    """The journal in `folder`; if this command created it and then fails, the new files go again
    (the journal file, and the folder when it was made here and is left empty)."""
    from thabat.app.runtime.paths import database_path

    database = database_path(folder)
    folder_existed, journal_existed = folder.exists(), database.exists()
    journal = None
    try:
        journal = open_journal(folder)  # creating it can fail too (a full disk)
        yield journal
    except BaseException:
        if journal is not None:
            journal.close()
        if not journal_existed:
            for suffix in ("", "-wal", "-shm", "-journal"):
                database.with_name(database.name + suffix).unlink(missing_ok=True)
            if not folder_existed:
                try:
                    folder.rmdir()
                except OSError:  # something else was put there meanwhile: leave it
                    pass
        raise
    journal.close()


def saved_preferences(folder: Path) -> dict[str, str]:
    """The settings exports follow (name, calendar, digits), read as the app reads them."""
    from thabat.app.preferences import DEFAULTS, Preferences

    preferences = Preferences(folder)
    return {key: preferences.get(key) or DEFAULTS[key] for key in ("user_name", "calendar", "digits")}
