"""Items worked out on a second thread while the caller uses the ones before: reading and checking the
rows of a big import while SQLite writes the previous batch.

sqlite3 lets go of Python's lock while SQLite works, so the reading thread runs meanwhile; on a
machine with two cores, a million-row import spent a third of its time in SQLite with the rows of the
next batch waiting to be read. At most `depth` items wait, so memory stays that of a few batches.
"""

from __future__ import annotations

import queue
import threading
from contextlib import contextmanager
from typing import Iterable, Iterator, TypeVar

T = TypeVar("T")

DEPTH = 2
"""Items made ahead of the one in use."""
_WAKE_S = 0.1
"""How often a reading thread waiting for room looks whether the caller has stopped."""
_END = object()


@contextmanager
def read_ahead(items: Iterable[T], depth: int = DEPTH) -> Iterator[Iterator[T]]:
    """`items`, iterated on a second thread up to `depth` ahead of the caller's loop.

    An exception raised while making an item is raised in the caller's loop, in its place. Leaving
    the `with` block, even early or by an exception, stops the thread and waits for it to end.
    """
    handoff: queue.Queue = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def offer(entry: tuple) -> bool:
        while not stop.is_set():
            try:
                handoff.put(entry, timeout=_WAKE_S)
                return True
            except queue.Full:
                continue
        return False

    def make() -> None:
        try:
            for item in items:
                if not offer((item, None)):
                    return
            offer((_END, None))
        except BaseException as error:  # noqa: BLE001  (handed over, raised in the caller's thread)
            offer((_END, error))
        finally:
            close = getattr(items, "close", None)
            if close is not None:  # a generator stopped early: its files are closed now, not when collected
                close()

    def taken() -> Iterator[T]:
        while True:
            item, error = handoff.get()
            if error is not None:
                raise error
            if item is _END:
                return
            yield item

    worker = threading.Thread(target=make, name="read-ahead", daemon=True)
    worker.start()
    try:
        yield taken()
    finally:
        stop.set()
        worker.join()
