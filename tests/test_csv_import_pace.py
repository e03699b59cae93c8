"""What keeps a million-row spreadsheet import quick (issue 13, "Scale"), tested by what the import does,
never by timing it: `make bench` times it (bench/csv_import.py)."""

from __future__ import annotations

import gc

import pytest

import thabat.app.export.csv_import as csv_import
from thabat.app.export.csv_io import guess_mapping, parse_sheet
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


def test_a_failed_import_gives_collection_back(journal, monkeypatch):
    sheet = parse_sheet(SHEET)

    def broken(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(csv_import, "insert_applications", broken)
    with pytest.raises(OSError), journal.session() as session:
        csv_import.import_applications(session, sheet, guess_mapping(sheet.headers), TODAY)
    assert gc.isenabled()
