"""What the ghosting banner's buttons do: mark a silent application as no response, or ask again later."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from thabat.app.errors import UserError
from thabat.app.usecases import ghosting, settings
from thabat.ui.context import AppContext
from thabat.ui.error_text import error_text
from thabat.ui.ghosting_banner import GhostingBanner


class GhostingAnswers(QObject):
    """Answers `banner`'s requests for the Applications page (`parent`, over which a refusal is shown)."""

    def __init__(self, context: AppContext, banner: GhostingBanner, parent: QWidget) -> None:
        super().__init__(parent)
        self.context, self.page = context, parent
        banner.mark_requested.connect(self.mark_no_response)
        banner.not_yet_requested.connect(self.not_yet)

    def mark_no_response(self, application_id: int) -> None:
        translate = QCoreApplication.translate  # the page's context: its translations were made there
        try:
            ghosting.mark_no_response(self.context.journal, application_id, self.context.today())
        except UserError as error:
            QMessageBox.information(self.page, translate("ApplicationsPage", "No response"), error_text(error))
            return
        self.context.status_message.emit(translate("ApplicationsPage", "Marked as no response."))

    def not_yet(self, application_id: int) -> None:
        prefs = self.context.preferences
        settings.change_setting(prefs, self.context.events, "ghosting_not_yet",
                                ghosting.with_not_yet(prefs.get("ghosting_not_yet"), application_id,
                                                      self.context.today()))
