"""Contacts: the people met on the way, the applications they were part of, and their follow-ups."""

from __future__ import annotations

from datetime import date

from thabat.app.events import ContactChanged, ReminderChanged
from thabat.app.journal import Journal
from thabat.app.services import applications
from thabat.app.services import contacts as service
from thabat.app.services import follow_ups
from thabat.app.services.follow_ups import follow_up_date
from thabat.app.views.applications import ApplicationName, ContactView, FollowUpView
from thabat.app.views.contacts import ContactDetail, ContactInput

__all__ = ["follow_up_date"]


def contacts_and_applications(journal: Journal, text: str = "") -> tuple[list[ContactView], list[ApplicationName]]:
    """The contacts whose name or company has `text`, and every application one can be linked to (named
    only: the whole rows, stages and all, were read for a list of choices)."""
    with journal.session() as session:
        return service.list_contacts(session, text), applications.application_names(session)


def list_contacts(journal: Journal) -> list[ContactView]:
    with journal.session() as session:
        return service.list_contacts(session)


def contact_detail(journal: Journal, contact_id: int) -> ContactDetail:
    with journal.session() as session:
        return service.contact_detail(session, contact_id)


def save_contact(journal: Journal, data: ContactInput, contact_id: int | None = None,
                 application_id: int | None = None) -> ContactView:
    """Add a contact (linked to `application_id` when given), or edit the one with `contact_id`."""
    with journal.session() as session:
        if contact_id is None:
            view = service.add_contact(session, data, application_id)
        else:
            view = service.update_contact(session, contact_id, data)
    journal.events.emit(ContactChanged(view.id))
    return view


def delete_contact(journal: Journal, contact_id: int) -> None:
    """Delete a contact the user has confirmed deleting, with their follow-ups."""
    with journal.session() as session:
        service.delete_contact(session, contact_id, confirmed=True)
    journal.events.emit(ContactChanged(contact_id))


def link_contact(journal: Journal, contact_id: int, application_id: int) -> None:
    with journal.session() as session:
        service.link_contact(session, contact_id, application_id)
    journal.events.emit(ContactChanged(contact_id))


def unlink_contact(journal: Journal, contact_id: int, application_id: int) -> None:
    with journal.session() as session:
        service.unlink_contact(session, contact_id, application_id)
    journal.events.emit(ContactChanged(contact_id))


def schedule_follow_up(journal: Journal, contact_id: int, due_on: date, message: str, application_id: int | None,
                       today: date) -> FollowUpView:
    """A follow-up with this contact; it shows on Today when due."""
    with journal.session() as session:
        view = service.schedule_follow_up(session, contact_id, due_on, message, application_id, today)
    journal.events.emit(ReminderChanged("follow_up", view.id))  # Today and Contacts show follow-ups
    return view


def schedule_rejection_follow_up(journal: Journal, rejection_id: int, due_on: date, today: date,
                                 contact_id: int | None = None, message: str = "") -> FollowUpView:
    """The follow-up a reflection plans after its rejection (replacing an open one), maybe with a contact."""
    with journal.session() as session:
        view = follow_ups.schedule_follow_up(session, rejection_id, due_on, today, contact_id, message)
    journal.events.emit(ReminderChanged("follow_up", view.id))  # Today and Contacts show follow-ups
    return view
