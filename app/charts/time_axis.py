"""Date ticks in the chosen calendar and digits: month starts (Gregorian or Hijri) or, for short
spans, days. matplotlib's own date locators only know the Gregorian calendar."""

from __future__ import annotations

from datetime import date, timedelta

from matplotlib.axes import Axes
from matplotlib.dates import date2num
from matplotlib.ticker import FixedFormatter, FixedLocator, FuncFormatter, MaxNLocator

from thabat.app.charts.style import ChartStyle
from thabat.app.text.dates import day_and_month, month_parts, month_start, number, to_hijri

MAX_TICKS = 8
_MONTH_STEPS = (1, 2, 3, 4, 6, 12, 24)
_DAY_STEPS = (1, 2, 7, 14)


def month_starts(start: date, end: date, style: ChartStyle) -> list[date]:
    starts = []
    cursor = month_start(start, style.dates)
    while cursor <= end:
        if cursor >= start:
            starts.append(cursor)
        cursor = month_start(cursor + timedelta(days=32), style.dates)
    return starts


def _month_number(day: date, style: ChartStyle) -> int:
    return to_hijri(day)[1] if style.dates.calendar == "hijri" else day.month


def date_ticks(start: date, end: date, style: ChartStyle) -> list[tuple[date, str]]:
    """Tick dates between `start` and `end` with their labels (logical text, not yet for matplotlib)."""
    months = month_starts(start, end, style)
    if len(months) >= 3:
        step = next((s for s in _MONTH_STEPS if len(months) / s <= MAX_TICKS), _MONTH_STEPS[-1])
        chosen = months[::step]
        if step >= 12:  # a tick labelled with a year only must sit where that year starts
            firsts = [day for day in months if _month_number(day, style) == 1]
            chosen = firsts[::step // 12] or chosen
        ticks = []
        last_year = None
        for day in chosen:
            month, year = month_parts(day, style.dates)
            # The year only where it changes (and on the first tick); yearly ticks show only the year.
            if step >= 12:
                ticks.append((day, year))
            else:
                ticks.append((day, month if year == last_year else f"{month}\n{year}"))
            last_year = year
        return ticks
    days = (end - start).days
    step = next((s for s in _DAY_STEPS if days / s <= MAX_TICKS - 1), 28)
    first = start - timedelta(days=start.weekday()) if step >= 7 else start
    ticks = []
    last_year = None
    day = first
    while day <= end:
        if day >= start:
            _, year = month_parts(day, style.dates)
            label = day_and_month(day, style.dates)
            ticks.append((day, label if year == last_year else f"{label}\n{year}"))
            last_year = year
        day += timedelta(days=step)
    return ticks


def apply_date_axis(axes: Axes, start: date, end: date, style: ChartStyle, pad_days: float = 3) -> None:
    """Limit the x axis to the span and label it with `date_ticks`."""
    if end <= start:
        start, end = start - timedelta(days=3), end + timedelta(days=3)  # one day: give it some room
    axes.set_xlim(date2num(start) - pad_days, date2num(end) + pad_days)
    ticks = date_ticks(start, end, style)
    axes.xaxis.set_major_locator(FixedLocator([date2num(day) for day, _ in ticks]))
    axes.xaxis.set_major_formatter(FixedFormatter([style.label(text) for _, text in ticks]))
    axes.xaxis.set_minor_locator(FixedLocator([]))


def apply_number_axis(axes: Axes, style: ChartStyle, which: str = "y", integer: bool = True) -> None:
    """Ticks in the chosen digits; whole numbers only for counts and ratings."""
    axis = axes.yaxis if which == "y" else axes.xaxis
    if integer:
        axis.set_major_locator(MaxNLocator(integer=True, nbins=6))
    axis.set_major_formatter(FuncFormatter(lambda value, _pos: style.label(number(f"{value:g}", style.dates))))


def mirror_for_rtl(axes: Axes, style: ChartStyle) -> None:
    """In Arabic the value axis sits on the right, where a right-to-left reader starts; time still
    runs left to right, as in Arabic statistics and newspapers."""
    if style.rtl:
        axes.yaxis.tick_right()
        axes.yaxis.set_label_position("right")
        axes.spines["right"].set_visible(True)
        axes.spines["left"].set_visible(False)
