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
from contextlib import contextmanager
from typing import Callable, Iterator


_holds = 0  # loads and jobs under way: collection returns when the last one has been taken back
_collector_was_on = True
_lock = threading.Lock()


def hold_collection() -> None:
    """Automatic collection off until the matching `release_collection` (call both on the GUI thread)."""
    global _holds, _collector_was_on
    with _lock:
        if _holds == 0:
            _collector_was_on = gc.isenabled()
        _holds += 1
        gc.disable()


def release_collection(freeze: bool = False) -> None:
    """After the thread of a `hold_collection` has been joined; the last release turns collection back on
    (`freeze`: what exists now is kept out of later collections)."""
    global _holds
    with _lock:
        _holds -= 1
        if _holds == 0 and _collector_was_on:
            if freeze:
                gc.freeze()
            gc.enable()


# The start-up makes some 40,000 objects that live as long as the app (modules, classes, PySide6's
# enums, the window's wrappers); about ten automatic collections walked them before the first paint
# (~6 ms). The launcher holds collection until the turn after that paint, which freezes what exists:
# the first collection would otherwise walk it all at once (~7 ms). A few hundred objects of the
# start-up's garbage are kept for good.
_start_up_hold = False


def hold_collection_for_start_up() -> None:
    """Automatic collection off until `release_start_up_hold` (ui/launcher.py, before PySide6 loads)."""
    global _start_up_hold
    if not _start_up_hold:
        _start_up_hold = True
        hold_collection()


def release_start_up_hold() -> None:
    """The start-up's objects frozen out of later collections, and its hold let go; nothing without one."""
    global _start_up_hold
    if _start_up_hold:
        _start_up_hold = False
        gc.freeze()  # also when a read still holds collection: its release does not freeze
        release_collection()


@contextmanager
def collection_held() -> Iterator[None]:
    """Automatic collection off inside, for one long write that makes millions of objects living to its end
    (a million-row import: each full collection walked them all again, a sixth of its time).

    Inside the app's long jobs (ui/long_work.py) collection is held already, by the GUI thread: this hold
    nests within it and changes nothing. On the command line it is the only one, and its end turns
    collection back on.
    """
    hold_collection()
    try:
        yield
    finally:
        release_collection()


class BackgroundLoad:
    """`work()` run once on a thread; `finish()` (owner's thread) waits for it and restores collection."""

    def __init__(self, work: Callable[[], object], name: str, freeze: bool = True) -> None:
        """`freeze`: after the last load, keep what it made out of later collections (imports do; a
        long job's leftovers should be collected instead)."""
        self._work = work
        self._freeze = freeze
        self._thread = threading.Thread(target=self._run, name=name)
        self._error: BaseException | None = None
        self._finished = False
        self.result: object = None

    def start(self) -> "BackgroundLoad":
        hold_collection()
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
            # The hundreds of thousands of objects the imports made live as long as the app: frozen,
            # the next full collection does not walk them all (~200 ms on the GUI thread).
            release_collection(freeze=self._freeze)
        if self._error is not None:
            raise self._error
        return self.result
