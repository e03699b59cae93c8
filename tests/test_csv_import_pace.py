"""What keeps a million-row spreadsheet import quick (issue 13, "Scale"), tested by what the import does,
never by timing it: `make bench` times it (bench/csv_import.py)."""

from __future__ import annotations

import gc
from datetime import date

import pytest
from sqlalchemy import event, text

import thabat.app.export.csv_import as csv_import
from thabat.app.errors import InputError
from thabat.app.export.csv_io import guess_mapping, parse_sheet
from thabat.app.services.applications import validated_application
from thabat.app.views.applications import ApplicationInput
from thabat.storage import search_index, search_sync
from tests.conftest import TODAY
from tests.export_support import english_messages  # noqa: F401  (fixture)

pytestmark = pytest.mark.usefixtures("english_messages")

SHEET = "Company,Role,Date applied,Notes\n" + "".join(f"Careem {n},Analyst,2026-01-03,note {n}\n" for n in range(9))


def test_the_import_holds_automatic_collection_off_and_gives_it_back(journal, monkeypatch):
    """A million rows make millions of objects that live to the end (the keys of the rows seen): every
    full collection walked them all, a sixth of the import's time."""
    monkeypatch.setattr(csv_import, "BATCH", 4)
    sheet = parse_sheet(SHEET)
    collecting = []
    with journal.session() as session:
        csv_import.import_applications(session, sheet, guess_mapping(sheet.headers), TODAY,
                                       lambda done, total: collecting.append(gc.isenabled()))
    assert collecting == [False, False, False] and gc.isenabled()


def test_the_rows_seen_are_freed_when_the_import_ends_without_a_collection(journal):
    """The keys of every row seen (hundreds of MB on a million rows) are freed as the import returns, not
    left in a reference cycle for a collection to find: in the app a job's leftovers are frozen, and a
    collection on the GUI thread walks them all at once anyway."""
    sheet = parse_sheet(SHEET)
    was_on = gc.isenabled()
    gc.disable()
    try:
        earlier = {id(thing) for thing in _checkers()}  # an earlier test's, in the whole suite
        with journal.session() as session:
            csv_import.import_applications(session, sheet, guess_mapping(sheet.headers), TODAY)
        assert not [thing for thing in _checkers() if id(thing) not in earlier]
    finally:
        if was_on:
            gc.enable()


def _checkers() -> list[object]:
    return [thing for thing in gc.get_objects() if isinstance(thing, csv_import._RowChecker)]


def test_a_failed_import_gives_collection_back(journal, monkeypatch):
    sheet = parse_sheet(SHEET)

    def broken(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(csv_import, "insert_applications", broken)
    with pytest.raises(OSError), journal.session() as session:
        csv_import.import_applications(session, sheet, guess_mapping(sheet.headers), TODAY)
    assert gc.isenabled()


def test_only_rows_with_a_newer_field_or_a_history_have_them_read(journal, monkeypatch):
    """Most rows leave the fields of revision 0004 and the history empty: their defaults need no reading
    (tests/test_csv_import_same_result.py shows the rows stored are the same)."""
    read = []
    monkeypatch.setattr(csv_import, "extra_fields", lambda cells, *args: read.append(cells["company"]) or {})
    monkeypatch.setattr(csv_import, "parse_history", lambda cell: read.append(cell) or [])
    sheet = parse_sheet("Company,Date applied,Source,Interest,Stage history\n"
                        "Careem,2026-01-03,,,\n"
                        "stc,2026-01-04,Job board,,\n"
                        "Talabat,2026-01-05,,4,\n"
                        "نون,2026-01-06,,,2026-01-06 applied\n"
                        "Google,2026-01-07,  ,,\n")
    with journal.session() as session:
        assert csv_import.import_applications(session, sheet, guess_mapping(sheet.headers), TODAY).imported == 5
    assert read == ["stc", "Talabat", "2026-01-06 applied"]


def test_clean_input_is_validated_without_a_copy():
    """The checks give back what they were given when it is already clean: an import's stripped cells are
    not copied into a second object per row; input that needs cleaning still is cleaned."""
    clean = ApplicationInput("Careem", "Analyst", date(2026, 1, 3), location="Dubai", notes="good", currency="SAR")
    assert validated_application(clean, TODAY) is clean
    untidy = ApplicationInput(" Careem ", "Analyst", date(2026, 1, 3), notes="a\x00b", currency="sar")
    assert validated_application(untidy, TODAY) == ApplicationInput("Careem", "Analyst", date(2026, 1, 3), notes="ab",
                                                                    currency="SAR")
    with pytest.raises(InputError):
        validated_application(ApplicationInput("x" * 201, "", date(2026, 1, 3)), TODAY)


def test_each_batch_is_indexed_from_the_values_written_never_read_back(journal, monkeypatch):
    """The search rows of a batch come from the applications in hand; only the day of one whose date is
    not known (the day it was recorded) is read back. The index is what a rebuild makes."""
    monkeypatch.setattr(csv_import, "BATCH", 3)
    sheet = parse_sheet("Company,Role,Date applied,Notes,Stage history\n"
                        + "".join(f"Careem {n},Analyst,2026-01-03,note {n},\n" for n in range(7))
                        + "نون,مدير منتج,,ملاحظة,2026-02-01 screening\n"
                        + "stc,,2026-02-10,,\n")
    statements = []

    def sent(_connection, _cursor, statement, *_rest) -> None:
        statements.append(statement)

    event.listen(journal.engine, "before_cursor_execute", sent)
    try:
        with journal.session() as session:
            report = csv_import.import_applications(session, sheet, guess_mapping(sheet.headers), TODAY)
    finally:
        event.remove(journal.engine, "before_cursor_execute", sent)
    assert report.imported == 9
    read_back = [s for s in statements if s.lstrip().upper().startswith("SELECT") and "application.notes" in s]
    assert read_back == []
    with journal.engine.begin() as connection:
        assert search_sync.differences(connection) == []
        assert connection.execute(text(f"SELECT count(*) FROM {search_index.TABLE}")).scalar_one() == 8
