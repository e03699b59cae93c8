"""Logging a rejection, and the reply and feedback that follow it."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import bindparam
from sqlmodel import Session, select

from thabat.app.errors import QT_TRANSLATE_NOOP, InputError
from thabat.app.services import validation as check
from thabat.app.services.applications import add_application, find_application
from thabat.app.services.existing import existing
from thabat.app.services.rejection_view import rejection_view
from thabat.app.services.stages import has_rejection
from thabat.app.views.applications import ApplicationInput, RejectionInput, RejectionView
from thabat.storage.ids_ahead import give_ids, held_rows, written
from thabat.storage.models import CHANNELS, STAGES, Application, Rejection, Reminder, StageEvent

REPLY_DELAY_DAYS = 2
FEEDBACK_DELAY_DAYS = 14


def log_rejection(
    session: Session, data: RejectionInput, today: date | None = None, reply_delay_days: int = REPLY_DELAY_DAYS
) -> RejectionView:
    """Record a rejection; an application not tracked yet is created on the way.

    Also schedules the reminder to reply, `reply_delay_days` later (the user's setting; two by default).
    """
    today = today or date.today()
    company = check.clean_text(data.company, "company", required=True, limit=check.MAX_NAME)
    role = check.clean_text(data.role, "role", limit=check.MAX_NAME)
    received_on = check.past_date(data.received_on, "received_on", today)
    stage = check.one_of(data.stage, "stage", STAGES)
    channel = check.one_of(data.channel, "channel", CHANNELS)
    round_ = check.in_range(data.round, "round", 1, 20) if stage == "interview" else None

    if data.application_id is not None:
        app = existing(session, Application, data.application_id)
        company, role = app.company, app.role
    else:
        app = find_application(session, company, role)
    ended = app is not None and has_rejection(session, app.id)
    if ended and data.application_id is not None:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "This application already has a rejection."), "company")
    if ended:
        app = None  # that one already ended: this is a new application to the same place
    if app is None:
        # A company not tracked yet: the user says when they applied, or the date stays unknown.
        # Never the rejection's date: that would count a past application toward this week's goal.
        applied_on = data.applied_on
        if applied_on is not None and applied_on > received_on:
            raise InputError(QT_TRANSLATE_NOOP("Errors", "The rejection is dated before the application."), "received_on")
        row = add_application(session, ApplicationInput(company=company, role=role, applied_on=applied_on), today)
        app = session.get(Application, row.id)
    elif app.applied_on is not None and received_on < app.applied_on:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "The rejection is dated before the application."), "received_on")

    rejection = Rejection(
        application_id=app.id, received_on=received_on, stage=stage, round=round_, channel=channel,
        message=check.clean_text(data.message, "message"),
        interviewer=check.clean_text(data.interviewer, "interviewer", limit=check.MAX_NAME),
    )
    session.add(rejection)
    app.outcome = "rejected"
    session.add(app)
    session.add(StageEvent(application_id=app.id, stage="rejected", occurred_on=received_on))
    give_ids(session)  # the reminder names the rejection
    if channel != "no_answer":  # silence leaves nobody to thank
        session.add(Reminder(
            kind="reply", due_on=received_on + timedelta(days=max(0, reply_delay_days)),
            rejection_id=rejection.id, application_id=app.id,
        ))
    written(session)
    return rejection_view(session, rejection)


def mark_replied(session: Session, rejection_id: int, on: date, today: date | None = None) -> RejectionView:
    rejection = existing(session, Rejection, rejection_id)
    replied_on = _not_before_rejection(rejection, on, "replied_on", today)
    _close_reminders(session, rejection.id, "reply", replied_on)
    rejection.replied_on = replied_on
    session.add(rejection)
    written(session)
    return rejection_view(session, rejection)


def mark_feedback_requested(
    session: Session, rejection_id: int, on: date, today: date | None = None,
    feedback_delay_days: int = FEEDBACK_DELAY_DAYS,
) -> RejectionView:
    """Note that feedback was asked for; a reminder to chase it comes `feedback_delay_days` later (two weeks)."""
    rejection = existing(session, Rejection, rejection_id)
    requested_on = _not_before_rejection(rejection, on, "feedback_requested_on", today)
    open_reminder = next(iter(_open_reminders(session, rejection.id, "feedback")), None)
    rejection.feedback_requested_on = requested_on
    session.add(rejection)
    if open_reminder is None:
        session.add(Reminder(
            kind="feedback", due_on=on + timedelta(days=max(0, feedback_delay_days)),
            rejection_id=rejection.id, application_id=rejection.application_id,
        ))
    written(session)
    return rejection_view(session, rejection)


def record_feedback(
    session: Session, rejection_id: int, text: str, on: date, today: date | None = None
) -> RejectionView:
    rejection = existing(session, Rejection, rejection_id)
    received_on = _not_before_rejection(rejection, on, "feedback_received_on", today)
    feedback_text = check.clean_text(text, "feedback_text")
    _close_reminders(session, rejection.id, "feedback", received_on)
    rejection.feedback_received_on, rejection.feedback_text = received_on, feedback_text
    if rejection.feedback_requested_on is None:
        rejection.feedback_requested_on = received_on
    session.add(rejection)
    written(session)
    return rejection_view(session, rejection)


def get_rejection(session: Session, rejection_id: int) -> RejectionView:
    return rejection_view(session, existing(session, Rejection, rejection_id))



def _not_before_rejection(rejection: Rejection, on: date, field: str, today: date | None) -> date:
    on = check.past_date(on, field, today or date.today())
    if on < rejection.received_on:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "This date is before the rejection."), field)
    return on


# Built once, the values bound per call: building a statement costs more than SQLite running it, and
# the five-year demo runs this one thousands of times.
_OPEN_REMINDERS = select(Reminder).where(Reminder.rejection_id == bindparam("rejection_id"),
                                         Reminder.kind == bindparam("kind"), Reminder.done_on.is_(None))


def _open_reminders(session: Session, rejection_id: int, kind: str) -> list[Reminder]:
    held = held_rows(session, Reminder, "rejection_id", rejection_id)
    if held is not None:  # the demo's session holds every reminder (storage/ids_ahead.py)
        return [r for r in held if r.kind == kind and r.done_on is None]
    return list(session.exec(_OPEN_REMINDERS, params={"rejection_id": rejection_id, "kind": kind}).all())


def _close_reminders(session: Session, rejection_id: int, kind: str, on: date) -> None:
    # Called before the rejection's own row changes: the look-up flushes what is pending, and a row
    # changed before it was written in a flush of its own, then again in the caller's.
    for reminder in _open_reminders(session, rejection_id, kind):
        reminder.done_on = on
        session.add(reminder)
