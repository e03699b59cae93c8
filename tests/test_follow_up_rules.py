"""One rule for a follow-up's day, whether it follows a rejection or a contact: from today on, at most
ten years ahead (a follow-up is a plan; one in the past would never show on Today as due)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from thabat.app.errors import InputError
from thabat.app.services import contacts, follow_ups, rejections
from thabat.app.usecases import contacts as contact_usecases
from thabat.app.views.applications import RejectionInput
from thabat.app.views.contacts import ContactInput
from tests.conftest import TODAY


def _rejection(session):
    return rejections.log_rejection(session, RejectionInput("Careem", "Analyst", TODAY, "screening"), TODAY)


@pytest.mark.parametrize("days", [-1, -365 * 60, 365 * 11])
def test_both_follow_ups_refuse_the_same_days(session, days):
    rejection = _rejection(session)
    person = contacts.add_contact(session, ContactInput("Sara"))
    day = TODAY + timedelta(days=days)
    with pytest.raises(InputError):
        follow_ups.schedule_follow_up(session, rejection.id, day, TODAY)
    with pytest.raises(InputError):
        contacts.schedule_follow_up(session, person.id, day, today=TODAY)


def test_both_follow_ups_accept_today_and_later(session):
    rejection = _rejection(session)
    person = contacts.add_contact(session, ContactInput("Sara"))
    assert follow_ups.schedule_follow_up(session, rejection.id, TODAY, TODAY).due_on == TODAY
    assert contacts.schedule_follow_up(session, person.id, TODAY, today=TODAY).due_on == TODAY


def test_one_default_day_for_a_follow_up():
    assert contact_usecases.follow_up_date is follow_ups.follow_up_date  # what the contacts page asks
    assert not hasattr(contacts, "follow_up_date")
    assert follow_ups.follow_up_date(TODAY, 8) == TODAY + timedelta(weeks=8)
