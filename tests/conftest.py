"""Shared fixtures: headless Qt, data folders in tmp_path, an in-memory journal, a frozen "today"."""

from __future__ import annotations

import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from thabat.app.runtime.library_fixes import keep_none_alive

keep_none_alive()  # the suite paints a lot: PySide6 6.12 leaks references to None (app/runtime/library_fixes.py)

from datetime import date
from pathlib import Path

import socket

import pytest
from sqlmodel import Session

from thabat.app.journal import Journal

TODAY = date(2026, 11, 26)
"""The frozen "today" of every test that does not choose its own."""

TIME_ZONE_MODULES = {
    "test_local_dates", "test_today_services", "test_today_page", "test_entries", "test_journal_page",
    "test_reflection_services", "test_search", "test_search_sync", "test_charts", "test_export_pdf",
    "test_growth_services", "test_services", "test_storage", "test_export_backup", "test_text_and_dates",
    "test_backups",
}
"""Modules that turn stored instants or the clock into dates: `make test` runs them again at UTC+14."""


def pytest_configure(config: pytest.Config) -> None:
    zone = os.environ.get("TZ", "")
    folder = Path(os.environ.get("TZDIR", "/usr/share/zoneinfo"))
    if "/" in zone and not (folder / zone.lstrip(":")).is_file():
        # The C library would fall back to UTC without a word, and the second run would test nothing new.
        pytest.exit(f"TZ={zone} is not a time zone known here (install tzdata)", returncode=2)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.stem in TIME_ZONE_MODULES:
            item.add_marker(pytest.mark.time_zones)


@pytest.fixture(scope="session", autouse=True)
def widgets_application(qapp):
    """A QApplication from the first test on: the PDF writer would otherwise make a bare QGuiApplication,
    and widget tests run after it (e.g. `pytest -k export`) could not start."""
    return qapp


@pytest.fixture(autouse=True)
def isolated_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the real user folders: data, config and cache all live under tmp_path."""
    folder = tmp_path / "data"
    monkeypatch.setenv("THABAT_DATA_DIR", str(folder))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return folder


class NetworkAccessAttempted(AssertionError):
    """Thabat is local only: any attempt to reach the network fails the test."""


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail on any socket connection except local (AF_UNIX) ones, which QLocalSocket may use."""
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def guarded(real):
        def connect(self, address, *args, **kwargs):
            if self.family == getattr(socket, "AF_UNIX", None):
                return real(self, address, *args, **kwargs)
            raise NetworkAccessAttempted(f"network connection attempted to {address!r}")
        return connect

    def create_connection(address, *args, **kwargs):
        raise NetworkAccessAttempted(f"network connection attempted to {address!r}")

    monkeypatch.setattr(socket.socket, "connect", guarded(real_connect))
    monkeypatch.setattr(socket.socket, "connect_ex", guarded(real_connect_ex))
    monkeypatch.setattr(socket, "create_connection", create_connection)


@pytest.fixture(autouse=True)
def search_index_in_step(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch):
    """After every test, each journal it opened through `Journal` has its search index in step: what a
    rebuild would make (`thabat doctor`'s check, storage/search_sync.py, in its quick form: the normalised
    text follows from the original). Checked when the journal is closed (an in-memory one is gone after)
    or, if the test left it open, after the test.

    A test that puts an index out of step on purpose says so: @pytest.mark.index_out_of_step.
    """
    opened: list[Journal] = []
    found: list[str] = []
    open_journal, close_journal = Journal.__init__, Journal.close

    def registered(self, *args, **kwargs):
        open_journal(self, *args, **kwargs)
        opened.append(self)

    def checked_then_closed(self):
        if self in opened:
            opened.remove(self)
            found.extend(_index_differences(self))
        close_journal(self)

    monkeypatch.setattr(Journal, "__init__", registered)
    monkeypatch.setattr(Journal, "close", checked_then_closed)
    yield
    for journal in opened:
        found.extend(_index_differences(journal))
    if request.node.get_closest_marker("index_out_of_step") is None:
        assert found == [], "the search index is out of step with the journal"


def _index_differences(journal: Journal) -> list[str]:
    if not journal.engine_ready:  # never used past its sqlite3 reads: nothing was written through it
        return []
    database = journal.engine.url.database
    if database not in (None, "", ":memory:") and not Path(database).is_file():
        return []  # moved aside or deleted by the test
    from thabat.storage.search_sync import differences

    with journal.engine.connect() as connection:
        return [f"{d.kind} {d.ref_id}: {d.problem}" for d in differences(connection, with_text=False)]


@pytest.fixture
def journal() -> Journal:
    """An empty journal in memory at the newest schema."""
    opened = Journal.in_memory()
    yield opened
    opened.close()


@pytest.fixture
def session(journal: Journal):
    """A session over the in-memory journal; tests that expect errors may leave it rolled back."""
    with Session(journal.engine, expire_on_commit=False) as opened:
        yield opened


@pytest.fixture(autouse=True)
def pages_read_on_the_gui_thread(monkeypatch: pytest.MonkeyPatch):
    """Pages read in `refresh` on the GUI thread, as before ui/page_reads.py: the in-memory journal is one
    SQLite connection, which a page's read thread would share with the test. Tests of the reads
    themselves turn them back on (`pages_read_in_background`)."""
    from thabat.ui.page import Page

    monkeypatch.setattr(Page, "reads_in_background", False)


@pytest.fixture
def pages_read_in_background(monkeypatch: pytest.MonkeyPatch):
    """Pages read on a thread of their own, as in the app."""
    from thabat.ui.page import Page

    monkeypatch.setattr(Page, "reads_in_background", True)


@pytest.fixture(autouse=True)
def widgets_deleted_after_each_test(monkeypatch: pytest.MonkeyPatch):
    """Keep each widget given to qtbot alive until it is deleted, delete it at a known point, then
    start the next test in English (translators belong to the application, which outlives a test).

    pytest-qt holds only weak references, and a window's Python wrapper sits in reference cycles (its
    signal connections): once the test function returned, the cyclic garbage collector destroyed the
    window whenever it ran - also in the middle of the window's own LanguageChange, delivered by
    pytest-qt's processEvents after the test (RuntimeError "already deleted", then a segmentation
    fault). And the deleteLater of pytest-qt's teardown is never delivered by processEvents, so a
    closed window lived on into the next test's language switch.
    """
    from pytestqt.qtbot import QtBot

    kept: list = []
    add_widget = QtBot.addWidget

    def add_and_keep(bot, widget, **options):
        kept.append(widget)
        add_widget(bot, widget, **options)

    monkeypatch.setattr(QtBot, "addWidget", add_and_keep)
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    from tests import ui_support

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # pytest-qt closed them, then deleteLater
    kept.clear()
    gc.collect()  # any other widget left in a cycle goes now, not inside some later event handler
    if ui_support._switcher is not None and ui_support._switcher.current != "en":
        ui_support._switcher.apply("en")
