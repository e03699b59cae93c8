"""A long job's thread gives the GUI thread a real turn at Python's lock every few milliseconds.

Why: the job's thread lets go of the lock around every SQLite step and every file write, and takes it
back before the GUI thread, woken each time, can run. Each release restarts the GUI thread's timed
wait, so it never waits a whole switch interval, never asks the job to hand the lock over, and can wait
100-300 ms (perf traces of the demo and the JSON export: the job ran the whole gap, the GUI thread
woke about every 0.3 ms in `take_gil` and slept again). A shorter switch interval does not help.

What: `Turns.give()`, on the job's thread, sleeps PAUSE_S once TURN_EVERY_S have passed since its last
turn. The sleep drops the lock for long enough that the waiting GUI thread takes it; the job's own
timed wait then asks for it back after one switch interval. On any other thread (the GUI's, a
use case run on the command line) it does nothing. `Turns.during(job)` calls it from the points
every job passes often: the job's `check`/`report` and SQLite's work (storage/yield_points.py).
"""

from __future__ import annotations

import sys
import threading
import time
from contextlib import contextmanager
from typing import Iterator

from thabat.app.runtime.long_work import Job

TURN_EVERY_S = 0.005
"""Wall time the job's thread runs before it gives a turn: a tenth of the 50 ms a click may wait."""
PAUSE_S = 0.0002
"""How long a turn sleeps: long enough for the woken GUI thread to take the lock (tens of microseconds),
short enough that a job giving 200 turns a second loses about 5% of its time at most."""


class Turns:
    """Turns given to other threads by one thread (the job's): `bind()` there, then `give()` often."""

    def __init__(self, every_s: float | None = None, pause_s: float | None = None) -> None:
        self.every_s = TURN_EVERY_S if every_s is None else every_s
        self.pause_s = PAUSE_S if pause_s is None else pause_s
        self.thread: int | None = None
        self.given = 0
        """Turns given so far (slept)."""
        self.asked = 0
        """Calls of `give` on the bound thread, turn or not."""
        self._last = 0.0

    def bind(self) -> None:
        """The calling thread is the one that gives turns, counted from now."""
        self.thread = threading.get_ident()
        self._last = time.perf_counter()

    def give(self) -> None:
        if threading.get_ident() != self.thread:
            return
        self.asked += 1
        if time.perf_counter() - self._last >= self.every_s:
            time.sleep(self.pause_s)
            self.given += 1
            self._last = time.perf_counter()

    @staticmethod
    def prepare() -> None:
        """On the GUI thread before the job starts: the SQL hooks are put in place here, once, if
        SQLAlchemy is loaded already (storage/yield_points.py says why not while another thread runs SQL);
        otherwise the job's thread does it, where importing SQLAlchemy freezes nothing."""
        if "sqlalchemy" in sys.modules:
            from thabat.storage.yield_points import listen

            listen()

    @contextmanager
    def during(self, job: Job) -> Iterator[None]:
        """On the job's thread, around its work: turns from the job's steps and from SQLite, all taken
        off again however the work ends."""
        from thabat.storage.yield_points import installed

        self.bind()
        job.turns = self.give
        try:
            with installed(self.give):
                yield
        finally:
            job.turns = None
            self.thread = None
