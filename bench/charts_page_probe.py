"""The Charts page as a user meets it: its first open, then each chart chosen in turn; prints one JSON line.

Run as `python bench/charts_page_probe.py FOLDER [en|ar]`. The window starts as the app does; once idle, the
chart modules are prepared (as when the pointer rests on Charts), then the page opens and each chart is
chosen in the picker, then back to the first. A 10 ms timer ticks throughout (bench/session_probe.py):
for each step, the longest gap between ticks until the chart is drawn and 300 ms after, the time until the
chart's pixels are painted, and the process's CPU time (every thread) over the same span.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from session_probe import Ticks, end_on_error, settle, wait  # run as a script: bench/ is on the path

CANVAS = "chart-canvas"


class ChartPaints(QObject):
    """When the chart's canvas was first painted with the page no longer loading: the chart on screen."""

    def __init__(self, page) -> None:
        super().__init__()
        self.page = page
        self.when: float | None = None

    def eventFilter(self, watched, event) -> bool:
        if (self.when is None and event.type() == QEvent.Type.Paint and watched.objectName() == CANVAS
                and not self.page.loading):
            self.when = 0.0  # painting now
            QTimer.singleShot(0, self._painted)  # once the paint ended
        return False

    def _painted(self) -> None:
        self.when = time.perf_counter()


def measured(app: QApplication, ticks: Ticks, page, step) -> dict:
    """Run `step()` (which asks for a chart); the figures until its chart is painted and has settled."""
    paints = ChartPaints(page)
    app.installEventFilter(paints)
    settle(app, 100)
    ticks.reset()
    started, cpu_started = time.perf_counter(), time.process_time()
    step()
    asked_ms = (time.perf_counter() - started) * 1000
    wait(app, lambda: bool(paints.when) and not page.loading)
    drawn_ms = (paints.when - started) * 1000
    cpu_ms = (time.process_time() - cpu_started) * 1000
    settle(app)
    app.removeEventFilter(paints)
    return {"asked_ms": round(asked_ms, 1), "long_gaps": ticks.long_gaps, "drawn_ms": round(drawn_ms, 1), "cpu_ms": round(cpu_ms, 1), "gap_ms": round(ticks.longest * 1000, 1)}


def main() -> int:
    folder = Path(sys.argv[1])
    lang = sys.argv[2] if len(sys.argv) > 2 else "en"
    from thabat.ui import application

    app = application.create_application()
    ticks = Ticks()
    window = application.start(app, folder, lang, at_first_paint=lambda _window: ticks.start())
    sys.excepthook = end_on_error
    wait(app, lambda: window.background_loading is not None and window.background_loading.started)
    loading = window.background_loading
    interface = []
    loading.interface_ready.connect(lambda: interface.append(True))
    wait(app, lambda: bool(interface) or not loading._timer.isActive())
    wait(app, lambda: not getattr(window, "building_ahead", False))
    loading.prepare_charts()  # the pointer rests on Charts
    wait(app, lambda: loading.charts_prepared)
    settle(app)

    results: dict[str, object] = {"lang": lang}
    opened = []
    results["first_open"] = measured(app, ticks, _Lazy(window, opened), lambda: opened.append(window.show_page("charts")))
    page = opened[0]
    for index in [*range(1, page.tabs.count()), 0]:
        results[f"chart {index}"] = measured(app, ticks, page, lambda index=index: page.tabs.setCurrentIndex(index))
    print("charts " + json.dumps(results), flush=True)
    window.close()
    application.shut_down(window.context, window.background_loading)
    return 0


class _Lazy:
    """The Charts page before it exists (it is made by `show_page`): not loading until then."""

    def __init__(self, window, opened: list) -> None:
        self.window, self.opened = window, opened

    @property
    def loading(self) -> bool:
        return not self.opened or bool(getattr(self.opened[0], "loading", False))


if __name__ == "__main__":
    sys.exit(main())
