"""An application's stage history: recording, editing and deleting its steps, and the outcome they give.

The outcome follows the history after every change here: a rejection makes it "rejected"; else the
latest offer or withdrawal decides; else any interview (a scheduled one too: the user was invited)
makes it "interview"; else "pending". A rejection is logged by app/services/rejections.py (it
brings the reply and the reflection); its step can be redated here but not deleted.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import bindparam
from sqlmodel import Session, select

from thabat.app.errors import QT_TRANSLATE_NOOP, InputError
from thabat.app.services import validation as check
from thabat.app.services.contacts import contact_view
from thabat.app.services.existing import existing
from thabat.app.views.applications import ContactView, GhostingSuggestion, StageInput, StageStep
from thabat.storage.ids_ahead import give_ids, held_rows, written
from thabat.storage.models import (
    HISTORY_STAGES, INTERVIEW_KINDS, OFFER_ANSWERS, Application, Contact, ContactApplication, Rejection,
    StageContact, StageEvent,
)

INTERVIEWS = ("interview", "final")
"""Steps that may be scheduled ahead, with a time and interviewers."""
ENDINGS = ("rejected", "withdrawn")
"""Steps after which nothing more happens."""
ONCE = ("applied", "offer", "rejected", "withdrawn")
DEFAULT_GHOSTING_WEEKS = 6
SCHEDULE_YEARS = 2


def record_stage(session: Session, application_id: int, data: StageInput, today: date | None = None) -> StageStep:
    """Add a step to an application's history and bring its outcome in line with it."""
    app = existing(session, Application, application_id)
    if data.stage == "rejected":
        raise InputError(QT_TRANSLATE_NOOP("Errors", "A rejection is logged with Log a rejection."), "stage")
    history = history_of(session, app.id)
    values = _checked(session, app, data, today or date.today(), None, history)
    rejected = _has_rejection(session, app.id, history)
    # Read before anything is added, so the step, its interviewers and the outcome go in one flush.
    linked = _linked_contacts(session, app.id) if data.interviewer_ids and values["stage"] in INTERVIEWS else set()
    event = StageEvent(application_id=app.id, **values)
    session.add(event)
    if event.stage == "applied":
        app.applied_on = event.occurred_on
    # The new step is the latest of its day: the outcome is known before anything is written, so the
    # step and the outcome go in one flush.
    app.outcome = _outcome(sorted([*history, event], key=_in_order), rejected)
    session.add(app)
    if data.interviewer_ids:  # a new step has no interviewers to replace
        give_ids(session)  # the links name the step
        _link_interviewers(session, event, data.interviewer_ids, linked)
    written(session)  # nothing left to write when the interviewers were linked
    return _new_step_view(session, event, data.interviewer_ids)


def check_step(session: Session, application_id: int, data: StageInput, today: date) -> None:
    """Raise the rule's InputError if `data` could not join the history; nothing is written.

    A rejection is checked like any ending (its own logging is app/services/rejections.py's).
    """
    _checked(session, existing(session, Application, application_id), data, today, None)


def edit_stage(session: Session, stage_id: int, data: StageInput, today: date | None = None) -> StageStep:
    """Change a step; the application date, a rejection's date and the outcome follow it."""
    event = existing(session, StageEvent, stage_id)
    app = existing(session, Application, event.application_id)
    if data.stage != event.stage and "rejected" in (data.stage, event.stage):
        raise InputError(QT_TRANSLATE_NOOP("Errors", "A rejection stays a rejection; only its date can change here."), "stage")
    values = _checked(session, app, data, today or date.today(), event)
    for key, value in values.items():
        setattr(event, key, value)
    session.add(event)
    _set_interviewers(session, event, data.interviewer_ids)
    if event.stage == "applied":
        app.applied_on = event.occurred_on
    if event.stage == "rejected":
        rejection = session.exec(select(Rejection).where(Rejection.application_id == app.id)).first()
        if rejection is not None:
            rejection.received_on = event.occurred_on
            session.add(rejection)
    session.flush()
    sync_outcome(session, app)
    return step_view(session, event)


def delete_stage(session: Session, stage_id: int, confirmed: bool) -> None:
    """Delete a step (not the application's first step, nor a rejection's); the outcome follows."""
    check.confirmed(confirmed)
    event = existing(session, StageEvent, stage_id)
    if event.stage == "applied":
        raise InputError(QT_TRANSLATE_NOOP("Errors", "The application step stays; change its date with Edit."), "stage")
    if event.stage == "rejected":
        raise InputError(QT_TRANSLATE_NOOP("Errors", "This step is the rejection itself, with its reflection; it stays."),
                         "stage")
    app = existing(session, Application, event.application_id)
    session.delete(event)
    session.flush()
    sync_outcome(session, app)


def sync_outcome(session: Session, app: Application, events: list[StageEvent] | None = None) -> str:
    """Set `app.outcome` from its history (see the module's docstring; `events`: the history in order,
    when the caller has it at hand); returns it."""
    if events is None:
        events = history_of(session, app.id)
    app.outcome = _outcome(events, _has_rejection(session, app.id, events))
    session.add(app)
    session.flush()
    return app.outcome


