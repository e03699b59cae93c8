"""A chart drawn to pixels at a given size, on whatever thread builds it (no Qt, no pyplot).

The Charts page draws its figure on a thread (ui/charts_page.py): matplotlib's first draw of a figure
took 100-220 ms, and on the GUI thread the window froze that long. The figure and its Agg canvas belong
to the thread that draws them until the result is handed over; after that only the GUI thread reads the
figure (its artists' positions, for the read-out under the mouse, and Save).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from matplotlib.backend_bases import ResizeEvent
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure


MATPLOTLIB = threading.RLock()
"""Held while a figure is built or drawn: one at a time in the process. Each figure is its own, but matplotlib
is not thread-safe (its text layout shares state between threads): a chart built while another was drawn (one
the user had already switched away from) came out with a few pixels of a title or a legend different from
the same chart made alone."""


@dataclass(frozen=True)
class DrawnChart:
    figure: Figure
    """Sized and drawn as the pixels show it: the read-out finds its artists in these pixels."""
    rgba: bytes
    """Row by row from the top, four bytes a pixel."""
    width: int
    height: int
    """In device pixels."""
    ratio: float
    """Device pixels per logical pixel of the screen it was drawn for."""


def draw(figure: Figure, width: int, height: int, ratio: float = 1.0) -> DrawnChart:
    """Draw `figure` at `width` × `height` logical pixels on a screen of `ratio` device pixels per pixel, as
    matplotlib's Qt canvas would: the figure keeps its dpi in logical pixels, its texts their size in points,
    and its margins are refitted to the size (the builders' `resize_event`). Hold `MATPLOTLIB` around it."""
    base_dpi = figure.dpi
    figure.set_dpi(base_dpi * ratio)
    figure.set_size_inches(width / base_dpi, height / base_dpi, forward=False)
    canvas = FigureCanvasAgg(figure)
    ResizeEvent("resize_event", canvas)._process()
    canvas.draw()
    pixels = canvas.buffer_rgba()
    return DrawnChart(figure, bytes(pixels), pixels.shape[1], pixels.shape[0], ratio)
