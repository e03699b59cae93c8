"""Date fields show the chosen calendar (field and popup), the language's date format and the chosen digits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCalendar
from PySide6.QtWidgets import QDateEdit

from thabat.app.text.dates import to_hijri
from tests.conftest import TODAY
from tests.digit_scan import wrong_digits
from tests.reflection_support import open_page, reflection_on
from tests.ui_support import make_context

from thabat.app.preferences import Preferences
from thabat.ui.form import to_date

HIJRI_YEAR = to_hijri(TODAY)[0]  # 1448


def _context(journal, folder, lang, calendar="gregorian", digits="latin"):
    prefs = Preferences(folder)
    prefs.set("calendar", calendar)
    prefs.set("digits", digits)
    return make_context(journal, folder, lang)


def _every_form(qtbot, context):
    """Every widget that holds date fields: the rejection, application, export and journal forms, and four pages."""
    from thabat.ui.application_dialog import ApplicationDialog
    from thabat.ui.charts_page import ChartsPage
    from thabat.ui.contacts_page import ContactsPage
    from thabat.ui.export_dialog import ExportDialog
    from thabat.ui.growth_page import GrowthPage
    from thabat.ui.journal_page import JournalPage
    from thabat.ui.dialog_parts import make_whole
    from thabat.ui.rejection_dialog import RejectionDialog
    from thabat.ui.today_page import TodayPage

    widgets = [RejectionDialog(context), ApplicationDialog(context), ExportDialog(context), JournalPage(context),
               TodayPage(context), ContactsPage(context), GrowthPage(context), ChartsPage(context)]
    for widget in widgets:
        qtbot.addWidget(widget)
        make_whole(widget)  # a dialog's fields made after its first paint (ui/dialog_parts.py) are made now
    return widgets


def _date_fields(widgets) -> list[QDateEdit]:
    return [edit for widget in widgets for edit in widget.findChildren(QDateEdit)]


@pytest.mark.parametrize("lang, suffix", [("ar", "هـ"), ("en", "AH")])
def test_under_hijri_every_date_field_and_popup_is_hijri(qtbot, journal, isolated_data, lang, suffix):
    forms = _every_form(qtbot, _context(journal, isolated_data, lang, "hijri"))
    fields = _date_fields(forms)
    assert len(fields) >= 10
    for field in fields:
        year, month, day = to_hijri(to_date(field.date()))
        # The text "1448/6/15 هـ" shows as "هـ 1448/6/15" in a right-to-left field: read from the right,
        # day first and the suffix last (the suffix first in the text would be drawn at the far right).
        shown = f"{year}/{month}/{day} {suffix}" if lang == "ar" else f"{month}/{day}/{year} {suffix}"
        assert field.text() == shown
        assert field.calendar().name() == QCalendar(QCalendar.System.IslamicCivil).name()
        assert field.calendarWidget().calendar().name() == field.calendar().name()


def test_the_reflection_date_fields_are_hijri_too(qtbot, journal, isolated_data):
    Preferences(isolated_data).set("calendar", "hijri")
    page = open_page(qtbot, journal, isolated_data, "ar", reflection_on(journal))
    fields = page.findChildren(QDateEdit)
    assert len(fields) >= 4  # replied on, feedback requested / received, an action's due date
    assert all(str(HIJRI_YEAR) in f.text() and f.text().endswith(" هـ") for f in fields), [f.text() for f in fields]


@pytest.mark.parametrize("lang, digits", [("ar", "latin"), ("ar", "arabic"), ("en", "arabic"), ("en", "latin")])
def test_date_fields_use_the_language_format_and_the_chosen_digits(qtbot, journal, isolated_data, lang, digits):
    forms = _every_form(qtbot, _context(journal, isolated_data, lang, digits=digits))
    fields = _date_fields(forms)
    assert wrong_digits([f.text() for f in fields], digits) == []
    assert all(f.displayFormat() != "yyyy-MM-dd" for f in fields)  # ISO is for machines, not for people
    assert all(f.calendarWidget().locale().zeroDigit() == ("٠" if digits == "arabic" else "0") for f in fields)


def test_a_date_field_follows_a_change_of_calendar_and_keeps_its_date(qtbot, journal, isolated_data):
    from thabat.ui.settings_page import SettingsPage
    from thabat.ui.today_page import TodayPage

    context = _context(journal, isolated_data, "ar")
    settings, today = SettingsPage(context), TodayPage(context)
    qtbot.addWidget(settings)
    qtbot.addWidget(today)
    before = today.snooze_date.date()
    assert str(TODAY.year) in today.snooze_date.text()

    settings.calendar.setCurrentIndex(settings.calendar.findData("hijri"))
    assert str(HIJRI_YEAR) in today.snooze_date.text() and today.snooze_date.text().endswith(" هـ")
    assert today.snooze_date.calendarWidget().calendar().name() == "Islamic Civil"
    assert today.snooze_date.date() == before  # the field still holds the same (Gregorian) day

    settings.digits.setCurrentIndex(settings.digits.findData("arabic"))
    assert "١٤٤٨" in today.snooze_date.text()
