"""One session in one process: start-up, the dialogs, every page's first open; prints one JSON line.

Run by bench/session.py as `python bench/session_probe.py FOLDER`. A 10 ms timer ticks throughout;
the longest gap between two ticks is how long the event loop was blocked (a user's click or key
waits that long). Measured:
- start-up: from the first paint until the background loads (the ORM, the interface's modules) and
  the pages built ahead while idle have ended;
- matplotlib's preparation, as when the pointer rests on Charts in the navigation;
- each dialog opened on the idle window (the prepared one, as the app opens it), against an empty QDialog
  opened the same way, in wall time and GUI-thread CPU;
- each page's first open: the time to its first paint and the longest gap around it;
- resident memory once idle after start-up, once the charts are prepared, and after every page.
"""

from __future__ import annotations

import json
import os
import sys
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

TICK_MS = 10
SETTLE_MS = 300  # after an activity: long enough for anything it queued to run


class Ticks(QObject):
    """Records the longest interval between two ticks of a 10 ms timer since the last `reset`."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.reset()

    def start(self) -> None:
        self.reset()
        self.timer.start()

    def reset(self) -> None:
        self.last = self.since = time.perf_counter()
        self.longest = 0.0
        self.long_gaps: list[tuple[float, float]] = []  # (ms after reset when it ended, ms long) over 50 ms

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = now - self.last
        self.longest = max(self.longest, gap)
        if gap > 0.05:
            self.long_gaps.append((round((now - self.since) * 1000), round(gap * 1000)))
        self.last = now


class Painted(QObject):
    """`when` = perf_counter() (`cpu` = thread_time()) at the watched widget's first paint."""

    def __init__(self, widget) -> None:
        super().__init__()
        self.when: float | None = None
        self.cpu = 0.0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and self.when is None:
            self.when, self.cpu = time.perf_counter(), time.thread_time()
            watched.removeEventFilter(self)
        return False


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def wait(app: QApplication, until, timeout_s: float = 60.0) -> None:
    """Turn the event loop (the ticks keep recording) until `until()` is true."""
    deadline = time.perf_counter() + timeout_s
    while not until():
        if time.perf_counter() > deadline:
            raise TimeoutError("the probe waited too long")
        app.processEvents()
        time.sleep(0.001)


def settle(app: QApplication, ms: int = SETTLE_MS) -> None:
    end = time.perf_counter() + ms / 1000
    wait(app, lambda: time.perf_counter() >= end)


def open_dialog_ms(app: QApplication, make) -> tuple[float, float]:
    """Milliseconds from asking for a dialog to its first paint, in wall time and in the GUI thread's CPU
    time (what the machine's load inflates less); the dialog is closed after."""
    started, started_cpu = time.perf_counter(), time.thread_time()
    dialog = make()
    painted = Painted(dialog)
    dialog.show()
    wait(app, lambda: painted.when is not None)
    ms, cpu_ms = (painted.when - started) * 1000, (painted.cpu - started_cpu) * 1000
    dialog.hide()
    dialog.deleteLater()
    # The app's event loop deletes a closed dialog when it is back from it (ui/modal.deleted_after_use); this
    # probe never runs exec(), whose deferred deletes would otherwise wait for ever: the dialogs had stayed,
    # and "memory: after visiting every page" counted them (~4 MB).
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    settle(app, 50)
    return ms, cpu_ms


def _interview(journal):
    """The journal's latest interview, as Today's Coming up lists one to debrief; None in a journal without one."""
    from datetime import date

    from thabat.app.services.coming_up import ComingUpItem

    with journal.reader() as db:
        row = db.execute("SELECT s.id, s.application_id, a.company, a.role, s.occurred_on, s.round FROM stage_event s "
                         "JOIN application a ON a.id = s.application_id WHERE s.stage = 'interview' "
                         "ORDER BY s.id DESC LIMIT 1").fetchone()
    if row is None:
        return None
    stage_id, application_id, company, role, on, round_ = row
    return ComingUpItem("debrief", application_id, company, role, date.fromisoformat(str(on)[:10]), stage_id,
                        "interview", round_, "onsite")


def end_on_error(kind, error, trace) -> None:
    """An error ends the probe with its trace on stderr: the app's own hook would show a modal crash dialog,
    which nobody closes in a benchmark, and the run would wait for ever."""
    traceback.print_exception(kind, error, trace)
    sys.stderr.flush()
    os._exit(1)


