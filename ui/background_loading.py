"""The GUI's side of loading heavy modules off its thread (app/runtime/background_load.py).

After the first paint the ORM loads on a thread of its own; the window answers meanwhile. matplotlib
(about 50 MB) loads only when the Charts page is in sight: the pointer on its navigation item, or the
keyboard on a neighbouring one (`prepare_charts_when_near`), so an idle window stays near 139 MB
instead of 189 (five-year demo). The event loop looks every few milliseconds whether a load has ended and takes it back on
the GUI thread (that is the rule that keeps Qt widgets from being collected on another thread).
An action that needs the journal's engine before it is there waits for it without freezing:
`when_journal_ready` runs it once the engine is ready, showing a busy cursor until then.
"""

from __future__ import annotations

import weakref
from importlib import import_module
from typing import Callable

from shiboken6 import isValid

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView

from thabat.app.journal import Journal
from thabat.app.runtime.memory import give_back_freed_memory
from thabat.app.runtime.background_load import BackgroundLoad
from thabat.app.runtime.logs import logger

POLL_MS = 15
"""How often the event loop looks whether a load ended: well under what a user notices."""

ORM_MODULES = ("thabat.app.services.applications", "thabat.app.services.rejections", "thabat.app.services.reflections",
               "thabat.app.services.entries", "thabat.app.services.search", "thabat.app.services.growth", "thabat.app.services.contacts",
               "thabat.app.export.vcard", "thabat.app.usecases.backups", "thabat.app.charts.choices", "thabat.app.charts.data")
"""Imported by the ORM's loader after the engine: the Qt-free modules behind the dialogs and pages."""

UI_MODULES = ("thabat.ui.page_reads", "thabat.ui.rejection_dialog", "thabat.ui.application_dialog", "thabat.ui.about_dialog", "thabat.ui.applications_page",
              "thabat.ui.rich_text_delegate", "thabat.ui.entry_editor", "thabat.ui.journal_page", "thabat.ui.growth_page", "thabat.ui.contacts_page",
              "thabat.ui.backups_widget", "thabat.ui.settings_page", "thabat.ui.charts_page")
"""Then imported on the GUI thread, one an event-loop turn (each takes a few milliseconds), so a
dialog or a page opened for the first time does not pay for its module. Widgets are Qt's: their
classes are made on the GUI thread."""

CHART_MODULES = ("matplotlib.figure", "matplotlib.backends.backend_agg", "thabat.app.charts.build", "thabat.app.charts.style",
                 "thabat.app.charts.readout")
"""On a thread again, once the Charts page is near, so it opens at once (the Qt canvas itself loads on
the GUI thread). Not at start-up: they are a third of the idle window's memory."""


def when_journal_ready(journal: Journal, action: Callable[[], None], parent: QObject) -> None:
    """Run `action` now if the journal's engine is ready, else as soon as it is (busy cursor meanwhile;
    nothing if `parent` is deleted first). Starts the engine's load if nothing has yet."""
    if not journal.engine_ready:
        journal.start_loading_engine()
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


_preparing_charts: Callable[[], "BackgroundLoading | None"] = lambda: None
"""The app's loader of the chart modules (set by `prepare_charts_when_near`; a weak reference)."""


def when_charts_ready(action: Callable[[], None], parent: QObject) -> bool:
    """Run `action` now if the chart modules are loaded (or nothing loads them: tests, the command line);
    else once the app's loader has them, on their thread meanwhile (nothing if `parent` is deleted
    first). Whether `action` ran now."""
    loading = _preparing_charts()
    if loading is None or not isValid(loading) or loading.ended:
        action()
        return True
    loading.prepare_charts()
    if loading.charts_prepared:
        action()
        return True
    _ChartsWaiter(loading, action, parent)
    return False


