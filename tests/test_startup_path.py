"""What start-up must not load before the first paint, what it must already show, and what follows.

Before the window first paints over a journal at HEAD: no alembic, SQLAlchemy or SQLModel (Today
is read with sqlite3), no matplotlib or PDF exporter, no page but Today (and only its page frame), no
QtNetwork, no logging.handlers, no socket module (the quit signals wake the loop through a pipe), not the
journal's event classes (only its bus), and not the command line's parser; the journal's health check started before PySide6 loads. After it, the ORM loads on a thread of its own, and quitting while it loads ends
cleanly (50 launches); matplotlib and numpy (~65 MB) stay out of an idle window until asked for. The
benchmark (bench/, `make bench`) measures start-up; these tests keep its causes fixed.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys

from datetime import date


from thabat.app.journal import Journal
from thabat.app.services import rejections
from thabat.app.views.applications import RejectionInput
from thabat.storage import migrate

_PROBE = """
import sys

from thabat.ui.launcher import main
status = main(["--data-dir", sys.argv[1], "--lang", "en"])
print("loaded", *sorted(m for m in ("alembic", "matplotlib", "thabat.app.export.pdf") if m in sys.modules))
sys.exit(status)
"""


def test_the_head_constant_is_alembics_head():
    assert migrate.HEAD == migrate.head_revision()


def test_start_up_over_a_journal_at_head_loads_neither_alembic_nor_matplotlib_nor_the_pdf_exporter(tmp_path):
    folder = tmp_path / "journal"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", THABAT_QUIT_AFTER_START="1")
    runs = [subprocess.run([sys.executable, "-c", _PROBE, str(folder)], env=env, capture_output=True, text=True,
                           timeout=120) for _ in range(2)]  # the first creates the journal, the second reopens it
    for run in runs:
        assert run.returncode == 0, run.stderr
        assert "smoke test: painted=True" in run.stdout
    assert runs[1].stdout.strip().splitlines()[-1] == "loaded"


_FIRST_PAINT_PROBE = """
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QScrollArea

from thabat.ui import application

WATCH = ("alembic", "sqlalchemy", "sqlmodel", "matplotlib", "thabat.app.export.pdf", "thabat.ui.journal_page",
         "thabat.ui.charts_page", "thabat.ui.reflection_page", "thabat.ui.today_page", "PySide6.QtNetwork", "logging.handlers", "snowballstemmer",
         "thabat.app.cli", "socket", "thabat.app.events", "thabat.ui.tray", "thabat.ui.check_in_reminder",
         "thabat.ui.crash_dialog", "dataclasses")
smoke_test = application._smoke_test


def at_first_paint(window):
    import gc

    print("at first paint:", *sorted(m for m in WATCH if m in sys.modules), flush=True)
    print("collecting at the paint:", gc.isenabled(), flush=True)
    print("pages built:", *window.pages.built(), flush=True)
    print("page frames:", window.stack.count(), len(window.stack.findChildren(QScrollArea)), flush=True)
    print("shows:", window.current_page().findChildren(QLabel)[-1].text(), flush=True)

    def when_built():  # Today is built right after the first paint, then reads on its thread
        if "today" not in window.pages.built():
            QTimer.singleShot(0, when_built)
            return
        today = window.pages.built()["today"]
        print("today loading:", today.is_loading, today.reading_line.isVisible(), today.cards.isVisible(), flush=True)
        when_read(today)

    def when_read(today):
        if today.is_loading:
            QTimer.singleShot(5, lambda: when_read(today))
            return
        import gc

        print("read without the ORM:", "sqlalchemy" not in sys.modules, flush=True)
        print("collecting after the paint and the read:", gc.isenabled(), "start-up frozen:",
              gc.get_freeze_count() > 10000, flush=True)  # tens of thousands
        print("due:", today.due_list.count(), today.cards.isVisible(), today.reading_line.isVisible(), flush=True)
        when_framed()

    def when_framed():  # the other pages' frames follow the paint, one a turn
        if window.stack.count() < len(window.pages):
            QTimer.singleShot(5, when_framed)
            return
        print("frames in order:", [window.stack.widget(i) for i in range(len(window.pages))] == [
            window.area(key) for key in window.pages], flush=True)
        print("notifier:", window.notifier is not None and window.notifier.timer.isActive(), flush=True)
        smoke_test(window)

    QTimer.singleShot(0, when_built)


