"""The journal's event bus: use cases announce `JournalEvent`s (app/events.py) after each commit, and
whoever subscribed hears them.

Apart from the events themselves: the bus is made with the journal, before the first paint, while the
thirteen event classes (frozen dataclasses, ~6 ms to create) are first needed when a page or a use case
loads, after it.
"""

from __future__ import annotations

import threading
from typing import Callable

Subscriber = Callable[[object], None]
"""Called with each `JournalEvent` it subscribed to (typed `object` here: app/events.py imports this module)."""


class EventBus:
    """Synchronous publish / subscribe for `JournalEvent`s; safe to emit from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subscribers: list[tuple[Subscriber, tuple[type, ...]]] = []

    def subscribe(self, callback: Subscriber, *kinds: type) -> None:
        """Call `callback(event)` for every event of these kinds (all events when none are named)."""
        with self._lock:
            self._subscribers.append((callback, kinds or (object,)))  # every event

    def unsubscribe(self, callback: Subscriber) -> None:
        with self._lock:
            self._subscribers = [(c, k) for c, k in self._subscribers if c != callback]

    def emit(self, event: object) -> None:
        with self._lock:  # a copy: a subscriber may unsubscribe (or another thread subscribe) meanwhile
            subscribers = list(self._subscribers)
        for callback, kinds in subscribers:
            if isinstance(event, kinds):
                callback(event)

    def __len__(self) -> int:
        return len(self._subscribers)
