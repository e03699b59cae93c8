"""Heavy imports (the ORM, matplotlib) on a thread of their own while the window answers the user.

Why the collector is held off meanwhile: Python's cyclic garbage collector runs on whichever thread
happens to allocate when a collection is due, and an import allocates a great deal. When the garbage
holds a Qt widget (the main window, once `run()` has let go of it at exit, or a closed dialog caught
in a reference cycle), Shiboken destroys the widget on that thread: `QWidget::~QWidget` closes its
`QWindow`, which waits for the GUI thread to flush window-system events, while the loading thread
holds the GIL. At exit the GUI thread was itself waiting for the loading thread to end
(`threading._shutdown`): a deadlock, seen with gdb as `gc_collect_main -> subtype_dealloc ->
QWidget::~QWidget -> QWindow::close -> QWindowSystemInterface::flushWindowSystemEvents` on the
loading thread. So while a load runs, automatic collection is off, and only the thread that started
the load (the GUI thread) turns it back on, after joining the loader (`finish`); widgets are then
only ever collected on the GUI thread. The owner also joins before it lets go of its widgets at exit.

Qt-free: the GUI polls `done` from its event loop (ui/background_loading.py).
"""

from __future__ import annotations

import gc
import threading
from typing import Callable


class BackgroundLoad:
    """`work()` run once on a thread; `finish()` (owner's thread) waits for it and restores collection."""

    _running = 0  # loads under way: collection returns when the last one finishes
    _collector_was_on = True
    _lock = threading.Lock()

    def __init__(self, work: Callable[[], object], name: str) -> None:
        self._work = work
        self._thread = threading.Thread(target=self._run, name=name)
        self._error: BaseException | None = None
        self._finished = False
        self.result: object = None

    def start(self) -> "BackgroundLoad":
        with BackgroundLoad._lock:
            if BackgroundLoad._running == 0:
                BackgroundLoad._collector_was_on = gc.isenabled()
            BackgroundLoad._running += 1
            gc.disable()
        self._thread.start()
        return self

    def _run(self) -> None:
        try:
            self.result = self._work()
        except BaseException as error:  # handed to the owner by finish(): a thread's exception is lost otherwise
            self._error = error

    @property
    def done(self) -> bool:
        """The work has ended (finished or failed); `finish()` will not wait."""
        return not self._thread.is_alive()

    def finish(self) -> object:
        """Wait for the work, turn collection back on if no other load runs, and return the result.

        Call it on the thread that started the load (the GUI thread); the work's exception is raised here.
        """
        self._thread.join()
        if not self._finished:
            self._finished = True
            with BackgroundLoad._lock:
                BackgroundLoad._running -= 1
                if BackgroundLoad._running == 0 and BackgroundLoad._collector_was_on:
                    # The hundreds of thousands of objects the imports made live as long as the app:
                    # frozen, the next full collection does not walk them all (~200 ms on the GUI thread).
                    gc.freeze()
                    gc.enable()
        if self._error is not None:
            raise self._error
        return self.result
