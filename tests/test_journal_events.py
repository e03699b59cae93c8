"""Use cases own their unit of work and announce what changed; pages refresh only for what they show.

The bus (app/events.py) is plain Python; AppContext adapts it to one Qt signal, delivered on the GUI
thread even when a worker thread committed the change.
"""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import QThread

from thabat.app.events import (
    ApplicationChanged, CheckInRecorded, EntryChanged, EventBus, JournalEvent, JournalReplaced, RejectionChanged,
    SettingsChanged,
)
from thabat.app.journal import Journal
from thabat.app.usecases import applications, entries, rejections, settings, today
from thabat.app.views.applications import ApplicationInput, RejectionInput
from thabat.app.views.journal import EntryInput
from tests.conftest import TODAY
from tests.ui_support import make_context, shown


def _recorded(journal: Journal, *kinds) -> list[JournalEvent]:
    seen: list[JournalEvent] = []
    journal.events.subscribe(seen.append, *kinds)
    return seen


# -- the bus ---------------------------------------------------------------------------------------------

def test_the_bus_calls_each_subscriber_for_the_kinds_it_chose():
    bus = EventBus()
    everything, rejections_only = [], []
    bus.subscribe(everything.append)
    bus.subscribe(rejections_only.append, RejectionChanged)
    bus.emit(ApplicationChanged(3))
    bus.emit(RejectionChanged(application_id=3, rejection_id=7))
    assert everything == [ApplicationChanged(3), RejectionChanged(application_id=3, rejection_id=7)]
    assert rejections_only == [RejectionChanged(application_id=3, rejection_id=7)]


def test_a_rejection_is_also_a_change_of_its_application():
    """A page that shows applications hears a logged rejection without naming it."""
    bus = EventBus()
    seen: list[JournalEvent] = []
    bus.subscribe(seen.append, ApplicationChanged)
    bus.emit(RejectionChanged(application_id=3, rejection_id=7))
    assert [event.application_id for event in seen] == [3]


def test_unsubscribed_callbacks_hear_nothing_more():
    bus = EventBus()
    seen: list[JournalEvent] = []
    bus.subscribe(seen.append)
    bus.emit(CheckInRecorded())
    bus.unsubscribe(seen.append)
    bus.emit(CheckInRecorded())
    assert seen == [CheckInRecorded()] and len(bus) == 0


def test_events_are_frozen_values():
    event = ApplicationChanged(12)
    with pytest.raises(AttributeError):
        event.application_id = 13  # type: ignore[misc]
    assert event == ApplicationChanged(12) and hash(event) == hash(ApplicationChanged(12))


# -- use cases ----------------------------------------------------------------------------------------

def test_log_rejection_commits_then_announces_the_application_and_the_rejection(journal):
    committed: list[int] = []

    def on_change(event: JournalEvent) -> None:
        with journal.reader() as db:  # another connection: sees only what was committed
            committed.append(db.execute("SELECT count(*) FROM rejection").fetchone()[0])

    journal.events.subscribe(on_change)
    seen = _recorded(journal)
    view = rejections.log_rejection(journal, RejectionInput("Careem", "Analyst", TODAY, "screening"), TODAY, 2)
    assert seen == [RejectionChanged(application_id=view.application_id, rejection_id=view.id)]
    assert committed == [1]


def test_refused_input_writes_nothing_and_announces_nothing(journal):
    from thabat.app.errors import InputError

    seen = _recorded(journal)
    with pytest.raises(InputError):
        applications.save_application(journal, ApplicationInput("", "Analyst", TODAY), TODAY)
    assert seen == [] and applications.list_applications(journal) == []


def test_use_cases_return_read_models_not_orm_objects(journal):
    row = applications.save_application(journal, ApplicationInput("Noon", "Engineer", TODAY), TODAY)
    entry = entries.save_entry(journal, EntryInput("A title", "Some words", TODAY), TODAY)
    for value in (row, entry, *applications.list_applications(journal)):
        assert type(value).__module__.startswith("thabat.app.views."), type(value)
        with pytest.raises(AttributeError):
            value.id = 99  # frozen


def test_a_use_case_runs_on_a_worker_thread_unchanged(journal):
    seen = _recorded(journal)
    worker = threading.Thread(target=lambda: today.check_in(journal, 7, "fine", TODAY))
    worker.start()
    worker.join()
    assert seen == [CheckInRecorded()]
    assert today.overview(journal, TODAY, 5, None).check_in.score == 7


