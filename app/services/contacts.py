"""People met along the way, and the applications they were part of."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from app.errors import NotFound, translate
from app.read_models import ContactView
from app.services import validation as check
from storage.models import Application, Contact, ContactApplication


@dataclass(frozen=True)
class ContactInput:
    name: str
    role: str = ""
    company: str = ""
    email: str = ""
    profile_url: str = ""
    notes: str = ""


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
    contact = _get(session, contact_id)
    for key, value in _clean(data).items():
        setattr(contact, key, value)
    session.add(contact)
    session.flush()
    return contact_view(contact)


def delete_contact(session: Session, contact_id: int, confirmed: bool) -> None:
    from app.errors import InputError

    if not confirmed:
        raise InputError(translate("Errors", "Deleting needs your confirmation."), "confirmed")
    session.delete(_get(session, contact_id))
    session.flush()


def link_contact(session: Session, contact_id: int, application_id: int) -> None:
    _get(session, contact_id)
    if session.get(Application, application_id) is None:
        raise NotFound(translate("Errors", "This application no longer exists."))
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


def _get(session: Session, contact_id: int) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise NotFound(translate("Errors", "This contact no longer exists."))
    return contact
