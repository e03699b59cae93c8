"""Every chart by its key: read the journal, build the figure, save it as PNG or SVG."""

from __future__ import annotations

import io
from datetime import date
from typing import Callable

from matplotlib.figure import Figure
from sqlmodel import Session

from thabat.app.charts import builders, data, pixels, pixels_chart
from thabat.app.charts.data import Period
from thabat.app.charts.style import ChartStyle

FORMATS = ("png", "svg")


def build_chart(key: str, session: Session, period: Period, style: ChartStyle,
                skills: list[str] | None = None, today: date | None = None) -> Figure:
    """The chart `key` over `period`, read from the journal in `session`. The year in pixels shows
    the year `period` ends in, with the check-in runs as they stand on `today` (the period's end)."""
    today = today or period.end
    builder: Callable[[], Figure] = {
        "applications": lambda: builders.applications_chart(data.application_counts(session, period, style.dates), style),
        "confidence": lambda: builders.confidence_chart(data.confidence_series(session, period), style),
        "funnel": lambda: builders.funnel_chart(data.funnel(session, period), style),
        "skills": lambda: builders.skills_chart(data.skill_ratings(session, period, style.lang, skills), style),
        "bounce_back": lambda: builders.bounce_back_chart(data.bounce_back(session, period), style),
        "pixels": lambda: pixels_chart.pixels_chart(pixels.year_pixels(session, period.end.year),
                                                    pixels.check_in_streaks(session, today), style),
    }[key]
    return builder()


def figure_bytes(figure: Figure, fmt: str) -> bytes:
    """The figure encoded as PNG or SVG, so a caller can check everything renders before writing."""
    from thabat.app.charts.drawn import MATPLOTLIB

    buffer = io.BytesIO()
    with MATPLOTLIB:  # not while the Charts page draws a chart on its thread
        if fmt == "png":  # light compression: a third of the time of the default, files a little larger
            figure.savefig(buffer, format="png", dpi=120, pil_kwargs={"compress_level": 2})
        else:
            figure.savefig(buffer, format=fmt)
    return buffer.getvalue()


def save_figure(figure: Figure, path) -> None:
    """Save as PNG or SVG, chosen by the file's extension (PNG when it has none we know)."""
    suffix = str(path).rsplit(".", 1)[-1].lower()
    content = figure_bytes(figure, suffix if suffix in FORMATS else "png")
    with open(path, "wb") as handle:
        handle.write(content)