# Built once, the values bound per call: building a statement costs more than SQLite running it, and
# the five-year demo runs this one thousands of times.
_REJECTION_OF = select(Rejection.id).where(Rejection.application_id == bindparam("application_id"))


def _has_rejection(session: Session, application_id: int, events: list[StageEvent]) -> bool:
    # A logged rejection always has its "rejected" step; without one, the table says.
    return any(e.stage == "rejected" for e in events) or has_rejection(session, application_id)


def has_rejection(session: Session, application_id: int) -> bool:
    """Whether a rejection is logged for the application (the session may know without asking SQLite)."""
    held = held_rows(session, Rejection, "application_id", application_id)
    if held is not None:
        return bool(held)
    return session.exec(_REJECTION_OF, params={"application_id": application_id}).first() is not None


def _in_order(event: StageEvent) -> tuple:
    return event.occurred_on, event.id if event.id is not None else float("inf")  # unwritten: the latest


def _outcome(events: list[StageEvent], rejected: bool) -> str:
    """The outcome a history in order gives (the module's docstring)."""
    endings = [e.stage for e in events if e.stage in ("offer", "withdrawn")]
    if rejected:
        return "rejected"
    if endings:
        return endings[-1]
    if any(e.stage in INTERVIEWS for e in events):
        return "interview"
    return "pending"


def ghosting_suggestions(session: Session, today: date, weeks: int = DEFAULT_GHOSTING_WEEKS) -> list[GhostingSuggestion]:
    """Open applications with no news for `weeks` weeks or more, longest silence first.

    Only suggestions: Thabat never records "no response" by itself (the user logs it, as a
    rejection that came by silence).
    """
    check.in_range(weeks, "weeks", 1, 104, required=True)
    last_heard: dict[int, date] = {}
    planned: set[int] = set()
    open_apps = {a.id: a for a in session.exec(  # columns, not objects: a read that leaves the heap as it was
        select(Application.id, Application.company, Application.role, Application.applied_on)
        .where(Application.outcome.in_(("pending", "interview")))).all()}
    for app_id, occurred_on in session.exec(
            select(StageEvent.application_id, StageEvent.occurred_on)
            .where(StageEvent.application_id.in_(list(open_apps)))).all():
        if occurred_on > today:
            planned.add(app_id)
        elif occurred_on > last_heard.get(app_id, date.min):
            last_heard[app_id] = occurred_on
    suggestions = []
    for app_id, app in open_apps.items():
        heard = max(filter(None, (last_heard.get(app_id), app.applied_on)), default=None)
        if heard is None or app_id in planned or (today - heard).days < weeks * 7:
            continue
        suggestions.append(GhostingSuggestion(app_id, app.company, app.role, heard, (today - heard).days))
    return sorted(suggestions, key=lambda s: (-s.silent_days, s.application_id))


def step_view(session: Session, event: StageEvent) -> StageStep:
    return steps_view(session, [event])[0]


def steps_view(session: Session, events: list[StageEvent]) -> list[StageStep]:
    """Read models of `events`, their interviewers looked up at once."""
    ids = [e.id for e in events if e.stage in INTERVIEWS]
    people: dict[int, list[ContactView]] = {}
    if ids:
        for event_id, contact in session.exec(
                select(StageContact.stage_event_id, Contact).join(Contact, Contact.id == StageContact.contact_id)
                .where(StageContact.stage_event_id.in_(ids)).order_by(Contact.name)).all():
            people.setdefault(event_id, []).append(contact_view(contact))
    return [StageStep(id=e.id, stage=e.stage, round=e.round, occurred_on=e.occurred_on, note=e.note, kind=e.kind,
                      starts_at=e.starts_at, interviewers=tuple(people.get(e.id, ()))) for e in events]


def _new_step_view(session: Session, event: StageEvent, interviewer_ids: tuple[int, ...]) -> StageStep:
    """step_view of a step just written with these interviewers: nothing to read back but the contacts,
    which the session holds (a history of thousands of steps, the demo's, made one query per step)."""
    people = ()
    if event.stage in INTERVIEWS:
        contacts = (existing(session, Contact, contact_id) for contact_id in dict.fromkeys(interviewer_ids))
        people = tuple(contact_view(c) for c in sorted(contacts, key=lambda c: c.name))
    return StageStep(id=event.id, stage=event.stage, round=event.round, occurred_on=event.occurred_on, note=event.note,
                     kind=event.kind, starts_at=event.starts_at, interviewers=people)


def furthest_stage(session: Session, application_id: int) -> tuple[str, int | None]:
    """The rejection stage (storage.models.STAGES) the history reached, with the interview round."""
    events = history_of(session, application_id)
    stages = {e.stage for e in events}
    interviews = [e for e in events if e.stage == "interview"]
    if "offer" in stages:
        return "offer_withdrawn", None
    if "final" in stages:
        return "final", None
    if interviews:
        return "interview", max((e.round or 0) for e in interviews) or len(interviews)
    for stage in ("assessment", "screening"):
        if stage in stages:
            return stage, None
    return "application", None