def main() -> int:
    folder = Path(sys.argv[1])
    from thabat.ui import application

    app = application.create_application()
    ticks = Ticks()
    results: dict[str, object] = {}
    window = application.start(app, folder, "en", at_first_paint=lambda _window: ticks.start())
    sys.excepthook = end_on_error
    # Start-up: from the first paint until the ORM and the chart modules have loaded off the GUI thread.
    wait(app, lambda: ticks.timer.isActive())
    painted_at = time.perf_counter()
    wait(app, lambda: window.background_loading is not None)
    loading = window.background_loading
    wait(app, lambda: loading.started)  # the loads begin a moment after the paint (ui/application.LOAD_GRACE_MS)
    orm_ready, interface_ready, charts_ready = [], [], []
    rss_at_orm_ready: list[float] = []
    loading.orm_ready.connect(lambda: orm_ready.append(time.perf_counter()) or rss_at_orm_ready.append(rss_mb()))
    loading.interface_ready.connect(lambda: interface_ready.append(time.perf_counter()))
    loading.charts_ready.connect(lambda: charts_ready.append(time.perf_counter()))
    wait(app, lambda: bool(interface_ready) or not loading._timer.isActive())
    settle(app, 50)
    wait(app, lambda: not getattr(window, "building_ahead", False))  # then the pages, built while idle
    results["pages_ahead_after_paint_s"] = time.perf_counter() - painted_at
    settle(app)
    results["startup_gap_ms"] = ticks.longest * 1000
    results["startup_long_gaps"] = ticks.long_gaps
    results["orm_ready_after_paint_s"] = (orm_ready[0] - painted_at) if orm_ready else 0.0
    results["interface_ready_after_paint_s"] = (interface_ready[0] - painted_at) if interface_ready else 0.0
    results["idle_rss_mb"] = rss_mb()
    results["orm_ready_rss_mb"] = rss_at_orm_ready[0] if rss_at_orm_ready else 0.0
    # The pointer rests on Charts in the navigation: matplotlib loads on its thread (ui/background_loading.py).
    ticks.reset()
    asked = time.perf_counter()
    loading.prepare_charts()
    wait(app, lambda: bool(charts_ready))
    settle(app)
    results["charts_prepared_s"] = charts_ready[0] - asked
    results["charts_prepared_gap_ms"] = ticks.longest * 1000
    results["charts_prepared_rss_mb"] = rss_mb()

    # Dialogs on the idle window, as the window and its pages open them (the ones prepared while idle,
    # ui/dialogs_ahead.py), against an empty QDialog opened the same way; each once. Then Log a rejection
    # made on open, as when it is asked for before its prepared copy exists.
    from thabat.ui import dialogs_ahead
    from thabat.ui.rejection_dialog import RejectionDialog

    context = window.context
    interview = _interview(context.journal)
    dialogs = {"empty QDialog": lambda: QDialog(window),
               "Log a rejection": lambda: dialogs_ahead.rejection_dialog(context, window),
               "Add an application": lambda: dialogs_ahead.application_dialog(context, window)}
    if interview is not None:  # both need an application with an interview (the demo journal has many)
        dialogs["Record a stage"] = lambda: dialogs_ahead.stage_dialog(context, interview.application_id, window)
        dialogs["Debrief"] = lambda: dialogs_ahead.debrief_dialog(context, interview, window)
    dialogs["About"] = lambda: dialogs_ahead.about_dialog(context, window)
    dialogs["Log a rejection, made on open"] = lambda: RejectionDialog(context, parent=window)
    results["dialogs_prepared"] = sorted(context.dialogs_ahead.prepared) if context.dialogs_ahead else []
    results["dialogs_ms"], results["dialogs_cpu_ms"], results["dialog_gaps_ms"] = {}, {}, {}
    for name, make in dialogs.items():
        ticks.reset()
        results["dialogs_ms"][name], results["dialogs_cpu_ms"][name] = open_dialog_ms(app, make)
        results["dialog_gaps_ms"][name] = ticks.longest * 1000

    # Every page's first open (a page built ahead while idle has never been shown: its first open is measured too).
    results["pages_ms"], results["page_gaps_ms"] = {}, {}
    for key in list(window.pages):
        built = window.pages.built().get(key)
        if built is not None and not built._stale:  # shown already (Today); a page built ahead is opened
            continue
        settle(app, 100)
        ticks.reset()
        started = time.perf_counter()
        page = window.show_page(key)
        painted = Painted(page)
        wait(app, lambda: painted.when is not None)
        results["pages_ms"][key] = (painted.when - started) * 1000
        wait(app, lambda: not getattr(page, "loading", False))  # a page reading off the GUI thread: filled
        results.setdefault("pages_filled_ms", {})[key] = (time.perf_counter() - started) * 1000
        settle(app)
        results["page_gaps_ms"][key] = ticks.longest * 1000
    results["pages_rss_mb"] = rss_mb()
    print("session " + json.dumps(results), flush=True)
    window.close()
    application.shut_down(window.context, window.background_loading)
    return 0


if __name__ == "__main__":
    sys.exit(main())
