"""The five progress charts as matplotlib Figures, built from the read models in `app.charts.data`.

Each builder returns a friendly empty-state figure when there is nothing to draw yet.
Figures come from `matplotlib.figure.Figure` (no pyplot, no GUI backend): the caller embeds them
in a Qt canvas or saves them.
"""

from __future__ import annotations

import statistics
from datetime import date, timedelta
from typing import Iterable

from matplotlib.axes import Axes
from matplotlib.dates import get_epoch
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import PathPatch
from matplotlib.path import Path

from thabat.app.charts import readout
from thabat.app.charts.data import ROLLING_DAYS, ApplicationCounts, BounceBack, ConfidenceSeries, Funnel, SkillRatings
from thabat.app.charts.style import (
    OUTCOME_COLOURS, OUTCOME_HATCHES, SERIES_COLOURS, ChartStyle, empty_figure, new_figure, place_axes,
)
from thabat.app.charts.time_axis import apply_date_axis, apply_number_axis, mirror_for_rtl
from thabat.app.text import catalogue
from thabat.app.text.dates import number
from thabat.storage.models import OUTCOMES

SKILL_SMOOTHING = 5
"""A skill rated more often than this is drawn as the mean of its last five ratings over faint points."""


def _nums(days: Iterable[date]) -> list[float]:
    """Dates as matplotlib numbers: whole days since matplotlib's epoch, what date2num gives for a date
    (date2num itself goes through numpy datetime64 and was a hot spot on long journals)."""
    epoch = date.fromisoformat(get_epoch()[:10])
    return [float((day - epoch).days) for day in days]


