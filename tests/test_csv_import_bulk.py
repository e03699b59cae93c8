"""The fast path of a big CSV import (issue 13, "Scale") stores and indexes exactly what the slow,
careful paths do: rows as `add_application` stores them (the pipeline's fields and histories too),
an index as `search_index.rebuild` builds it; names and dates are worked out once per distinct text;
the index follows through the search triggers' queue, drained before the commit."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event, insert, text, update
from sqlalchemy.engine import Engine

from thabat.app.export.csv_import import import_applications
import thabat.app.export.csv_import as csv_import
from thabat.app.export.csv_dates import needs_order
from thabat.app.export.csv_io import Sheet, guess_mapping, parse_sheet
from thabat.app.services import rejections
from thabat.app.views.applications import RejectionInput
from thabat.app.services.applications import add_application
from thabat.app.views.applications import ApplicationInput
from thabat.storage import search_index, search_sync
from thabat.storage.models import Application
from tests.conftest import TODAY
from tests.export_support import english_messages  # noqa: F401  (fixture)

pytestmark = pytest.mark.usefixtures("english_messages")

VARIED = (
    "Company,Role,Date applied,Status,Link,Location,Notes\n"
    "أرامكو السعودية,مهندس بيانات,2026-01-03,مرفوض,https://aramco.com,الظهران,مقابلةٌ جيدة مع الفريق، وتعلّمت الكثير\n"
    "Google,Software Engineer,3 Jan 2026,Interview,,Dubai,\"Great team; asked about system design\"\n"
    "stc,,2026-02-10,,,,\n"
    "Careem,Analyst,15 يناير 2026,Waiting,,,   \n"
    "École 42,Mentor,٢٠٢٦-٠٣-٠١,offer,,Paris,Entretien réussi — café ☕ ﻻ بأس\n"
    "أرامكو السعودية,مهندس بيانات,2026-01-04,,,,مسؤول التوظيف كان لطيفًا\n"
    "نون,مدير منتج,2026-04-01,,,,\u200fملاحظة\u200e مع علامات اتجاه\n"
)


def index_rows(connection) -> list[tuple]:
    return connection.execute(text(
        f"SELECT kind, ref_id, day, company, title, original, text, stems FROM {search_index.TABLE} "
        "ORDER BY kind, ref_id")).all()


def test_the_bulk_index_is_what_a_rebuild_makes(journal):
    with journal.session() as session:
        add_application(session, ApplicationInput("Talabat", "Designer", date(2025, 12, 1), notes="kept from before"),
                        TODAY)
    sheet = parse_sheet(VARIED)
    with journal.session() as session:
        assert import_applications(session, sheet, guess_mapping(sheet.headers), TODAY).imported == 7
    with journal.engine.begin() as connection:
        imported = index_rows(connection)
        search_index.rebuild(connection)
        rebuilt = index_rows(connection)
    assert len(imported) == 6  # the rows with notes (blank notes give no document), the one from before
    assert imported == rebuilt


def stored_columns(connection, application_id: int) -> dict:
    row = connection.execute(text("SELECT * FROM application WHERE id = :id"), {"id": application_id}).mappings().one()
    types = connection.execute(text("SELECT " + ", ".join(f"typeof({name})" for name in row.keys())
                                    + " FROM application WHERE id = :id"), {"id": application_id}).one()
    return {name: (value, kind) for (name, value), kind in zip(row.items(), types)
            if name not in ("id", "created_at", "updated_at")}


def test_imported_rows_are_stored_as_the_form_stores_them(journal):
    sheet = parse_sheet("Company,Role,Date applied,Link,Location,Notes\n"
                        "\u200fÉcole 42 ,  MENTOR,2026-03-01,https://example.com,Paris,note\n")
    with journal.session() as session:
        import_applications(session, sheet, guess_mapping(sheet.headers), TODAY)
        add_application(session, ApplicationInput("\u200fÉcole 42 ", "  MENTOR", date(2026, 3, 1), "https://example.com",
                                                  "Paris", "note"), TODAY)
    with journal.engine.connect() as connection:
        imported, by_form = stored_columns(connection, 1), stored_columns(connection, 2)
        events = connection.execute(text("SELECT application_id, stage, round, occurred_on, note, typeof(occurred_on) "
                                         "FROM stage_event ORDER BY application_id")).all()
        stamps = connection.execute(text("SELECT typeof(created_at), length(created_at), typeof(updated_at), "
                                         "length(updated_at) FROM application ORDER BY id")).all()
    assert imported == by_form
    assert imported["company_key"][0] == "ecole 42" and imported["applied_on"] == ("2026-03-01", "text")
    assert [event[1:] for event in events] == [("applied", None, "2026-03-01", "", "text")] * 2
    assert stamps[0] == stamps[1] == ("text", 26, "text", 26)


def test_names_and_dates_are_worked_out_once_per_distinct_text(journal, monkeypatch):
    keyed, parsed = [], []
    real_key, real_parse = csv_import.name_key, csv_import.parse_date
    monkeypatch.setattr(csv_import, "name_key", lambda name: keyed.append(name) or real_key(name))
    monkeypatch.setattr(csv_import, "parse_date", lambda value, order: parsed.append(value) or real_parse(value, order))
    lines = [f"{company},{role},2026-01-{day:02d}" for company in ("Careem", "نون", "stc")
             for role in ("Analyst", "محلل") for day in range(1, 29)]
    sheet = parse_sheet("Company,Role,Date applied\n" + "\n".join(lines) + "\n")
    with journal.session() as session:
        assert import_applications(session, sheet, guess_mapping(sheet.headers), TODAY).imported == 168
    assert sorted(keyed) == sorted({"Careem", "نون", "stc", "Analyst", "محلل"})
    assert len(parsed) == 28


def test_the_import_indexes_each_batch_itself_and_leaves_the_queue_empty(journal, monkeypatch):
    """The new applications go to the search index batch by batch, straight from the rows just written,
    not through the triggers' queue (whose trigger looked up, for each new row, documents a new row cannot
    have); nothing is ever queued, so nothing is held in memory. The index is then what a rebuild makes."""
    monkeypatch.setattr(csv_import, "BATCH", 10)
    sheet = parse_sheet("Company,Role,Date applied,Notes\n"
                        + "".join(f"Company {n},Role,2026-01-01,note {n}\n" for n in range(35)))
    at_progress = []
    indexed_at_write = []
    with journal.session() as session:
        connection = session.connection()

        def count(sql: str) -> int:
            return connection.execute(text(sql)).scalar_one()

        def progress(done: int, _total: int) -> None:
            at_progress.append((done, count(f"SELECT count(*) FROM {search_sync.PENDING}"),
                                count(f"SELECT count(*) FROM {search_index.TABLE} WHERE kind = 'application'")))

        real_index_written = search_index.index_written_applications

        def index_written(connection, rows):
            indexed_at_write.append(("application", len(rows)))
            return real_index_written(connection, rows)

        real_refresh = search_index.refresh

        def refresh(connection, keys, new_above=None):
            queued.extend(keys)
            return real_refresh(connection, keys, new_above)

        queued: list = []
        monkeypatch.setattr(search_index, "index_written_applications", index_written)
        monkeypatch.setattr(search_index, "refresh", refresh)
        import_applications(session, sheet, guess_mapping(sheet.headers), TODAY, progress)
    assert at_progress == [(10, 0, 10), (20, 0, 20), (30, 0, 30), (35, 0, 35)]
    assert queued == []
    assert indexed_at_write == [("application", 10)] * 3 + [("application", 5)]
    with journal.engine.begin() as connection:
        assert connection.execute(text(f"SELECT count(*) FROM {search_sync.PENDING}")).scalar_one() == 0
        assert search_sync.differences(connection) == []
        imported = index_rows(connection)
        search_index.rebuild(connection)
        assert index_rows(connection) == imported and len(imported) == 35


def schema(connection) -> list[tuple]:
    return connection.execute(text("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")).all()


def test_the_tables_secondary_indexes_and_the_insert_trigger_are_set_aside_while_writing(journal, monkeypatch):
    """Each index of a table took a page read or split per row inserted, more as the journal grew; the
    search trigger looked up each new row. During the import they do not exist; after it, the schema is
    exactly what it was, and the journal passes the doctor's checks."""
    monkeypatch.setattr(csv_import, "BATCH", 10)
    with journal.engine.connect() as connection:
        before = schema(connection)
    kept = {name for kind, name, table, _sql in before if kind == "index" and table in csv_import.BULK_TABLES
            and (name.startswith("sqlite_autoindex") or "UNIQUE" in (_sql or ""))}
    during: list[tuple[set, set]] = []
    sheet = parse_sheet("Company,Role,Date applied,Notes\n"
                        + "".join(f"Company {n},Role,2026-01-{n % 28 + 1:02d},note {n}\n" for n in range(25)))
    with journal.session() as session:
        connection = session.connection()

        def progress(_done: int, _total: int) -> None:
            now = schema(connection)
            during.append(({name for kind, name, table, _sql in now if kind == "index" and table in csv_import.BULK_TABLES},
                           {name for kind, name, _table, _sql in now if kind == "trigger"}))

        import_applications(session, sheet, guess_mapping(sheet.headers), TODAY, progress)
    assert len(during) == 3
    for indexes, triggers in during:
        assert indexes == kept
        assert f"{search_sync.TRIGGER_PREFIX}application_insert" not in triggers
        assert f"{search_sync.TRIGGER_PREFIX}application_update" in triggers
    with journal.engine.begin() as connection:
        assert schema(connection) == before
        assert search_sync.differences(connection) == []
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        plan = " ".join(row[-1] for row in connection.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM application WHERE applied_on = '2026-01-05'"))
        assert "ix_application_applied_on" in plan  # built again, and holding the new rows
        assert connection.execute(text("SELECT count(*) FROM application INDEXED BY ix_application_applied_on "
                                       "WHERE applied_on >= '2026-01-01'")).scalar_one() == 25


def test_a_failed_import_leaves_the_schema_as_it_was(journal, monkeypatch):
    """The indexes and the trigger are dropped inside the import's own transaction: its rollback brings
    them back (SQLite's DDL is transactional), whatever stopped it."""
    monkeypatch.setattr(csv_import, "BATCH", 10)
    with journal.session() as session:
        add_application(session, ApplicationInput("Talabat", "Designer", date(2025, 12, 1), notes="kept"), TODAY)
    with journal.engine.connect() as connection:
        before = schema(connection)
    sheet = parse_sheet("Company,Role,Date applied,Notes\n"
                        + "".join(f"Company {n},Role,2026-01-01,note {n}\n" for n in range(25)))
    with pytest.raises(csv_import.ImportCancelled):
        with journal.session() as session:
            import_applications(session, sheet, guess_mapping(sheet.headers), TODAY, cancelled=lambda: True)
    with journal.engine.begin() as connection:
        assert schema(connection) == before
        assert connection.execute(text("SELECT count(*) FROM application")).scalar_one() == 1
        assert search_sync.differences(connection) == []


def test_draining_batch_by_batch_never_scans_the_index_for_new_documents(journal, monkeypatch):
    """Each look for a document's old copy is a scan of the whole index: done for every batch, a big import
    was quadratic. New documents (ids above the index's highest) are not looked for; the journal's own
    documents, of every kind, are left as they were."""
    with journal.session() as session:
        add_application(session, ApplicationInput("Talabat", "Designer", date(2025, 12, 1), notes="kept from before"),
                        TODAY)
        rejections.log_rejection(session, RejectionInput("Acme", "Dev", date(2026, 10, 1), "screening",
                                                         message="Thanks for your time"), TODAY)
    monkeypatch.setattr(csv_import, "BATCH", 3)
    scans: list[str] = []

    def before(_connection, _cursor, statement, _parameters, _context, _executemany):
        if statement.startswith(f"SELECT rowid, ref_id FROM {search_index.TABLE}"):
            scans.append(statement)

    sheet = parse_sheet("Company,Role,Date applied,Notes,Stage history\n" + "".join(
        f"Company {n},Role,2026-01-0{n % 9 + 1},note {n},2026-02-01 screening; 2026-02-09 rejected\n"
        for n in range(10)))
    event.listen(Engine, "before_cursor_execute", before)
    try:
        with journal.session() as session:
            assert import_applications(session, sheet, guess_mapping(sheet.headers), TODAY).imported == 10
    finally:
        event.remove(Engine, "before_cursor_execute", before)
    assert scans == []
    with journal.engine.begin() as connection:
        assert search_sync.differences(connection) == []
        imported = index_rows(connection)
        search_index.rebuild(connection)
        assert index_rows(connection) == imported
    assert {(kind, title) for kind, _id, _day, _company, title, *_ in imported} >= {
        ("application", "Talabat — Designer"), ("rejection", "Acme — Dev"), ("application", "Company 9 — Role")}


def test_a_document_drained_in_one_batch_and_changed_in_a_later_one_is_indexed_once(journal):
    """Documents drained during the long write are no longer new: changed again, their first copy goes."""
    with journal.session() as session:
        add_application(session, ApplicationInput("Talabat", "Designer", date(2025, 12, 1), notes="before"), TODAY)
    with journal.session() as session:
        connection = session.connection()
        drain_batch = search_sync.drain_batches(connection)
        connection.execute(insert(Application.__table__).values(
            company="Careem", role="Analyst", applied_on=date(2026, 1, 1), notes="first words", company_key="careem",
            role_key="analyst"))
        assert drain_batch() == 1
        connection.execute(update(Application.__table__).where(Application.__table__.c.company == "Careem")
                           .values(notes="second words"))
        connection.execute(update(Application.__table__).where(Application.__table__.c.company == "Talabat")
                           .values(notes="after"))
        assert drain_batch() == 2
        assert search_sync.differences(connection) == []
def test_histories_and_unknown_dates_go_through_the_fast_path_batch_by_batch(journal, monkeypatch):
    """Each batch's stage histories are written after its applications; an application whose date is not
    known gets no "applied" step, and two of them with the same names are the same application."""
    monkeypatch.setattr(csv_import, "BATCH", 2)
    sheet = parse_sheet(
        "Company,Role,Date applied,Stage history\n"
        "Careem,Analyst,2026-01-03,2026-01-03 applied; 2026-01-10 screening\n"
        "نون,مدير منتج,,2026-02-01 screening; 2026-02-09 rejected\n"
        "stc,,2026-02-10,\n"
        "Talabat,Designer,,2026-03-01 screening\n"
        "نون,مدير منتج,,2026-02-01 screening\n"
        "Google,Engineer,2026-03-05,2026-03-05 applied; 2026-03-20 rejected\n")
    with journal.session() as session:
        report = import_applications(session, sheet, guess_mapping(sheet.headers), TODAY)
    assert report.imported == 5 and report.skipped == [(6, "already in the journal")]
    with journal.engine.connect() as connection:
        steps = connection.execute(text(
            "SELECT a.company, a.applied_on, e.stage, e.occurred_on FROM stage_event e "
            "JOIN application a ON a.id = e.application_id ORDER BY a.id, e.occurred_on, e.id")).all()
        rejected = connection.execute(text(
            "SELECT a.company, r.received_on FROM rejection r JOIN application a ON a.id = r.application_id "
            "ORDER BY a.id")).all()
    assert steps == [
        ("Careem", "2026-01-03", "applied", "2026-01-03"), ("Careem", "2026-01-03", "screening", "2026-01-10"),
        ("نون", None, "screening", "2026-02-01"), ("نون", None, "rejected", "2026-02-09"),
        ("stc", "2026-02-10", "applied", "2026-02-10"),
        ("Talabat", None, "screening", "2026-03-01"),
        ("Google", "2026-03-05", "applied", "2026-03-05"), ("Google", "2026-03-05", "rejected", "2026-03-20"),
    ]
    assert rejected == [("نون", "2026-02-09"), ("Google", "2026-03-20")]


def test_the_new_fields_are_stored_by_the_bulk_insert_as_the_form_stores_them(journal):
    sheet = parse_sheet("Company,Role,Date applied,Source,Salary from,Salary to,Currency,Deadline,Interest,"
                        "Job description\n"
                        "Careem,Analyst,2026-03-01,Job board,\"10,000\",12000,sar,2026-12-01,4,Data work\n")
    with journal.session() as session:
        report = import_applications(session, sheet, guess_mapping(sheet.headers), TODAY)
        assert report.notes == [] and report.skipped == []
        add_application(session, ApplicationInput("Careem", "Analyst", date(2026, 3, 2), source="job_board",
                                                  salary_min=10000, salary_max=12000, currency="sar",
                                                  deadline=date(2026, 12, 1), interest=4, description="Data work"),
                        TODAY)
    with journal.engine.connect() as connection:
        imported, by_form = stored_columns(connection, 1), stored_columns(connection, 2)
    assert imported.pop("applied_on") == ("2026-03-01", "text") and by_form.pop("applied_on") == ("2026-03-02", "text")
    assert imported == by_form
    assert imported["salary_min"] == (10000, "integer") and imported["deadline"] == ("2026-12-01", "text")


def test_the_import_restores_the_page_cache_it_raised(journal):
    sheet = parse_sheet("Company,Role,Date applied\nCareem,Analyst,2026-01-01\n")
    with journal.session() as session:
        before = session.connection().exec_driver_sql("PRAGMA cache_size").scalar()
        import_applications(session, sheet, guess_mapping(sheet.headers), TODAY)
        assert session.connection().exec_driver_sql("PRAGMA cache_size").scalar() == before


def test_the_driver_gets_values_as_stored_not_dates_to_adapt(journal):
    """sqlite3's own date adapters are deprecated and write a timestamp on a whole second without its
    microseconds; SQLAlchemy's types write them always: each value goes through its column's type."""
    handed: list = []

    def before(_connection, _cursor, statement, parameters, _context, executemany):
        if statement.startswith("INSERT INTO"):
            handed.extend(value for row in (parameters if executemany else [parameters]) for value in row)

    sheet = parse_sheet("Company,Role,Date applied,Notes\nCareem,Analyst,2026-01-01,note\n")
    event.listen(Engine, "before_cursor_execute", before)
    try:
        with journal.session() as session:
            import_applications(session, sheet, guess_mapping(sheet.headers), TODAY)
    finally:
        event.remove(Engine, "before_cursor_execute", before)
    assert handed and {type(value) for value in handed} <= {str, int, type(None)}


def test_a_file_of_iso_dates_is_read_once(journal, monkeypatch):
    """The order of numeric dates (day or month first) takes a pass over the whole file; ISO dates, as in
    Thabat's own export, never depend on it, so the file is not read for it."""
    passes = []
    real_rows = Sheet.data_rows

    def data_rows(sheet):
        passes.append(sheet)
        return real_rows(sheet)

    monkeypatch.setattr(Sheet, "data_rows", data_rows)
    sheet = parse_sheet("Company,Role,Date applied,Deadline\nCareem,Analyst,2026-01-03,2026-12-01\n"
                        "نون,مدير,15 يناير 2026,\nstc,,13/01/2026,\n")
    with journal.session() as session:
        assert import_applications(session, sheet, guess_mapping(sheet.headers), TODAY).imported == 3
    assert len(passes) == 1


def test_a_date_that_needs_the_files_order_is_read_by_the_whole_column(journal):
    """03/04/2026 reads month first when a later row can only be month first (04/15/2026): the order is
    still the whole column's, worked out when the first such date comes; a deadline follows it."""
    assert [needs_order(text) for text in ("03/04/2026", "04/04/2026", "13/04/2026", "2026-03-04", "soon")] == [
        True, False, False, False, False]
    sheet = parse_sheet("Company,Role,Date applied,Deadline\nCareem,Analyst,03/04/2026,05/06/2026\n"
                        "stc,,04/04/2026,\nنون,,04/15/2026,\n")
    with journal.session() as session:
        assert import_applications(session, sheet, guess_mapping(sheet.headers), TODAY).imported == 3
    with journal.engine.connect() as connection:
        stored = connection.execute(text("SELECT company, applied_on, deadline FROM application ORDER BY id")).all()
    assert stored == [("Careem", "2026-03-04", "2026-05-06"), ("stc", "2026-04-04", None), ("نون", "2026-04-15", None)]
