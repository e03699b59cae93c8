"""The GUI's side of loading heavy modules off its thread (app/background_load.py).

After the first paint the ORM loads on a thread of its own, then matplotlib; the window answers
meanwhile. The event loop looks every few milliseconds whether a load has ended and takes it back on
the GUI thread (that is the rule that keeps Qt widgets from being collected on another thread).
An action that needs the journal's engine before it is there waits for it without freezing:
`when_journal_ready` runs it once the engine is ready, showing a busy cursor until then.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from app.background_load import BackgroundLoad
from app.journal import Journal
from app.logs import logger

POLL_MS = 15
"""How often the event loop looks whether a load ended: well under what a user notices."""

ORM_MODULES = ("app.services.applications", "app.services.rejections", "app.services.reflections",
               "app.services.entries", "app.services.search")
"""Imported by the ORM's loader after the engine: what the first pages and dialogs ask for."""

CHART_MODULES = ("matplotlib.figure", "matplotlib.backends.backend_agg", "app.charts.build", "app.charts.style",
                 "app.charts.readout")
"""Imported after the ORM so the Charts page opens at once (the Qt canvas itself loads on the GUI thread)."""


def when_journal_ready(journal: Journal, action: Callable[[], None], parent: QObject) -> None:
    """Run `action` now if the journal's engine is ready, else as soon as it is (busy cursor meanwhile)."""
    if journal.engine_ready:
        journal.engine  # noqa: B018  (takes a finished load back on this thread)
        action()
        return
    _WhenReady(journal, action, parent)


class _WhenReady(QObject):
    """A busy cursor while the journal's engine loads, then `action()`; nothing if `parent` goes first."""

    def __init__(self, journal: Journal, action: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.journal, self.action = journal, action
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self.destroyed.connect(QGuiApplication.restoreOverrideCursor)  # run or dropped, the cursor comes back
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        if not self.journal.engine_ready:
            return
        self.timer.stop()
        self.journal.engine  # noqa: B018
        action = self.action
        self.deleteLater()
        action()


class BackgroundLoading(QObject):
    """The ORM, then the chart modules, loaded one after the other off the GUI thread."""

    orm_ready = Signal()
    charts_ready = Signal()

    def __init__(self, journal: Journal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self._charts: BackgroundLoad | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        self.journal.start_loading_engine(ORM_MODULES)
        self._timer.start()

    def _poll(self) -> None:
        if self._charts is None:
            if self.journal.engine_ready:
                self.journal.engine  # noqa: B018  (joins the loader here, on the GUI thread)
                self.orm_ready.emit()
                self._charts = BackgroundLoad(_import_chart_modules, "thabat-charts-load").start()
        elif self._charts.done:
            self.finish()
            self.charts_ready.emit()

    def finish(self) -> None:
        """Take back whatever still loads, on this thread (at exit: before the widgets are let go).

        The ORM's load is taken back by `Journal.close()`; a chart module that fails to load is only
        logged here: the Charts page imports it again and shows the error where it matters."""
        self._timer.stop()
        if self._charts is not None:
            try:
                self._charts.finish()
            except Exception as error:
                logger.error("Preparing the charts failed", exc_info=error)


def _import_chart_modules() -> None:
    from importlib import import_module

    for module in CHART_MODULES:
        import_module(module)
