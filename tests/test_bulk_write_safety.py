"""Bulk writes are all or nothing: a CSV import killed, cancelled or stopped by a full disk changes
nothing, and so does a JSON import or the demo stopped by a full disk."""

from __future__ import annotations

import errno
import signal
import sqlite3
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event, func, select as sql_select
from sqlalchemy.engine import Engine

from thabat.app.cli import main
from thabat.app.export.csv_io import guess_mapping, read_sheet
from thabat.app.journal import Journal
from thabat.app.runtime.paths import database_path
from thabat.app.services.applications import add_application
from thabat.app.services.search import search
from thabat.app.views.applications import ApplicationInput
from thabat.storage.models import Application, StageEvent
from tests.conftest import TODAY
from tests.export_support import english_messages  # noqa: F401  (fixture)
from tests.process_support import on_a_terminal

pytestmark = pytest.mark.usefixtures("english_messages")


def write_applications(path: Path, rows: int) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("Company,Role,Date applied,Notes\n")
        for n in range(rows):
            out.write(f"شركة {n},Analyst {n},2026-0{1 + n % 9}-{1 + n % 28:02d},ملاحظة رقم {n}\n")
    return path


def journal_with_one_application(folder: Path) -> None:
    journal = Journal.open(folder)
    with journal.session() as session:
        add_application(session, ApplicationInput("Careem", "Analyst", date(2026, 1, 3), notes="kept"), TODAY)
    journal.close()


def counts(folder: Path) -> tuple[int, int]:
    journal = Journal.open(folder)
    try:
        with journal.session() as session:
            return (session.exec(sql_select(func.count()).select_from(Application)).one()[0],
                    session.exec(sql_select(func.count()).select_from(StageEvent)).one()[0])
    finally:
        journal.close()


def schema(folder: Path) -> list[tuple]:
    """Every table, index and trigger as SQLite holds them, read without Thabat (which would add a missing trigger)."""
    connection = sqlite3.connect(database_path(folder))
    try:
        return connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()
    finally:
        connection.close()


def test_a_killed_import_leaves_no_imported_row(tmp_path, capsys):
    """kill -9 in the middle of `thabat import csv`: the journal is as it was before, its schema too (the
    import drops indexes and a trigger inside its transaction), and it passes the doctor."""
    folder = tmp_path / "data"
    journal_with_one_application(folder)
    before = schema(folder)
    sheet = write_applications(tmp_path / "big.csv", 40_000)
    process, seen = on_a_terminal(  # a terminal, so the command shows its progress
        ["--data-dir", str(folder), "import", "csv", str(sheet), "--today", TODAY.isoformat()],
        stop_when=b"Importing row ", stop_with=signal.SIGKILL)  # rows are being written, not yet committed
    assert schema(folder) == before
    assert counts(folder) == (1, 1)
    assert b"Importing row " in seen, seen.decode(errors="replace")
    assert process.returncode == -signal.SIGKILL
    assert main(["--data-dir", str(folder), "doctor"]) == 0, capsys.readouterr().out
    journal = Journal.open(folder)
    with journal.session() as session:
        assert [hit.kind for hit in search(session, "kept")] == ["application"]
        assert search(session, "ملاحظة") == []
    journal.close()


def test_a_cancelled_import_adds_nothing(tmp_path):
    from thabat.app.export.csv_import import ImportCancelled, import_applications

    folder = tmp_path / "data"
    journal_with_one_application(folder)
    before = schema(folder)
    sheet = read_sheet(write_applications(tmp_path / "apps.csv", 5000))
    progress: list[tuple[int, int]] = []
    journal = Journal.open(folder)
    with pytest.raises(ImportCancelled):
        with journal.session() as session:
            import_applications(session, sheet, guess_mapping(sheet.headers), TODAY,
                                 progress=lambda done, total: progress.append((done, total)),
                                 cancelled=lambda: bool(progress))
    journal.close()
    assert progress and progress[0][0] < 5000 and progress[0][1] == 5000
    assert schema(folder) == before
    assert counts(folder) == (1, 1)


@contextmanager
def failing_write(table: str, after: int, error: BaseException):
    """Every engine raises `error` at the `after`-th INSERT into `table`, as a full disk would."""
    seen = []

    def before(connection, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith(f"INSERT INTO {table.upper()} "):
            seen.append(statement)
            if len(seen) == after:
                raise error

    event.listen(Engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        event.remove(Engine, "before_cursor_execute", before)


DISK_FULL = [OSError(errno.ENOSPC, "No space left on device"), sqlite3.OperationalError("database or disk is full")]


@pytest.mark.parametrize("error", DISK_FULL, ids=["ENOSPC", "SQLITE_FULL"])
def test_a_full_disk_during_a_csv_import_changes_nothing(tmp_path, capsys, error):
    folder = tmp_path / "data"
    journal_with_one_application(folder)
    sheet = write_applications(tmp_path / "apps.csv", 7000)
    with failing_write("application", 3, error) as seen:
        status = main(["--data-dir", str(folder), "import", "csv", str(sheet), "--today", TODAY.isoformat()])
    assert len(seen) == 3
    err = capsys.readouterr().err
    assert status == 2 and err.count("\n") == 1 and "disk is full" in err
    assert counts(folder) == (1, 1)


def test_a_full_disk_during_a_json_import_changes_nothing(tmp_path, capsys):
    source = tmp_path / "source"
    journal_with_one_application(source)
    backup = tmp_path / "backup.json"
    assert main(["--data-dir", str(source), "export", "json", str(backup)]) == 0
    target = tmp_path / "target"
    Journal.open(target).close()
    capsys.readouterr()
    with failing_write("stage_event", 1, DISK_FULL[0]):
        status = main(["--data-dir", str(target), "import", "json", str(backup)])
    err = capsys.readouterr().err
    assert status == 2 and err.count("\n") == 1 and "disk is full" in err
    assert counts(target) == (0, 0)


def test_a_full_disk_while_adding_the_demo_changes_nothing(tmp_path, capsys):
    folder = tmp_path / "data"
    journal_with_one_application(folder)
    with failing_write("stage_event", 1, DISK_FULL[1]):
        status = main(["--data-dir", str(folder), "demo", "--years", "1", "--today", TODAY.isoformat()])
    err = capsys.readouterr().err
    assert status == 2 and err.count("\n") == 1 and "disk is full" in err
    assert counts(folder) == (1, 1)


def test_a_ctrl_c_inside_a_statement_is_not_hidden_by_setting_the_cache_back(tmp_path):
    # SQLAlchemy discards a connection interrupted inside a statement; setting its cache back then raised
    # PendingRollbackError over the KeyboardInterrupt, and `thabat import csv` exited 1 with a traceback.
    from sqlalchemy import create_engine

    from thabat.storage.bulk_insert import larger_cache

    engine = create_engine(f"sqlite:///{tmp_path / 'journal.db'}")
    with engine.connect() as connection:
        connection.begin()
        with pytest.raises(KeyboardInterrupt):
            with larger_cache(connection, 8):
                connection.invalidate()  # as SQLAlchemy does when Ctrl+C lands inside cursor.execute
                raise KeyboardInterrupt
    engine.dispose()
