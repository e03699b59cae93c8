"""Reading ahead on a second thread (issue 13, "Scale"): a big CSV import reads and checks the next
batch of rows while SQLite writes the previous one; nothing about what is imported, reported,
cancelled or refused may change, and no thread outlives the import."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text

import thabat.app.export.csv_import as csv_import
from thabat.app.export.csv_import import ImportCancelled, import_applications
from thabat.app.export.csv_io import guess_mapping, parse_sheet
from thabat.app.export.read_ahead import read_ahead
from tests.conftest import TODAY
from tests.export_support import english_messages  # noqa: F401  (fixture)


def _readers() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name == "read-ahead"]


def test_items_are_made_on_another_thread_in_order():
    made_on: set[int] = set()

    def items():
        for n in range(50):
            made_on.add(threading.get_ident())
            yield n

    with read_ahead(items(), depth=3) as ahead:
        assert list(ahead) == list(range(50))
    assert made_on and threading.get_ident() not in made_on
    assert _readers() == []


def test_an_error_while_making_an_item_is_raised_in_the_callers_loop_in_its_place():
    def items():
        yield 1
        yield 2
        raise ValueError("line 3 cannot be read")

    got = []
    with pytest.raises(ValueError, match="line 3"), read_ahead(items()) as ahead:
        for item in ahead:
            got.append(item)
    assert got == [1, 2] and _readers() == []


def test_leaving_early_stops_the_thread_and_closes_what_it_read():
    closed = threading.Event()

    def items():
        try:
            for n in range(10_000):
                yield n
        finally:
            closed.set()

    with pytest.raises(RuntimeError), read_ahead(items(), depth=1) as ahead:
        for item in ahead:
            if item == 3:
                raise RuntimeError("the caller failed")
    assert closed.is_set() and _readers() == []


@pytest.mark.usefixtures("english_messages")
def test_the_import_checks_rows_off_the_writing_thread_and_a_cancel_stops_the_reader(journal, monkeypatch):
    monkeypatch.setattr(csv_import, "BATCH", 5)
    checked_on: set[int] = set()
    real_checked = csv_import._RowChecker.checked

    def checked(self, line, row):
        checked_on.add(threading.get_ident())
        return real_checked(self, line, row)

    monkeypatch.setattr(csv_import._RowChecker, "checked", checked)
    sheet = parse_sheet("Company,Role,Date applied,Notes\n"
                        + "".join(f"Company {n},Role,2026-01-01,note {n}\n" for n in range(40)))
    progress = []
    with pytest.raises(ImportCancelled), journal.session() as session:
        import_applications(session, sheet, guess_mapping(sheet.headers), TODAY,
                            lambda done, _total: progress.append(done), lambda: len(progress) == 3)
    assert progress == [5, 10, 15]
    assert checked_on and threading.get_ident() not in checked_on
    assert _readers() == []
    with journal.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM application")).scalar_one() == 0


@pytest.mark.usefixtures("english_messages")
def test_a_row_that_fails_on_the_reading_thread_fails_the_import_and_writes_nothing(journal, monkeypatch):
    monkeypatch.setattr(csv_import, "BATCH", 5)
    real_checked = csv_import._RowChecker.checked

    def checked(self, line, row):
        if line == 20:
            raise OSError("the disk holding the sheet went away")
        return real_checked(self, line, row)

    monkeypatch.setattr(csv_import._RowChecker, "checked", checked)
    sheet = parse_sheet("Company,Role,Date applied\n" + "".join(f"Company {n},Role,2026-01-01\n" for n in range(40)))
    with pytest.raises(OSError, match="went away"), journal.session() as session:
        import_applications(session, sheet, guess_mapping(sheet.headers), TODAY)
    assert _readers() == []
    with journal.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM application")).scalar_one() == 0
