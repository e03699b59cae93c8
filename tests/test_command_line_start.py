"""The command line's start: `thabat search` reads the index with sqlite3 alone (no ORM, no Qt, no
matplotlib), and a plain launch reads the app's own two options by hand, as the parser would."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from thabat.app.journal import Journal


_SEARCH_PROBE = """
import sys

from thabat.ui.launcher import main
status = main(["--data-dir", sys.argv[1], "search", sys.argv[2]])
heavy = ("sqlalchemy", "sqlmodel", "alembic", "pydantic", "matplotlib", "numpy", "PySide6.QtCore", "PySide6.QtWidgets")
print("loaded:", *sorted(m for m in heavy if m in sys.modules))
sys.exit(status)
"""


def _journal_with_a_note(folder):
    from thabat.app.views.applications import ApplicationInput
    from thabat.app.services.applications import add_application

    journal = Journal.open(folder)
    with journal.session() as session:
        add_application(session, ApplicationInput("Careem", "Analyst", date(2026, 9, 1),
                                                  notes="مقابلة جيدة عن system design"), date(2026, 11, 26))
    journal.close()


def test_thabat_search_reads_the_index_with_sqlite3_alone(tmp_path):
    """`thabat search` at 0.2 s and 50 MB: no ORM, no Qt, no matplotlib (bench: "CLI search")."""
    folder = tmp_path / "journal"
    _journal_with_a_note(folder)
    run = subprocess.run([sys.executable, "-c", _SEARCH_PROBE, str(folder), "المقابلة"], capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert len(lines) == 2 and "Careem" in lines[0] and "[مقابلة]" in lines[0]
    assert lines[1] == "loaded:"


def test_thabat_search_on_an_index_of_an_older_form_rebuilds_it_through_the_orm_first(tmp_path):
    import sqlite3
    from contextlib import closing

    from thabat.app.runtime.paths import database_path
    from thabat.storage.search_table import FORMAT_TABLE

    folder = tmp_path / "journal"
    _journal_with_a_note(folder)
    with closing(sqlite3.connect(database_path(folder))) as db, db:
        db.execute(f"UPDATE {FORMAT_TABLE} SET format = 'old'")
    run = subprocess.run([sys.executable, "-c", _SEARCH_PROBE, str(folder), "system"], capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "Careem" in run.stdout and "sqlalchemy" in run.stdout.splitlines()[-1]
    with closing(sqlite3.connect(database_path(folder))) as db:
        assert db.execute(f"SELECT format FROM {FORMAT_TABLE}").fetchone()[0] != "old"


@pytest.mark.parametrize("arguments", [
    [], ["--data-dir", "journal"], ["--lang", "ar"], ["--data-dir", "journal", "--lang", "en"],
    ["--lang=en", "--data-dir=journal"], ["--data-dir="],
])
def test_the_apps_own_options_read_by_hand_are_what_the_command_lines_parser_reads(arguments):
    from thabat.app.cli import build_parser, starts_the_app
    from thabat.ui.launcher import plain_app_options

    options = plain_app_options(arguments)
    assert options is not None and starts_the_app(arguments)
    parsed = build_parser(with_commands=False).parse_args(arguments)
    assert (options.get("--data-dir"), options.get("--lang")) == (parsed.data_dir, parsed.lang)


@pytest.mark.parametrize("arguments", [
    ["--lang", "fr"], ["--lang"], ["--data-dir"], ["--data-dir", "a", "--data-dir", "b"], ["--data", "journal"],
    ["--data-dir", "-x"], ["--data-dir", "--x"], ["--help"], ["--version"], ["search", "interview"], ["--lang", "ar", "export", "x.json"],
])
def test_anything_else_is_left_to_the_command_lines_parser(arguments):
    from thabat.ui.launcher import plain_app_options

    assert plain_app_options(arguments) is None
