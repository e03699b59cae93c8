"""Applications and their stage history."""

from __future__ import annotations

from dataclasses import fields as dataclass_fields
from datetime import date
from operator import attrgetter
from typing import Callable

from sqlalchemy import func, insert, literal, null
from sqlmodel import Session, select

from app.errors import InputError, NotFound, translate
from app.read_models import ApplicationDetail, ApplicationInput, ApplicationRow, StageStep
from app.services import validation as check
from storage.models import HISTORY_STAGES, OUTCOMES, Application, ContactApplication, Contact, Rejection, StageEvent
from storage.bulk_insert import insert_rows, stored_rows
from storage.name_key import name_key
from storage.types import utcnow


def _validated(data: ApplicationInput, today: date) -> ApplicationInput:
    return ApplicationInput(
        company=check.clean_text(data.company, "company", required=True, limit=check.MAX_NAME),
        role=check.clean_text(data.role, "role", limit=check.MAX_NAME),
        applied_on=check.past_date(data.applied_on, "applied_on", today),
        link=check.clean_text(data.link, "link", limit=2000),
        location=check.clean_text(data.location, "location", limit=check.MAX_NAME),
        notes=check.clean_text(data.notes, "notes"),
    )


def validated_application(data: ApplicationInput, today: date) -> ApplicationInput:
    """`data` checked and cleaned as `add_application` stores it; InputError names the field at fault."""
    return _validated(data, today)


def insert_applications(session: Session, rows: list[tuple[ApplicationInput, str]],
                        key_of: Callable[[str], str] = name_key) -> list[int]:
    """Many `add_application`s at once, for imports: (validated data, outcome) rows, their ids returned.

    One executemany of plain tuples for the applications and one INSERT … SELECT for their "applied"
    steps, without the ORM (its flush events would index each row for search one by one, so the caller indexes the
    ids afterwards) and without Core's work per row (storage/bulk_insert.py). `key_of` gives the
    name keys: an import passes `name_key` remembered per distinct name, as names repeat.
    """
    if not rows:
        return []
    connection = session.connection()
    apps = Application.__table__
    fields = tuple(f.name for f in dataclass_fields(ApplicationInput))
    values_of, stored = attrgetter(*fields), stored_rows(connection.dialect, apps, fields)
    for _data, outcome in rows:
        check.one_of(outcome, "outcome", OUTCOMES)
    now = utcnow()
    insert_rows(connection, apps, (*fields, "outcome", "company_key", "role_key"),
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
        select(apps.c.id, literal("applied"), null(), apps.c.applied_on).where(apps.c.id.between(ids[0], last))))
    return list(ids)


def add_application(session: Session, data: ApplicationInput, today: date | None = None) -> ApplicationRow:
    """Record a new application and its first stage ("applied")."""
    data = _validated(data, today or date.today())
    app = Application(**data.__dict__)
    session.add(app)
    session.flush()
    session.add(StageEvent(application_id=app.id, stage="applied", occurred_on=app.applied_on))
    session.flush()
    return _row(session, app)


def update_application(
    session: Session, application_id: int, data: ApplicationInput, today: date | None = None
) -> ApplicationRow:
    app = _get(session, application_id)
    data = _validated(data, today or date.today())
    first_event = min((e.occurred_on for e in _events(session, application_id) if e.stage != "applied"), default=None)
    if first_event is not None and data.applied_on > first_event:
        raise InputError(translate("Errors", "The application date is after a later step in its history."), "applied_on")
    for key, value in data.__dict__.items():
        setattr(app, key, value)
    applied = session.exec(
        select(StageEvent).where(StageEvent.application_id == application_id, StageEvent.stage == "applied")
    ).first()
    if applied is not None:
        applied.occurred_on = data.applied_on
    session.add(app)
    session.flush()
    return _row(session, app)


def delete_application(session: Session, application_id: int, confirmed: bool) -> None:
    """Delete an application with everything that hangs off it; refuses unless `confirmed`."""
    check.confirmed(confirmed)
    session.delete(_get(session, application_id))
    session.flush()


