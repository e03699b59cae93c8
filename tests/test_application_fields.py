"""An application's written fields are listed once (ApplicationInput): the row the services return
extends them, so every field a form hands in comes back on the row, whichever one is added next."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

from thabat.app.services.applications import add_application, list_applications
from thabat.app.services.contacts import add_contact
from thabat.app.views.applications import ApplicationInput, ApplicationRow
from thabat.app.views.contacts import ContactInput
from tests.conftest import TODAY


def test_a_row_is_the_written_fields_and_then_what_followed():
    written = [f.name for f in fields(ApplicationInput)]
    assert [f.name for f in fields(ApplicationRow)] == written + ["id", "outcome", "last_stage", "last_stage_on",
                                                                  "rejection_id"]


def test_every_written_field_comes_back_on_the_row(session):
    omar = add_contact(session, ContactInput(name="Omar Haddad", company="Careem"))
    data = ApplicationInput(
        "Careem", "Data Analyst", date(2026, 9, 1), link="https://careem.example/jobs/1", location="Dubai",
        notes="Met them at a fair", source="referral", work_place="hybrid", salary_min=15000, salary_max=20000,
        currency="AED", description="SQL, Python", deadline=date(2026, 12, 31), interest=5,
        referral_contact_id=omar.id)
    added = add_application(session, data, TODAY)
    [listed] = list_applications(session)
    for row in (added, listed):
        assert {f.name: getattr(row, f.name) for f in fields(ApplicationInput)} == data.__dict__
        assert (row.outcome, row.last_stage, row.last_stage_on, row.rejection_id) == ("pending", "applied",
                                                                                       date(2026, 9, 1), None)
