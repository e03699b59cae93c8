"""Tags on entries and reflections: one tag per name key, set through the use cases, counted for completion,
found by search, filtered in the timeline and the search, and kept in step with the search index."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from thabat.app.errors import InputError, NotFound
from thabat.app.services import entries as entry_service
from thabat.app.usecases import entries, reflections, search, tags
from thabat.app.views.journal import EntryInput, SearchFilters, TagCount
from thabat.storage.search_sync import differences
from tests.conftest import TODAY
from tests.reflection_support import reflection_on


def _entry(journal, title="Prep", body="Reviewed SQL joins", tags_=None) -> int:
    return entries.save_entry(journal, EntryInput(title, body, date(2026, 11, 20), tags=tags_), TODAY).id


def _in_step(journal) -> list:
    with journal.engine.connect() as connection:
        return differences(connection)


def test_tags_are_stored_once_per_name_key_and_shown_as_first_typed(journal):
    first = _entry(journal, tags_=("Interview", "مقابلة"))
    second = _entry(journal, tags_=(" interview ", "#مقابله", "SQL"))
    assert entries.get_entry(journal, first).tags == ("Interview", "مقابلة")
    assert entries.get_entry(journal, second).tags == ("Interview", "SQL", "مقابلة")  # name-key order
    assert tags.all_tags(journal) == [TagCount("Interview", 2), TagCount("مقابلة", 2), TagCount("SQL", 1)]


def test_setting_tags_replaces_them_and_drops_tags_nothing_carries(journal):
    entry_id = _entry(journal, tags_=("rest", "family"))
    assert tags.set_entry_tags(journal, entry_id, ["rest", "sport"]) == ("rest", "sport")
    assert [t.name for t in tags.all_tags(journal)] == ["rest", "sport"]
    assert tags.set_entry_tags(journal, entry_id, []) == ()
    assert tags.all_tags(journal) == []


def test_saving_an_entry_without_tags_in_hand_keeps_its_tags(journal):
    entry_id = _entry(journal, tags_=("rest",))
    entries.save_entry(journal, EntryInput("Renamed", "body", date(2026, 11, 20)), TODAY, entry_id)  # tags=None
    assert entries.get_entry(journal, entry_id).tags == ("rest",)


@pytest.mark.parametrize("bad", ["", "  ", "#", "a,b", "أ،ب", "x" * 51])
def test_a_bad_tag_is_refused_and_nothing_is_written(journal, bad):
    entry_id = _entry(journal, tags_=("kept",))
    with pytest.raises(InputError) as raised:
        entries.save_entry(journal, EntryInput("Changed", "new body", date(2026, 11, 20), tags=("ok", bad)),
                           TODAY, entry_id)
    assert raised.value.field == "tags"
    entry = entries.get_entry(journal, entry_id)
    assert (entry.title, entry.tags) == ("Prep", ("kept",))


def test_at_most_twenty_tags(journal):
    entry_id = _entry(journal)
    with pytest.raises(InputError):
        tags.set_entry_tags(journal, entry_id, [f"t{n}" for n in range(21)])
    assert len(tags.set_entry_tags(journal, entry_id, [f"t{n}" for n in range(20)])) == 20


def test_tags_of_a_gone_item_are_refused(journal):
    with pytest.raises(NotFound):
        tags.set_entry_tags(journal, 99, ["x"])
    with pytest.raises(NotFound):
        tags.set_reflection_tags(journal, 99, ["x"])


def test_reflection_tags_through_the_draft_and_the_use_case(journal):
    reflection_id = reflection_on(journal)
    view = reflections.load_reflection(journal, reflection_id)
    assert view.draft.tags == ()
    view = reflections.save_draft(journal, reflection_id, replace(view.draft, feeling="tired", tags=("Careem", "تعلم")),
                                  TODAY)
    assert view.draft.tags == ("Careem", "تعلم")
    view = reflections.save_draft(journal, reflection_id, replace(view.draft, tags=None), TODAY)  # left as they are
    assert view.draft.tags == ("Careem", "تعلم")
    assert tags.set_reflection_tags(journal, reflection_id, ["تعلم"]) == ("تعلم",)
    assert entries.read_reflection(journal, reflection_id).tags == ("تعلم",)


def test_search_finds_a_tag_in_either_language_and_the_index_follows_every_change(journal):
    entry_id = _entry(journal, body="A quiet day", tags_=("networking", "مقابلة"))
    reflection_id = reflection_on(journal)
    tags.set_reflection_tags(journal, reflection_id, ["networking"])

    def found(query, filters=None):
        return sorted((hit.kind, hit.id) for hit in search.search(journal, query, filters))

    assert found("networking") == [("entry", entry_id), ("reflection", reflection_id)]
    assert found("المقابلة") == [("entry", entry_id)]  # the search's Arabic rules apply to tags too
    assert _in_step(journal) == []
    tags.set_entry_tags(journal, entry_id, ["rest"])
    assert found("networking") == [("reflection", reflection_id)]
    assert found("rest") == [("entry", entry_id)]
    entries.delete_entry(journal, entry_id)
    assert found("rest") == []
    assert _in_step(journal) == []


def test_a_tag_filters_the_timeline_and_the_search(journal):
    tagged = _entry(journal, body="SQL practice", tags_=("Interview",))
    _entry(journal, body="SQL at work")
    reflection_id = reflection_on(journal)
    tags.set_reflection_tags(journal, reflection_id, ["interview"])
    listed = entries.timeline(journal, tag="INTERVIEW")
    assert sorted((item.kind, item.id) for item in listed) == [("entry", tagged), ("reflection", reflection_id)]
    assert all(item.tags == ("Interview",) for item in listed)
    assert [(h.kind, h.id) for h in search.search(journal, "sql", SearchFilters(tag="interview"))] == [("entry", tagged)]
    assert len(search.search(journal, "sql")) == 2


def test_deleting_an_entry_drops_its_tags_when_nothing_else_carries_them(journal, session):
    entry_id = _entry(journal, tags_=("alone",))
    with journal.session() as session:
        entry_service.delete_entry(session, entry_id, confirmed=True)
    assert tags.all_tags(journal) == []


def test_the_doctor_passes_on_a_tagged_journal_and_sees_a_tag_renamed_behind_its_back(isolated_data, capsys):
    import sqlite3
    from contextlib import closing

    from thabat.app.cli import main
    from thabat.app.journal import Journal
    from thabat.app.runtime.paths import database_path

    journal = Journal.open(isolated_data)
    _entry(journal, tags_=("مقابلة", "SQL"))
    tags.set_reflection_tags(journal, reflection_on(journal), ["SQL"])
    journal.close()
    capsys.readouterr()
    assert main(["doctor"]) == 0
    with closing(sqlite3.connect(database_path(isolated_data))) as raw:  # the triggers follow a rename made by hand
        raw.execute("UPDATE tag SET name = 'Databases', name_key = 'databases' WHERE name = 'SQL'")
        raw.commit()
    assert main(["doctor"]) == 0
    journal = Journal.open(isolated_data)
    assert sorted(hit.kind for hit in search.search(journal, "databases")) == ["entry", "reflection"]
    journal.close()
