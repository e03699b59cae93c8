"""The year in pixels: one square a day, coloured by that day's check-in, rejections marked.

Read like a calendar page, it runs in the reader's direction: weeks from the right in Arabic (whose
weeks start on Saturday), from the left in English (weeks start on Monday). Days without a check-in
stay a quiet outline: a gap is a day, not a failure.
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy
from matplotlib import colormaps
from matplotlib.colors import Normalize
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from thabat.app.charts import readout
from thabat.app.charts.pixels import Streaks, YearPixels
from thabat.app.charts.style import OUTCOME_COLOURS, ChartStyle, empty_figure
from thabat.app.charts.time_axis import month_starts
from thabat.app.text.dates import long_date, month_parts, number

FIGURE_SIZE = (9.0, 3.0)  # 53 weeks of square days need width, not height
COLOUR_MAP = "YlGnBu"  # ColorBrewer's yellow-green-blue: readable by colour-blind readers, calm at both ends
WEEKS = 54  # a year touches at most 54 weeks (a leap year starting on a week's last day)


def week_start(style: ChartStyle) -> int:
    """The first day of a week as a Python weekday (Monday 0): Saturday in Arabic, Monday in English."""
    return 5 if style.rtl else 0


def cell_of(day: date, year: int, style: ChartStyle) -> tuple[int, int]:
    """(week column, weekday row) of `day` in the calendar of `year`."""
    first = date(year, 1, 1)
    grid_start = first - timedelta(days=(first.weekday() - week_start(style)) % 7)
    offset = (day - grid_start).days
    return offset // 7, offset % 7


def _streak_line(streaks: Streaks, style: ChartStyle) -> str:
    if streaks.longest == 0:
        return ""
    longest = number(streaks.longest, style.dates)
    if streaks.current == 0:
        return style.text("pixels_longest", longest=longest)
    return style.text("pixels_streaks", current=number(streaks.current, style.dates), longest=longest)


def pixels_chart(pixels: YearPixels, streaks: Streaks, style: ChartStyle) -> Figure:
    year = number(pixels.year, style.dates)
    if pixels.is_empty:
        return empty_figure(style, "title_pixels", "empty_pixels", year=year)
    last_day = date(pixels.year, 12, 31)
    with style.context():
        figure = Figure(figsize=FIGURE_SIZE, dpi=100)
        figure.suptitle(style.text("title_pixels", year=year), x=0.975 if style.rtl else 0.025, y=0.95,
                        ha="right" if style.rtl else "left", fontsize=13)
        line = _streak_line(streaks, style)
        if line:
            figure.text(0.975 if style.rtl else 0.025, 0.8, line, ha="right" if style.rtl else "left",
                        fontsize=10, color=style.foreground)
        axes = figure.add_axes((0.08, 0.24, 0.84, 0.44))
        axes.set_aspect("equal", anchor="N")
        axes.grid(False)
        for spine in axes.spines.values():
            spine.set_visible(False)
        weeks = cell_of(last_day, pixels.year, style)[0] + 1
        scores = numpy.full((7, weeks), numpy.nan)
        inside = numpy.full((7, weeks), numpy.nan)
        boxes, texts = [], []
        day = date(pixels.year, 1, 1)
        while day <= last_day:
            column, row = cell_of(day, pixels.year, style)
            inside[row, column] = 1
            score = pixels.scores.get(day)
            if score is not None:
                scores[row, column] = score
            if score is not None or day in pixels.rejections:
                boxes.append((column, row, 1, 1))
                texts.append(_cell_text(day, score, day in pixels.rejections, style))
            day += timedelta(days=1)
        # Every day of the year as a faint square, then the check-ins over it, a gap between squares.
        axes.pcolormesh(numpy.ma.masked_invalid(inside), cmap=_flat(style.grid), edgecolors=style.background,
                        linewidth=1.5)
        mesh = axes.pcolormesh(numpy.ma.masked_invalid(scores), cmap=colormaps[COLOUR_MAP],
                               norm=Normalize(0, 10), edgecolors=style.background, linewidth=1.5)
        readout.register(figure, mesh, "cells", style.raw_text("series_check_in"), tuple(texts), tuple(boxes))
        if pixels.rejections:
            cells = [cell_of(day, pixels.year, style) for day in sorted(pixels.rejections)]
            axes.plot([c + 0.5 for c, _ in cells], [r + 0.5 for _, r in cells], linestyle="none", marker="o",
                      markersize=3.0, color=OUTCOME_COLOURS["rejected"], markeredgecolor=style.background,
                      markeredgewidth=0.6)
        axes.set_xlim(0, weeks)
        axes.set_ylim(7, 0)  # the week's first day on top
        if style.rtl:
            axes.invert_xaxis()
        _label_months(axes, pixels.year, style)
        _label_weekdays(axes, style)
        _legend(figure, axes, mesh, style, bool(pixels.rejections))
    return figure


def _cell_text(day: date, score: int | None, rejected: bool, style: ChartStyle) -> str:
    when = long_date(day, style.dates)
    if score is None:
        return style.raw_text("pixels_rejection_day", date=when)
    text = style.raw_text("readout_point", series=style.raw_text("series_check_in"),
                          value=number(score, style.dates), date=when)
    return text + (style.raw_text("pixels_and_rejection") if rejected else "")


def _flat(colour: str):
    from matplotlib.colors import ListedColormap

    return ListedColormap([colour])


def _label_months(axes, year: int, style: ChartStyle) -> None:
    positions, labels = [], []
    for start in month_starts(date(year, 1, 1), date(year, 12, 31), style):
        column = cell_of(start, year, style)[0]
        positions.append(column + 0.5)
        labels.append(style.label(month_parts(start, style.dates)[0]))
    # The ticks' look first, then the ticks: set afterwards, the look is applied to each of the twelve
    # ticks already made, remaking their transforms (a fifth of the chart's build).
    axes.xaxis.tick_top()
    axes.tick_params(axis="x", length=0, labelsize=8, pad=3)
    axes.set_xticks(positions, labels)


def _label_weekdays(axes, style: ChartStyle) -> None:
    rows = (1, 3, 5)
    names = [style.text(f"weekday_{(week_start(style) + row) % 7}") for row in rows]
    axes.tick_params(axis="y", length=0, labelsize=8)
    if style.rtl:
        axes.yaxis.tick_right()
    axes.set_yticks([row + 0.5 for row in rows], names)


def _legend(figure: Figure, axes, mesh, style: ChartStyle, rejections: bool) -> None:
    bar_axes = figure.add_axes((0.64, 0.17, 0.25, 0.04) if not style.rtl else (0.11, 0.17, 0.25, 0.04))
    bar = figure.colorbar(mesh, cax=bar_axes, orientation="horizontal", ticks=[0, 5, 10])
    bar.ax.set_xticklabels([number(value, style.dates) for value in (0, 5, 10)], fontsize=8)
    bar.outline.set_visible(False)
    if style.rtl:
        bar.ax.invert_xaxis()
    bar_axes.set_title(style.text("pixels_scale", low=number(0, style.dates), high=number(10, style.dates)),
                       fontsize=8, pad=3)
    if rejections:
        marker = Line2D([], [], linestyle="none", marker="o", markersize=5, color=OUTCOME_COLOURS["rejected"])
        figure.legend([marker], [style.text("series_rejection")], loc="lower left" if style.rtl else "lower right",
                      bbox_to_anchor=(0.4, 0.11) if style.rtl else (0.6, 0.11), markerfirst=not style.rtl,
                      fontsize=9)