class _ChartsWaiter(QObject):
    """Runs `action` at the loader's `charts_ready`; deleted with `parent` (the connection with it)."""

    def __init__(self, loading: "BackgroundLoading", action: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.action = action
        loading.charts_ready.connect(self._ready)

    def _ready(self) -> None:
        action = self.action
        self.deleteLater()
        action()


class BackgroundLoading(QObject):
    """The ORM (thread), then the interface's modules (GUI thread, one a turn); the chart modules (thread)
    when asked for (`prepare_charts`)."""

    orm_ready = Signal()
    interface_ready = Signal()
    """The ORM and the interface's modules are loaded: what start-up loads by itself."""
    charts_ready = Signal()
    """The chart modules are loaded."""

    def __init__(self, journal: Journal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        journal.load_also = ORM_MODULES  # whoever starts the engine's load first (a Save) loads these with it
        self.started = False
        self.ended = False
        """`finish` has run (the app quits): nothing starts any more."""
        self._ui_modules = list(UI_MODULES)
        self._interface_loaded = False
        self._charts: BackgroundLoad | None = None
        self.charts_prepared = False
        """The chart modules' load was taken back (loaded, or failed and logged)."""
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        """Begin now (a no-op once begun, or once `finish` has run)."""
        if self.started:
            return
        self.started = True
        self.journal.start_loading_engine(ORM_MODULES)
        self._timer.start()

    def prepare_charts(self) -> None:
        """Load the chart modules on their thread now (once; nothing after `finish`)."""
        if self._charts is not None or self.ended:  # asked for already
            return
        self._charts = BackgroundLoad(_import_chart_modules, "thabat-charts-load").start()
        self._timer.start()

    def prepare_charts_when_near(self, navigation: QAbstractItemView, row: int) -> None:
        """Prepare the charts when the pointer rests on `navigation`'s `row` (a click follows within a few
        hundred milliseconds), or when the keyboard reaches a row next to it (the next arrow opens it). A Charts
        page opened before they are loaded says it is loading and draws once they are (`when_charts_ready`)."""
        global _preparing_charts
        _preparing_charts = weakref.ref(self)  # the Charts page waits for this loader (`when_charts_ready`)
        navigation.setMouseTracking(True)  # for `entered`
        navigation.entered.connect(lambda index: index.row() == row and self.prepare_charts())
        navigation.selectionModel().currentRowChanged.connect(
            lambda current, _previous: abs(current.row() - row) == 1 and self.prepare_charts())

    def _poll(self) -> None:
        if self._charts_loading and self._charts.done:
            self._take_charts_back()
            self.charts_ready.emit()
        if self._interface_loaded or not self.started:  # start-up's part is done, or has not begun
            if not self._charts_loading:
                self._timer.stop()
        elif self._timer.interval() == 0:  # the interface's modules, one a turn
            if self._ui_modules:
                import_module(self._ui_modules.pop(0))
            else:
                self._interface_loaded = True
                self._timer.setInterval(POLL_MS)
                give_back_freed_memory()  # the ORM's load allocated far more than it keeps
                self.interface_ready.emit()
        elif self.journal.engine_ready:
            self.journal.engine  # noqa: B018  (joins the loader here, on the GUI thread)
            self.orm_ready.emit()
            self._timer.setInterval(0)

    @property
    def _charts_loading(self) -> bool:
        return self._charts is not None and not self.charts_prepared

    def _take_charts_back(self) -> None:
        self.charts_prepared = True
        try:
            self._charts.finish()
        except Exception as error:
            logger.error("Preparing the charts failed", exc_info=error)
        give_back_freed_memory()

    def finish(self) -> None:
        """Take back whatever still loads, on this thread (at exit: before the widgets are let go).

        The ORM's load is taken back by `Journal.close()`; a chart module that fails to load is only
        logged here: the Charts page imports it again and shows the error where it matters."""
        self.started = self.ended = True  # a start still waiting for its turn does not begin after this
        self._timer.stop()
        if self._charts_loading:
            self._take_charts_back()


def _import_chart_modules() -> None:
    """The chart modules, then one small text drawn off screen: the fonts (Latin and Arabic) are read
    and their glyphs cached here, not during the Charts page's first draw."""
    for module in CHART_MODULES:
        import_module(module)
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from thabat.app.charts.style import ChartStyle, register_fonts

    register_fonts()
    figure = Figure(figsize=(2, 1))
    figure.text(0.1, 0.5, "Thabat ثبات 0123456789 ٠١٢٣٤٥٦٧٨٩", fontfamily=ChartStyle().families())
    FigureCanvasAgg(figure).draw()
