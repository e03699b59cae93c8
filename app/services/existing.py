"""The row a caller names by id, or one clear refusal when it is gone (deleted in another window,
or an id from a list read before the deletion). One look-up for every service."""

from __future__ import annotations

from typing import TypeVar

from sqlmodel import Session, SQLModel

from thabat.app.errors import QT_TRANSLATE_NOOP, NotFound
from thabat.storage.ids_ahead import held_row
from thabat.storage.models import Application, Contact, JournalEntry, Reflection, Rejection, StageEvent

Row = TypeVar("Row", bound=SQLModel)

GONE = {
    Application: QT_TRANSLATE_NOOP("Errors", "This application no longer exists."),
    Contact: QT_TRANSLATE_NOOP("Errors", "This contact no longer exists."),
    JournalEntry: QT_TRANSLATE_NOOP("Errors", "This journal entry no longer exists."),
    Reflection: QT_TRANSLATE_NOOP("Errors", "This reflection no longer exists."),
    Rejection: QT_TRANSLATE_NOOP("Errors", "This rejection no longer exists."),
    StageEvent: QT_TRANSLATE_NOOP("Errors", "This step no longer exists."),
}
"""What the user reads when a row of this kind is gone; any other kind is "This item no longer exists."."""


def existing(session: Session, model: type[Row], row_id: int) -> Row:
    found = held_row(session, model, row_id) or session.get(model, row_id)
    if found is None:
        raise NotFound(GONE.get(model, QT_TRANSLATE_NOOP("Errors", "This item no longer exists.")))
    return found
