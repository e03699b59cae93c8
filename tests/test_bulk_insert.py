"""storage/bulk_insert.py: many rows into one table in a few multi-row INSERTs of plain values (a big
CSV import's writes, issue 13 "Scale"); moved from tests/test_csv_import_bulk.py."""

from __future__ import annotations

import pytest
from sqlalchemy import event, text
from sqlalchemy.engine import Engine

from thabat.storage import bulk_insert
from thabat.storage.bulk_insert import insert_rows
from thabat.storage.models import Application


def test_a_bulk_insert_refuses_to_leave_a_computed_column_out(session):
    with pytest.raises(ValueError, match="application.company_key"):
        insert_rows(session.connection(), Application.__table__,
                    ("company", "role", "applied_on", "created_at", "updated_at", "role_key"),
                    [("Careem", "", "2026-01-01", "2026-01-01 00:00:00.000000", "2026-01-01 00:00:00.000000", "")])


def test_a_bulk_insert_sends_many_rows_per_statement(session, monkeypatch):
    """With the search triggers on the table, SQLite opens a statement journal for every statement run:
    one statement per row (an executemany) tripled the cost of an insert. Every row still arrives."""
    monkeypatch.setattr(bulk_insert, "ROWS_PER_STATEMENT", 40)
    runs: list[tuple[bool, int]] = []

    def before(_connection, _cursor, statement, parameters, _context, executemany):
        if statement.startswith("INSERT INTO application"):
            runs.append((executemany, statement.count("(?")))  # rows in the statement

    columns = ("company", "role", "applied_on", "outcome", "link", "location", "notes", "created_at", "updated_at",
               "company_key", "role_key")
    rows = [(f"Company {n}", "Role", "2026-01-01", "pending", "", "", f"note {n}", "2026-01-01 00:00:00.000000",
             "2026-01-01 00:00:00.000000", f"company {n}", "role") for n in range(100)]
    connection = session.connection()
    event.listen(Engine, "before_cursor_execute", before)
    try:
        insert_rows(connection, Application.__table__, columns, rows)
    finally:
        event.remove(Engine, "before_cursor_execute", before)
    assert runs == [(False, 40), (False, 40), (False, 20)]
    stored = connection.execute(text("SELECT company, notes FROM application ORDER BY id")).all()
    assert stored == [(f"Company {n}", f"note {n}") for n in range(100)]


def test_a_bulk_insert_keeps_under_sqlites_parameter_limit(session, monkeypatch):
    monkeypatch.setattr(bulk_insert, "_parameter_limit", lambda _connection: 25)
    insert_rows(session.connection(), Application.__table__,
                ("company", "role", "created_at", "updated_at", "company_key", "role_key"),
                [(f"Company {n}", "", "2026-01-01 00:00:00.000000", "2026-01-01 00:00:00.000000", f"company {n}", "")
                 for n in range(7)])
    assert session.connection().execute(text("SELECT count(*) FROM application")).scalar_one() == 7