def test_a_setting_change_is_announced_with_its_key(journal, isolated_data):
    from thabat.app.preferences import Preferences

    preferences = Preferences(isolated_data)
    seen = _recorded(journal)
    settings.change_setting(preferences, journal.events, "weekly_goal", 9)
    assert seen == [SettingsChanged("weekly_goal")] and preferences.get("weekly_goal") == 9


# -- the Qt adapter -----------------------------------------------------------------------------------

def test_events_from_a_worker_thread_arrive_on_the_gui_thread(qtbot, journal, isolated_data):
    context = make_context(journal, isolated_data)
    arrived: list[tuple[JournalEvent, bool]] = []
    context.journal_changed.connect(
        lambda event: arrived.append((event, QThread.currentThread() is context.thread())))
    with qtbot.waitSignal(context.journal_changed):
        threading.Thread(target=lambda: today.check_in(journal, 4, "", TODAY)).start()
    assert arrived == [(CheckInRecorded(), True)]


def test_events_on_the_gui_thread_arrive_at_once(journal, isolated_data):
    context = make_context(journal, isolated_data)
    arrived: list[JournalEvent] = []
    context.journal_changed.connect(arrived.append)
    applications.save_application(journal, ApplicationInput("Noon", "Engineer", TODAY), TODAY)
    assert [type(event) for event in arrived] == [ApplicationChanged]


def test_a_reopened_journal_keeps_the_listeners_and_everyone_reloads(journal, isolated_data):
    context = make_context(journal, isolated_data)
    arrived: list[JournalEvent] = []
    context.journal_changed.connect(arrived.append)
    reopened = Journal.in_memory()
    context.replace_journal(reopened)
    applications.save_application(reopened, ApplicationInput("Noon", "Engineer", TODAY), TODAY)
    assert [type(event) for event in arrived] == [JournalReplaced, ApplicationChanged]


# -- pages refresh for what they show ---------------------------------------------------------------

def _counting(page) -> list[int]:
    calls: list[int] = []
    real = page.refresh

    def counted() -> None:
        calls.append(1)
        real()

    page.refresh = counted
    return calls


def test_logging_a_rejection_in_its_dialog_shows_on_today_through_the_event(qtbot, journal, isolated_data):
    from thabat.ui.rejection_dialog import RejectionDialog
    from thabat.ui.today_page import TodayPage

    context = make_context(journal, isolated_data)
    page = shown(qtbot, TodayPage(context))
    before = page.week_bar.value()
    dialog = RejectionDialog(context)
    qtbot.addWidget(dialog)
    dialog.company.setText("Careem")
    dialog.role.setText("Analyst")
    dialog.received_on.setDate(dialog.received_on.date().addDays(-3))
    dialog._on_save()
    assert dialog.saved is not None
    texts = [page.due_list.item(i).text() for i in range(page.due_list.count())]
    assert any("Careem" in text for text in texts), texts  # reply due: the page reloaded by itself
    assert page.week_bar.value() == before  # a new company's application date is unknown: not this week's


def test_a_page_ignores_changes_it_does_not_show(qtbot, journal, isolated_data):
    from thabat.ui.growth_page import GrowthPage

    context = make_context(journal, isolated_data)
    page = shown(qtbot, GrowthPage(context))
    calls = _counting(page)
    entries.save_entry(journal, EntryInput("A title", "Some words", TODAY), TODAY)
    applications.save_application(journal, ApplicationInput("Noon", "Engineer", TODAY), TODAY)
    today.check_in(journal, 6, "", TODAY)
    assert calls == []
    settings.change_setting(context.preferences, context.events, "digits", "arabic")
    assert calls == [1]  # the numbers it shows follow the digits


def test_a_hidden_page_reloads_once_when_shown_again(qtbot, journal, isolated_data):
    from thabat.ui.applications_page import ApplicationsPage

    context = make_context(journal, isolated_data)
    page = ApplicationsPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.hide()
    calls = _counting(page)
    for company in ("Noon", "Careem", "Talabat"):
        applications.save_application(journal, ApplicationInput(company, "Engineer", TODAY), TODAY)
    assert calls == []
    page.show()
    assert calls == [1] and page.model.rowCount() == 3
