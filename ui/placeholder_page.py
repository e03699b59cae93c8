"""A page whose full screen comes in a later version; says so plainly."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from ui.context import AppContext
from ui.page import Page

_TITLES = {
    "journal": QT_TRANSLATE_NOOP("Pages", "Journal"),
    "growth": QT_TRANSLATE_NOOP("Pages", "Growth"),
    "charts": QT_TRANSLATE_NOOP("Pages", "Charts"),
    "contacts": QT_TRANSLATE_NOOP("Pages", "Contacts"),
}


class PlaceholderPage(Page):
    def __init__(self, context: AppContext, key: str) -> None:
        super().__init__(context)
        self.key = key
        self._label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self._label)
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("Pages", _TITLES[self.key])

    def retranslate(self) -> None:
        self._label.setText(self.tr("This page is on its way. Everything you record elsewhere is already kept "
                                    "and will show here."))
