"""Long work (exports, imports, backups, restore, the demo): progress and cancel, without Qt.

A use case that may take long takes a `Job`: it calls `job.step(what, done, total)` between two
pieces of work, which reports the progress and raises `Cancelled` once the user asked to stop. The
use case is written so that stopping there leaves nothing behind (exports write a temporary file
renamed at the end, imports are one transaction rolled back). The GUI runs the use case on a thread
of its own under a progress dialog (ui/long_work.py); the command line runs it in place and cancels
on Ctrl+C (app/commands/progress.py).

    job = Job()
    export_json(journal, "backup.json", job)     # job.cancel() from another thread stops it
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Callable


class Cancelled(Exception):
    """The user stopped a long job at one of its steps; nothing was written."""


@dataclass(frozen=True)
class Step:
    """Where a job is: `done` of `total` (`total` 0: not known) pieces of the kind `what`."""

    what: str
    done: int = 0
    total: int = 0


class Job:
    """The progress and the cancel request of one long job, shared by the thread doing it and the one showing it."""

    def __init__(self, report: Callable[[Step], None] | None = None) -> None:
        self._stop = threading.Event()
        self._report = report
        self.latest: Step | None = None
        """The last step reported (one assignment: safe to read from another thread)."""
        self.turns: Callable[[], None] | None = None
        """Called at each check and report, on the job's thread: in the app, a turn for the GUI thread
        now and then (app/runtime/gui_turns.py); the command line has no window and sets none."""

    def cancel(self) -> None:
        """Ask the job to stop at its next step (from any thread)."""
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def is_cancelled(self) -> bool:
        """`cancelled` as a callable, for the exporters' older `cancelled()` argument."""
        return self._stop.is_set()

    def check(self) -> None:
        """Raise Cancelled if the user asked to stop."""
        if self.turns is not None:
            self.turns()
        if self._stop.is_set():
            raise Cancelled()

    def step(self, what: str, done: int = 0, total: int = 0) -> None:
        """Report where the job is, then stop here (Cancelled) if asked to."""
        self.report(what, done, total)
        self.check()

    def report(self, what: str, done: int = 0, total: int = 0) -> None:
        """Report where the job is, without looking at the cancel request."""
        self.latest = Step(what, done, total)
        if self.turns is not None:
            self.turns()
        if self._report is not None:
            self._report(self.latest)


def job_or_new(job: Job | None) -> Job:
    """The caller's job, or one nobody cancels (a use case called without progress)."""
    return job if job is not None else Job()

