"""Start the GUI: the QApplication, fonts, language, the journal and the main window.

Around them, what keeps the journal safe: one instance per data folder, the log and the crash
dialog, the health check with its offer to restore, and the daily backup at start and at close.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from thabat.app.journal import Journal, JournalDamaged, JournalUnavailable, OpeningJournal
from thabat.app.preferences import Preferences
from thabat.app.runtime.background_load import release_start_up_hold
from thabat.app.runtime.disk_errors import DiskProblem, disk_problem, problem_kind
from thabat.app.runtime.library_fixes import stop_keeping_module_sources
from thabat.app.runtime.logs import logger, setup_logging
from thabat.app.runtime.memory import one_heap_for_all_threads
from thabat.ui.app_icon import app_icon
from thabat.ui.background_loading import BackgroundLoading
from thabat.ui.context import AppContext
from thabat.ui.fonts import register_fonts, wait_for_font_config
from thabat.ui.i18n import LanguageSwitcher, resolve
from thabat.ui.quit_signals import QuitOnSignals
from thabat.ui.single_instance import SingleInstance
from thabat.ui.theme import FUSION_ARGUMENTS, FUSION_GIVEN, apply_theme
from thabat.ui.error_text import error_text


LOAD_GRACE_MS = 500
"""Once what follows the first paint begins (`AFTER_PAINT_MS`), the heavy loads (the ORM, then matplotlib)
and the daily backup wait this long: the user's first key or click gets the whole processor (a loading
thread takes the GIL from the GUI thread every few milliseconds). Anything that needs the ORM sooner starts its load at once."""

AFTER_PAINT_MS = 150
"""After the first paint, what follows it (Today built in turns, listening for other launches, the loads'
grace) waits this long: a key pressed as the window appears is answered with the whole processor, not
after Today's first steps (~35 ms of CPU). Shorter than a person takes to press a key after seeing the
window, so Today's content is no later than anything they could ask for; meanwhile Today says it is
reading."""

START_UP_HOLD_MAX_MS = 2000
"""Collection, held by the launcher until the turn after the first paint, is let go this long after the
window is shown if it has not painted by then (a window shown minimized paints when restored)."""

SMOKE_TEST_ENV = "THABAT_QUIT_AFTER_START"
"""Set to 1 to start, paint the main window once, report and quit: how packaging checks a build."""


def _has_display() -> bool:
    if sys.platform.startswith("linux"):
        platform = os.environ.get("QT_QPA_PLATFORM", "")
        return bool(platform) or bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def create_application(argv: list[str] | None = None) -> QApplication:
    if QApplication.instance() is None:  # before Qt's threads and the app's loads start
        one_heap_for_all_threads()  # app/runtime/memory.py
        stop_keeping_module_sources()  # app/runtime/library_fixes.py
    app = QApplication.instance()
    if app is None:
        wait_for_font_config()  # read on its thread while the modules imported (ui/fonts.py)
        app = QApplication([*(argv or [sys.argv[0]]), *FUSION_ARGUMENTS])
        app.setProperty(FUSION_GIVEN, True)
    app.setApplicationName("Thabat")
    app.setOrganizationName("Thabat")
    app.setApplicationDisplayName("Thabat")
    QGuiApplication.setDesktopFileName("thabat")
    app.setWindowIcon(app_icon())
    register_fonts(app)
    return app


def run(folder: Path, lang: str | None, opening: OpeningJournal | None = None) -> int:
    """Show the main window over the journal in `folder`; returns the exit status. `opening`: the journal's
    health check, already started (ui/launcher.py starts it before PySide6 loads)."""
    if not _has_display():
        print("thabat: no display found; set DISPLAY or use QT_QPA_PLATFORM=offscreen, "
              "or use a command (thabat --help).", file=sys.stderr)
        return 2
    app = create_application()
    try:
        instance = SingleInstance(folder)
        acquired = instance.acquire(listen=False)  # listens once the window is painted (see start)
    except (DiskProblem, OSError) as error:  # a read-only folder or a full disk: not "another Thabat"
        problem = error if isinstance(error, DiskProblem) else disk_problem(error, folder) or error
        print("thabat: " + error_text(problem), file=sys.stderr)
        _cannot_open(app, problem)
        return 2
    if not acquired:
        if instance.ask_running_to_raise():
            print(f"thabat: already running on {folder}; brought its window to the front.")
            return 0
        print(f"thabat: another Thabat holds {folder} but does not answer; close it and try again.",
              file=sys.stderr)
        return 2
    try:
        smoke_test = os.environ.get(SMOKE_TEST_ENV) == "1"
        window = start(app, folder, lang, instance, at_first_paint=_smoke_test if smoke_test else None,
                       opening=opening)
        if window is None:
            return 2
        signals = QuitOnSignals(lambda: _quit_politely(app, window))
        try:
            status = app.exec()
        finally:
            signals.uninstall()
        shut_down(window.context, window.background_loading)
        return status
    finally:
        instance.release()


def _quit_politely(app: QApplication, window: QMainWindow) -> None:
    """A signal asked the app to end: the way closing the window does (it stores what is typed), even
    from inside a modal dialog, whose own loop ends too."""
    window.close()
    app.quit()


def start(app: QApplication, folder: Path, lang: str | None, instance: SingleInstance | None = None,
          at_first_paint: Callable[[QMainWindow], None] | None = None, opening: OpeningJournal | None = None):
    """Everything up to a shown main window; None when the journal cannot be opened. `opening`: the health
    check started earlier (else it starts here); its answer is taken before the window is made.

    When the window paints for the first time, `at_first_paint(window)` runs right then (it must be
    quick: the smoke test's mark), and the work that can wait follows (`_after_first_paint`).
    """
    from thabat.ui.crash_handling import install_crash_handling

    try:
        log_file = setup_logging(folder)
    except OSError:  # a full disk or a read-only folder: the journal's own message follows
        log_file = None
    install_crash_handling(log_file)
    if opening is None:
        opening = OpeningJournal(folder)  # the file's health check runs meanwhile, in a thread
    preferences = Preferences(folder)
    switcher = LanguageSwitcher(app)
    switcher.apply(resolve(lang or preferences.get("language")), preferences.get("digits"))
    apply_theme(app, preferences.get("theme"))

    from thabat.ui import window_dialogs
    from thabat.ui.main_window import MainWindow
    from thabat.ui.window_start_up import TURN_MS

    journal = open_journal(app, folder, opening)
    if journal is None:
        return None

    context = AppContext(journal, preferences, folder, lang=switcher.current)
    window = MainWindow(context, switcher, today_after_paint=True)  # Today is built and read after the paint
    if instance is not None:
        instance.raise_requested.connect(window.bring_to_front)
    first_start = preferences.fresh and not preferences.get("welcomed")

    def after_first_paint() -> None:
        window.build_today()
        window.start_notifier()
        QTimer.singleShot(TURN_MS, window, window.make_frames)  # the other pages' frames, one a turn between Today's steps
        window.background_loading = _after_first_paint(journal, folder, instance, window, first_start)
        window.background_loading.prepare_charts_when_near(window.navigation, list(window.pages).index("charts"))
        window.background_loading.interface_ready.connect(window.build_pages_ahead)  # idle: the pages, a step a turn

    def first_turn() -> None:  # right after the paint, before what follows it
        release_start_up_hold()  # collection back on (ui/launcher.py held it)
        window_dialogs.import_log_rejection()  # the first key's likeliest answer

    window.background_loading = None  # set at the first paint; `shut_down` takes back what it still loads
    AfterFirstPaint(window, at_first_paint, after_first_paint, first_turn)
    QTimer.singleShot(START_UP_HOLD_MAX_MS, release_start_up_hold)  # a window shown minimized does not paint
    window.show()
    return window


class AfterFirstPaint(QObject):
    """At the window's first paint: `now(window)` at once, `first_turn()` in the next event-loop turn, then
    `later()` `delay_ms` after (with a `now`, the smoke test's mark, at the next turn too: it quits at once
    and checks what follows the paint)."""

    def __init__(self, window: QWidget, now: Callable[[QWidget], None] | None, later: Callable[[], None],
                 first_turn: Callable[[], None] | None = None, delay_ms: int = AFTER_PAINT_MS) -> None:
        super().__init__(window)
        self._now, self._later, self._first_turn, self._delay_ms = now, later, first_turn, delay_ms
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            if self._first_turn is not None:
                QTimer.singleShot(0, self, self._first_turn)
            # Queued before `now` runs, so a smoke test quitting at once quits while loading; with this object
            # (the window's child) as context, so a window closed and deleted meanwhile is not built on.
            QTimer.singleShot(self._delay_ms if self._now is None else 0, self, self._later)
            if self._now is not None:
                self._now(watched)
        return False


def _after_first_paint(journal: Journal, folder: Path, instance: SingleInstance | None,
                       window: QWidget | None = None, first_start: bool = False) -> BackgroundLoading:
    """What can wait until the window is on screen: the welcome on a fresh data folder, hearing other
    launches, then, `LOAD_GRACE_MS` later, the daily backup and loading the ORM on a thread of its own,
    so the window answers meanwhile (matplotlib waits until the Charts page is near: `BackgroundLoading`).

    The load's thread is joined on the GUI thread, before the window is let go at exit
    (`shut_down`): app/runtime/background_load.py says why that order matters.
    """
    from thabat.app.runtime.library_fixes import keep_none_alive

    keep_none_alive()  # before long painting (the first paint is a few hundred calls of the 40,000 it can take)
    if first_start and window is not None:
        from thabat.ui.welcome_dialog import offer_welcome

        offer_welcome(window)
    if instance is not None and instance.server is None:
        instance.listen()
    loading = BackgroundLoading(journal, window)

    def settled() -> None:
        if loading.ended:  # the app is quitting
            return
        failure = _daily_backup(folder)
        if failure is not None and window is not None:
            _tell_backup_failed(window, failure)
        loading.start()  # last: the backup would otherwise share the GIL with the loading thread

    QTimer.singleShot(LOAD_GRACE_MS, loading, settled)
    return loading


def open_journal(app: QApplication, folder: Path, opening: OpeningJournal | None = None) -> Journal | None:
    """The journal, after a restore if it was damaged and the user accepted; None otherwise.

    A healthy journal at the newest schema is checked with sqlite3 alone; the ORM loads after the
    first paint (see `Journal.open_for_start`).
    """
    try:
        return (opening or OpeningJournal(folder)).result()
    except JournalDamaged as damaged:
        from thabat.ui.recovery_dialog import recover_damaged_journal

        logger.error("Damaged journal at start-up: %s", damaged)
        try:
            return recover_damaged_journal(folder)
        except (JournalUnavailable, OSError) as error:
            _cannot_open(app, disk_problem(error, folder) or error)
            return None
    except (JournalUnavailable, OSError) as error:
        _cannot_open(app, disk_problem(error, folder) or error)
        return None


def _cannot_open(app: QApplication, error: Exception) -> None:
    from PySide6.QtWidgets import QMessageBox  # only on this path: wrapping QMessageBox costs ~6 ms

    box = QMessageBox(QMessageBox.Icon.Critical, app.translate("Startup", "Thabat cannot open your journal"), error_text(error))
    box.setTextFormat(Qt.TextFormat.PlainText)  # the message quotes the folder's name
    box.exec()


def shut_down(context: AppContext, loading: BackgroundLoading | None = None) -> None:
    """After the event loop: loads under way are waited for here, on the GUI thread, while the window
    is still held (app/runtime/background_load.py), then the journal closes and the daily backup runs."""
    if loading is not None:
        loading.finish()
    context.stop_long_work()  # a job still running: stopped at its next step, nothing half-written
    context.journal.close()
    _daily_backup(context.folder)  # the app may have run past midnight


def _daily_backup(folder: Path) -> str | None:
    """The daily backup; the reason when it failed (a full disk must not stop the app), None otherwise."""
    from thabat.app.usecases.backups import automatic_backup
    from thabat.app.errors import UserError

    try:
        made = automatic_backup(folder)
    except UserError as error:  # no copy was kept; the next start tries again
        logger.error("Daily backup failed: %s", error, exc_info=error.__cause__)
        return error_text(error)
    except Exception as error:  # a full disk must not stop the app at start or close; the log says why
        kind = problem_kind(error)
        if kind is None and not isinstance(error, OSError):
            raise
        logger.warning("Daily backup failed (%s)", kind or type(error).__name__)
        problem = disk_problem(error, folder)
        return error_text(problem or error)
    if made is not None:
        logger.info("Daily backup written to %s", made)
    return None


def _tell_backup_failed(window: QWidget, reason: str) -> None:
    """A window-modal warning that does not block start-up: the user should know no copy was made today."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Startup", "Today's backup failed"),
                      reason, QMessageBox.StandardButton.Ok, window)
    box.setObjectName("backup-failed")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


FIRST_PAINT_LINE = "thabat: first paint"
"""Printed by the smoke test as the window first paints: what `make bench` times start-up to."""


def _smoke_test(window: QMainWindow) -> None:
    print(FIRST_PAINT_LINE, flush=True)
    QTimer.singleShot(0, lambda: _report_and_quit(QApplication.instance(), window, window.context.lang))


def _report_and_quit(app: QApplication, window: QMainWindow, lang: str) -> None:
    """Smoke test: paint the window, say which language is showing, quit (status 3 if it is broken)."""
    painted = not window.grab().isNull()
    source = "Job search journal — Thabat"
    translated = lang == "en" or QCoreApplication.translate("MainWindow", source) != source
    print(f"thabat: smoke test: painted={painted} language={lang} translated={translated} "
          f"title={window.windowTitle()}", flush=True)
    app.exit(0 if painted and translated else 3)
