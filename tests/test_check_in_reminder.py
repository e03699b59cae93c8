"""The daily check-in reminder: off by default, armed for the chosen time, quiet once checked in."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from thabat.app.usecases import settings
from thabat.app.usecases import today as today_usecases
from tests.conftest import TODAY
from tests.ui_support import make_context
from thabat.ui.check_in_reminder import CheckInReminder, next_reminder, reminder_time

EVENING = datetime(2026, 11, 26, 19, 0)


@pytest.mark.parametrize(("now", "expected"), [
    (datetime(2026, 11, 26, 19, 0), datetime(2026, 11, 26, 20, 0)),
    (datetime(2026, 11, 26, 20, 0), datetime(2026, 11, 27, 20, 0)),  # the moment itself has passed
    (datetime(2026, 12, 31, 21, 30), datetime(2027, 1, 1, 20, 0)),
])
def test_the_next_reminder_is_later_today_or_tomorrow(now, expected):
    assert next_reminder(now, time(20, 0)) == expected


@pytest.mark.parametrize(("value", "expected"), [("", None), ("08:30", time(8, 30)), ("25:00", None), ("soon", None)])
def test_the_setting_reads_as_a_time_or_off(value, expected):
    assert reminder_time(value) == expected


def test_off_by_default_then_armed_for_the_chosen_time(qtbot, journal, tmp_path):
    context = make_context(journal, tmp_path)
    reminder = CheckInReminder(context, clock=lambda: EVENING)
    assert not reminder.timer.isActive()
    settings.change_setting(context.preferences, context.events, "check_in_reminder", "20:00")
    assert reminder.timer.isActive() and reminder.timer.interval() == 60 * 60 * 1000
    settings.change_setting(context.preferences, context.events, "check_in_reminder", "")
    assert not reminder.timer.isActive()


def test_it_reminds_only_while_today_has_no_check_in(qtbot, journal, tmp_path):
    context = make_context(journal, tmp_path)
    settings.change_setting(context.preferences, context.events, "check_in_reminder", "20:00")
    reminder = CheckInReminder(context, clock=lambda: EVENING)
    with qtbot.waitSignal(reminder.remind) as reminded:
        reminder.fire()
    assert "check-in" in reminded.args[0]
    assert reminder.timer.isActive()  # armed again for the next day
    today_usecases.check_in(journal, 6, "", TODAY)
    with qtbot.assertNotEmitted(reminder.remind):
        reminder.fire()


def test_settings_turn_the_reminder_on_at_a_time_and_off(qtbot, journal, tmp_path):
    from PySide6.QtCore import QTime, Qt

    from thabat.ui.settings_page import SettingsPage

    context = make_context(journal, tmp_path)
    reminder = CheckInReminder(context, clock=lambda: EVENING)
    page = SettingsPage(context)
    qtbot.addWidget(page)
    assert not page.reminder_on.isChecked() and not page.reminder_time.isEnabled()
    page.reminder_time.setTime(QTime(21, 30))
    assert context.preferences.get("check_in_reminder") == ""  # the time alone does not turn it on
    page.reminder_on.click()
    assert context.preferences.get("check_in_reminder") == "21:30"
    assert reminder.timer.isActive() and reminder.timer.interval() == 150 * 60 * 1000
    page.reminder_on.click()
    assert context.preferences.get("check_in_reminder") == "" and not reminder.timer.isActive()



@pytest.mark.parametrize("lang", ["ar", "en"])
def test_time_fields_read_hours_first_in_both_languages(qtbot, journal, tmp_path, lang):
    """Seen on screen: Settings showed the reminder's 20:00 as "00:20" in Arabic."""
    from PySide6.QtCore import QLocale, QTime

    from thabat.ui.settings_page import SettingsPage
    from thabat.ui.time_edit import time_edit

    page = SettingsPage(make_context(journal, tmp_path, lang))
    qtbot.addWidget(page)
    for field in (page.reminder_time, time_edit(QTime(10, 0))):  # the stage dialog's interview time too
        qtbot.addWidget(field) if field.parent() is None else None
        field.setTime(QTime(20, 5))
        assert field.text() == QLocale().toString(QTime(20, 5), "HH:mm")
        assert field.text().startswith(QLocale().toString(20))
