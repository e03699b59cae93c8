"""Search: Arabic-aware normalisation, FTS5 queries that never fail, an index that follows every write."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest
from hypothesis import given, settings, strategies as st
from sqlalchemy import create_engine, text
from sqlmodel import Session

from thabat.app.journal import Journal
from thabat.app.services import applications, contacts, entries, rejections
from thabat.app.services.search import search
from thabat.app.views.applications import ApplicationInput, RejectionInput
from thabat.app.views.contacts import ContactInput
from thabat.app.views.journal import EntryInput, SearchFilters
from thabat.storage import migrate
from thabat.storage.models import Reflection, ReflectionAnswer
from thabat.storage.search_text import match_expression, normalise, terms
from tests.conftest import TODAY


# -- normalisation ---------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, expected", [
    ("مُقَابَلَة", "مقابله"),
    ("المقابلة", "المقابله"),
    ("أحمد إبراهيم آمال ٱلله", "احمد ابراهيم امال الله"),
    ("مستشفى", "مستشفي"),
    ("شكـــــرًا", "شكرا"),
    ("Résumé", "resume"),
    ("NAÏVE Café", "naive cafe"),
    ("Straße", "strasse"),
    ("ﻣﻘﺎﺑﻠﺔ", "مقابله"),  # presentation forms, as copied from a PDF
])
def test_normalise(raw, expected):
    assert normalise(raw) == expected


_TASHKEEL = st.sampled_from([chr(c) for c in range(0x064B, 0x0660)] + ["\u0670", "\u0640"])


@settings(max_examples=200, deadline=None)
@given(word=st.sampled_from(["مقابلة", "وظيفة", "رفض", "الشركة", "تعلمت", "مستشفى"]),
       marks=st.lists(st.tuples(st.integers(0, 10), _TASHKEEL), max_size=8))
def test_random_diacritics_never_change_the_normalised_word(word, marks):
    decorated = list(word)
    for position, mark in sorted(marks, reverse=True):
        decorated.insert(min(position, len(decorated)) + 1 if decorated else 0, mark)
    assert normalise("".join(decorated)) == normalise(word)


@pytest.mark.parametrize("query", ['"', "AND(", "*", "NEAR/", "-x", "", "   ", "a:b", "^x", "OR", "NOT", "((",
                                   "x" * 10_000, "مقابلة " * 3000, "\x00", "'; DROP TABLE x; --", "NEAR(a b, 2)"])
def test_hostile_queries_give_a_safe_expression(query):
    from thabat.storage.search_index import CREATE_SQL
    from thabat.storage.search_text import exact_expression

    raw = sqlite3.connect(":memory:")
    raw.execute(CREATE_SQL)
    for expression in (match_expression(query), exact_expression(query)):
        if expression is not None:  # FTS5 parses it: every word quoted, nothing left as syntax
            raw.execute("SELECT count(*) FROM search_index WHERE search_index MATCH ?", (expression,)).fetchall()
    raw.close()


# -- searching ------------------------------------------------------------------------------------------

def _entry(session, title, body, on=date(2026, 11, 1), application_id=None):
    return entries.create_entry(session, EntryInput(title, body, on, application_id), TODAY)


def _found(session, query, **filters):
    return [(hit.kind, hit.id) for hit in search(session, query, SearchFilters(**filters))]


def test_arabic_finds_through_diacritics_hamza_and_taa_marbuta(session):
    voweled = _entry(session, "", "كانت المُقَابَلَة الأُولى صعبة، لكنّني تعلّمت الكثير")
    plain = _entry(session, "ملاحظة", "أجريت مقابلة مع شركة أرامكو في المستشفى")
    assert set(_found(session, "مقابلة")) == {("entry", plain.id), ("entry", voweled.id)}  # also "المقابلة"
    assert _found(session, "المقابله") == [("entry", voweled.id)]
    assert set(_found(session, "بالمقابلة")) == {("entry", plain.id), ("entry", voweled.id)}  # clitics both ways
    assert set(_found(session, "مُقابلة")) == {("entry", plain.id), ("entry", voweled.id)}
    assert _found(session, "الاولي") == [("entry", voweled.id)]
    assert _found(session, "ارامكو") == [("entry", plain.id)]
    assert _found(session, "المستشفي") == [("entry", plain.id)]
    assert _found(session, "تعلـــمت") == [("entry", voweled.id)]


def test_english_is_case_and_accent_insensitive_with_prefixes(session):
    cv = _entry(session, "My résumé", "Rewrote the Résumé summary before the INTERVIEW")
    _entry(session, "Other", "Nothing to see")
    for query in ("Resume", "résumé", "RESUME", "inter", "summ resu", "interview résumé"):
        assert _found(session, query) == [("entry", cv.id)], query
    assert _found(session, "resume missing") == []  # every word is required


def test_snippets_mark_the_original_words(session):
    _entry(session, "Interview notes", "Long intro. " * 30 + "The مُقَابَلَة went well and the Résumé helped. " + "Tail. " * 30)
    [hit] = search(session, "مقابله resume")
    assert "[مُقَابَلَة]" in hit.snippet() and "[Résumé]" in hit.snippet()
    assert hit.snippet().startswith("…") and hit.snippet().endswith("…")
    assert len(hit.snippet()) < 220
    assert "<b>مُقَابَلَة</b>" in hit.snippet_html()
    html_hit = search(session, "interview")[0]
    assert html_hit.title_html() == "<b>Interview</b> notes"


@pytest.mark.parametrize("query", ['"', "AND(", "*", "NEAR/", "-x", "", "x" * 10_000, "a:b", "(", ")", "NEAR",
                                   'title:"x', "مقابلة*", "OR AND NOT", "+", "{x}", "[x]", "x^", ".", "'"])
def test_hostile_queries_never_error(session, query):
    _entry(session, "NEAR and AND", "a text with x and title words")
    assert isinstance(search(session, query), list)


def test_filters_by_kind_company_and_dates(session):
    careem = applications.add_application(session, ApplicationInput("Careem", "Analyst", date(2026, 9, 1),
                                                                    notes="Great interview team"), TODAY)
    rejection = rejections.log_rejection(session, RejectionInput("Noon", "PM", date(2026, 10, 5), "interview"), TODAY)
    rejections.record_feedback(session, rejection.id, "Your interview answers lacked numbers", date(2026, 10, 9), TODAY)
    linked = _entry(session, "Careem prep", "Interview prep list", on=date(2026, 9, 10), application_id=careem.id)
    loose = _entry(session, "Thoughts", "Interview nerves", on=date(2026, 11, 20))
    contact = contacts.add_contact(session, ContactInput("Sara", company="Careem",
                                                                  notes="Asked about the interview loop"))

    assert set(_found(session, "interview")) == {("application", careem.id), ("rejection", rejection.id),
                                                  ("entry", linked.id), ("entry", loose.id), ("contact", contact.id)}
    assert set(_found(session, "interview", kind="entry")) == {("entry", linked.id), ("entry", loose.id)}
    assert set(_found(session, "interview", company="careem")) == {("application", careem.id), ("entry", linked.id),
                                                                   ("contact", contact.id)}
    assert _found(session, "interview", kind="entry", date_from=date(2026, 11, 1)) == [("entry", loose.id)]
    assert _found(session, "interview", date_to=date(2026, 9, 5)) == [("application", careem.id)]
    assert _found(session, "interview", date_from=date(2026, 10, 1), date_to=date(2026, 10, 31)) == [
        ("rejection", rejection.id)]
    assert _found(session, "interview", kind="no such kind") == _found(session, "interview")
    hits = search(session, "interview")
    assert [h.day for h in hits] == sorted((h.day for h in hits), reverse=True)
    feedback = next(h for h in hits if h.kind == "rejection")
    assert feedback.title == "Noon — PM" and "[interview]" in feedback.snippet()


def test_reflections_are_found_by_their_texts_and_answers(session):
    rejection = rejections.log_rejection(session, RejectionInput("Google", "SRE", date(2026, 11, 2), "final"), TODAY)
    reflection = Reflection(rejection_id=rejection.id, feeling="متعَب قليلًا", went_well="System design")
    session.add(reflection)
    session.flush()
    session.add(ReflectionAnswer(reflection_id=reflection.id, prompt_key="answers.star", text="STAR stories"))
    session.flush()
    for query in ("متعب", "design", "star stories", "google"):
        assert _found(session, query) == [("reflection", reflection.id)], query
    assert search(session, "design")[0].title == "Google — SRE"



def _index_rows(session):
    return sorted(session.connection().execute(text(
        "SELECT kind, ref_id, day, company, title, original, text FROM search_index")).all())


def test_a_full_rebuild_gives_the_index_that_the_writes_kept(session):
    careem = applications.add_application(session, ApplicationInput("Careem", "Analyst", date(2026, 9, 1),
                                                                    notes="ملاحظات المقابلة"), TODAY)
    rejection = rejections.log_rejection(session, RejectionInput("Noon", "PM", date(2026, 10, 5), "interview"), TODAY)
    rejections.record_feedback(session, rejection.id, "Your answers lacked numbers", date(2026, 10, 9), TODAY)
    reflection = Reflection(rejection_id=rejection.id, feeling="تعبت", went_well="Rapport")
    session.add(reflection)
    session.flush()
    session.add_all([ReflectionAnswer(reflection_id=reflection.id, prompt_key=f"answers.{n}", text=f"answer {n}")
                     for n in (2, 1)])
    _entry(session, "Careem prep", "Interview prep list", application_id=careem.id)
    contacts.add_contact(session, ContactInput("Sara", company="Careem", notes="Met at a fair"))
    session.flush()
    kept = _index_rows(session)
    assert {row.kind for row in kept} == {"application", "rejection", "reflection", "entry", "contact"}

    from thabat.storage import search_index

    assert search_index.rebuild(session.connection()) == len(kept)
    assert _index_rows(session) == kept

# -- the index follows the data --------------------------------------------------------------------------

def _count(session, query):
    return len(search(session, query))


def test_index_follows_updates_and_deletes(session):
    entry = _entry(session, "Draft", "first words about Amazon")
    assert _count(session, "amazon") == 1
    entries.update_entry(session, entry.id, EntryInput("Draft", "now about Talabat", date(2026, 11, 1)), TODAY)
    assert _count(session, "amazon") == 0 and _count(session, "talabat") == 1
    entries.delete_entry(session, entry.id, confirmed=True)
    assert _count(session, "talabat") == 0
    assert session.connection().execute(text("SELECT count(*) FROM search_index")).scalar() == 0


def test_renaming_a_company_retitles_and_deleting_it_removes_its_documents(session):
    row = applications.add_application(session, ApplicationInput("Acme", "Dev", date(2026, 9, 1)), TODAY)
    rejection = rejections.log_rejection(session, RejectionInput("Acme", "Dev", date(2026, 10, 1), "screening",
                                                                 message="Thanks for applying to Acme"), TODAY)
    session.add(Reflection(rejection_id=rejection.id, feeling="disappointed"))
    entry = _entry(session, "Acme thoughts", "disappointed again", application_id=row.id)
    session.flush()
    applications.update_application(session, row.id, ApplicationInput("Acme Corp", "Dev", date(2026, 9, 1)), TODAY)
    assert {h.title for h in search(session, "disappointed")} == {"Acme Corp — Dev", "Acme thoughts"}
    assert {h.company for h in search(session, "disappointed")} == {"Acme Corp"}
    applications.delete_application(session, row.id, confirmed=True)
    assert _found(session, "disappointed") == [("entry", entry.id)]  # the entry stays, unlinked
    assert search(session, "disappointed")[0].company == ""
    assert _found(session, "thanks") == []


def test_a_rolled_back_write_leaves_the_index_unchanged(journal):
    with journal.session() as session:
        kept = _entry(session, "Kept", "original text")
    with pytest.raises(RuntimeError):
        with journal.session() as session:
            entries.update_entry(session, kept.id, EntryInput("Kept", "replaced text", date(2026, 11, 1)), TODAY)
            _entry(session, "New", "replaced too")
            assert _count(session, "replaced") == 2  # visible inside the transaction
            raise RuntimeError("crash before commit")
    with journal.session() as session:
        assert _count(session, "replaced") == 0
        assert _found(session, "original") == [("entry", kept.id)]


def test_the_migration_indexes_an_existing_journal(tmp_path):
    path = tmp_path / "data" / "thabat.db"
    path.parent.mkdir()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        migrate.command.upgrade(migrate.config(connection), "0001")
    engine.dispose()
    with sqlite3.connect(path) as raw:
        raw.execute("INSERT INTO application (id, company, role, applied_on, outcome, link, location, notes, "
                    "created_at, updated_at) VALUES (1, 'أرامكو', 'مهندس', '2025-03-01', 'rejected', '', '', "
                    "'ملاحظات عن المُقابلة', '2025-03-01 00:00:00', '2025-03-01 00:00:00')")
        raw.execute("INSERT INTO journal_entry (title, body, direction, private, written_on, created_at, updated_at) "
                    "VALUES ('Old résumé', 'kept from before search existed', 'auto', 0, '2025-04-01', "
                    "'2025-04-01 00:00:00', '2025-04-01 00:00:00')")
    raw.close()

    journal = Journal.open(path.parent)
    try:
        with journal.session() as session:
            assert [h.title for h in search(session, "resume")] == ["Old résumé"]
            [hit] = search(session, "مقابله")
            assert (hit.kind, hit.title, hit.day) == ("application", "أرامكو — مهندس", date(2025, 3, 1))
            assert migrate.inspect_revision(session.connection()).current == migrate.HEAD
    finally:
        journal.close()
    assert list((path.parent / "backups").glob("thabat-before-upgrade-0001-*.db"))


def test_a_new_file_journal_has_the_index(tmp_path):
    journal = Journal.open(tmp_path / "fresh")
    try:
        with journal.session() as session:
            _entry(session, "", "hello there")
        with Session(journal.engine) as session:
            assert _found(session, "hel") != []
    finally:
        journal.close()