# -- checks ------------------------------------------------------------------------------------------

def _checked(session: Session, app: Application, data: StageInput, today: date, editing: StageEvent | None,
             history: list[StageEvent] | None = None) -> dict:
    stage = check.one_of(data.stage, "stage", HISTORY_STAGES)
    if stage == "interview" and data.kind == "final":  # the final interview is the history's "final" step
        stage = "final"
    if stage in INTERVIEWS:  # may be scheduled ahead
        if data.occurred_on is None:
            raise InputError(QT_TRANSLATE_NOOP("Errors", "Please give a date."), "occurred_on")
        occurred_on = check.plan_date(data.occurred_on, "occurred_on", today, years=SCHEDULE_YEARS)
    else:
        occurred_on = check.past_date(data.occurred_on, "occurred_on", today)
    others = [e for e in (history_of(session, app.id) if history is None else history)
              if editing is None or e.id != editing.id]
    if stage != "applied" and app.applied_on is not None and occurred_on < app.applied_on:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "This step is dated before the application."), "occurred_on")
    if stage == "applied":
        later = [e.occurred_on for e in others]
        if later and occurred_on > min(later):
            raise InputError(QT_TRANSLATE_NOOP("Errors", "The application date is after a later step in its history."),
                             "occurred_on")
    if stage in ONCE and any(e.stage == stage for e in others):
        raise InputError(QT_TRANSLATE_NOOP("Errors", "This application already has this step; edit it instead."), "stage")
    ended = [e.occurred_on for e in others if e.stage in ENDINGS]
    if ended and stage not in ENDINGS and occurred_on > min(ended):
        raise InputError(QT_TRANSLATE_NOOP("Errors", "This application had ended by then; a step cannot come after its end."),
                         "occurred_on")
    if stage in ENDINGS and any(e.occurred_on > occurred_on for e in others):
        raise InputError(QT_TRANSLATE_NOOP("Errors", "Other steps come after this date; the end must be the last step."),
                         "occurred_on")
    return {
        "stage": stage, "occurred_on": occurred_on,
        "round": check.in_range(data.round, "round", 1, 20) if stage == "interview" else None,
        "kind": _kind(stage, data.kind),
        "starts_at": data.starts_at if stage in INTERVIEWS else None,
        "note": check.clean_text(data.note, "note", limit=20_000),
    }


def _kind(stage: str, kind: str) -> str:
    kind = kind or ""
    if stage == "final":
        return check.one_of(kind or "final", "kind", ("final",))
    if stage == "interview":
        return check.one_of(kind, "kind", ("",) + tuple(k for k in INTERVIEW_KINDS if k != "final"))
    if stage == "offer":
        return check.one_of(kind, "kind", ("",) + OFFER_ANSWERS)
    return check.one_of(kind, "kind", ("",))


def _set_interviewers(session: Session, event: StageEvent, contact_ids: tuple[int, ...]) -> None:
    """The step's interviewers become `contact_ids`; each is linked to the application too."""
    for link in session.exec(select(StageContact).where(StageContact.stage_event_id == event.id)).all():
        session.delete(link)
    session.flush()
    _link_interviewers(session, event, contact_ids)


def _link_interviewers(session: Session, event: StageEvent, contact_ids: tuple[int, ...],
                       linked: set[int] | None = None) -> None:
    """Link a step that has no interviewers to these; each is linked to the application too (unless
    among `linked`, the application's contacts, read here when not given)."""
    if event.stage not in INTERVIEWS:
        return
    if linked is None:
        linked = _linked_contacts(session, event.application_id)
    for contact_id in dict.fromkeys(contact_ids):
        existing(session, Contact, contact_id)
        session.add(StageContact(stage_event_id=event.id, contact_id=contact_id))
        if contact_id not in linked:
            session.add(ContactApplication(contact_id=contact_id, application_id=event.application_id))
    written(session)




_LINKED = select(ContactApplication.contact_id).where(ContactApplication.application_id == bindparam("application_id"))


def _linked_contacts(session: Session, application_id: int) -> set[int]:
    return set(session.exec(_LINKED, params={"application_id": application_id}).all())


# Built once, the values bound per call: building a statement costs more than SQLite running it, and
# the five-year demo runs this one thousands of times.
_HISTORY = (select(StageEvent).where(StageEvent.application_id == bindparam("application_id"))
            .order_by(StageEvent.occurred_on, StageEvent.id))


def history_of(session: Session, application_id: int) -> list[StageEvent]:
    """The application's steps in the order they happened (same day: the order they were written)."""
    held = held_rows(session, StageEvent, "application_id", application_id)
    if held is not None:  # the demo's session holds every step (storage/ids_ahead.py)
        return sorted(held, key=_in_order)
    return list(session.exec(_HISTORY, params={"application_id": application_id}).all())
