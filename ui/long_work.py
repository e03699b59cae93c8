"""The one way the app runs long work: on a thread of its own, under a window-modal progress dialog.

`LongWork.start(parent, title, work)` runs `work(job)` (a use case that opens its own session) on a
thread (app/long_work.py), and shows a progress dialog over `parent`'s window: what is happening
("Writing page 120 of 483"), a bar that fills when the job can count, and Cancel. The rest of the
window takes no input meanwhile, and a second job does not start until the first has ended. The
event loop polls the job every few milliseconds (no Qt object crosses threads); when the job ends,
on the GUI thread: the result goes to `on_done`, a cancel to `on_cancelled`, a user's or a disk's
problem is shown in one message, and a bug is raised here for the crash dialog.
"""

from __future__ import annotations

import gc
import sys
import threading
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from thabat.app.runtime.background_load import hold_collection, release_collection
from thabat.app.errors import UserError
from thabat.app.runtime.gui_turns import Turns
from thabat.app.runtime.long_work import Cancelled, Job
from thabat.app.text.progress import describe
from thabat.ui.error_text import error_text

POLL_MS = 15
"""How often the event loop looks at the job: its progress, and whether it has ended."""
YOUNG_OBJECTS = 2_000
"""Objects made since the last collection past which a poll collects the youngest generation (a millisecond or two)."""
JOB_SWITCH_INTERVAL_S = 0.001
"""Python's switch interval while a job runs (the default is 5 ms): how long the GUI thread may wait for
Python's lock, which the job's thread keeps until another thread has waited that long. The GUI thread
takes the lock several times a turn (each Python slot, the progress). Measured with schedstat during a
20,000-row CSV import, the time the GUI thread was blocked inside gaps over 30 ms went from a median of
13 ms (longest 57) to 7 ms (longest 40). The job hardly slows: the lock changes hands only when the GUI
thread asks for it."""
MIDDLE_ROUNDS = 4
"""Young collections after which a poll collects the middle generation instead: what survived those few
(a job's rows, its imports), walked while it is still a few polls' worth (2-25 ms on the five-year demo)."""


@dataclass(frozen=True)
class Outcome:
    """How a job ended: its result, or `cancelled`, or the message shown for its failure."""

    result: object = None
    cancelled: bool = False
    message: str | None = None
    thread: int | None = None
    """The thread the work ran on (never the GUI thread's)."""


