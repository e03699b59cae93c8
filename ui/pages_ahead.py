"""The pages built ahead of time, while the window is idle after start-up, so a first open is only a show.

Building a page is Qt's work on the GUI thread: its widgets made, styled by the application's style
sheet and laid into the window (Applications ~26 ms, Journal ~61 ms of CPU here). Done when the page
was first asked for, that kept the first click on it waiting 66–143 ms. Once everything has loaded
after start-up (`BackgroundLoading.interface_ready`: the ORM and the interface modules; matplotlib
loads only when Charts is near), each page is made in one event-loop turn and put into its place in
the window in the next: no turn keeps a key or a click waiting for more than one of those steps, and
whatever the user does meanwhile is answered between them. A page the user opens before its turn is
built at once, as before. A page may leave a heavy part of itself for a step of its own (`then`: the
Journal's editor), so that no step takes much more than ~25 ms. Nothing is read: a page reads its journal when it is first shown (its
widgets are empty until then, so idle memory grows by widgets alone).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QTimer

AHEAD = ("applications", "journal", "growth", "charts", "contacts", "settings")
"""In the navigation's order. Charts' widgets need no matplotlib (its chart is an image drawn on a thread), so
it is built ahead too; its heavy part, matplotlib, loads on its own when Charts is near (ui/background_loading.py)."""

STEP_INTERVAL_MS = 1
"""Between two steps: whatever else is due (a key, a click, a timer) runs first."""


class PagesAhead(QObject):
    """Runs `make(key)` then `place(key)` for each page not built yet, one step an event-loop turn."""

    def __init__(self, keys: tuple[str, ...], built: Callable[[str], bool], make: Callable[[str], None],
                 place: Callable[[str], None], parent: QObject) -> None:
        super().__init__(parent)
        self._steps: list[tuple[Callable[[str], None], str | None]] = [
            (step, key) for key in keys for step in (make, place)]
        self._built = built
        self._timer = QTimer(self)
        # Started again after each step, not repeating: a repeating timer's next turn is due when this one
        # began, so it would come before every other timer that fell due during the step (a repeating zero
        # timer starved a 10 ms timer for two steps running). A step's input events are answered first too.
        self._timer.setSingleShot(True)
        self._timer.setInterval(STEP_INTERVAL_MS)
        self._timer.timeout.connect(self.step)

    @property
    def running(self) -> bool:
        return bool(self._steps)

    def start(self) -> None:
        if self._steps:
            self._timer.start()

    def stop(self) -> None:
        """The window closes (the app quits): nothing more is built."""
        self._timer.stop()
        self._steps.clear()

    def then(self, finish: Callable[[], None]) -> None:
        """Run `finish` in the next step (before the next page): the rest of the page just placed."""
        self._steps.insert(0, (lambda _key: finish(), None))

    def after(self, step: Callable[[], None]) -> None:
        """Run `step` in a turn of its own once the pages are built (the dialogs made ahead, ui/dialogs_ahead.py)."""
        self._steps.append((lambda _key: step(), None))

    def step(self) -> None:
        """The next step now (the timer's turn), then the timer again for the one after."""
        self._timer.stop()
        while self._steps:
            step, key = self._steps.pop(0)
            if key is None or not self._built(key):  # a page opened meanwhile was built then: nothing to do
                step(key)
                break
        if self._steps:
            self._timer.start()