def _legend(figure: Figure, axes: Axes, style: ChartStyle) -> None:
    """Entries in rows under the plot; in Arabic the rows read from the right, marker right of text.
    Also sets the margins, which depend on the number of legend rows."""
    handles, labels = axes.get_legend_handles_labels()
    short = sum(len(label) for label in labels) <= 55  # five short names still fit on one line
    columns = len(handles) if len(handles) <= 4 or short else 3
    place_axes(figure, style, legend_rows=-(-len(handles) // columns) if handles else 0)
    if not handles:
        return
    # matplotlib fills a legend column by column: order the entries (padded to a full grid with
    # blanks) so that each row reads in their logical order, from the right in Arabic.
    rows = -(-len(handles) // columns)
    items = list(zip(handles, labels))
    items += [(Line2D([], [], linestyle="none"), "")] * (rows * columns - len(items))
    items = [items[row * columns + (columns - 1 - col if style.rtl else col)]
             for col in range(columns) for row in range(rows)]
    handles, labels = [h for h, _ in items], [text for _, text in items]
    figure.legend(handles, labels, loc="lower center", bbox_to_anchor=(0.5, 0.005), ncols=columns,
                  markerfirst=not style.rtl, handlelength=1.6, columnspacing=2.6)


def _axes(figure: Figure, style: ChartStyle, title_key: str, y_key: str, **y_values: str) -> Axes:
    axes = figure.add_subplot()
    axes.set_title(style.text(title_key), loc="right" if style.rtl else "left", pad=12)
    axes.set_ylabel(style.text(y_key, **y_values))
    mirror_for_rtl(axes, style)
    return axes


def applications_chart(counts: ApplicationCounts, style: ChartStyle) -> Figure:
    """1. Applications per week or month, stacked by outcome."""
    title = f"title_applications_{counts.bucket}"
    if counts.total == 0 or counts.span is None:
        return empty_figure(style, title, "empty_applications")
    with style.context():
        figure = new_figure(style)
        axes = _axes(figure, style, title, "axis_applications")
        # Bars start on the bucket's first day and cover most of it; months vary, so use the gap.
        lefts = _nums(counts.starts)
        widths = [((b - a) if b > a else (7 if counts.bucket == "week" else 30)) * 0.82
                  for a, b in zip(lefts, lefts[1:] + [lefts[-1] + (7 if counts.bucket == "week" else 30)])]
        bottom = [0] * len(lefts)
        for outcome in OUTCOMES:
            values = counts.counts[outcome]
            if not any(values):
                continue
            name = catalogue.label("outcomes", outcome, style.lang)
            # One path per outcome, every bar a closed sub-path of it: five years of weeks is 260 bars,
            # and matplotlib's bar() would take most of a second for them; a collection would still
            # hatch each bar on its own, twice as slow to draw as hatching the one path.
            boxes = tuple((x, b, w, v) for x, b, w, v in zip(lefts, bottom, widths, values) if v)
            bars = PathPatch(_boxes_path(boxes), facecolor=OUTCOME_COLOURS[outcome], edgecolor=style.background,
                             linewidth=0.4, hatch=OUTCOME_HATCHES[outcome] or None, label=style.label(name))
            # Not add_patch: it widens the data limits by walking the path's every segment (a tenth of
            # the chart's time on five years); both limits are set below, so only the extent is given.
            axes.add_artist(bars)
            axes.update_datalim(((lefts[0], 0), (lefts[-1] + widths[-1], max(b + v for _, b, _, v in boxes))))
            readout.register(figure, bars, "bars", name, boxes=boxes)
            bottom = [b + v for b, v in zip(bottom, values)]
        apply_date_axis(axes, counts.starts[0], counts.starts[-1] + timedelta(days=widths[-1] / 0.82), style,
                        pad_days=2)
        apply_number_axis(axes, style)
        axes.set_ylim(0, max(bottom) * 1.12 + 0.5)
        axes.grid(axis="x", visible=False)
        _legend(figure, axes, style)
    return figure


def _boxes_path(boxes: tuple[tuple[float, float, float, float], ...]) -> Path:
    """The rectangles (left, bottom, width, height) as the closed sub-paths of one path."""
    vertices, codes = [], []
    for x, b, w, v in boxes:
        vertices += [(x, b), (x, b + v), (x + w, b + v), (x + w, b), (x, b)]
        codes += [Path.MOVETO, Path.LINETO, Path.LINETO, Path.LINETO, Path.CLOSEPOLY]
    return Path(vertices, codes)


def confidence_chart(series: ConfidenceSeries, style: ChartStyle) -> Figure:
    """2. Confidence: daily check-ins, before/after reflection values, a rolling mean, rejections."""
    if series.is_empty or series.span is None:
        return empty_figure(style, "title_confidence", "empty_confidence")
    with style.context():
        figure = new_figure(style)
        low, high = number(0, style.dates), number(10, style.dates)
        axes = _axes(figure, style, "title_confidence", "axis_confidence", low=low, high=high)
        layers = (
            (series.check_ins, "series_check_in", dict(marker="o", markersize=3.5, color=SERIES_COLOURS[5], alpha=0.7)),
            (series.before, "series_before", dict(marker="v", markersize=6, color=SERIES_COLOURS[1])),
            (series.after, "series_after", dict(marker="^", markersize=6, color=SERIES_COLOURS[2])),
        )
        for points, key, look in layers:
            if points:
                line, = axes.plot(_nums(d for d, _ in points), [v for _, v in points], linestyle="none",
                                  label=style.text(key), **look)
                readout.register(figure, line, "points", style.raw_text(key))
        if series.rolling:
            key, days = "series_rolling", number(ROLLING_DAYS, style.dates)
            line, = axes.plot(_nums(d for d, _ in series.rolling), [v for _, v in series.rolling],
                              color=style.accent, linewidth=2.2, label=style.text(key, days=days))
            readout.register(figure, line, "points", style.raw_text(key, days=days))
        if series.rejections:
            # A rug along the bottom: one tick per rejection, on the same time axis, clear of the values.
            rug, = axes.plot(_nums(series.rejections), [-0.7] * len(series.rejections),
                             linestyle="none", marker="|", markersize=12, markeredgewidth=1.6,
                             color=OUTCOME_COLOURS["rejected"], label=style.text("series_rejection"))
            readout.register(figure, rug, "points", style.raw_text("series_rejection"))
        apply_date_axis(axes, series.span[0], series.span[1], style)
        axes.set_ylim(-1.4, 10.6)
        axes.set_yticks(range(0, 11, 2))
        apply_number_axis(axes, style, integer=False)
        _legend(figure, axes, style)
    return figure


def funnel_chart(data: Funnel, style: ChartStyle) -> Figure:
    """3. Applied → screening → interview → final → offer, with each step's conversion rate."""
    if not data.counts or data.counts[0] == 0:
        return empty_figure(style, "title_funnel", "empty_funnel")
    with style.context():
        figure = new_figure(style)
        axes = figure.add_subplot()
        axes.set_title(style.text("title_funnel"), loc="right" if style.rtl else "left", pad=12)
        positions = list(range(len(data.steps)))
        bars = axes.barh(positions, data.counts, height=0.62, color=style.accent)
        for bar, alpha in zip(bars, (1.0, 0.85, 0.7, 0.6, 0.5)):
            bar.set_alpha(alpha)
        texts, readouts = [], []
        for i, (step, count) in enumerate(zip(data.steps, data.counts)):
            rate = data.rate(i)
            shown = number(count, style.dates)
            if rate is not None:
                shown = style.raw_text("funnel_bar", count=shown, rate=number(f"{rate:.0f}", style.dates))
            texts.append(shown)
            readouts.append(style.raw_text("readout_funnel", series=style.raw_text(f"funnel_{step}"), value=shown))
            # Beside the bar's end, reading away from the axis (leftwards in Arabic).
            axes.text(count + data.counts[0] * 0.02, i, style.label(shown), va="center",
                      ha="right" if style.rtl else "left", color=style.foreground)
        readout.register(figure, bars, "funnel", style.raw_text("title_funnel"), tuple(readouts))
        axes.set_yticks(positions, [style.text(f"funnel_{step}") for step in data.steps])
        axes.set_xlim(0, data.counts[0] * 1.55)
        axes.invert_yaxis()
        apply_number_axis(axes, style, which="x")
        axes.grid(axis="y", visible=False)
        if style.rtl:
            axes.invert_xaxis()
            mirror_for_rtl(axes, style)
        place_axes(figure, style, legend_rows=0, label_room=0.16)
    return figure


def skills_chart(data: SkillRatings, style: ChartStyle) -> Figure:
    """4. Self-ratings (1–5) over time, one line per chosen skill."""
    if not data.skills or data.span is None:
        return empty_figure(style, "title_skills", "empty_skills")
    with style.context():
        figure = new_figure(style)
        low, high = number(1, style.dates), number(5, style.dates)
        axes = _axes(figure, style, "title_skills", "axis_rating", low=low, high=high)
        markers = ("o", "s", "D", "^", "v", "P", "X")
        for i, skill in enumerate(data.skills):
            colour, marker = SERIES_COLOURS[i % len(SERIES_COLOURS)], markers[i % len(markers)]
            xs, ys = _nums(d for d, _ in skill.ratings), [r for _, r in skill.ratings]
            if len(ys) <= SKILL_SMOOTHING:
                line, = axes.plot(xs, ys, marker=marker, markersize=5, linewidth=1.6, color=colour,
                                  label=style.label(skill.name))
            else:
                # Many ratings zigzag: the points stay faint, the line is the mean of the last few.
                line, = axes.plot(xs, ys, marker=marker, markersize=4, linestyle="none", color=colour, alpha=0.35)
                means = [sum(ys[max(0, k - SKILL_SMOOTHING + 1):k + 1]) / len(ys[max(0, k - SKILL_SMOOTHING + 1):k + 1])
                         for k in range(len(ys))]
                axes.plot(xs, means, linewidth=2.0, color=colour, marker=marker, markevery=[len(xs) - 1],
                          label=style.label(skill.name))
            readout.register(figure, line, "points", skill.name)
        apply_date_axis(axes, data.span[0], data.span[1], style)
        axes.set_ylim(0.6, 5.4)
        axes.set_yticks(range(1, 6))
        apply_number_axis(axes, style, integer=False)
        _legend(figure, axes, style)
    return figure


def bounce_back_chart(data: BounceBack, style: ChartStyle) -> Figure:
    """5. Days from each rejection to the next application, with their median."""
    if not data.points or data.span is None:
        return empty_figure(style, "title_bounce_back", "empty_bounce_back")
    with style.context():
        figure = new_figure(style)
        axes = _axes(figure, style, "title_bounce_back", "axis_days")
        xs = _nums(d for d, _ in data.points)
        ys = [days for _, days in data.points]
        line, = axes.plot(xs, ys, marker="o", markersize=5, linestyle="none", color=SERIES_COLOURS[0],
                          label=style.text("series_bounce_back"))
        readout.register(figure, line, "points", style.raw_text("series_bounce_back"))
        median = statistics.median(ys)  # the same median as the summary and Today's figure (app/services)
        axes.axhline(median, color=SERIES_COLOURS[1], linestyle="--", linewidth=1.6,
                     label=style.text("series_median", days=number(f"{median:g}", style.dates)))
        apply_date_axis(axes, data.span[0], data.span[1], style)
        axes.set_ylim(-0.04 * max(ys) - 0.4, max(ys) * 1.15 + 1)  # below 0, so same-day returns show whole
        apply_number_axis(axes, style)
        _legend(figure, axes, style)
    return figure
