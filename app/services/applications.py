"""Applications and their stage history."""

from __future__ import annotations

from dataclasses import fields as dataclass_fields
from datetime import date, time
from operator import attrgetter
from typing import Callable, NamedTuple

from sqlalchemy import Row, func, insert, literal, null
from sqlmodel import Session, select

from thabat.app.errors import QT_TRANSLATE_NOOP, InputError
from thabat.app.services import validation as check
from thabat.app.services.contacts import contact_view
from thabat.app.services.existing import existing
from thabat.app.services.rejection_view import rejection_for_application
from thabat.app.services.stages import history_of, record_stage, steps_view
from thabat.app.views.applications import (ApplicationDetail, ApplicationInput, ApplicationName, ApplicationRow, StageInput,
                                           StageStep)
from thabat.storage.bulk_insert import insert_rows, stored_rows
from thabat.storage.ids_ahead import give_ids, written
from thabat.storage.models import (
    OUTCOMES, SOURCES, WORK_PLACES, Application, Contact, ContactApplication, Referral, Rejection, StageEvent,
)
from thabat.storage.name_key import name_key
from thabat.storage.types import utcnow

MAX_SALARY = 10**12
CURRENCY_LENGTH = 10


def _validated(data: ApplicationInput, today: date) -> ApplicationInput:
    salary_min = check.in_range(data.salary_min, "salary_min", 0, MAX_SALARY)
    salary_max = check.in_range(data.salary_max, "salary_max", 0, MAX_SALARY)
    if salary_min is not None and salary_max is not None and salary_min > salary_max:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "The lowest salary is above the highest."), "salary_min")
    company = check.clean_text(data.company, "company", required=True, limit=check.MAX_NAME)
    role = check.clean_text(data.role, "role", limit=check.MAX_NAME)
    applied_on = None if data.applied_on is None else check.past_date(data.applied_on, "applied_on", today)
    link = check.clean_text(data.link, "link", limit=2000)
    location = check.clean_text(data.location, "location", limit=check.MAX_NAME)
    notes = check.clean_text(data.notes, "notes")
    source = check.one_of(data.source or "", "source", SOURCES)
    work_place = check.one_of(data.work_place or "", "work_place", WORK_PLACES)
    currency = check.clean_text(data.currency, "currency", limit=CURRENCY_LENGTH).upper()
    description = check.clean_text(data.description, "description")
    deadline = check.plan_date(data.deadline, "deadline", today)
    interest = check.in_range(data.interest, "interest", 1, 5)
    # The checks give back every other field as it was: when the texts are too, `data` is already what
    # is stored (an import's cells, stripped), and a million rows need no second copy of each.
    if (company, role, link, location, notes, source, work_place, currency, description) == (
            data.company, data.role, data.link, data.location, data.notes, data.source, data.work_place, data.currency,
            data.description):
        return data
    return ApplicationInput(
        company=company, role=role, applied_on=applied_on, link=link, location=location, notes=notes, source=source,
        work_place=work_place, salary_min=salary_min, salary_max=salary_max, currency=currency,
        description=description, deadline=deadline, interest=interest, referral_contact_id=data.referral_contact_id,
    )


_TABLE_FIELDS = tuple(f.name for f in dataclass_fields(ApplicationInput) if f.name != "referral_contact_id")
"""The ApplicationInput fields that are application columns (the referral lives in its own table)."""
_ROW_COLUMNS = (*(getattr(Application, name) for name in _TABLE_FIELDS), Application.id, Application.outcome)
"""What a list's row reads of an application (`list_applications`): its columns, never the ORM object."""


_NEWEST_FIRST = (Application.applied_on.is_(None), Application.applied_on.desc(), Application.id.desc())
"""Newest first; an application whose date is not known goes last."""


class _LastStage(NamedTuple):
    stage: str
    occurred_on: date


def _columns(data: ApplicationInput | Application) -> dict:
    """The values of the application columns the user writes, from a form's input or a stored row."""
    return {name: getattr(data, name) for name in _TABLE_FIELDS}


def validated_application(data: ApplicationInput, today: date) -> ApplicationInput:
    """`data` checked and cleaned as `add_application` stores it; InputError names the field at fault."""
    return _validated(data, today)


