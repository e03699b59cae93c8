"""Applications: add, edit, delete, list and read one with its stage history."""

from __future__ import annotations

from datetime import date

from thabat.app.events import ApplicationChanged
from thabat.app.journal import Journal
from thabat.app.services import applications as service
from thabat.app.services import contacts, stages
from thabat.app.views.applications import ApplicationDetail, ApplicationInput, ApplicationRow, ContactView, StageInput, StageStep


def known_names(journal: Journal) -> tuple[list[str], list[str]]:
    """The companies and the roles already in the journal, for completion."""
    with journal.session() as session:
        return service.known_companies(session), service.known_roles(session)


def save_application(journal: Journal, data: ApplicationInput, today: date,
                     application_id: int | None = None) -> ApplicationRow:
    """Add an application, or edit the one with `application_id`."""
    with journal.session() as session:
        if application_id is None:
            row = service.add_application(session, data, today)
        else:
            row = service.update_application(session, application_id, data, today)
    journal.events.emit(ApplicationChanged(row.id))
    return row


def delete_application(journal: Journal, application_id: int) -> None:
    """Delete an application the user has confirmed deleting, with its rejection and history."""
    with journal.session() as session:
        service.delete_application(session, application_id, confirmed=True)
    journal.events.emit(ApplicationChanged(application_id))


def list_applications(journal: Journal, outcome: str | None = None) -> list[ApplicationRow]:
    with journal.session() as session:
        return service.list_applications(session, outcome=outcome)


def application_detail(journal: Journal, application_id: int) -> ApplicationDetail:
    with journal.session() as session:
        return service.get_application(session, application_id)


def application_form_choices(journal: Journal) -> tuple[list[str], list[str], list[ContactView]]:
    """Completion for company and role, and the contacts a referral can name."""
    with journal.session() as session:
        return service.known_companies(session), service.known_roles(session), contacts.list_contacts(session)


def stage_form(journal: Journal, application_id: int) -> tuple[ApplicationDetail, list[ContactView], tuple[str, int | None]]:
    """What the Record-a-stage dialog shows: the application, the contacts, and the furthest stage reached."""
    with journal.session() as session:
        return (service.get_application(session, application_id), contacts.list_contacts(session),
                stages.furthest_stage(session, application_id))


def record_stage(journal: Journal, application_id: int, data: StageInput, today: date) -> StageStep:
    with journal.session() as session:
        step = stages.record_stage(session, application_id, data, today)
    journal.events.emit(ApplicationChanged(application_id))
    return step


def edit_stage(journal: Journal, application_id: int, stage_id: int, data: StageInput, today: date) -> StageStep:
    with journal.session() as session:
        step = stages.edit_stage(session, stage_id, data, today)
    journal.events.emit(ApplicationChanged(application_id))
    return step


def delete_stage(journal: Journal, application_id: int, stage_id: int) -> None:
    """Delete a step the user has confirmed deleting; the outcome follows the history."""
    with journal.session() as session:
        stages.delete_stage(session, stage_id, confirmed=True)
    journal.events.emit(ApplicationChanged(application_id))
