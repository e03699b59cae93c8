"""Hostile input: arbitrary Unicode, huge texts, absurd dates and numbers, thrown at the services.

Every call either succeeds and stores exactly the cleaned text, or raises InputError with a
message and leaves the database exactly as it was. No other exception type may escape.
A JSON backup is hostile input too: the same values, put in a file, are imported or refused whole.
"""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text as sql

from thabat.app.errors import InputError
from thabat.app.journal import Journal
from thabat.app.services import applications, checkins, contacts, rejections
from thabat.app.views.applications import ApplicationInput, RejectionInput
from thabat.app.views.contacts import ContactInput
from tests.conftest import TODAY

EXAMPLES = 50
"""Examples per property; eight properties below, so 400 generated inputs per run (see README)."""

HOSTILE = settings(max_examples=EXAMPLES, deadline=None,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

SPECIAL = ["\u200f", "\u200e", "\u202e", "\u200d", "\u200b", "\ufeff", "\x00", "👩‍👩‍👧‍👦", "🇸🇦", "ـــ",
           "أَرَامْكُو", "\u0000Aramco\u0000", " \t\n ", "\ud800", "\udfff", "a\u0301", "﷽", "\r\n\r\n"]
HUGE = st.builds(lambda unit, n: unit * n, st.sampled_from(["ن", "x", "😀", "\u200f", "\x00"]),
                 st.integers(min_value=999_990, max_value=1_000_010))
TEXT = st.one_of(
    st.text(alphabet=st.characters(exclude_categories=()), max_size=300),  # surrogates included
    st.lists(st.sampled_from(SPECIAL), max_size=8).map("".join),
    st.text(max_size=50).flatmap(lambda t: st.sampled_from(SPECIAL).map(lambda s: s + t + s)),
)
TEXT = st.one_of(TEXT, TEXT, TEXT, HUGE)  # one text in ten or so is a megabyte
NAME = st.one_of(TEXT, st.text(min_size=190, max_size=210))
DATES = st.one_of(st.dates(), st.sampled_from([date.min, date.max, date(1969, 12, 31), date(1970, 1, 1), TODAY]))
NUMBERS = st.one_of(st.none(), st.integers(), st.sampled_from([-1, 0, 1, 10, 11, 20, 21, 2**63, -(2**63) - 1]))


def _snapshot(journal: Journal) -> dict[str, list[tuple]]:
    with journal.engine.connect() as connection:
        tables = [r[0] for r in connection.execute(sql("SELECT name FROM sqlite_master WHERE type='table'"))]
        return {t: sorted(map(tuple, connection.execute(sql(f'SELECT * FROM "{t}"'))), key=repr) for t in tables}


def _cleaned(value: str) -> str:
    return value.replace("\x00", "").strip()


def attempt(journal: Journal, action):
    """Run `action(session)`; on failure check it is an InputError that changed nothing."""
    before = _snapshot(journal)
    try:
        with journal.session() as session:
            return action(session)
    except InputError as error:
        assert str(error), "an InputError must carry a message"
        assert _snapshot(journal) == before, "a refused input changed the database"
        return None


def _seeded() -> tuple[Journal, int, int]:
    journal = Journal.in_memory()
    with journal.session() as session:
        app = applications.add_application(
            session, ApplicationInput(company="stc", role="Analyst", applied_on=date(2026, 1, 10)), TODAY)
        rejection = rejections.log_rejection(session, RejectionInput(
            company="Careem", role="QA", received_on=date(2026, 3, 1), stage="screening"), TODAY)
    return journal, app.id, rejection.id


def test_adding_applications():
    journal = Journal.in_memory()

    @HOSTILE
    @given(company=NAME, role=NAME, applied_on=DATES, notes=TEXT, link=TEXT)
    def check(company, role, applied_on, notes, link):
        data = ApplicationInput(company=company, role=role, applied_on=applied_on, notes=notes, link=link)
        row = attempt(journal, lambda s: applications.add_application(s, data, TODAY))
        if row is not None:
            assert row.company == _cleaned(company) and row.notes == _cleaned(notes)
            with journal.session() as session:
                assert applications.get_application(session, row.id).row.notes == _cleaned(notes)

    check()
    journal.close()


def test_editing_applications_and_their_history():
    journal, app_id, _ = _seeded()

    @HOSTILE
    @given(company=NAME, applied_on=DATES, stage=st.one_of(st.sampled_from(["interview", "offer"]), TEXT),
           occurred_on=DATES, round_=NUMBERS, note=TEXT)
    def check(company, applied_on, stage, occurred_on, round_, note):
        attempt(journal, lambda s: applications.update_application(
            s, app_id, ApplicationInput(company=company, role="", applied_on=applied_on), TODAY))
        attempt(journal, lambda s: applications.add_stage(s, app_id, stage, occurred_on, round_, note, TODAY))
        attempt(journal, lambda s: applications.set_outcome(s, app_id, stage))

    check()
    journal.close()


def test_logging_rejections():
    journal = Journal.in_memory()

    @HOSTILE
    @given(company=NAME, role=NAME, received_on=DATES, applied_on=st.one_of(st.none(), DATES),
           stage=st.one_of(st.sampled_from(["interview", "final"]), TEXT),
           channel=st.one_of(st.just("email"), TEXT), round_=NUMBERS, message=TEXT, interviewer=NAME)
    def check(company, role, received_on, applied_on, stage, channel, round_, message, interviewer):
        data = RejectionInput(company=company, role=role, received_on=received_on, stage=stage, channel=channel,
                              round=round_, message=message, interviewer=interviewer, applied_on=applied_on)
        view = attempt(journal, lambda s: rejections.log_rejection(s, data, TODAY))
        if view is not None:
            assert view.message == _cleaned(message) and view.received_on == received_on

    check()
    journal.close()


def test_replies_and_feedback():
    journal, _, rejection_id = _seeded()

    @HOSTILE
    @given(on=DATES, text=TEXT)
    def check(on, text):
        attempt(journal, lambda s: rejections.mark_replied(s, rejection_id, on, TODAY))
        attempt(journal, lambda s: rejections.mark_feedback_requested(s, rejection_id, on, TODAY))
        view = attempt(journal, lambda s: rejections.record_feedback(s, rejection_id, text, on, TODAY))
        if view is not None:
            assert view.feedback_text == _cleaned(text)

    check()
    journal.close()


def test_check_ins():
    journal = Journal.in_memory()

    @HOSTILE
    @given(score=NUMBERS, note=TEXT, day=st.one_of(st.none(), DATES))
    def check(score, note, day):
        view = attempt(journal, lambda s: checkins.record_check_in(s, score, note, day, TODAY))
        if view is not None:
            assert 0 <= view.score <= 10 and view.note == _cleaned(note)

    check()
    journal.close()


def test_contacts():
    journal, app_id, _ = _seeded()

    @HOSTILE
    @given(name=NAME, role=NAME, company=NAME, email=NAME, url=TEXT, notes=TEXT)
    def check(name, role, company, email, url, notes):
        data = ContactInput(name=name, role=role, company=company, email=email, profile_url=url, notes=notes)
        view = attempt(journal, lambda s: contacts.add_contact(s, data, app_id))
        if view is not None:
            assert view.name == _cleaned(name) and view.notes == _cleaned(notes)
            edited = attempt(journal, lambda s: contacts.update_contact(s, view.id, data))
            assert edited == view

    check()
    journal.close()


def test_filters_never_fail():
    journal, _, _ = _seeded()

    @HOSTILE
    @given(text=TEXT, outcome=st.one_of(st.none(), TEXT), limit=st.one_of(st.none(), st.integers(0, 10**6)))
    def check(text, outcome, limit):
        attempt(journal, lambda s: applications.list_applications(s, text, outcome, limit))
        attempt(journal, lambda s: contacts.list_contacts(s, text))

    check()
    journal.close()


MOMENTS = st.one_of(st.datetimes(timezones=st.timezones()).map(lambda moment: moment.isoformat()),
                    st.sampled_from(["0001-01-01T00:00+05:00", "9999-12-31T23:59:59-05:00", "2026-01-01T00:00:00"]),
                    TEXT)


def test_importing_backups():
    from thabat.app.export.backup_json import BackupError, import_backup

    @HOSTILE
    @given(id_=NUMBERS, company=NAME, applied_on=st.one_of(DATES.map(date.isoformat), TEXT), notes=TEXT,
           created_at=MOMENTS, url=st.one_of(TEXT, st.sampled_from(["file://HOST/x.exe", "javascript:1", "https://a.b"])))
    def check(id_, company, applied_on, notes, created_at, url):
        journal = Journal.in_memory()
        data = {"format": "thabat-journal", "version": 1, "tables": {
            "application": [{"id": id_, "company": company, "applied_on": applied_on, "notes": notes,
                             "created_at": created_at, "updated_at": "2026-01-01T00:00:00+00:00"}],
            "resource": [{"id": 1, "title": company, "url": url}]}}
        before = _snapshot(journal)
        try:
            with journal.session() as session:
                import_backup(session, data, TODAY)
        except BackupError as error:
            assert str(error) and _snapshot(journal) == before
        journal.close()

    check()
