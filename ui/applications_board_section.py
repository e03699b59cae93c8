"""The Applications page's second view: the board of cards, a column per stage, beside the table.

A mix-in of `ApplicationsPage` (ui/applications_page.py), which owns the widgets named here: the
table/board buttons, the stack that shows one of the two, the filters and the journal.
"""

from __future__ import annotations

from thabat.app.usecases import board
from thabat.ui.applications_board import ApplicationsBoard
from thabat.ui.card_moves import CardMoves


class BoardSection:
    """The board, built the first time it is wanted, filled only while it is shown."""

    _board: ApplicationsBoard | None = None
    _board_cards: list | None = None

    @property
    def board(self) -> ApplicationsBoard:
        """The board, built the first time it is wanted: its eight columns were a third of the page's first open."""
        if self._board is None:
            self._board = ApplicationsBoard()
            self.card_moves = CardMoves(self.context, self._board, self.show_logged, parent=self)
            self._board.move_requested.connect(self.card_moves.move)
            self._board.open_requested.connect(self.show_in_table)
            self._board.retranslate()
            placeholder = self.stack.widget(1)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.stack.insertWidget(1, self._board)
        return self._board

    def showing_board(self) -> bool:
        return self.stack.currentIndex() == 1

    def _on_view_chosen(self) -> None:
        board_chosen = self.board_button.isChecked()
        self.stack.setCurrentWidget(self.board if board_chosen else self.stack.widget(0))
        self.context.preferences.set("applications_view", "board" if board_chosen else "table")
        self._show_board()

    def _show_board(self, reload: bool = True) -> None:
        """Fill the board (only while it is shown: the table does not pay for it), with the table's filters.

        Typing in the filter (`reload` False) filters the cards already read instead of reading again.
        """
        if not self.showing_board():
            return
        if reload or self._board_cards is None:
            self._board_cards = board.board_cards(self.context.journal, self.context.today(),
                                                  self.outcome.currentData())
        cards = self._board_cards
        wanted = self.filter.text().casefold()
        if wanted:
            cards = [c for c in cards if wanted in c.company.casefold() or wanted in c.role.casefold()]
        self.board.set_cards(cards, self.context.today(), self.context.date_style())

    def show_in_table(self, application_id: int) -> None:
        """A card opened (Enter, double-click): the table with its row chosen and the history beside it."""
        self.table_button.setChecked(True)
        self._on_view_chosen()
        self.select(application_id)
        self.table.setFocus()
