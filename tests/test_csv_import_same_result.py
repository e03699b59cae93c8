"""A spreadsheet import stores exactly what it stored before its fast paths: the same rows in every
table, the same search index, the same schema after it, the same report (issue 13, "Scale").

`tests/fixtures/csv_import_result.json` is what the import made of the sheets below before the row
checker's fast path and the search rows built from each batch in memory (commit 73308ef of `main`).
Regenerate it only when what an import stores is meant to change:
`python -m tests.test_csv_import_same_result`.
"""

from __future__ import annotations

import csv
import io
import json
import random
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

import thabat.app.export.csv_import as csv_import
from thabat.app.export.csv_io import guess_mapping, parse_sheet
from thabat.app.services.applications import add_application
from thabat.app.views.applications import ApplicationInput
from tests.conftest import TODAY
from tests.export_support import english_messages  # noqa: F401  (fixture)

EXPECTED = Path(__file__).parent / "fixtures" / "csv_import_result.json"
WHEN_WRITTEN = ("created_at", "updated_at")
"""Columns holding the moment of the import: left out of the comparison."""
DAY_OF_WRITING = "(the day the row was written)"
"""An undated application is indexed under the day it was written: compared as this, not as a date
that changes at midnight."""

ALL_HEADERS = ("Company", "Role", "Date applied", "Status", "Link", "Location", "Notes", "Stage history", "Source",
               "Work place", "Salary from", "Salary to", "Currency", "Deadline", "Interest", "Job description")
BASIC_HEADERS = ("Company", "Role", "Date applied", "Status", "Location", "Notes")
CELLS = {
    "Company": ("أرامكو السعودية", "Google", "École 42", "ÉCOLE 42", "stc", " نون ", "Careem\u200f", "شركة الإتصالات",
                "مسئول", "Talabat", "", "x" * 201),
    "Role": ("", "", "Data Analyst", "محلل بيانات", "MENTOR", "مُهندس", "data analyst"),
    "Date applied": ("2026-01-03", "3 Jan 2026", "15 يناير 2026", "٢٠٢٦-٠٣-٠١", "03/04/2026", "13/04/2026",
                     "2026-02-10", "2026-02-11", "", "not a date", "2027-01-01", "1969-12-31"),
    "Status": ("", "", "Rejected", "مقابلة", "Waiting", "offer", "ghosted", "banana", "withdrawn"),
    "Link": ("", "", "", "https://example.com/job", "https://example.com/ر"),
    "Location": ("", "الرياض", "Dubai"),
    "Notes": ("", "", "", "   ", "مقابلةٌ جيدة مع الفريق، وتعلّمت الكثير", "Great team; asked about system design",
              "Entretien réussi — café ☕ ﻻ بأس", "مسؤول التوظيف كان لطيفًا", "interview_round two 42",
              "bad\x00nul", "\u200fملاحظة\u200e مع علامات اتجاه", "بالمقابلة وللفريق فعرضهم"),
    "Stage history": ("", "", "", "2026-05-03 applied; 2026-05-10 screening",
                      "2026-05-01 screening; 2026-05-09 rejected",
                      "2026-05-12 14:30 interview 2 (technical interview) with Sara Ali, Omar: SQL\\; joins",
                      "garbage history", "2030-01-01 rejected"),
    "Source": ("", "", "", "Job board", "referral", "LinkedIn"),
    "Work place": ("", "", "Remote", "hybrid", "moon"),
    "Salary from": ("", "", "", "10,000", "5000", "abc"),
    "Salary to": ("", "", "", "12000", "4000"),
    "Currency": ("", "", "sar", "USD", "TOOLONGCURRENCY"),
    "Deadline": ("", "", "", "2026-12-01", "31/12/2026", "soon", "2040-01-01"),
    "Interest": ("", "", "", "4", "9", "x"),
    "Job description": ("", "", "", "Data work", "وصف الوظيفة هنا"),
}
EMPTY_OPTIONALS = 0.6
"""The share of rows of the full sheet whose optional cells are all empty, as most rows of a real sheet."""