def set_outcome(session: Session, application_id: int, outcome: str) -> None:
    app = _get(session, application_id)
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
) -> StageStep:
    """Add a step to an application's history; interview steps move the outcome to "interview"."""
    app = _get(session, application_id)
    stage = check.one_of(stage, "stage", HISTORY_STAGES)
    occurred_on = check.past_date(occurred_on, "occurred_on", today or date.today())
    if occurred_on < app.applied_on:
        raise InputError(translate("Errors", "This step is dated before the application."), "occurred_on")
    check.in_range(round, "round", 1, 20)
    event = StageEvent(
        application_id=application_id, stage=stage, round=round, occurred_on=occurred_on,
        note=check.clean_text(note, "note"),
    )
    session.add(event)
    if stage in ("interview", "final") and app.outcome == "pending":
        app.outcome = "interview"
    elif stage == "offer":
        app.outcome = "offer"
    elif stage == "withdrawn":
        app.outcome = "withdrawn"
    session.add(app)
    session.flush()
    return _step(event)


def list_applications(
    session: Session, text: str = "", outcome: str | None = None, limit: int | None = None
) -> list[ApplicationRow]:
    """Applications newest first, optionally filtered by company/role text and outcome."""
    query = select(Application).order_by(Application.applied_on.desc(), Application.id.desc())
    text = check.filter_text(text)
    if text:
        pattern = f"%{text}%"
        query = query.where((Application.company.like(pattern)) | (Application.role.like(pattern)))
    if outcome:
        query = query.where(Application.outcome == check.one_of(outcome, "outcome", OUTCOMES))
    if limit:
        query = query.limit(limit)
    apps = session.exec(query).all()
    last = _last_stages(session, [a.id for a in apps])
    rejections = dict(
        session.exec(select(Rejection.application_id, Rejection.id).where(Rejection.application_id.in_([a.id for a in apps]))).all()
    ) if apps else {}
    return [_row(session, a, last.get(a.id), rejections.get(a.id)) for a in apps]


def get_application(session: Session, application_id: int) -> ApplicationDetail:
    from app.services.rejections import rejection_for_application
    from app.services.contacts import contact_view

    app = _get(session, application_id)
    contacts = session.exec(
        select(Contact).join(ContactApplication, ContactApplication.contact_id == Contact.id)
        .where(ContactApplication.application_id == application_id).order_by(Contact.name)
    ).all()
    return ApplicationDetail(
        row=_row(session, app),
        stages=tuple(_step(e) for e in _events(session, application_id)),
        rejection=rejection_for_application(session, application_id),
        contacts=tuple(contact_view(c) for c in contacts),
    )


def find_application(session: Session, company: str, role: str) -> Application | None:
    """The newest application with this company and role (compared by their name keys), if any."""
    return session.exec(
        select(Application)
        .where(Application.company_key == name_key(company), Application.role_key == name_key(role))
        .order_by(Application.applied_on.desc())
    ).first()


def known_companies(session: Session) -> list[str]:
    return list(session.exec(select(Application.company).distinct().order_by(Application.company)).all())


def known_roles(session: Session) -> list[str]:
    return [r for r in session.exec(select(Application.role).distinct().order_by(Application.role)).all() if r]


def _get(session: Session, application_id: int) -> Application:
    app = session.get(Application, application_id)
    if app is None:
        raise NotFound(translate("Errors", "This application no longer exists."))
    return app


def _events(session: Session, application_id: int) -> list[StageEvent]:
    return list(session.exec(
        select(StageEvent).where(StageEvent.application_id == application_id)
        .order_by(StageEvent.occurred_on, StageEvent.id)
    ).all())


def _last_stages(session: Session, ids: list[int]) -> dict[int, StageEvent]:
    if not ids:
        return {}
    last: dict[int, StageEvent] = {}
    for event in session.exec(
        select(StageEvent).where(StageEvent.application_id.in_(ids)).order_by(StageEvent.occurred_on, StageEvent.id)
    ).all():
        last[event.application_id] = event
    return last


def _step(event: StageEvent) -> StageStep:
    return StageStep(id=event.id, stage=event.stage, round=event.round, occurred_on=event.occurred_on, note=event.note)


def _row(session: Session, app: Application, last: StageEvent | None = None, rejection_id: int | None = None) -> ApplicationRow:
    if last is None:
        events = _events(session, app.id)
        last = events[-1] if events else None
        rejection_id = session.exec(select(Rejection.id).where(Rejection.application_id == app.id)).first()
    return ApplicationRow(
        id=app.id, company=app.company, role=app.role, applied_on=app.applied_on, outcome=app.outcome,
        last_stage=last.stage if last else "applied", last_stage_on=last.occurred_on if last else app.applied_on,
        link=app.link, location=app.location, notes=app.notes, rejection_id=rejection_id,
    )