application._smoke_test = at_first_paint
from thabat.ui.launcher import main
sys.exit(main(["--data-dir", sys.argv[1], "--lang", "en"]))
"""


def test_the_first_paint_comes_before_todays_data_which_is_read_on_a_thread_without_the_orm(tmp_path):
    folder = tmp_path / "journal"
    journal = Journal.open(folder)
    with journal.session() as session:
        rejections.log_rejection(session, RejectionInput("Careem", "Analyst", date(2026, 11, 20), "interview",
                                                         round=1), date(2026, 11, 20))
    journal.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", THABAT_QUIT_AFTER_START="1")
    run = subprocess.run([sys.executable, "-c", _FIRST_PAINT_PROBE, str(folder)], env=env, capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert "at first paint:" in lines  # nothing watched was loaded
    # Automatic collection is held from the launcher to the paint, then on again, the start-up's objects
    # frozen out of later collections (app/runtime/background_load.py).
    assert "collecting at the paint: False" in lines
    assert "collecting after the paint and the read: True start-up frozen: True" in lines
    assert "pages built:" in lines  # not even Today: its heading and a line saying it is being read
    assert "shows: Reading your journal…" in lines
    assert "today loading: True True False" in lines  # painted before Today's data was read, saying so
    assert "read without the ORM: True" in lines
    assert "due: 1 True False" in lines  # the reply reminder, read on a thread before the ORM loaded
    # Only Today's page frame (a scroll area, styled under the style sheet as it goes into the stack) is in
    # the first paint; the other six are made after it, in the navigation's order.
    assert "page frames: 1 1" in lines
    assert "frames in order: True" in lines
    assert "notifier: True" in lines  # the tray's notifications start after the paint (not in WATCH before)


_HEALTH_CHECK_PROBE = """
import sys

from thabat.app import journal

original = journal.OpeningJournal.__init__


def opening(self, folder):
    print("health check starts; PySide6 loaded:", "PySide6.QtCore" in sys.modules, flush=True)
    original(self, folder)
    print("checking on a thread:", self._check is not None, flush=True)


journal.OpeningJournal.__init__ = opening
from thabat.ui.launcher import main
sys.exit(main(["--data-dir", sys.argv[1], "--lang", "en"]))
"""


def test_the_journals_health_check_starts_before_pyside6_loads_and_once(tmp_path):
    """The quick_check (~15 ms on five years) runs on its thread while PySide6 and the window load (sqlite3
    lets go of the GIL), so the window no longer waits for it; its answer is still taken before any window
    (test_recovery.py: a damaged journal gets the restore offer, not the window)."""
    folder = tmp_path / "journal"
    Journal.open(folder).close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", THABAT_QUIT_AFTER_START="1")
    run = subprocess.run([sys.executable, "-c", _HEALTH_CHECK_PROBE, str(folder)], env=env, capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert [line for line in lines if line.startswith(("health check", "checking"))] == [
        "health check starts; PySide6 loaded: False", "checking on a thread: True"]
    assert "smoke test: painted=True" in run.stdout


def test_after_the_first_paint_the_app_listens_backs_up_and_loads_the_orm_but_not_matplotlib_until_asked(qtbot, isolated_data):
    from sqlalchemy import text

    from thabat.app.usecases.backups import list_backups
    from thabat.ui import application
    from thabat.ui.background_loading import POLL_MS
    from thabat.ui.single_instance import SingleInstance

    Journal.open(isolated_data).close()
    journal = Journal.open_for_start(isolated_data)
    instance = SingleInstance(isolated_data)
    assert not journal.engine_ready
    try:
        assert instance.acquire(listen=False) and instance.server is None
        loading = application._after_first_paint(journal, isolated_data, instance)
        assert not loading.started and gc.isenabled()  # the first key after the paint has the processor to itself
        qtbot.waitUntil(lambda: loading.started, timeout=application.LOAD_GRACE_MS + 5_000)
        assert not gc.isenabled()  # collection waits for the GUI thread while the ORM loads (app/runtime/background_load.py)
        with qtbot.waitSignal(loading.orm_ready, timeout=60_000):
            pass  # the event loop turns meanwhile: the load is on its own thread
        assert journal.engine_ready and "sqlmodel" in sys.modules
        with qtbot.waitSignal(loading.interface_ready, timeout=60_000):
            pass
        assert "thabat.ui.journal_page" in sys.modules and gc.isenabled()
        qtbot.wait(3 * POLL_MS)
        assert not loading._timer.isActive()  # start-up's loads end here: matplotlib waits for Charts to be near
        assert not loading.charts_prepared
        loading.prepare_charts()
        with qtbot.waitSignal(loading.charts_ready, timeout=60_000):
            pass
        assert "matplotlib.figure" in sys.modules and gc.isenabled()
        assert instance.server is not None and instance.server.isListening()
        assert [backup.kind for backup in list_backups(isolated_data)] == ["daily"]
        with journal.session() as session:
            assert session.exec(text("SELECT count(*) FROM application")).one() == (0,)
    finally:
        instance.release()
        journal.close()


_IDLE_PROBE = """
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from thabat.ui import application