class ProgressDialog(QDialog):
    """What the job is doing, a bar, and Cancel; closing it (Esc, the title bar) asks to cancel too."""

    cancel_requested = Signal()

    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("long-work-progress")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.label = QLabel(self.tr("Starting…"), textFormat=Qt.TextFormat.PlainText)
        self.label.setMinimumWidth(320)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the job can count
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        self._ended = False

    def show_step(self, text: str, done: int, total: int) -> None:
        if not self.cancel_button.isEnabled():
            return  # "Stopping…" stays until the job has stopped
        self.label.setText(text)
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: ask the job to stop; the dialog closes when it has."""
        if self._ended:
            super().reject()
            return
        if self.cancel_button.isEnabled():
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Stopping…"))
            self.cancel_requested.emit()

    def end(self) -> None:
        self._ended = True
        self.done(QDialog.DialogCode.Accepted)
        self.deleteLater()


class _JobThread(QThread):
    """`work(job)` on a QThread: unlike a plain Python thread it has an event dispatcher, which Qt's
    text layout (the PDF) needs to start its timers. Its result or exception is kept for `finish`.

    Automatic garbage collection is held off while it runs and given back only on the GUI thread
    after the join, so no Qt widget is ever collected on the job's thread (app/background_load.py).
    What the job leaves alive is then frozen, like start-up's loads (`_after_the_job`).
    """

    def __init__(self, work: Callable[[Job], object], job: Job) -> None:
        super().__init__()
        self.setObjectName("thabat-long-work")
        self._work, self._job = work, job
        self.ident: int | None = None
        self._result: object = None
        self._error: BaseException | None = None
        self._joined = False
        self._switch_interval = sys.getswitchinterval()
        self.turns = Turns()
        """Turns the job's thread gives the GUI thread at Python's lock (app/runtime/gui_turns.py says why)."""

    def begin(self) -> None:
        _before_the_job()
        hold_collection()
        sys.setswitchinterval(JOB_SWITCH_INTERVAL_S)
        self.turns.prepare()
        self.start()

    def run(self) -> None:
        self.ident = threading.get_ident()
        try:
            with self.turns.during(self._job):
                self._result = self._work(self._job)
        except BaseException as error:  # raised again on the GUI thread by finish()
            if isinstance(error, (Cancelled, UserError)):
                # Expected ends need no traceback; dropped here, its frames (and any Qt object a frame
                # holds, such as the PDF's document) are freed on this thread, where they were made.
                error = error.with_traceback(None)
                error.__context__ = error.__cause__ = None
            self._error = error

    @property
    def done(self) -> bool:
        return self.isFinished()

    def finish(self) -> object:
        """Wait for the work (GUI thread), give collection back, return its result or raise its exception."""
        self.wait()
        if not self._joined:
            self._joined = True
            sys.setswitchinterval(self._switch_interval)
            _after_the_job()
        error, self._error = self._error, None
        if error is not None:
            raise error
        return self._result


class _Running:
    """One job under way: its thread, its dialog, and what to do when it ends."""

    def __init__(self, job: Job, load: _JobThread, dialog: ProgressDialog, on_done, on_cancelled, on_end,
                 on_failed) -> None:
        self.job, self.load, self.dialog = job, load, dialog
        self.on_done, self.on_cancelled, self.on_end, self.on_failed = on_done, on_cancelled, on_end, on_failed


class LongWork(QObject):
    """Runs one long job at a time for the app (the context holds one)."""

    finished = Signal(object)
    """An `Outcome` once a job has ended and its handlers have run."""

    def __init__(self, context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._running: _Running | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    @property
    def busy(self) -> bool:
        return self._running is not None

    @property
    def dialog(self) -> ProgressDialog | None:
        return self._running.dialog if self._running is not None else None

    def start(self, parent: QWidget, title: str, work: Callable[[Job], object],
              on_done: Callable[[object], None] | None = None, on_cancelled: Callable[[], None] | None = None,
              on_end: Callable[[], None] | None = None, on_failed: Callable[[str], None] | None = None,
              needs_journal: bool = True) -> bool:
        """Run `work(job)` on a thread under a progress dialog over `parent`; False (nothing started) while
        another job runs. `on_end` runs first whichever way the job ends, then `on_done(result)`,
        `on_cancelled()`, or for a failure `on_failed(message)` (default: the message in a box).
        `needs_journal`: the journal's engine is made ready here first, on the GUI thread."""
        if self._running is not None:
            return False
        if needs_journal:
            self.context.journal.engine  # noqa: B018  (made, or a load taken back, here on the GUI thread)
        dialog = ProgressDialog(title, parent)
        job = Job()
        thread = _JobThread(work, job)
        running = _Running(job, thread, dialog, on_done, on_cancelled, on_end, on_failed)
        dialog.cancel_requested.connect(job.cancel)
        thread.begin()
        self._running = running
        dialog.open()
        self._timer.start()
        return True

    def cancel(self) -> None:
        """Ask the running job to stop (as its Cancel button does)."""
        if self._running is not None:
            self._running.dialog.reject()

    def cancel_and_wait(self) -> None:
        """Quitting: stop the running job at its next step and wait for it here; nothing is left half-written."""
        if self._running is not None:
            self._running.job.cancel()
            try:
                self._end()
            except Exception as error:  # a bug in the job: quitting goes on; the log keeps the traceback
                from thabat.app.runtime.logs import logger

                logger.error("A long job failed while the app was quitting", exc_info=error)

    def _poll(self) -> None:
        running = self._running
        if running is None:
            self._timer.stop()
            return
        _collect_young_objects()
        step = running.job.latest
        if step is not None:
            running.dialog.show_step(describe(step, self.context.date_style()), step.done, step.total)
        if running.load.done:
            self._end()

    def _end(self) -> None:
        running, self._running = self._running, None
        self._timer.stop()
        assert running is not None
        running.dialog.end()
        thread = running.load.ident
        try:
            result = running.load.finish()  # joins the thread (done already, or stopping at its next step)
        except Cancelled:
            outcome = Outcome(cancelled=True, thread=thread)
        except Exception as error:
            message = self._message_for(error)
            if message is None:
                self._call(running.on_end)
                self.finished.emit(Outcome(message=repr(error), thread=thread))
                raise  # a bug: the crash dialog says so and the log keeps the traceback
            outcome = Outcome(message=message, thread=thread)
        else:
            outcome = Outcome(result=result, thread=thread)
        finally:
            running.load.deleteLater()
        self._call(running.on_end)
        if outcome.cancelled:
            self._call(running.on_cancelled)
            self.context.status_message.emit(self.tr("Stopped; nothing was changed."))
        elif outcome.message is not None and running.on_failed is not None:
            running.on_failed(outcome.message)
        elif outcome.message is not None:
            self._tell(running.dialog.parentWidget(), outcome.message)
        elif running.on_done is not None:
            running.on_done(outcome.result)
        self.finished.emit(outcome)

    @staticmethod
    def _call(handler: Callable[[], None] | None) -> None:
        if handler is not None:
            handler()

    def _message_for(self, error: Exception) -> str | None:
        from thabat.app.runtime.disk_errors import disk_problem

        if isinstance(error, UserError):
            return error_text(error)
        problem = disk_problem(error, self.context.folder)
        return None if problem is None else error_text(problem)

    def _tell(self, parent: QWidget | None, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("It could not be done"), text, parent=parent)
        box.setObjectName("long-work-failed")
        box.setTextFormat(Qt.TextFormat.PlainText)  # messages quote file names
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()


