"""The base of every page: re-translates itself on LanguageChange and refreshes when shown."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from ui.context import AppContext


class Page(QWidget):
    """A screen of the main window. Subclasses implement retranslate() and refresh()."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True
        context.data_changed.connect(self._on_data_changed)

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every visible text again in the current language."""

    def refresh(self) -> None:
        """Reload what the page shows from the journal."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._on_data_changed()  # texts built from data (labels, dates) change language too
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        if self._stale:
            self.refresh()
            self._stale = False
        super().showEvent(event)

    def _on_data_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True
