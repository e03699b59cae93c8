"""Chart figures: each chart built and drawn to an Agg canvas (the Charts page's first open is in bench/session.py).

Written against app/charts (build.build_chart, choices.CHART_KEYS/period_for, style.ChartStyle).
When those are not in this tree yet, the figures say so.
"""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path

from bench import workload
from bench.report import Figure
from bench.stats import median

RANGE = "all"  # the whole journal: the heaviest each chart gets


def available() -> bool:
    return importlib.util.find_spec("thabat.app.charts") is not None \
        and importlib.util.find_spec("thabat.app.charts.build") is not None


def chart_render(folder: Path, repeat: int, langs: tuple[str, ...] = ("en", "ar")) -> list[Figure]:
    """Median time to read, build and draw each chart (after one warm-up that pays matplotlib's import);
    beside it the process's own CPU time, what the figure would be without waiting for a shared CPU."""
    if not available():
        return [Figure("chart render", None, "ms", 150.0, "app/charts not in this tree yet")]
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from thabat.app.charts.build import build_chart
    from thabat.app.charts.choices import CHART_KEYS, period_for
    from thabat.app.charts.style import ChartStyle
    from thabat.app.text.dates import DateStyle
    from thabat.app.journal import Journal

    journal = Journal.open(folder)
    figures = []
    try:
        for lang in langs:
            style = ChartStyle(dates=DateStyle(lang=lang))
            period = period_for(RANGE, workload.TODAY)
            for key in CHART_KEYS:
                times, cpu = [], []
                for n in range(repeat + 1):
                    started, cpu_started = time.perf_counter(), time.process_time()
                    with journal.session() as session:
                        figure = build_chart(key, session, period, style)
                    FigureCanvasAgg(figure).draw()
                    if n:  # the first one warms caches (fonts, imports)
                        times.append((time.perf_counter() - started) * 1000)
                        cpu.append((time.process_time() - cpu_started) * 1000)
                figures.append(Figure(f"chart {key} ({lang})", median(times), "ms", 150.0,
                                      f"CPU time {median(cpu):.0f} ms"))
    finally:
        journal.close()
    return figures
