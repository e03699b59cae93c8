"""The Applications board: which column each application stands in, since when, and its next date.

A card stands in the column of the latest step of its history by date (ties: the one recorded
last), a scheduled interview included (the user was invited). Interview rounds and the final round
share one column. A rejection puts it in "rejected", or in "no_response" when it came by silence.
Three queries for the whole journal, so the board stays quick with hundreds of applications.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date, time

from sqlmodel import Session, select

from thabat.app.views.applications import BoardCard, StageInput
from thabat.app.services import stages
from thabat.storage.models import Application, Rejection, StageEvent

COLUMNS = ("applied", "screening", "assessment", "interview", "offer", "rejected", "no_response", "withdrawn")
"""Left to right in English (right to left in Arabic): the way forward, then the three ends."""
ENDS = ("rejected", "no_response", "withdrawn")
_COLUMN_OF_STEP = {"final": "interview"}


def board_cards(session: Session, today: date, outcome: str | None = None) -> list[BoardCard]:
    """Every application as a card (or those with `outcome`), the latest arrivals first in each column."""
    # Plain columns, not ORM objects: building thousands of model instances would cost most of a second.
    query = select(Application.id, Application.company, Application.role, Application.applied_on,
                   Application.deadline)
    if outcome:
        query = query.where(Application.outcome == outcome)
    apps = session.exec(query).all()
    history: dict[int, list] = defaultdict(list)
    rejected: dict[int, tuple[str, date]] = {}
    # The whole history at once (a filter would only spare a few rows); cards not shown ignore theirs.
    for event in session.exec(select(StageEvent.application_id, StageEvent.stage, StageEvent.occurred_on,
                                     StageEvent.starts_at, StageEvent.id)
                              .order_by(StageEvent.occurred_on, StageEvent.id)).all():
        history[event.application_id].append(event)
    for app_id, channel, received_on in session.exec(
            select(Rejection.application_id, Rejection.channel, Rejection.received_on)).all():
        rejected[app_id] = (channel, received_on)
    cards = [_card(app, history.get(app.id, []), rejected.get(app.id), today) for app in apps]
    return sorted(cards, key=lambda c: (c.since is None, -(c.since or date.min).toordinal(), -c.application_id))


def check_move(session: Session, application_id: int, column: str, today: date) -> None:
    """Raise the rule's InputError when a step of `column`, dated today, cannot join the history.

    Checked before the stage dialog opens, so a refused move says why at once and the card stays.
    """
    if column not in COLUMNS:
        raise ValueError(column)
    stage = "rejected" if column == "no_response" else column
    stages.check_step(session, application_id, StageInput(stage=stage, occurred_on=today), today)


def _card(app, events: list, rejection: tuple[str, date] | None, today: date) -> BoardCard:
    columns = [_COLUMN_OF_STEP.get(e.stage, e.stage) for e in events]
    if rejection is not None:
        channel, received_on = rejection
        column, since = ("no_response" if channel == "no_answer" else "rejected"), received_on
    elif columns:
        column, since = columns[-1], events[-1].occurred_on
        for event, event_column in zip(reversed(events), reversed(columns)):
            if event_column != column:
                break
            since = event.occurred_on  # the first of the latest run: interview round 1, not round 3
    else:
        column, since = "applied", app.applied_on
    if since is not None and since > today:
        since = None  # invited to a later interview: it has not begun yet
    upcoming = [e for e in events if e.stage in stages.INTERVIEWS and e.occurred_on >= today]
    if column in ENDS:
        upcoming = []
    card = BoardCard(app.id, app.company, app.role, column, since)
    if upcoming:
        first = min(upcoming, key=lambda e: (e.occurred_on, e.starts_at is None, e.starts_at or time(), e.id))
        return replace(card, next_on=first.occurred_on, next_what=first.stage, next_at=first.starts_at)
    if column not in ENDS and app.deadline is not None and app.deadline >= today:
        return replace(card, next_on=app.deadline, next_what="deadline")
    return card