def insert_applications(session: Session, rows: list[tuple[ApplicationInput, str]],
                        key_of: Callable[[str], str] = name_key) -> list[int]:
    """Many `add_application`s at once, for imports: (validated data, outcome) rows, their ids returned.

    One executemany of plain tuples for the applications and one INSERT … SELECT for their "applied"
    steps (none for an application whose date is not known), without the ORM and without Core's work
    per row (storage/bulk_insert.py); the search index follows through its triggers, before the
    commit. `key_of` gives the name keys: an import passes `name_key` remembered per distinct name,
    as names repeat. Referrals are not written (no import names one).
    """
    if not rows:
        return []
    connection = session.connection()
    apps = Application.__table__
    values_of, stored = attrgetter(*_TABLE_FIELDS), stored_rows(connection.dialect, apps, _TABLE_FIELDS)
    for _data, outcome in rows:
        check.one_of(outcome, "outcome", OUTCOMES)
    now = utcnow()
    insert_rows(connection, apps, (*_TABLE_FIELDS, "outcome", "company_key", "role_key"),
                [(*stored(values_of(data)), outcome, key_of(data.company), key_of(data.role)) for data, outcome in rows],
                {"created_at": now, "updated_at": now})
    # SQLite numbers new rows one past the highest id, and this transaction now holds the write lock,
    # so the batch got the last len(rows) ids.
    last = session.execute(select(func.max(apps.c.id))).scalar_one()
    ids = range(last - len(rows) + 1, last + 1)
    if session.execute(select(func.count()).where(apps.c.id.between(ids[0], last))).scalar_one() != len(rows):
        raise RuntimeError("the applications just inserted do not have consecutive ids")
    # Their "applied" steps straight from the rows just written: no value passes through Python.
    session.execute(insert(StageEvent.__table__).from_select(
        ["application_id", "stage", "round", "occurred_on"],
        select(apps.c.id, literal("applied"), null(), apps.c.applied_on)
        .where(apps.c.id.between(ids[0], last), apps.c.applied_on.is_not(None))))
    return list(ids)


def add_application(session: Session, data: ApplicationInput, today: date | None = None) -> ApplicationRow:
    """Record a new application and its first stage ("applied"; none when the date is not known)."""
    data = _validated(data, today or date.today())
    app = Application(**_columns(data))
    session.add(app)
    give_ids(session)  # the step and the referral name the application; one flush for all three below
    applied = None
    if app.applied_on is not None:
        applied = StageEvent(application_id=app.id, stage="applied", occurred_on=app.applied_on)
        session.add(applied)
    if data.referral_contact_id is not None:  # a new application has no referral or contact to look up
        existing(session, Contact, data.referral_contact_id)
        session.add(Referral(application_id=app.id, contact_id=data.referral_contact_id))
        session.add(ContactApplication(contact_id=data.referral_contact_id, application_id=app.id))
    written(session)
    # Built from what was just written: no history, rejection or referral to read back.
    return _row(session, app, applied, None, data.referral_contact_id, known=True)


def update_application(
    session: Session, application_id: int, data: ApplicationInput, today: date | None = None
) -> ApplicationRow:
    app = existing(session, Application, application_id)
    data = _validated(data, today or date.today())
    first_event = min((e.occurred_on for e in history_of(session, application_id) if e.stage != "applied"), default=None)
    if first_event is not None and data.applied_on is not None and data.applied_on > first_event:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "The application date is after a later step in its history."), "applied_on")
    for key, value in _columns(data).items():
        setattr(app, key, value)
    applied = session.exec(
        select(StageEvent).where(StageEvent.application_id == application_id, StageEvent.stage == "applied")
    ).first()
    if applied is not None and data.applied_on is not None:
        applied.occurred_on = data.applied_on
    elif applied is not None:
        session.delete(applied)  # the user no longer knows the date: no step may claim one
    elif data.applied_on is not None:
        session.add(StageEvent(application_id=application_id, stage="applied", occurred_on=data.applied_on))
    _set_referral(session, application_id, data.referral_contact_id)
    session.add(app)
    session.flush()
    return _row(session, app)


def delete_application(session: Session, application_id: int, confirmed: bool) -> None:
    """Delete an application with everything that hangs off it; refuses unless `confirmed`."""
    check.confirmed(confirmed)
    session.delete(existing(session, Application, application_id))
    session.flush()


def set_outcome(session: Session, application_id: int, outcome: str) -> None:
    app = existing(session, Application, application_id)
    app.outcome = check.one_of(outcome, "outcome", OUTCOMES)
    session.add(app)


def add_stage(
    session: Session,
    application_id: int,
    stage: str,
    occurred_on: date,
    round: int | None = None,
    note: str = "",
    today: date | None = None,
    kind: str = "",
    starts_at: time | None = None,
    interviewer_ids: tuple[int, ...] = (),
) -> StageStep:
    """Add a step to an application's history (app/services/stages.py checks it and sets the outcome)."""
    return record_stage(session, application_id, StageInput(
        stage=stage, occurred_on=occurred_on, round=round, kind=kind, starts_at=starts_at, note=note,
        interviewer_ids=tuple(interviewer_ids)), today)


