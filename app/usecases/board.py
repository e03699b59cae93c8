"""The Applications board: its cards, and whether a card may move to a column before the move is recorded."""

from __future__ import annotations

from datetime import date

from thabat.app.journal import Journal
from thabat.app.views.applications import BoardCard
from thabat.app.services import board


def board_cards(journal: Journal, today: date, outcome: str | None = None) -> list[BoardCard]:
    with journal.session() as session:
        return board.board_cards(session, today, outcome)


def check_move(journal: Journal, application_id: int, column: str, today: date) -> None:
    """Raise the rule's InputError when moving the card to `column` today would be refused."""
    with journal.session() as session:
        board.check_move(session, application_id, column, today)
