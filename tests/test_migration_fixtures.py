"""Every released schema upgrades to head without losing anything; downgrades are refused.

One fixture per schema revision: `tests/fixtures/journal-<rev>.db`, built by
`tests/fixtures/make_fixture.py` when that revision was the head. A new revision adds a file.
"""

from __future__ import annotations

import shutil
from datetime import date
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from thabat.app.journal import Journal
from thabat.app.services.applications import list_applications
from thabat.app.services.checkins import recent_check_ins
from thabat.storage import migrate
from thabat.storage.database import StorageError, open_database

FIXTURES = Path(__file__).parent / "fixtures"
FIXTURE_FILES = sorted(FIXTURES.glob("journal-*.db"))


def _tables(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, sorted (alembic's own table and the search index's storage left out:
    an upgrade rebuilds the index, which lays out its shadow tables anew; its rows are compared)."""
    with sqlite3.connect(path) as raw:
        names = [r[0] for r in raw.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
            " AND name NOT LIKE 'search_index_%'"
        )]
        columns = {name: [c[1] for c in raw.execute(f'PRAGMA table_info("{name}")')] for name in names}
        rows = {name: sorted(raw.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr) for name in names}
    raw.close()
    return {name: (columns[name], rows[name]) for name in names}


def test_there_is_a_fixture_for_every_revision_up_to_the_head():
    revisions = {path.stem.removeprefix("journal-") for path in FIXTURE_FILES}
    assert migrate.head_revision() in revisions, "run tests/fixtures/make_fixture.py for the new head"
    assert revisions <= set(migrate.known_revisions())


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda p: p.stem)
def test_each_fixture_upgrades_to_head_and_keeps_every_row(fixture, isolated_data):
    isolated_data.mkdir(parents=True)
    working = isolated_data / "thabat.db"
    shutil.copyfile(fixture, working)
    before = _tables(fixture)

    Journal.open(isolated_data).close()

    after = _tables(working)
    with sqlite3.connect(working) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [(migrate.head_revision(),)]
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
    raw.close()
    for table, (columns, rows) in before.items():
        assert table in after, f"table {table} disappeared"
        if table.startswith("search_index") and table != "search_index":
            continue  # FTS5's own shadow tables: their layout follows the index, rebuilt at open when stale
        new_columns, new_rows = after[table]
        assert len(new_rows) == len(rows), f"{table}: {len(rows)} rows before, {len(new_rows)} after"
        if table == "search_index":
            continue  # derived data: same documents, re-indexed under the current normal form
        # Columns both schemas share keep their values (a revision that reshapes data says so here).
        shared = [c for c in columns if c in new_columns]
        project = lambda cols, data: sorted((tuple(r[cols.index(c)] for c in shared) for r in data), key=repr)  # noqa: E731
        assert project(new_columns, new_rows) == project(columns, rows), f"{table}: values changed"
    assert sum(len(rows) for _, rows in before.values()) > 100  # realistic content, not an empty file


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda p: p.stem)
def test_the_upgraded_fixture_reads_through_the_services(fixture, isolated_data):
    isolated_data.mkdir(parents=True)
    shutil.copyfile(fixture, isolated_data / "thabat.db")
    journal = Journal.open(isolated_data)
    with journal.session() as session:
        companies = {row.company for row in list_applications(session)}
        check_ins = recent_check_ins(session, until=date(2026, 11, 26), count=100)
    journal.close()
    assert {"أرامكو السعودية", "Careem", "مجموعة MBC"} <= companies
    assert len(check_ins) == 60


def test_downgrade_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "thabat.db"
    shutil.copyfile(FIXTURE_FILES[-1], path)
    open_database(path).dispose()
    before = _tables(path)
    engine = create_engine(f"sqlite:///{path}")
    with pytest.raises(RuntimeError, match="does not downgrade databases; restore a backup instead"):
        with engine.begin() as connection:
            command.downgrade(migrate.config(connection), "base")
    engine.dispose()
    assert _tables(path) == before


def test_a_journal_from_a_newer_thabat_is_refused_by_the_command_line(isolated_data, capsys):
    from thabat.app.cli import main

    isolated_data.mkdir(parents=True)
    path = isolated_data / "thabat.db"
    shutil.copyfile(FIXTURE_FILES[-1], path)
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    raw.close()
    before = path.read_bytes()
    assert main(["stats"]) == 2
    assert "newer version of Thabat" in capsys.readouterr().err
    assert path.read_bytes() == before
    with pytest.raises(StorageError):
        open_database(path)
