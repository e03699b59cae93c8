"""Data folders and backup files whose names hold `#`, `?`, `%`, spaces, Arabic or emoji.

A SQLite `file:` URI built from a raw path reads `#` as a fragment, `?` as the start of the query
and `%41` as "A": SQLite then opens (and creates) another, empty file. Every command that touches a
path is run here through the real command line, and every copy is checked row for row.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import tempfile
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from thabat.app.cli import main
from thabat.app.journal import Journal
from thabat.app.runtime.paths import database_path
from thabat.app.services.applications import add_application
from thabat.app.usecases.backups import automatic_backup, list_backups
from thabat.app.views.applications import ApplicationInput
from tests.backup_support import add_companies, english  # noqa: F401  (english: an autouse fixture)
from tests.conftest import TODAY

FOLDER_NAMES = ["job search #2", "ready?", "100%41", "two  spaces ", "يوميات البحث", "journal 🌱", "a#b?c%2fd"]
FIXTURES = Path(__file__).parent / "fixtures"
NOW = datetime(2026, 11, 26, 9, 30)
ROOT = Path(__file__).resolve().parents[1]


def row_counts(path: Path) -> dict[str, int]:
    """Rows per table, read with a plain file name (no URI): what the file really holds."""
    assert path.is_file() and path.stat().st_size > 0, path
    with closing(sqlite3.connect(path)) as connection:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables}


def _applications(path: Path) -> int:
    return row_counts(path)["application"]


@pytest.mark.parametrize("name", FOLDER_NAMES)
def test_backup_restore_and_daily_copies_keep_every_row_in_an_awkward_folder(tmp_path, name, capsys):
    folder = tmp_path / name / name
    add_companies(folder, "Aramco", "STC", "شركة 🚀", role="Analyst")
    database = database_path(folder)
    counts = row_counts(database)

    assert main(["--data-dir", str(folder), "backup"]) == 0
    chosen = tmp_path / name / f"copy {name}.db"
    assert main(["--data-dir", str(folder), "backup", str(chosen)]) == 0
    assert automatic_backup(folder, NOW) is not None
    copies = [b.path for b in list_backups(folder)] + [chosen]
    assert len(copies) == 3
    for copy in copies:
        assert row_counts(copy) == counts, copy

    add_companies(folder, "Written after the backup", role="Analyst")
    assert main(["--data-dir", str(folder), "restore", str(chosen)]) == 0
    assert row_counts(database) == counts
    kept = [b.path for b in list_backups(folder) if b.kind == "before-restore"]
    assert len(kept) == 1 and _applications(kept[0]) == 4

    capsys.readouterr()
    assert main(["--data-dir", str(folder), "stats"]) == 0
    assert re.search(r"^Applications\s+3$", capsys.readouterr().out, re.MULTILINE)
    assert not list((folder / "backups").glob("*.partial"))
    assert not [p for p in folder.iterdir() if ".restoring" in p.name or p.name.endswith(".partial")]


@pytest.mark.parametrize("name", FOLDER_NAMES)
def test_the_copy_before_an_upgrade_holds_the_old_journal(tmp_path, name):
    folder = tmp_path / name
    folder.mkdir()
    shutil.copy(FIXTURES / "journal-0001.db", database_path(folder))
    counts = row_counts(database_path(folder))
    Journal.open(folder).close()
    kept = [b for b in list_backups(folder) if b.kind.startswith("before-upgrade")]
    assert len(kept) == 1
    assert row_counts(kept[0].path) == counts


@pytest.mark.parametrize("name", FOLDER_NAMES)
def test_a_healthy_journal_in_an_awkward_folder_opens_for_the_gui(tmp_path, name):
    folder = tmp_path / name
    add_companies(folder, "Noon", role="Analyst")
    journal = Journal.open_for_start(folder)
    with journal.reader() as db:
        assert db.execute("SELECT company FROM application").fetchall() == [("Noon",)]
    journal.close()


@pytest.mark.parametrize("file_name", ["backup%2fold.db", "copy #1?.db", "نسخة 🌱%41.db"])
def test_restore_from_a_file_whose_name_looks_like_a_uri(tmp_path, isolated_data, file_name, capsys):
    add_companies(isolated_data, "Kept in the backup", role="Analyst")
    source = tmp_path / file_name
    assert main(["backup", str(source)]) == 0
    add_companies(isolated_data, "Written later", role="Analyst")
    assert main(["restore", str(source)]) == 0
    assert _applications(database_path(isolated_data)) == 1


folder_names = st.lists(
    st.sampled_from(list("#?%41 abc-_.") + ["ش", "ي", "ة", "ء", "🌱", "😀", "%2f", "%41", "%00", "?mode=ro"]),
    min_size=1, max_size=10,
).map("".join).filter(lambda name: name.strip(".") != "")


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=folder_names, companies=st.integers(min_value=0, max_value=4))
def test_any_folder_name_survives_backup_and_restore_through_the_commands(tmp_path, name, companies):
    with tempfile.TemporaryDirectory(dir=tmp_path) as scratch:
        folder = Path(scratch) / name
        add_companies(folder, *[f"Company {n}" for n in range(companies)], role="Analyst")
        counts = row_counts(database_path(folder))
        assert main(["--data-dir", str(folder), "backup"]) == 0
        (copy,) = [b.path for b in list_backups(folder)]
        assert row_counts(copy) == counts
        add_companies(folder, "Later", role="Analyst")
        assert main(["--data-dir", str(folder), "restore", str(copy)]) == 0
        assert row_counts(database_path(folder)) == counts


# --- one way to build a SQLite URI ---

_URI_BUILDERS = re.compile(r"""(?x)
      uri\s*=\s*True            # sqlite3.connect(..., uri=True)
    | [fF]?["']file:            # a string literal that starts a file: URI
    | [fF]["']sqlite:///        # an SQLAlchemy URL glued from a path
""")


def test_sqlite_uris_are_built_in_one_place_only():
    allowed = ROOT / "storage" / "sqlite_file.py"
    offenders = []
    for package in ("storage", "app", "ui", "bench"):
        for source in (ROOT / package).rglob("*.py"):
            if source == allowed:
                continue
            for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
                if _URI_BUILDERS.search(line):
                    offenders.append(f"{source.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == [], "build SQLite URIs with storage.sqlite_file.sqlite_uri only"
