"""Chart figures: each chart built and drawn to an Agg canvas, and the Charts page's first open.

Written against app/charts (build.build_chart, choices.CHART_KEYS/period_for, style.ChartStyle)
and ui/charts_page.ChartsPage. When those are not in this tree yet, the figures say so.
"""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path

from bench import processes, workload
from bench.report import Figure
from bench.stats import median

HERE = Path(__file__).parent
RANGE = "all"  # the whole journal: the heaviest each chart gets


def available() -> bool:
    return importlib.util.find_spec("app.charts") is not None \
        and importlib.util.find_spec("app.charts.build") is not None


def chart_render(folder: Path, repeat: int, langs: tuple[str, ...] = ("en", "ar")) -> list[Figure]:
    """Median time to read, build and draw each chart (after one warm-up that pays matplotlib's import);
    beside it the process's own CPU time, what the figure would be without waiting for a shared CPU."""
    if not available():
        return [Figure("chart render", None, "ms", 150.0, "app/charts not in this tree yet")]
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from app.charts.build import build_chart
    from app.charts.choices import CHART_KEYS, period_for
    from app.charts.style import ChartStyle
    from app.dates import DateStyle
    from app.journal import Journal

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


def charts_page_first_open(folder: Path, repeat: int) -> list[Figure]:
    """The app shows Today, then the Charts page is opened: time to its first paint (a fresh process each)."""
    if not available() or importlib.util.find_spec("ui.charts_page") is None:
        return [Figure("Charts page, first open", None, "ms", note="ui/charts_page not in this tree yet")]
    times = []
    for _ in range(repeat):
        finished = processes.run_measured(
            workload.python_script(HERE / "charts_page_probe.py") + [str(folder)], workload.env())
        times.append(float(finished.output.split("charts-page ")[1].split()[0]))
    return [Figure("Charts page, first open", median(times) * 1000, "ms", note="includes importing matplotlib")]
