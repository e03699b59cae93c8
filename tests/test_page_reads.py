"""Pages read what they show on a thread of their own: a calm loading line first, then the content.

Over a journal on disk, as in the app (the in-memory journal of other tests is one connection that a
read thread would share with the test).
"""

from __future__ import annotations

import gc
import threading
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from thabat.app.journal import Journal
from thabat.app.services import applications, contacts, entries, growth
from thabat.app.views.applications import ApplicationInput
from thabat.app.views.contacts import ContactInput
from thabat.app.views.journal import EntryInput
from tests.conftest import TODAY
from tests.ui_support import make_context

from thabat.ui.applications_page import ApplicationsPage
from thabat.ui.contacts_page import ContactsPage
from thabat.ui.growth_page import GrowthPage
from thabat.ui.journal_page import JournalPage


@pytest.fixture
def disk_journal(isolated_data, pages_read_in_background):
    journal = Journal.open(isolated_data / "journal")
    with journal.session() as session:
        applications.add_application(session, ApplicationInput("Careem", "Analyst", date(2026, 9, 1)), TODAY)
        contacts.add_contact(session, ContactInput(name="Lina Haddad", company="Careem"))
        growth.add_action(session, "Mock interview", date(2026, 12, 1))
        entries.create_entry(session, EntryInput("A calm day", "Wrote two applications.", TODAY), TODAY)
    yield journal
    journal.close()


def _filled(page) -> bool:
    return {
        "applications": lambda: page.model.rowCount() == 1,
        "journal": lambda: page.list.count() == 1,
        "growth": lambda: page.actions.columns["todo"].count() == 1,
        "contacts": lambda: page.people.count() == 1,
    }[page.key]()


@pytest.mark.parametrize("make", [ApplicationsPage, JournalPage, GrowthPage, ContactsPage],
                         ids=["applications", "journal", "growth", "contacts"])
def test_a_page_shows_a_loading_line_then_its_content(qtbot, disk_journal, isolated_data, make):
    page = make(make_context(disk_journal, isolated_data))
    qtbot.addWidget(page)
    page.show()
    loading = page.findChild(QLabel, "page-loading")
    assert page.loading and loading is not None and loading.isVisible()
    assert not page.content.isVisible() and not page.empty_state.isVisible()
    qtbot.waitUntil(lambda: not page.loading)
    assert _filled(page)
    assert page.content.isVisible() and not loading.isVisible()


def test_the_read_runs_off_the_gui_thread(qtbot, disk_journal, isolated_data, monkeypatch):
    from thabat.app.usecases import contacts as use

    threads = []
    real = use.contacts_and_applications
    monkeypatch.setattr(use, "contacts_and_applications",
                        lambda *args: threads.append(threading.get_ident()) or real(*args))
    page = ContactsPage(make_context(disk_journal, isolated_data))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.loading)
    assert threads and threads[0] != threading.get_ident()
    assert gc.isenabled()  # automatic collection, held off during the read, is back


def test_a_read_replaced_by_a_refresh_does_not_overwrite_it(qtbot, disk_journal, isolated_data, monkeypatch):
    """The page refreshed (say, after a save) while its first read was under way: the older result is dropped."""
    from thabat.app.usecases import contacts as use

    release = threading.Event()
    real = use.contacts_and_applications

    def read(journal, wanted):
        if threading.current_thread() is not threading.main_thread():
            release.wait(10)  # the thread's read ends after the refresh: it holds an older list
            return [], []
        return real(journal, wanted)

    monkeypatch.setattr(use, "contacts_and_applications", read)
    context = make_context(disk_journal, isolated_data)
    page = ContactsPage(context)
    qtbot.addWidget(page)
    page.show()
    assert page.loading
    page.refresh()
    assert not page.loading and page.people.count() == 1 and page.content.isVisible()
    release.set()
    qtbot.waitUntil(lambda: not context.page_reads.busy)
    assert page.people.count() == 1


def test_quitting_while_a_page_reads_waits_for_it_and_fills_nothing(qtbot, disk_journal, isolated_data):
    context = make_context(disk_journal, isolated_data)
    page = ApplicationsPage(context)
    qtbot.addWidget(page)
    page.show()
    assert context.page_reads.busy
    context.stop_long_work()  # what quitting does before the journal closes
    assert not context.page_reads.busy and gc.isenabled()
    QApplication.processEvents()  # the poll that would have filled the page has nothing left to do
    assert page.model.rowCount() == 0