def list_applications(
    session: Session, text: str = "", outcome: str | None = None, limit: int | None = None
) -> list[ApplicationRow]:
    """Applications newest first, optionally filtered by company/role text and outcome."""
    # Columns, not entities: two thousand ORM objects (and their stages') were made only to be copied into
    # rows; their leftovers kept ~10 MB of the interpreter's arenas after the page's read.
    query = select(*_ROW_COLUMNS).order_by(*_NEWEST_FIRST)
    text = check.filter_text(text)
    if text:
        pattern = f"%{text}%"
        query = query.where((Application.company.like(pattern)) | (Application.role.like(pattern)))
    if outcome:
        query = query.where(Application.outcome == check.one_of(outcome, "outcome", OUTCOMES))
    if limit:
        query = query.limit(limit)
    apps = session.exec(query).all()
    ids = [a.id for a in apps]
    last = _last_stages(session, ids)
    rejections = dict(
        session.exec(select(Rejection.application_id, Rejection.id).where(Rejection.application_id.in_(ids))).all()
    ) if apps else {}
    referrals = dict(session.exec(select(Referral.application_id, Referral.contact_id)
                                  .where(Referral.application_id.in_(ids))).all()) if apps else {}
    return [_row(session, a, last.get(a.id), rejections.get(a.id), referrals.get(a.id)) for a in apps]


def application_names(session: Session) -> list[ApplicationName]:
    """Every application's company and role, in `list_applications`' order: all a list of choices shows."""
    query = select(Application.id, Application.company, Application.role).order_by(*_NEWEST_FIRST)
    return [ApplicationName(*row) for row in session.exec(query).all()]


def get_application(session: Session, application_id: int) -> ApplicationDetail:
    app = existing(session, Application, application_id)
    contacts = session.exec(
        select(Contact).join(ContactApplication, ContactApplication.contact_id == Contact.id)
        .where(ContactApplication.application_id == application_id).order_by(Contact.name)
    ).all()
    return ApplicationDetail(
        row=_row(session, app),
        stages=tuple(steps_view(session, history_of(session, application_id))),
        rejection=rejection_for_application(session, application_id),
        contacts=tuple(contact_view(c) for c in contacts),
    )


def find_application(session: Session, company: str, role: str) -> Application | None:
    """The newest application with this company and role (compared by their name keys), if any."""
    return session.exec(
        select(Application)
        .where(Application.company_key == name_key(company), Application.role_key == name_key(role))
        .order_by(Application.applied_on.is_(None), Application.applied_on.desc())
    ).first()


def known_companies(session: Session) -> list[str]:
    return list(session.exec(select(Application.company).distinct().order_by(Application.company)).all())


def known_roles(session: Session) -> list[str]:
    return [r for r in session.exec(select(Application.role).distinct().order_by(Application.role)).all() if r]



def _last_stages(session: Session, ids: list[int]) -> dict[int, _LastStage]:
    """Each application's latest step: its stage and day (rows of two columns, not StageEvent objects)."""
    if not ids:
        return {}
    last: dict[int, _LastStage] = {}
    for application_id, stage, occurred_on in session.exec(
        select(StageEvent.application_id, StageEvent.stage, StageEvent.occurred_on)
        .where(StageEvent.application_id.in_(ids)).order_by(StageEvent.occurred_on, StageEvent.id)
    ).all():
        last[application_id] = _LastStage(stage, occurred_on)
    return last


def _set_referral(session: Session, application_id: int, contact_id: int | None) -> None:
    referral = session.get(Referral, application_id)
    if contact_id is None:
        if referral is not None:
            session.delete(referral)
        return
    existing(session, Contact, contact_id)
    if referral is None:
        session.add(Referral(application_id=application_id, contact_id=contact_id))
    else:
        referral.contact_id = contact_id
        session.add(referral)
    if session.get(ContactApplication, (contact_id, application_id)) is None:
        session.add(ContactApplication(contact_id=contact_id, application_id=application_id))


def _row(session: Session, app: Application | Row, last: StageEvent | _LastStage | None = None, rejection_id: int | None = None,
         referral_id: int | None = None, known: bool = False) -> ApplicationRow:
    """The row of `app`; its last step, rejection and referral are read unless given (`last`, or `known`)."""
    if last is None and not known:
        events = history_of(session, app.id)
        last = events[-1] if events else None
        rejection_id = session.exec(select(Rejection.id).where(Rejection.application_id == app.id)).first()
        referral = session.get(Referral, app.id)
        referral_id = referral.contact_id if referral else None
    return ApplicationRow(
        **_columns(app), referral_contact_id=referral_id, id=app.id, outcome=app.outcome, rejection_id=rejection_id,
        last_stage=last.stage if last else "applied", last_stage_on=last.occurred_on if last else app.applied_on,
    )
