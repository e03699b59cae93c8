"""What Today shows: due items, this week's applications against the goal, unfinished reflections."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func
from sqlmodel import Session, select

from app.read_models import DueItem, WeekProgress
from storage.models import ActionItem, Application, Contact, Reflection, Rejection, Reminder


def due_items(session: Session, today: date) -> list[DueItem]:
    """Open reminders and action items due on or before `today` (snoozed ones once the snooze ends)."""
    items: list[DueItem] = []
    effective = func.coalesce(Reminder.snoozed_until, Reminder.due_on)
    reminders = session.exec(
        select(Reminder, Application, Contact)
        .join(Application, Reminder.application_id == Application.id, isouter=True)
        .join(Contact, Reminder.contact_id == Contact.id, isouter=True)
        .where(Reminder.done_on.is_(None), effective <= today)
        .order_by(effective)
    ).all()
    for reminder, app, contact in reminders:
        items.append(DueItem(
            kind=reminder.kind, id=reminder.id, due_on=reminder.snoozed_until or reminder.due_on,
            title=reminder.message, company=app.company if app else (contact.company if contact else ""),
            role=app.role if app else "", contact=contact.name if contact else "",
        ))
    actions = session.exec(
        select(ActionItem)
        .where(ActionItem.state != "done", ActionItem.due_on.is_not(None),
               func.coalesce(ActionItem.snoozed_until, ActionItem.due_on) <= today)
        .order_by(ActionItem.due_on)
    ).all()
    items.extend(DueItem(kind="action", id=a.id, due_on=a.snoozed_until or a.due_on, title=a.title) for a in actions)
    items.sort(key=lambda item: item.due_on)
    return items


def week_progress(session: Session, today: date, goal: int) -> WeekProgress:
    """Applications since Monday of this week."""
    start = today - timedelta(days=today.weekday())
    count = session.exec(
        select(func.count()).select_from(Application).where(Application.applied_on >= start, Application.applied_on <= today)
    ).one()
    return WeekProgress(week_start=start, applications=count, goal=goal)


def unfinished_reflections(session: Session) -> int:
    return session.exec(select(func.count()).select_from(Reflection).where(Reflection.state == "draft")).one()


def complete_item(session: Session, kind: str, item_id: int, today: date) -> None:
    """Mark a due item done."""
    if kind == "action":
        action = session.get(ActionItem, item_id)
        if action is not None:
            action.state, action.done_on = "done", today
            session.add(action)
        return
    reminder = session.get(Reminder, item_id)
    if reminder is None:
        return
    reminder.done_on = today
    session.add(reminder)
    if reminder.kind == "reply" and reminder.rejection_id is not None:
        rejection = session.get(Rejection, reminder.rejection_id)
        if rejection is not None and rejection.replied_on is None:
            rejection.replied_on = today
            session.add(rejection)


def snooze_item(session: Session, kind: str, item_id: int, until: date) -> None:
    target = session.get(ActionItem if kind == "action" else Reminder, item_id)
    if target is not None:
        target.snoozed_until = until
        session.add(target)




@dataclass(frozen=True)
class DraftReflection:
    """A reflection left unfinished, offered on Today to resume."""

    id: int
    company: str
    role: str
    step: str
    updated_on: date


def draft_reflections(session: Session) -> list[DraftReflection]:
    """Unfinished reflections, most recently touched first."""
    rows = session.exec(
        select(Reflection, Application)
        .join(Rejection, Reflection.rejection_id == Rejection.id, isouter=True)
        .join(Application, Rejection.application_id == Application.id, isouter=True)
        .where(Reflection.state == "draft")
        .order_by(Reflection.updated_at.desc(), Reflection.id.desc())
    ).all()
    return [
        DraftReflection(
            id=reflection.id, company=app.company if app else "", role=app.role if app else "",
            step=reflection.step, updated_on=reflection.updated_at.date(),
        )
        for reflection, app in rows
    ]
