"""People met along the way, and the applications they were part of."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, select

from thabat.app.services import validation as check
from thabat.app.services.existing import existing
from thabat.app.services.follow_ups import follow_up_view, planned_day
from thabat.app.views.applications import ContactView, FollowUpView
from thabat.app.views.contacts import ContactDetail, ContactInput, LinkedApplication
from thabat.storage.models import Application, Contact, ContactApplication, Reminder


def _clean(data: ContactInput) -> dict:
    return {
        "name": check.clean_text(data.name, "name", required=True, limit=check.MAX_NAME),
        "role": check.clean_text(data.role, "role", limit=check.MAX_NAME),
        "company": check.clean_text(data.company, "company", limit=check.MAX_NAME),
        "email": check.clean_text(data.email, "email", limit=check.MAX_NAME),
        "profile_url": check.clean_text(data.profile_url, "profile_url", limit=2000),
        "notes": check.clean_text(data.notes, "notes"),
    }


def add_contact(session: Session, data: ContactInput, application_id: int | None = None) -> ContactView:
    contact = Contact(**_clean(data))
    session.add(contact)
    session.flush()
    if application_id is not None:
        link_contact(session, contact.id, application_id)
    return contact_view(contact)


def update_contact(session: Session, contact_id: int, data: ContactInput) -> ContactView:
    contact = existing(session, Contact, contact_id)
    for key, value in _clean(data).items():
        setattr(contact, key, value)
    session.add(contact)
    session.flush()
    return contact_view(contact)


def delete_contact(session: Session, contact_id: int, confirmed: bool) -> None:
    check.confirmed(confirmed)
    session.delete(existing(session, Contact, contact_id))
    session.flush()


def link_contact(session: Session, contact_id: int, application_id: int) -> None:
    existing(session, Contact, contact_id)
    existing(session, Application, application_id)
    if session.get(ContactApplication, (contact_id, application_id)) is None:
        session.add(ContactApplication(contact_id=contact_id, application_id=application_id))
        session.flush()


def list_contacts(session: Session, text: str = "") -> list[ContactView]:
    query = select(Contact).order_by(Contact.name)
    text = check.filter_text(text)
    if text:
        pattern = f"%{text}%"
        query = query.where(Contact.name.like(pattern) | Contact.company.like(pattern))
    return [contact_view(c) for c in session.exec(query).all()]


def contact_view(contact: Contact) -> ContactView:
    return ContactView(
        id=contact.id, name=contact.name, role=contact.role, company=contact.company, email=contact.email,
        profile_url=contact.profile_url, notes=contact.notes,
    )



def contact_detail(session: Session, contact_id: int) -> ContactDetail:
    """A contact with the applications they were part of and every follow-up, newest first."""
    contact = existing(session, Contact, contact_id)
    apps = session.exec(
        select(Application).join(ContactApplication, ContactApplication.application_id == Application.id)
        .where(ContactApplication.contact_id == contact_id).order_by(Application.applied_on.desc())
    ).all()
    follow_ups = session.exec(
        select(Reminder).where(Reminder.contact_id == contact_id, Reminder.kind == "follow_up")
        .order_by(Reminder.due_on.desc(), Reminder.id.desc())
    ).all()
    return ContactDetail(
        contact=contact_view(contact),
        applications=tuple(LinkedApplication(a.id, a.company, a.role, a.applied_on, a.outcome) for a in apps),
        follow_ups=tuple(follow_up_view(r) for r in follow_ups),
    )


def unlink_contact(session: Session, contact_id: int, application_id: int) -> None:
    link = session.get(ContactApplication, (contact_id, application_id))
    if link is not None:
        session.delete(link)
        session.flush()


def schedule_follow_up(
    session: Session, contact_id: int, due_on: date, message: str = "", application_id: int | None = None,
    today: date | None = None,
) -> FollowUpView:
    """Add a follow-up reminder for a contact; it shows on Today when due."""
    existing(session, Contact, contact_id)
    due_on = planned_day(due_on, "due_on", today or date.today())
    if application_id is not None:
        existing(session, Application, application_id)
    reminder = Reminder(
        kind="follow_up", due_on=due_on, contact_id=contact_id, application_id=application_id,
        message=check.clean_text(message, "message", limit=20_000),
    )
    session.add(reminder)
    session.flush()
    return follow_up_view(reminder)
