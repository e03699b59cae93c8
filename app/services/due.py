"""Acting on Today's due items: done, or snoozed until a later day."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from thabat.storage.models import ActionItem, Rejection, Reminder


def complete_item(session: Session, kind: str, item_id: int, today: date) -> None:
    """Mark a due item done; a reply reminder done also marks its rejection replied to."""
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
