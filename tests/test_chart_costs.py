"""What a chart costs to make, counted rather than timed: the same picture with less repeated work.

Each chart is read, built and drawn in about 60-100 ms of CPU on five years (`bench/charts.py`), most of
it laying text out (Arabic is shaped by libraqm each time a label is measured or drawn). These tests
count the work that used to be repeated, so it cannot quietly come back.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.path import Path

from thabat.app.charts.build import build_chart
from thabat.app.charts.data import Period
from thabat.app.charts.style import ChartStyle
from thabat.app.text.dates import DateStyle
from tests.chart_journal import add_reflection, add_skills
from tests.test_charts import _apply, _reject
from tests.conftest import TODAY

STYLES = [ChartStyle(DateStyle("en")), ChartStyle(DateStyle("ar", digits="arabic")),
          ChartStyle(DateStyle("ar", calendar="hijri"))]
DATED = ("applications", "confidence", "skills", "bounce_back")


@pytest.fixture
def two_years(session):
    """Applications, rejections, reflections and ratings spread over two years: many month ticks."""
    start = date(2024, 11, 4)
    skills = add_skills(session)
    for week in range(0, 100, 3):
        day = start + timedelta(weeks=week)
        app_id = _apply(session, f"Company {week}", day)
        rejection = _reject(session, app_id, day + timedelta(days=9), "screening")
        add_reflection(session, rejection, day + timedelta(days=10), 4, 6,
                       {skill_id: 1 + (week + i) % 5 for i, skill_id in enumerate(skills.values())})
    session.commit()
    return session


def _measured_texts(monkeypatch, figure) -> Counter:
    """The texts Agg laid out to measure them while drawing `figure` (with their font)."""
    measured: Counter = Counter()
    original = RendererAgg.get_text_width_height_descent

    def counting(renderer, text, prop, ismath):
        measured[(text, hash(prop))] += 1
        return original(renderer, text, prop, ismath)

    monkeypatch.setattr(RendererAgg, "get_text_width_height_descent", counting)
    FigureCanvasAgg(figure).draw()
    monkeypatch.setattr(RendererAgg, "get_text_width_height_descent", original)
    return measured


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("key", DATED)
def test_a_chart_drawn_again_lays_each_label_out_once(monkeypatch, two_years, key, style):
    """The date axis tries up to eight tick counts and matplotlib asks it for ticks about six times a
    draw: it measured the same month names again each time (46-49 measures a draw on five years,
    against 16-24 texts). Now the ticks are worked out once per view and the widths are kept, so a
    chart drawn again (a new figure: another period and back, the PDF, the benchmark) measures each
    text once, when matplotlib lays it out."""
    period = Period(None, TODAY)
    FigureCanvasAgg(build_chart(key, two_years, period, style)).draw()  # the first one measures the labels
    measured = _measured_texts(monkeypatch, build_chart(key, two_years, period, style))
    again = {text: n for (text, _font), n in measured.items() if n > 1}
    assert measured and not again, again


def test_the_applications_bars_do_not_walk_their_path_for_data_limits(monkeypatch, two_years):
    """`add_patch` widened the data limits by splitting each outcome's path into Bézier segments, one
    per bar side (a tenth of the chart's time on five years of months), for limits set explicitly
    afterwards."""
    walked = []
    original = Path.iter_bezier

    def counting(path, **kwargs):
        walked.append(len(path.vertices))
        return original(path, **kwargs)

    monkeypatch.setattr(Path, "iter_bezier", counting)
    figure = build_chart("applications", two_years, Period(None, TODAY), STYLES[0])
    assert figure.axes[0].patches, "the bars are there"
    assert walked == []