def _collect_young_objects() -> None:
    """While a job runs automatic collection is off (app/runtime/background_load.py says why), and the
    first collection after it walked everything the job had made at once, here on the GUI thread: 20-50 ms
    after a CSV import of 20,000 rows. The youngest generation is collected here a little at a time
    instead, on the GUI thread (where a collected widget is destroyed safely), between two polls.

    Each of these moves what survives it (rows the job keeps, the modules it imports) to the middle
    generation, and the first automatic collection after the job, a middle one, then walked all of that
    at once: 70-90 ms after the demo or a CSV import. So every MIDDLE_ROUNDS young collections the
    middle generation is collected too, while it holds only those few polls' survivors."""
    young, middle, _old = gc.get_count()
    if young > YOUNG_OBJECTS:
        gc.collect(1 if middle >= MIDDLE_ROUNDS - 1 else 0)


def _before_the_job() -> None:
    """On the GUI thread as a job starts: the young and middle generations are collected (a few polls'
    worth at most), then what exists is frozen, so that neither the polls during the job nor the full
    collection after it walk the window's own objects again: only what the job makes."""
    gc.collect(1)
    gc.freeze()


def _after_the_job() -> None:
    """On the GUI thread once the job's thread has ended: a full collection, which walks only what the
    job made and kept (everything older was frozen as it started), then what is left, mostly the modules
    it imported and the statements it cached, is frozen too, as after start-up's loads: no later
    collection walks it again (after the demo, a full collection of the whole heap walked ~50,000 such
    objects, 70-90 ms). It must be a full one: a cycle the job made early was moved to the oldest
    generation by the polls' middle collections, and a middle collection here would have left it to be
    frozen for good once the job let go of it. Collection comes back on."""
    gc.collect()
    release_collection(freeze=True)
