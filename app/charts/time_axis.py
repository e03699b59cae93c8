"""Date ticks in the chosen calendar and digits: month starts (Gregorian or Hijri) or, for short
spans, days. matplotlib's own date locators only know the Gregorian calendar. How many ticks fit is
decided when the chart is drawn, from the axis's width and the labels' own widths, so a one-week
chart on a narrow page gets fewer labels instead of labels drawn over each other."""

from __future__ import annotations

from datetime import date, timedelta

from matplotlib.axes import Axes
from matplotlib.dates import date2num
from matplotlib.font_manager import FontProperties
from matplotlib.ticker import FixedLocator, FuncFormatter, Locator, MaxNLocator

from thabat.app.charts.style import ChartStyle
from thabat.app.text.dates import day_and_month, month_parts, month_start, number, to_hijri

MAX_TICKS = 8
LABEL_GAP_PX = 12  # clear space between two neighbouring date labels
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


def date_ticks(start: date, end: date, style: ChartStyle, max_ticks: int = MAX_TICKS) -> list[tuple[date, str]]:
    """Tick dates between `start` and `end` with their labels (logical text, not yet for matplotlib),
    at most about `max_ticks` of them."""
    max_ticks = max(1, max_ticks)
    months = month_starts(start, end, style)
    if len(months) >= 3:
        step = next((s for s in _MONTH_STEPS if len(months) / s <= max_ticks), _MONTH_STEPS[-1])
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
    step = next((s for s in _DAY_STEPS if days / s <= max_ticks - 1), 28)
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
    if not ticks:  # a step longer than the span, started before it: the first day still says when
        _, year = month_parts(start, style.dates)
        ticks.append((start, f"{day_and_month(start, style.dates)}\n{year}"))
    return ticks


def apply_date_axis(axes: Axes, start: date, end: date, style: ChartStyle, pad_days: float = 3) -> None:
    """Limit the x axis to the span and label it with `date_ticks`."""
    if end <= start:
        start, end = start - timedelta(days=3), end + timedelta(days=3)  # one day: give it some room
    axes.set_xlim(date2num(start) - pad_days, date2num(end) + pad_days)
    locator = FittingDateLocator(start, end, style)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(FuncFormatter(lambda value, _pos: locator.labels.get(value, "")))
    axes.xaxis.set_minor_locator(FixedLocator([]))


class FittingDateLocator(Locator):
    """`date_ticks` with as many ticks as the axis has room for at draw time (never more than
    MAX_TICKS); remembers their labels for the formatter."""

    def __init__(self, start: date, end: date, style: ChartStyle) -> None:
        self.start, self.end, self.style = start, end, style
        self.labels: dict[float, str] = {}
        self._chosen: tuple[tuple, list[float]] | None = None

    def __call__(self) -> list[float]:
        # matplotlib asks about six times per draw (ticks, their boxes, the label's place): the answer
        # only changes with the view, the axis's width, the dpi, the labels' font and the canvas that
        # measures them, so it is worked out once for those.
        low, high = self.axis.get_view_interval()
        figure = self.axis.figure
        key = (low, high, self.axis.axes.bbox.width, figure.dpi, type(figure.canvas),
               _font_key(self.axis.majorTicks[0].label1.get_fontproperties()))
        if self._chosen is not None and self._chosen[0] == key:
            return list(self._chosen[1])
        pixels_per_day = self.axis.axes.bbox.width / max(high - low, 1e-9)
        for count in range(MAX_TICKS, 0, -1):
            ticks = [(date2num(day), self.style.label(text)) for day, text in date_ticks(self.start, self.end, self.style, count)]
            widest = max((self._width(text) for _, text in ticks), default=0.0)
            closest = min((b - a for (a, _), (b, _) in zip(ticks, ticks[1:])), default=float("inf"))
            if closest * pixels_per_day >= widest + LABEL_GAP_PX:
                break
        else:
            ticks = ticks[:1]  # not even two fit: the first date alone still says when
        self.labels = dict(ticks)
        self._chosen = (key, list(self.labels))
        return list(self.labels)

    def tick_values(self, vmin: float, vmax: float) -> list[float]:
        return self()

    def _width(self, text: str) -> float:
        """The label's drawn width in pixels: measured by the canvas's renderer when it has one,
        else estimated from the font size."""
        label = self.axis.majorTicks[0].label1
        size_px = label.get_fontsize() * self.axis.figure.dpi / 72
        renderer = getattr(self.axis.figure.canvas, "get_renderer", lambda: None)()
        widths = []
        for line in text.split("\n"):
            if renderer is not None:
                width = _measured_width(renderer, line, label.get_fontproperties())
            else:
                width = len(line) * size_px * 0.6
            widths.append(width)
        return max(widths)


_WIDTHS: dict[tuple, float] = {}
_WIDTHS_KEPT = 2048


def _measured_width(renderer, line: str, font: FontProperties) -> float:
    """`line`'s width as `renderer` draws it in `font`. Laying out a line is the costly part of a label
    (Arabic is shaped by libraqm each time), and the same month names and years are measured for each
    tick count tried, each draw and each chart: the answer depends only on the text, the font, the
    renderer's kind and its dpi, so it is kept for them."""
    key = (type(renderer), getattr(renderer, "dpi", None), line, _font_key(font))
    width = _WIDTHS.get(key)
    if width is None:
        width, _height, _descent = renderer.get_text_width_height_descent(line, font, ismath=False)
        if len(_WIDTHS) >= _WIDTHS_KEPT:
            _WIDTHS.clear()
        _WIDTHS[key] = width
    return width


def _font_key(font: FontProperties) -> tuple:
    return (tuple(font.get_family()), font.get_style(), font.get_variant(), font.get_weight(),
            font.get_stretch(), font.get_size_in_points(), font.get_file(), font.get_math_fontfamily())


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
