"""The ORM loads off the GUI thread after start-up; the window answers meanwhile (issue 16).

The loads are joined on the GUI thread and Python's collector stays off while one runs
(app/runtime/background_load.py says why: a widget collected on the loading thread deadlocked the exit).
The exit while loading is run 50 times in tests/test_startup_path.py.
"""

from __future__ import annotations

import gc
import os
import sys
import threading

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox

from thabat.app.journal import Journal
import thabat.app.journal as journal_module
from thabat.app.runtime.background_load import BackgroundLoad
from thabat.app.services.applications import add_application, list_applications
from thabat.app.views.applications import ApplicationInput
from tests.conftest import TODAY
from tests.ui_support import make_context

from thabat.ui.rejection_dialog import RejectionDialog


def test_a_load_keeps_the_collector_off_until_its_owner_takes_it_back():
    release = threading.Event()
    assert gc.isenabled()
    load = BackgroundLoad(lambda: release.wait(30) and "engine", "test-load").start()
    assert not gc.isenabled() and not load.done
    release.set()
    assert load.finish() == "engine"
    assert load.done and gc.isenabled()
    assert load.finish() == "engine" and gc.isenabled()  # taking it back twice changes nothing


def test_a_failed_load_raises_where_it_is_taken_back_and_the_collector_returns():
    def broken():
        raise ImportError("no such module")

    load = BackgroundLoad(broken, "test-load").start()
    with pytest.raises(ImportError, match="no such module"):
        load.finish()
    assert gc.isenabled()


def test_two_loads_at_once_give_the_collector_back_when_both_are_taken_back():
    first, second = threading.Event(), threading.Event()
    a = BackgroundLoad(first.wait, "a").start()
    b = BackgroundLoad(second.wait, "b").start()
    first.set()
    a.finish()
    assert not gc.isenabled()
    second.set()
    b.finish()
    assert gc.isenabled()


@pytest.fixture
def loading_journal(isolated_data, monkeypatch):
    """A file journal whose engine is "still loading" until the test sets the returned event."""
    with Journal.open(isolated_data).session() as session:
        add_application(session, ApplicationInput("Careem", "Analyst", QDate(2026, 9, 1).toPython()), TODAY)
    make_engine = journal_module._file_engine
    release = threading.Event()
    safety = threading.Timer(60, release.set)  # the old code waited for the load on the GUI thread: never hang
    safety.start()

    def slow_engine(folder, also_import=()):
        release.wait()
        return make_engine(folder, also_import)

    monkeypatch.setattr(journal_module, "_file_engine", slow_engine)
    journal = Journal.open_for_start(isolated_data)
    journal.start_loading_engine()
    yield journal, release
    release.set()
    safety.cancel()
    journal.close()