def sheet_text(headers: tuple[str, ...], rows: int, seed: int) -> str:
    """A sheet of `rows` rows drawn from CELLS with a fixed seed, with a blank row and a short row."""
    draw = random.Random(seed)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(headers)
    for n in range(rows):
        plain = draw.random() < EMPTY_OPTIONALS
        writer.writerow([draw.choice(CELLS[name]) if name in BASIC_HEADERS or not plain else "" for name in headers])
        if n == rows // 3:
            writer.writerow([""] * len(headers))
            writer.writerow(["Short row", "Analyst", "2026-05-05"])
    return out.getvalue()


SHEETS = {"all columns": (ALL_HEADERS, 2026), "basic columns": (BASIC_HEADERS, 13)}


def imported_dump(journal, headers: tuple[str, ...], seed: int) -> dict:
    """What importing the sheet into a journal holding one application stores, and the report."""
    with journal.session() as session:
        add_application(session, ApplicationInput("Google", "Data Analyst", date(2026, 1, 3), notes="kept"), TODAY)
    sheet = parse_sheet(sheet_text(headers, 300, seed))
    with journal.session() as session:
        report = csv_import.import_applications(session, sheet, guess_mapping(sheet.headers), TODAY)
    with journal.engine.connect() as connection:
        return {"report": {"imported": report.imported, "skipped": [[line, str(why)] for line, why in report.skipped],
                           "notes": [[line, str(note)] for line, note in report.notes]},
                **database_dump(connection)}


def database_dump(connection) -> dict:
    """The schema and every table's rows in rowid order (the search index through its own table, not its
    shadow tables, whose pages depend on how the rows were written), without the moments of writing,
    the stems of each document sorted."""
    schema = connection.exec_driver_sql(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all()
    shadows = {name for _type, name, _table, _sql in schema if name.startswith("search_index_")
               and name.rsplit("_", 1)[1] in ("data", "idx", "content", "docsize", "config")}
    tables = {}
    for kind, name, _table, _sql in schema:
        if kind != "table" or name in shadows or name == "alembic_version":
            continue
        columns = [row[1] for row in connection.exec_driver_sql(f'PRAGMA table_info("{name}")')
                   if row[1] not in WHEN_WRITTEN]
        listed = ", ".join(f'"{column}"' for column in columns)
        rows = [list(row) for row in connection.exec_driver_sql(f'SELECT rowid, {listed} FROM "{name}" ORDER BY rowid')]
        if "stems" in columns:  # the fixture predates sorted stems: a frozenset's order changed with the hash seed
            at = columns.index("stems") + 1
            for row in rows:
                row[at] = " ".join(sorted(row[at].split()))
        tables[name] = rows
    return {"schema": [list(row) for row in schema], "tables": without_days_of_writing(tables)}


def without_days_of_writing(tables: dict) -> dict:
    """`tables` with the search index's day of each undated application (rowid, id, company, role,
    applied_on, ...) replaced by DAY_OF_WRITING (kind, ref_id, day, ... after the rowid)."""
    undated = {row[1] for row in tables.get("application", []) if row[4] is None}
    for row in tables.get("search_index", []):
        if row[1] == "application" and row[2] in undated:
            row[3] = DAY_OF_WRITING
    return tables


@pytest.mark.usefixtures("english_messages")
@pytest.mark.parametrize("name", SHEETS)
def test_an_import_stores_what_it_stored_before_its_fast_paths(journal, monkeypatch, name):
    monkeypatch.setattr(csv_import, "BATCH", 7)  # many batches, some ending in the middle of a run of duplicates
    dump = json.loads(json.dumps(imported_dump(journal, *SHEETS[name]), ensure_ascii=False))
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))[name]
    without_days_of_writing(expected["tables"])  # the fixture was written on a day of its own
    assert dump["report"] == expected["report"]
    assert dump["schema"] == expected["schema"]
    for table, rows in expected["tables"].items():
        assert dump["tables"][table] == rows, table
    assert dump["tables"].keys() == expected["tables"].keys()
    assert dump["report"]["imported"] > 100 and dump["report"]["skipped"] and dump["report"]["notes"]


def _write_expected() -> None:
    from PySide6.QtCore import QCoreApplication

    from thabat.app.journal import Journal

    QCoreApplication.instance() or QCoreApplication([])
    csv_import.BATCH = 7
    result = {}
    for name, (headers, seed) in SHEETS.items():
        journal = Journal.in_memory()
        result[name] = imported_dump(journal, headers, seed)
        journal.close()
    EXPECTED.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    _write_expected()