original = application._after_first_paint
HEAVY = ("matplotlib", "numpy", "PIL", "thabat.app.charts.build", "thabat.app.export.pdf", "alembic", "snowballstemmer")


def after_first_paint(journal, *args):
    loading = original(journal, *args)
    loading.start()  # at once: the test need not wait for the grace the app gives the first key

    def idle():
        QTimer.singleShot(200, lambda: (print("idle:", loading._timer.isActive(), *sorted(
            m for m in sys.modules if m.split(".")[0] in HEAVY or m in HEAVY), flush=True), QApplication.quit()))

    loading.interface_ready.connect(idle)
    return loading


application._after_first_paint = after_first_paint
from thabat.ui.launcher import main
sys.exit(main(["--data-dir", sys.argv[1], "--lang", "en"]))
"""


def test_an_idle_window_has_not_loaded_matplotlib_numpy_the_pdf_exporter_or_the_stemmers(tmp_path):
    """Idle after start-up (the ORM and the interface's modules loaded, the pages built ahead): about 139 MB on
    the five-year demo journal, 189 MB once matplotlib and numpy are prepared (bench: "memory: idle").
    Snowball's stemmers (all 37 languages, 5.4 MB) wait for the first word stemmed: a save or a search."""
    folder = tmp_path / "journal"
    Journal.open(folder).close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run([sys.executable, "-c", _IDLE_PROBE, str(folder)], env=env, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    assert "idle: False" in run.stdout.splitlines(), run.stdout  # nothing left loading, nothing heavy loaded


_QUIT_WHILE_LOADING_PROBE = """
import faulthandler, gc, sys, threading
faulthandler.dump_traceback_later(100, exit=True)  # a deadlock shows where each thread stood
from thabat.ui import application

original = application._after_first_paint


def after_first_paint(journal, *args):
    loading = original(journal, *args)
    loading.start()  # at once, not after the grace the app gives the user's first key: quit mid-load
    print("loading when asked to quit:", not journal.engine_ready, flush=True)
    return loading


application._after_first_paint = after_first_paint
from thabat.ui.launcher import main
status = main(["--data-dir", sys.argv[1], "--lang", "en"])
print("threads left:", *sorted(t.name for t in threading.enumerate() if t is not threading.main_thread()))
print("collector on:", gc.isenabled(), flush=True)
sys.exit(status)
"""


def test_quitting_while_the_orm_loads_in_the_background_ends_cleanly_every_time(tmp_path):
    """The smoke test quits right after the first paint, as the ORM's load has just begun on its thread.

    That once deadlocked at exit: Python's collector, run on the loading thread, destroyed the main
    window there (app/runtime/background_load.py). 50 launches, two at a time, each must end by itself, with
    status 0, no thread left and the collector back on."""
    folders = [tmp_path / "first", tmp_path / "second"]  # one Thabat per folder (ui/single_instance.py)
    for folder in folders:
        Journal.open(folder).close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", THABAT_QUIT_AFTER_START="1")
    outcomes, still_loading = [], 0
    for _ in range(25):
        pair = [subprocess.Popen([sys.executable, "-c", _QUIT_WHILE_LOADING_PROBE, str(folder)], env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for folder in folders]
        for process in pair:
            out, err = process.communicate(timeout=120)
            outcomes.append((process.returncode, out, err))
    for status, out, err in outcomes:
        assert status == 0, err
        lines = out.splitlines()
        assert "smoke test: painted=True" in out
        assert "threads left:" in lines and "collector on: True" in lines, out
        still_loading += "loading when asked to quit: True" in lines
    assert len(outcomes) == 50
    assert still_loading >= 40  # the case under test: quitting while the load runs


_FIRST_KEY_PROBE = """
import sys

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from thabat.ui import application
from thabat.ui.window_start_up import TODAY_MODULES

# Today's (the first is also the read models the dialog does without), the tray's, the single instance's:
AFTER_PAINT_ONLY = (*TODAY_MODULES, "thabat.app.usecases.today", "thabat.app.views.today", "PySide6.QtNetwork")
SAVE_ONLY = ("thabat.app.text.markdown", "thabat.app.text.markup", "html")  # the dialog's text fields need them to save
start = application.start


class PressAfterPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print("the dialog's modules at the paint:", "thabat.ui.rejection_dialog" in sys.modules, flush=True)
            QTimer.singleShot(5, lambda: press(watched))  # a key a moment after the window appears
        return False


def press(window):
    def in_dialog():
        dialog = QApplication.activeModalWidget()
        print("dialog:", dialog.windowTitle() if dialog else None, flush=True)
        print("after paint ran:", window.background_loading is not None, flush=True)
        print("loaded:", *sorted(m for m in (*AFTER_PAINT_ONLY, *SAVE_ONLY) if m in sys.modules), flush=True)
        if dialog is not None:
            dialog.reject()

    QTimer.singleShot(0, in_dialog)
    print("the dialog's modules at the key:", "thabat.ui.rejection_dialog" in sys.modules, flush=True)
    QTest.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # returns when the dialog is closed
    QTimer.singleShot(0, QApplication.quit)  # after `in_dialog`, whether a dialog opened or not


def started(*args, **options):
    window = start(*args, **options)
    filter = PressAfterPaint(window)
    window.installEventFilter(filter)
    return window


application.start = started
from thabat.ui.launcher import main
sys.exit(main(["--data-dir", sys.argv[1], "--lang", "en"]))
"""


def test_a_ctrl_r_as_the_window_appears_is_answered_before_what_follows_the_paint_and_its_modules(tmp_path):
    """Ready (issue 16): a key pressed as the window first paints opens Log a rejection before Today's turns,
    the listening and the loads begin (`application.AFTER_PAINT_MS`), so none of their modules is loaded
    yet, and the dialog itself does without the read models (loaded with its first save)."""
    from thabat.app.runtime.paths import settings_path

    folder = tmp_path / "journal"
    Journal.open(folder).close()
    settings_path(folder).write_text("[General]\nwelcomed=1\n", encoding="utf-8")  # a returning user: no welcome
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run([sys.executable, "-c", _FIRST_KEY_PROBE, str(folder)], env=env, capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert "dialog: Log a rejection" in lines, run.stdout
    assert "after paint ran: False" in lines
    # Its modules are imported in the turn after the paint, before the key: they are not its wait.
    assert "the dialog's modules at the paint: False" in lines
    assert "the dialog's modules at the key: True" in lines
    assert "loaded:" in lines  # not Today's modules (nor the read models), QtNetwork, markdown or html
