"""The one date field: the chosen calendar in the field and its popup, the language's format, the chosen digits."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QWidget

from thabat.ui.context import AppContext
from thabat.ui.display_locale import calendar, date_format, display_locale
from thabat.ui.form import to_qdate
from thabat.ui.value_fields import settle

_POPUP_KEYS = (Qt.Key.Key_F4, Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Select)
"""Keys that may open the popup (F4, Alt+Down, Alt+Up, Select)."""


class DateEdit(QDateEdit):
    """A QDateEdit that follows the settings; it holds a Gregorian QDate whatever calendar it shows.

    Its popup calendar is made when first needed (a press on the field, a key that opens it, a call of
    `calendarWidget`): making one is a whole QCalendarWidget, about a third of a small dialog's opening,
    and most dates are typed or left as they are."""

    def __init__(self, context: AppContext, value: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        settle(self)
        self.context = context
        self._popup_dressed = False
        self.setCalendarPopup(True)
        self.setMinimumDate(QDate(1970, 1, 1))
        self.apply_settings()
        self.setDate(to_qdate(value))
        context.settings_changed.connect(self.apply_settings)

    def apply_settings(self) -> None:
        """Show the calendar, format and digits the settings ask for now (the date itself is kept)."""
        style = self.context.date_style()
        self.setLocale(display_locale(style.lang, style.digits))
        self.setCalendar(calendar(style))
        self.setDisplayFormat(date_format(style, self.isRightToLeft()))
        if self._popup_dressed:
            self._dress_popup()

    def calendarWidget(self) -> QCalendarWidget:
        """The popup's calendar, made now if it was not yet, with the calendar and digits of the field."""
        if not self._popup_dressed:
            self._popup_dressed = True
            self._dress_popup()
        return super().calendarWidget()

    def _dress_popup(self) -> None:
        style = self.context.date_style()
        popup = super().calendarWidget()
        popup.setLocale(display_locale(style.lang, style.digits))
        popup.setCalendar(calendar(style))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.calendarWidget()  # a press on the arrow opens the popup: it is ready before Qt shows it
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _POPUP_KEYS:
            self.calendarWidget()
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange):
            self.apply_settings()
        super().changeEvent(event)
