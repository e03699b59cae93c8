"""The search index stays in step with every write, whoever makes it, and `thabat doctor` checks it.

Writes that bypass the ORM (Core `update()`/`insert()`/`delete()`, the sqlite3 shell) used to leave the
index silently out of step; here each one is followed by a search and by the check the doctor runs.
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from datetime import date

import pytest
from sqlalchemy import delete, event, insert, text, update

from thabat.app.cli import main
from thabat.app.journal import Journal
from thabat.app.runtime.paths import database_path
from thabat.app.services import applications, contacts, entries, rejections
from thabat.app.services.search import search
from thabat.app.views.applications import ApplicationInput, RejectionInput
from thabat.app.views.contacts import ContactInput
from thabat.app.views.journal import EntryInput
from thabat.storage import search_index
from thabat.storage.models import Application, JournalEntry, Reflection, ReflectionAnswer
from thabat.storage.search_sync import PENDING, _FEEDS, differences, trigger_sql
from tests.conftest import TODAY


def _found(journal: Journal, query: str) -> list[tuple[str, int]]:
    with journal.session() as session:
        return [(hit.kind, hit.id) for hit in search(session, query)]


def _in_step(journal: Journal) -> list:
    with journal.engine.connect() as connection:
        return differences(connection)


def test_a_core_update_is_indexed_by_the_commit(journal):
    with journal.session() as session:
        entry = entries.create_entry(session, EntryInput("Draft", "first words about Amazon", date(2026, 11, 1)), TODAY)
    with journal.session() as session:
        session.execute(update(JournalEntry).where(JournalEntry.id == entry.id).values(body="now about Talabat"))
    assert _found(journal, "talabat") == [("entry", entry.id)]
    assert _found(journal, "amazon") == []
    assert _in_step(journal) == []


def test_renaming_a_company_with_core_retitles_its_rejection_reflection_and_entries(journal):
    with journal.session() as session:
        rejection = rejections.log_rejection(session, RejectionInput("Acme", "Dev", date(2026, 10, 1), "screening",
                                                                     message="Thanks for your time"), TODAY)
        session.add(Reflection(rejection_id=rejection.id, feeling="tired"))
        entries.create_entry(session, EntryInput("Prep", "notes", date(2026, 9, 2),
                                                 application_id=rejection.application_id), TODAY)
    with journal.session() as session:
        session.execute(update(Application).values(company="Globex"))
    with journal.session() as session:
        assert {hit.company for hit in search(session, "thanks")} == {"Globex"}
        assert {hit.title for hit in search(session, "tired")} == {"Globex — Dev"}
    assert _in_step(journal) == []


def test_core_inserts_and_deletes_need_no_call_of_their_own(journal):
    with journal.session() as session:
        session.execute(insert(Application), [
            {"company": "Careem", "role": "Analyst", "applied_on": date(2026, 9, 1), "notes": "friendly panel"},
            {"company": "Noon", "role": "PM", "applied_on": date(2026, 9, 2), "notes": "friendly recruiter"}])
        assert len(search(session, "friendly")) == 2  # in the same unit of work, before the commit
    with journal.session() as session:
        session.execute(delete(Application).where(Application.company == "Noon"))
    assert [kind for kind, _ in _found(journal, "friendly")] == ["application"]
    assert _in_step(journal) == []


def test_deleting_a_reflection_answer_reindexes_its_reflection(journal):
    with journal.session() as session:
        reflection = Reflection(feeling="calm")
        session.add(reflection)
        session.flush()
        session.add(ReflectionAnswer(reflection_id=reflection.id, prompt_key="answers.star", text="STAR stories"))
    assert _found(journal, "star") == [("reflection", reflection.id)]
    with journal.session() as session:
        session.execute(delete(ReflectionAnswer))
    assert _found(journal, "star") == []
    assert _in_step(journal) == []


def test_a_rolled_back_write_leaves_neither_queue_nor_index_behind(journal):
    with pytest.raises(RuntimeError), journal.session() as session:
        entries.create_entry(session, EntryInput("", "never saved", date(2026, 11, 1)), TODAY)
        raise RuntimeError("the user's action failed")
    assert _found(journal, "saved") == []
    with journal.engine.connect() as connection:
        assert connection.execute(text(f"SELECT count(*) FROM {PENDING}")).scalar() == 0


def test_a_write_made_with_the_sqlite3_shell_is_indexed_at_the_next_start(isolated_data):
    journal = Journal.open(isolated_data)
    with journal.session() as session:
        applications.add_application(session, ApplicationInput("Careem", "Analyst", TODAY, notes="old notes"), TODAY)
    journal.close()
    with closing(sqlite3.connect(database_path(isolated_data))) as raw:  # foreign keys off, as in the shell
        raw.execute("UPDATE application SET notes = 'written by hand in the shell'")
        raw.execute("INSERT INTO journal_entry (title, body, written_on, direction, private, created_at, updated_at) "
                    "VALUES ('', 'a shell entry', '2026-11-02', 'auto', 0, '2026-11-02 10:00:00', "
                    "'2026-11-02 10:00:00')")
        raw.commit()

    for reopened in (Journal.open(isolated_data), Journal.open_for_start(isolated_data)):
        try:
            assert sorted(kind for kind, _ in _found(reopened, "shell")) == ["application", "entry"]
            assert _found(reopened, "old") == []
        finally:
            reopened.close()


def test_every_table_the_documents_are_built_from_has_triggers(journal):
    """A table read by a document builder but not watched would leave its writes out of the index."""
    with journal.session() as session:  # a row of each kind, so that every builder reads all it reads
        rejection = rejections.log_rejection(session, RejectionInput("Acme", "Dev", date(2026, 10, 1), "screening"),
                                             TODAY)
        session.add(Reflection(rejection_id=rejection.id, feeling="tired"))
        entries.create_entry(session, EntryInput("Prep", "notes", date(2026, 9, 2),
                                                 application_id=rejection.application_id), TODAY)
        contacts.add_contact(session, ContactInput("Sara", company="Acme", notes="kind"))
    read: set[str] = set()

    def note_tables(_conn, _cursor, statement, *_args):
        read.update(re.findall(r"\b(?:FROM|JOIN)\s+(\w+)", statement))

    event.listen(journal.engine, "before_cursor_execute", note_tables)
    try:
        with journal.engine.connect() as connection:
            search_index.expected_rows(connection)
    finally:
        event.remove(journal.engine, "before_cursor_execute", note_tables)
    assert read - {search_index.TABLE} == set(_FEEDS)


# -- thabat doctor --------------------------------------------------------------------------------------

def _journal_with_documents(folder) -> None:
    journal = Journal.open(folder)
    with journal.session() as session:
        applications.add_application(session, ApplicationInput("Careem", "Analyst", TODAY, notes="kind panel"), TODAY)
        entries.create_entry(session, EntryInput("Prep", "STAR stories", date(2026, 11, 1)), TODAY)
    journal.close()


def _doctor(capsys, *options: str) -> tuple[int, list[str]]:
    capsys.readouterr()
    status = main(["doctor", *options])
    return status, capsys.readouterr().out.strip().splitlines()


def test_the_doctor_finds_a_healthy_journal_in_step(isolated_data, capsys):
    _journal_with_documents(isolated_data)
    status, lines = _doctor(capsys)
    assert status == 0 and len(lines) == 1 and "matches" in lines[0]


@pytest.mark.index_out_of_step
def test_the_doctor_reports_each_difference_on_one_line_and_repair_rebuilds(isolated_data, capsys):
    _journal_with_documents(isolated_data)
    with closing(sqlite3.connect(database_path(isolated_data))) as raw:  # a tool that drops the triggers first
        for name in trigger_sql():
            raw.execute(f"DROP TRIGGER {name}")
        raw.execute("UPDATE application SET notes = 'changed behind the index'")
        raw.execute("DELETE FROM journal_entry")
        raw.execute("INSERT INTO contact (name, role, company, email, profile_url, notes, created_at) "
                    "VALUES ('Sara', '', 'Careem', '', '', 'met at a fair', '2026-11-02 10:00:00')")
        raw.execute("INSERT INTO search_index (kind, ref_id, day, company, title, original, text, stems) "
                    "SELECT kind, ref_id, day, company, title, original, text, stems FROM search_index "
                    "WHERE kind = 'application'")
        raw.commit()

    status, lines = _doctor(capsys)
    assert status == 1
    assert lines == ["application 1 is in the search index more than once.",
                     "contact 1 is missing from the search index.",
                     "entry 1 is in the search index but no longer in the journal."]

    status, lines = _doctor(capsys, "--repair")
    assert status == 0 and lines[-2:] == ["Rebuilt the search index: 2 documents.",
                                          "The journal file is sound and its search index matches the journal."]
    assert _doctor(capsys)[0] == 0


@pytest.mark.index_out_of_step
def test_the_doctor_reports_stale_text(isolated_data, capsys):
    _journal_with_documents(isolated_data)
    with closing(sqlite3.connect(database_path(isolated_data))) as raw:
        raw.execute("UPDATE search_index SET original = 'something else' WHERE kind = 'entry'")
        raw.commit()
    assert _doctor(capsys) == (1, ["entry 1 is in the search index with out-of-date text."])


def test_the_doctor_reports_a_damaged_file_and_never_creates_a_journal(isolated_data, capsys):
    assert main(["doctor"]) == 2
    assert "no journal" in capsys.readouterr().err
    assert not database_path(isolated_data).exists()

    isolated_data.mkdir(parents=True, exist_ok=True)
    database_path(isolated_data).write_bytes(b"SQLite format 3\x00" + b"\x07" * 4000)
    status, lines = _doctor(capsys)
    assert status == 1 and len(lines) == 1 and "damaged" in lines[0]