def test_log_a_rejection_opens_and_saves_while_the_orm_is_still_loading(qtbot, isolated_data, loading_journal):
    journal, release = loading_journal
    dialog = RejectionDialog(make_context(journal, isolated_data, "en"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not journal.engine_ready  # opened without waiting for the ORM
    qtbot.waitUntil(lambda: dialog.names_offered)  # read with sqlite3 once on screen
    assert dialog.company.completer().model().data(dialog.company.completer().model().index(0, 0)) == "Careem"
    qtbot.keyClicks(dialog.company, "Anghami")
    qtbot.keyClicks(dialog.role, "QA Engineer")
    qtbot.keyClick(dialog.role, Qt.Key.Key_Return)
    # Saving needs the ORM: it waits, visibly, and the event loop keeps turning.
    assert dialog.isVisible() and dialog.saved is None
    assert not dialog.buttons.isEnabled()
    assert QGuiApplication.overrideCursor() is not None
    qtbot.keyClick(dialog.role, Qt.Key.Key_Return)  # a second Enter while waiting saves nothing twice
    release.set()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=30_000)
    qtbot.waitUntil(lambda: QGuiApplication.overrideCursor() is None)
    assert not dialog.isVisible() and gc.isenabled()
    with journal.session() as session:
        assert sorted((row.company, row.outcome) for row in list_applications(session)) == [
            ("Anghami", "rejected"), ("Careem", "pending")]


def test_closing_the_dialog_while_it_waits_gives_the_cursor_back(qtbot, isolated_data, loading_journal):
    journal, release = loading_journal
    dialog = RejectionDialog(make_context(journal, isolated_data, "en"))
    dialog.show()
    qtbot.keyClicks(dialog.company, "Anghami")
    qtbot.keyClicks(dialog.role, "QA Engineer")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert QGuiApplication.overrideCursor() is not None
    dialog.deleteLater()
    qtbot.waitUntil(lambda: QGuiApplication.overrideCursor() is None)
    release.set()
    with journal.session() as session:
        assert [row.company for row in list_applications(session)] == ["Careem"]


def test_a_page_clicked_while_the_orm_loads_is_shown_once_it_is_there(qtbot, isolated_data, loading_journal):
    from thabat.ui.main_window import MainWindow

    journal, release = loading_journal
    window = MainWindow(make_context(journal, isolated_data, "en"))
    qtbot.addWidget(window)
    window.show()
    assert window.pages.built().keys() == {"today"}  # Today is read with sqlite3
    window.navigation.setCurrentRow(list(window.pages).index("applications"))  # the click is taken at once
    assert "applications" not in window.pages.built() and not journal.engine_ready
    assert QGuiApplication.overrideCursor() is not None
    release.set()
    qtbot.waitUntil(lambda: window.current_page() is window.pages.built().get("applications"), timeout=30_000)
    assert window.pages["applications"].model.rowCount() == 1
    qtbot.waitUntil(lambda: QGuiApplication.overrideCursor() is None)


def test_the_charts_are_prepared_when_the_pointer_rests_on_charts_or_the_keyboard_is_next_to_it(qtbot, isolated_data):
    """matplotlib (~65 MB) is not loaded at start-up: only when the Charts page is near (a click or an
    arrow key away), so that it still opens at once."""
    from PySide6.QtWidgets import QListWidget

    from thabat.ui.background_loading import BackgroundLoading

    journal = Journal.open(isolated_data)
    navigation = QListWidget()
    navigation.addItems(["Today", "Applications", "Journal", "Growth", "Charts", "Contacts", "Settings"])
    qtbot.addWidget(navigation)
    loading = BackgroundLoading(journal, navigation)
    asked = []
    loading.prepare_charts = lambda: asked.append(navigation.currentRow())  # the thread itself: test_startup_path
    loading.prepare_charts_when_near(navigation, 4)
    navigation.show()
    qtbot.waitExposed(navigation)
    navigation.setCurrentRow(1)
    navigation.setCurrentRow(2)
    qtbot.mouseMove(navigation.viewport(), navigation.visualItemRect(navigation.item(1)).center())
    assert asked == []  # far from Charts
    navigation.setCurrentRow(3)  # the next arrow key opens Charts
    assert asked == [3]
    qtbot.mouseMove(navigation.viewport(), navigation.visualItemRect(navigation.item(4)).center())
    qtbot.waitUntil(lambda: len(asked) == 2)
    journal.close()


def test_charts_asked_for_twice_or_after_finish_load_once_or_not_at_all(qtbot, isolated_data, monkeypatch):
    import thabat.ui.background_loading as background_loading

    loads = []
    monkeypatch.setattr(background_loading, "_import_chart_modules", lambda: loads.append(1))
    journal = Journal.open(isolated_data)
    loading = background_loading.BackgroundLoading(journal)
    with qtbot.waitSignal(loading.charts_ready, timeout=10_000):
        loading.prepare_charts()
        loading.prepare_charts()
    loading.prepare_charts()
    qtbot.wait(3 * background_loading.POLL_MS)
    assert loads == [1] and loading.charts_prepared and not loading._timer.isActive()
    ended = background_loading.BackgroundLoading(journal)
    ended.finish()
    ended.prepare_charts()  # the app is quitting: nothing starts
    assert not ended._timer.isActive() and not ended.charts_prepared
    journal.close()


def test_charts_opened_while_matplotlib_loads_say_so_answer_and_draw_once_it_has(qtbot, isolated_data, monkeypatch,
                                                                                   tmp_path):
    """Before, a Charts page opened before its modules were loaded imported them on the GUI thread: the
    window froze for 0.6-0.9 s on the five-year demo. Now it shows its loading line and draws later."""
    from PySide6.QtWidgets import QLabel, QListWidget

    import thabat.ui.background_loading as background_loading
    from thabat.ui.charts_page import ChartsPage

    release = threading.Event()
    safety = threading.Timer(60, release.set)
    safety.start()
    monkeypatch.setattr(background_loading, "_import_chart_modules", lambda: release.wait())
    journal = Journal.open(isolated_data)
    with journal.session() as session:
        add_application(session, ApplicationInput("Careem", "Analyst", TODAY), TODAY)
    navigation = QListWidget()
    qtbot.addWidget(navigation)
    loading = background_loading.BackgroundLoading(journal, navigation)
    loading.prepare_charts_when_near(navigation, 4)
    page = ChartsPage(make_context(journal, tmp_path))
    qtbot.addWidget(page)
    try:
        page.show()
        assert page.loading and page.canvas is None  # shown at once, matplotlib still loading
        assert page.findChild(QLabel, "page-loading").isVisible() and not page.content.isVisible()
        page.reload()  # asked again meanwhile: still one draw when ready
        release.set()
        qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
        assert page.canvas is not None and page.content.isVisible()
        assert not page.findChild(QLabel, "page-loading").isVisible()
    finally:
        release.set()
        safety.cancel()
        loading.finish()
        journal.close()


def test_freed_memory_is_given_back_on_glibc_and_nothing_happens_elsewhere(monkeypatch):
    import sys

    from thabat.app.runtime import memory

    assert memory.give_back_freed_memory() == (sys.platform.startswith("linux") and memory._malloc_trim() is not None)
    memory._malloc_trim.cache_clear()
    monkeypatch.setattr(sys, "platform", "darwin")
    try:
        assert memory.give_back_freed_memory() is False
    finally:
        memory._malloc_trim.cache_clear()


_THREAD_HEAP_PROBE = """
import ctypes, sys, threading

from thabat.ui.application import create_application

if sys.argv[1] == "app":
    create_application()
libc = ctypes.CDLL("libc.so.6")
libc.malloc.restype = ctypes.c_void_p
found = []
thread = threading.Thread(target=lambda: found.append(libc.malloc(4000)))  # a thread's first allocation
thread.start()
thread.join()
with open("/proc/self/maps", encoding="ascii") as maps:
    heap = next(line.split()[0] for line in maps if line.rstrip().endswith("[heap]"))
start, end = (int(bound, 16) for bound in heap.split("-"))
print("in the main heap:", start <= found[0] < end)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's arenas")
def test_the_apps_threads_allocate_from_the_main_heap_not_arenas_of_their_own():
    """Each loading or reading thread's arena kept what its thread left (app/runtime/memory.py): ~2.5 MB
    after every page of the five-year demo. Without the app, a thread gets an arena of its own."""
    import subprocess

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    runs = {mode: subprocess.run([sys.executable, "-c", _THREAD_HEAP_PROBE, mode], env=env, capture_output=True,
                                 text=True, timeout=60) for mode in ("app", "plain")}
    for run in runs.values():
        assert run.returncode == 0, run.stderr
    assert runs["app"].stdout.split()[-1] == "True"
    assert runs["plain"].stdout.split()[-1] == "False"  # the probe can tell
