"""Lists of every application are read as columns, not ORM objects (issue 16: memory after every page).

Reading two thousand `Application` and five thousand `StageEvent` objects only to copy them into
rows left ~8 MB of the interpreter's arenas in use after the Applications page's first read (five-year
demo journal, bench: "memory: after visiting every page"). The same for the Journal's list of
applications an entry can be about, the open applications the ghosting suggestions look at, and the
Contacts page's choices of an application to link (which read whole rows, stages and all, for a company
and a role: Contacts page +5.1 -> +1.4 MB). The rows are the same either way.
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date, timedelta

from sqlalchemy import event

from thabat.app.services import applications, entries, rejections, stages
from thabat.app.views.applications import ApplicationInput, RejectionInput
from thabat.app.views.contacts import ContactInput
from thabat.app.services import contacts
from thabat.storage.models import Application, StageEvent
from tests.conftest import TODAY


def _journal_of_three(session) -> None:
    careem = applications.add_application(session, ApplicationInput("Careem", "Analyst", date(2026, 9, 1),
                                                                     notes="كتبت عن system design"), TODAY)
    applications.add_stage(session, careem.id, "interview", date(2026, 9, 20), round=1, today=TODAY)
    rejections.log_rejection(session, RejectionInput("Talabat", "محلل بيانات", date(2026, 10, 5), "screening",
                                                      applied_on=date(2026, 9, 10)), TODAY)
    person = contacts.add_contact(session, ContactInput("Huda"))
    applications.add_application(session, ApplicationInput("Noon", "Engineer", None, referral_contact_id=person.id),
                                 TODAY)


@contextmanager
def _objects_loaded(session):
    """The names of the Application and StageEvent objects the ORM makes inside the block."""
    session.commit()
    session.expunge_all()  # nothing left in the identity map: a loaded object would fire `load`
    loaded: list[str] = []

    def count(target, _context):
        loaded.append(type(target).__name__)

    event.listen(Application, "load", count)
    event.listen(StageEvent, "load", count)
    try:
        yield loaded
    finally:
        event.remove(Application, "load", count)
        event.remove(StageEvent, "load", count)


def test_the_list_reads_no_application_or_stage_objects(session):
    _journal_of_three(session)
    with _objects_loaded(session) as loaded:
        rows = applications.list_applications(session)
    assert [row.company for row in rows] == ["Talabat", "Careem", "Noon"]
    assert loaded == []


def test_an_entrys_application_choices_and_the_ghosting_suggestions_read_no_application_objects(session):
    _journal_of_three(session)
    with _objects_loaded(session) as loaded:
        choices = entries.application_choices(session)
        silent = stages.ghosting_suggestions(session, TODAY + timedelta(weeks=20), weeks=4)
    assert [title for _id, title in choices] == ["Talabat — محلل بيانات", "Careem — Analyst", "Noon — Engineer"]
    assert [(s.company, s.role) for s in silent] == [("Careem", "Analyst")]
    assert loaded == []


def test_the_contacts_pages_link_choices_name_the_applications_in_the_lists_order_reading_no_objects(session):
    _journal_of_three(session)
    with _objects_loaded(session) as loaded:
        names = applications.application_names(session)
    assert loaded == []
    assert [(n.id, n.company, n.role) for n in names] == [(r.id, r.company, r.role)
                                                          for r in applications.list_applications(session)]


def test_the_rows_read_as_columns_are_the_rows_of_each_application(session):
    _journal_of_three(session)
    rows = applications.list_applications(session)
    assert rows == [applications.get_application(session, row.id).row for row in rows]
    talabat, careem, noon = rows
    assert (talabat.outcome, talabat.last_stage, talabat.rejection_id is not None) == ("rejected", "rejected", True)
    assert (careem.last_stage, careem.last_stage_on, careem.notes) == ("interview", date(2026, 9, 20),
                                                                      "كتبت عن system design")
    assert (noon.last_stage, noon.last_stage_on, noon.referral_contact_id is not None) == ("applied", None, True)
    assert [row.company for row in applications.list_applications(session, outcome="rejected")] == ["Talabat"]
    assert [row.company for row in applications.list_applications(session, text="noo")] == ["Noon"]


_STEMMER_PROBE = """
import sys

from thabat.storage import search_text

print("before:", "snowballstemmer" in sys.modules)
print("forms:", *sorted(search_text.stem_forms("بمقابلة")), "|", *sorted(search_text.stem_forms("المقابلة")))
print("after:", "snowballstemmer" in sys.modules)
"""


def test_the_stemmer_loads_with_the_first_word_stemmed_and_stems_as_before():
    """Kept out of an idle window (tests/test_startup_path.py); the first save or search loads it."""
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-c", _STEMMER_PROBE], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    before, forms, after = run.stdout.splitlines()
    assert (before, after) == ("before: False", "after: True")
    first, second = forms.removeprefix("forms: ").split(" | ")
    assert set(first.split()) & set(second.split())  # "المقابلة" finds "بمقابلة": they share a stem
