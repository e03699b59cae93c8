"""The follow-up after a rejection: a friendly note to someone met, some weeks later."""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import Session, select

from thabat.app.errors import QT_TRANSLATE_NOOP, InputError
from thabat.app.services import validation as check
from thabat.app.services.existing import existing
from thabat.app.views.applications import FollowUpView
from thabat.storage.models import Contact, Rejection, Reminder

DEFAULT_WEEKS = 8


def follow_up_date(today: date, weeks: int = DEFAULT_WEEKS) -> date:
    """The default follow-up day: `weeks` (the preference follow_up_weeks) after today."""
    weeks = check.in_range(weeks, "weeks", 1, 104, required=True)
    return today + timedelta(weeks=weeks)


def planned_day(due_on: date | None, field: str, today: date) -> date:
    """The one rule for the day of any follow-up (of a rejection or of a contact): from today on, at
    most ten years ahead; one in the past would never show on Today as due."""
    due_on = check.plan_date(due_on, field, today)
    if due_on is None or due_on < today:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "A follow-up needs a date from today on."), field)
    return due_on


def schedule_follow_up(session: Session, rejection_id: int, due_on: date, today: date,
                       contact_id: int | None = None, message: str = "") -> FollowUpView:
    """Schedule (or move) the open follow-up reminder of this rejection; it shows on Today when due."""
    rejection = existing(session, Rejection, rejection_id)
    due_on = planned_day(due_on, "follow_up_on", today)
    if contact_id is not None:
        existing(session, Contact, contact_id)
    reminder = _open_follow_up(session, rejection_id)
    if reminder is None:
        reminder = Reminder(kind="follow_up", due_on=due_on, rejection_id=rejection_id,
                            application_id=rejection.application_id)
    reminder.due_on = due_on
    reminder.snoozed_until = None
    reminder.contact_id = contact_id
    reminder.message = check.clean_text(message, "follow_up_message")
    session.add(reminder)
    session.flush()
    return follow_up_view(reminder)


def follow_up_of(session: Session, rejection_id: int) -> FollowUpView | None:
    reminder = _open_follow_up(session, rejection_id)
    return follow_up_view(reminder) if reminder else None


def _open_follow_up(session: Session, rejection_id: int) -> Reminder | None:
    return session.exec(select(Reminder).where(
        Reminder.rejection_id == rejection_id, Reminder.kind == "follow_up", Reminder.done_on.is_(None)
    ).order_by(Reminder.id.desc())).first()


def follow_up_view(reminder: Reminder) -> FollowUpView:
    """The read model of any follow-up reminder (of a rejection or of a contact)."""
    return FollowUpView(id=reminder.id, due_on=reminder.due_on, message=reminder.message,
                        contact_id=reminder.contact_id, application_id=reminder.application_id,
                        snoozed_until=reminder.snoozed_until, done_on=reminder.done_on)
