"""What the value under the mouse is, in words: "Daily check-in: 7 · 3 March 2026".

Builders register the artists worth describing; `describe` finds the one under a point given in
display pixels (what a canvas's motion event carries). Texts are logical, for a Qt label.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from datetime import date

from matplotlib.artist import Artist
from matplotlib.dates import num2date
from matplotlib.figure import Figure

from thabat.app.charts.style import ChartStyle
from thabat.app.text.dates import long_date, number

NEAR_PIXELS = 8


@dataclass(frozen=True)
class _Entry:
    artist: Artist
    kind: str  # points | bars | cells | funnel
    series: str
    values: tuple[str, ...] = ()
    boxes: tuple[tuple[float, float, float, float], ...] = ()  # bars: (left, bottom, width, height) in data


_registry: "weakref.WeakKeyDictionary[Figure, list[_Entry]]" = weakref.WeakKeyDictionary()


def register(figure: Figure, artist: Artist, kind: str, series: str, values: tuple[str, ...] = (),
             boxes: tuple[tuple[float, float, float, float], ...] = ()) -> None:
    """Make `artist` describable: `series` is its logical name; `values` the funnel's read-out per bar
    (or a calendar's per cell); `boxes` the bars of a collection of stacked bars (or the cells)."""
    _registry.setdefault(figure, []).append(_Entry(artist, kind, series, values, boxes))


def _day(x: float) -> date:
    return num2date(x).date()


def _value(y: float, style: ChartStyle) -> str:
    return number(f"{y:.1f}".rstrip("0").rstrip("."), style.dates)


def describe(figure: Figure, x: float, y: float, style: ChartStyle) -> str:
    """The read-out for the pixel (x, y) of `figure`, or "" when nothing is there."""
    best: tuple[float, str] | None = None
    for entry in _registry.get(figure, []):
        if entry.kind == "points":
            xy = entry.artist.get_xydata()
            if len(xy) == 0:
                continue
            pixels = entry.artist.get_transform().transform(xy)
            distances = ((pixels[:, 0] - x) ** 2 + (pixels[:, 1] - y) ** 2) ** 0.5
            i = int(distances.argmin())
            if distances[i] <= NEAR_PIXELS and (best is None or distances[i] < best[0]):
                value = "" if entry.series == style.raw_text("series_rejection") else _value(xy[i][1], style)
                text = style.raw_text("readout_point", series=entry.series, value=value,
                                      date=long_date(_day(xy[i][0]), style.dates))
                best = (float(distances[i]), text.replace(":  ·", " ·"))
        elif entry.kind == "cells":
            data_x, data_y = entry.artist.axes.transData.inverted().transform((x, y))
            for (left, bottom, width, height), text in zip(entry.boxes, entry.values):
                if left <= data_x <= left + width and bottom <= data_y <= bottom + height:
                    return text
        elif entry.kind == "bars":
            data_x, data_y = entry.artist.axes.transData.inverted().transform((x, y))
            for left, bottom, width, height in entry.boxes:
                if left <= data_x <= left + width and bottom <= data_y <= bottom + height:
                    return style.raw_text("readout_bar", series=entry.series, value=_value(height, style),
                                          date=long_date(_day(left), style.dates))
        else:
            for i, patch in enumerate(entry.artist.patches):
                if patch.get_width() != 0 and patch.contains_point((x, y)):
                    return entry.values[i]
    return best[1] if best else ""
