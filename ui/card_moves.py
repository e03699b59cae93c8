"""What moving a card on the Applications board means: the rule checked first, then the step recorded
through the dialog the user would open by hand (dated today, editable, cancellable).

A refused move shows the rule's message and records nothing, so the card stays. Moving to Rejected
opens Log a rejection for that application; every other column opens the stage dialog pre-filled.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from thabat.app.errors import UserError
from thabat.app.views.applications import RejectionView
from thabat.app.usecases import board
from thabat.ui.applications_board import ApplicationsBoard
from thabat.ui.context import AppContext
from thabat.ui.modal import deleted_after_use
from thabat.ui.dialogs_ahead import rejection_dialog, stage_dialog
from thabat.ui.error_text import error_text


class CardMoves(QObject):
    def __init__(self, context: AppContext, board_view: ApplicationsBoard,
                 rejection_logged: Callable[[RejectionView, bool], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.board = board_view
        self._rejection_logged = rejection_logged
        """Called with the rejection and whether the user asked to reflect now (the page selects it)."""

    def _window(self) -> QWidget:
        return self.parent()

    def move(self, application_id: int, column: str) -> None:
        """Record the step the move means, or say why it cannot be; the focus stays on the card."""
        title = self.tr("Move the card")
        if column == "applied":
            QMessageBox.information(self._window(), title, self.tr(
                "Every application starts in Applied; to take a card back, delete its later steps in the history."))
            return
        try:
            board.check_move(self.context.journal, application_id, column, self.context.today())
        except UserError as error:
            QMessageBox.information(self._window(), title, error_text(error))
            return
        if column == "rejected":
            self._log_rejection_of(application_id)
        else:
            with deleted_after_use(stage_dialog(self.context, application_id, self._window(), column)) as dialog:
                dialog.exec()
        self.board.focus_card(application_id)

    def _log_rejection_of(self, application_id: int) -> None:
        card = self.board.card(application_id)  # its names, shown at once (read with the stage otherwise)
        dialog = rejection_dialog(self.context, self._window(), card.company if card else "", card.role if card else "",
                                  application_id)
        with deleted_after_use(dialog):
            dialog.read_stage_reached()  # the furthest stage it reached, read once the dialog is on screen
            if not dialog.exec() or dialog.saved is None:
                return
            saved, reflect_now = dialog.saved, dialog.reflect_now
        self._rejection_logged(saved, reflect_now)
