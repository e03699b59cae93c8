"""Free journal entries and the Journal timeline; the `thabat search` command."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from thabat.app.cli import main
from thabat.app.errors import InputError, NotFound
from thabat.app.journal import Journal
from thabat.app.services import applications, entries, rejections
from thabat.app.views.applications import ApplicationInput, RejectionInput
from thabat.app.views.journal import EntryInput
from thabat.storage.models import JournalEntry, Reflection, ReflectionAnswer
from tests.conftest import TODAY


def test_create_update_get_and_delete_an_entry(session):
    app = applications.add_application(session, ApplicationInput("Talabat", "Designer", date(2026, 10, 1)), TODAY)
    made = entries.create_entry(session, EntryInput("  Day one ", "سطر أول\nsecond line  \n", date(2026, 11, 2),
                                                    app.id, "rtl", True), TODAY)
    assert (made.title, made.body, made.direction, made.private) == ("Day one", "سطر أول\nsecond line", "rtl", True)
    assert made.application_title == "Talabat — Designer"
    changed = entries.update_entry(session, made.id, EntryInput("Day one", "new text", date(2026, 11, 3)), TODAY)
    assert entries.get_entry(session, made.id) == changed
    assert (changed.application_id, changed.direction, changed.private) == (None, "auto", False)
    with pytest.raises(InputError):
        entries.delete_entry(session, made.id, confirmed=False)
    assert session.get(JournalEntry, made.id) is not None
    entries.delete_entry(session, made.id, confirmed=True)
    with pytest.raises(NotFound):
        entries.get_entry(session, made.id)


@pytest.mark.parametrize("data, field", [
    (EntryInput("", "  \n ", date(2026, 11, 1)), "body"),
    (EntryInput("x", "", TODAY + timedelta(days=1)), "written_on"),
    (EntryInput("x", "", date(2026, 11, 1), direction="up"), "direction"),
    (EntryInput("x" * 301, "", date(2026, 11, 1)), "title"),
])
def test_bad_entries_are_refused_and_nothing_is_saved(session, data, field):
    with pytest.raises(InputError) as raised:
        entries.create_entry(session, data, TODAY)
    assert raised.value.field == field
    assert entries.timeline(session) == []


def test_timeline_mixes_reflections_and_entries_newest_first(session):
    rejection = rejections.log_rejection(session, RejectionInput("Careem", "Analyst", date(2026, 11, 10), "interview"),
                                         TODAY)
    reflection = Reflection(rejection_id=rejection.id, went_well="Clear answers",
                            created_at=datetime(2026, 11, 12, 9, tzinfo=timezone.utc))
    session.add(reflection)
    session.flush()
    session.add(ReflectionAnswer(reflection_id=reflection.id, prompt_key="answers.star", text="Used STAR"))
    old = entries.create_entry(session, EntryInput("Old", "older " * 50, date(2026, 11, 1)), TODAY)
    new = entries.create_entry(session, EntryInput("New", "newest", date(2026, 11, 20)), TODAY)
    items = entries.timeline(session)
    assert [(i.kind, i.id) for i in items] == [("entry", new.id), ("reflection", reflection.id), ("entry", old.id)]
    assert items[1].title == "Careem — Analyst" and items[1].preview == "Clear answers" and items[1].draft
    assert items[2].preview.endswith("…") and len(items[2].preview) <= entries.PREVIEW_LENGTH
    assert [i.id for i in entries.timeline(session, kind="reflection")] == [reflection.id]
    assert [i.id for i in entries.timeline(session, company="CAREEM")] == [reflection.id]
    assert [i.id for i in entries.timeline(session, date_from=date(2026, 11, 2), date_to=date(2026, 11, 19))] == [
        reflection.id]
    reading = entries.read_reflection(session, reflection.id)
    assert [s.key for s in reading.sections] == ["went_well", "answer:answers.star"]


# -- command line -------------------------------------------------------------------------------------

def test_cli_search_prints_one_line_per_result(isolated_data, capsys):
    journal = Journal.open(isolated_data)
    with journal.session() as session:
        entries.create_entry(session, EntryInput("المقابلة الأولى", "كانت المُقَابَلَة طويلة", date(2026, 11, 1)), TODAY)
        entries.create_entry(session, EntryInput("Résumé", "Rewrote my résumé", date(2026, 11, 5)), TODAY)
    journal.close()
    assert main(["search", "resume"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["2026-11-05  entry       Résumé  Rewrote my [résumé]"]
    assert main(["search", "مقابله"]) == 0
    assert capsys.readouterr().out == "2026-11-01  entry       المقابلة الأولى  كانت [المُقَابَلَة] طويلة\n"
    assert main(["search", "nothing-here", "--limit", "3"]) == 0
    assert capsys.readouterr().out == ""
    assert main(["search", '"AND( NEAR/ -x *']) == 0


@pytest.mark.parametrize("limit", ["0", "-1", "ten"])
def test_cli_search_refuses_a_bad_limit(capsys, limit):
    with pytest.raises(SystemExit) as exited:
        main(["search", "x", "--limit", limit])
    assert exited.value.code == 2
    assert "--limit" in capsys.readouterr().err
