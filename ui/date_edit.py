"""The one date field: the chosen calendar in the field and its popup, the language's format, the chosen digits."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from thabat.ui.context import AppContext
from thabat.ui.display_locale import calendar, date_format, display_locale
from thabat.ui.form import to_qdate


class DateEdit(QDateEdit):
    """A QDateEdit that follows the settings; it holds a Gregorian QDate whatever calendar it shows."""

    def __init__(self, context: AppContext, value: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setCalendarPopup(True)
        self.setMinimumDate(QDate(1970, 1, 1))
        self.apply_settings()
        self.setDate(to_qdate(value))
        context.settings_changed.connect(self.apply_settings)

    def apply_settings(self) -> None:
        """Show the calendar, format and digits the settings ask for now (the date itself is kept)."""
        style = self.context.date_style()
        locale = display_locale(style.lang, style.digits)
        self.setLocale(locale)
        self.calendarWidget().setLocale(locale)
        self.setCalendar(calendar(style))
        self.calendarWidget().setCalendar(calendar(style))
        self.setDisplayFormat(date_format(style, self.isRightToLeft()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange):
            self.apply_settings()
        super().changeEvent(event)
