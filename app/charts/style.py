"""The one chart style: colours, fonts, texts and the figure every chart starts from.

Colours come from the Okabe-Ito palette: told apart by colour-blind readers, visible on light and
dark backgrounds, and distinct in greyscale print thanks to the markers and hatches beside them.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator

import matplotlib
from matplotlib import font_manager
from matplotlib.figure import Figure

from thabat import resources
from thabat.app.charts.arabic_text import chart_text
from thabat.app.text import catalogue
from thabat.app.text.dates import DateStyle

ARABIC_FAMILY = "Noto Sans Arabic"
LATIN_FAMILY = "DejaVu Sans"
FONT_FILES = ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf")

OUTCOME_COLOURS = {
    "pending": "#999999",
    "interview": "#56B4E9",
    "rejected": "#D55E00",
    "offer": "#009E73",
    "withdrawn": "#CC79A7",
}
OUTCOME_HATCHES = {"pending": "", "interview": "//", "rejected": "", "offer": "xx", "withdrawn": ".."}
SERIES_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#999999")

_THEMES = {
    # background, text, grid, accent (lines drawn over everything)
    "light": ("#ffffff", "#222222", "#d9d9d9", "#0072B2"),
    "dark": ("#1f1f1f", "#e8e8e8", "#444444", "#56B4E9"),
}

FIGURE_SIZE = (9.0, 5.0)  # inches: wide enough for 60 monthly bars and two-line tick labels
DPI = 100


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, ...]:
    """Add the bundled Noto Sans Arabic to matplotlib's font manager (once per process)."""
    added = []
    for name in FONT_FILES:
        path = resources.path("fonts", name)
        if path.exists():
            font_manager.fontManager.addfont(str(path))
            added.append(name)
    return tuple(added)


@dataclass(frozen=True)
class ChartStyle:
    """Language, dates and digits (a DateStyle) and the theme (light | dark) of a chart."""

    dates: DateStyle = field(default_factory=DateStyle)
    theme: str = "light"

    @property
    def lang(self) -> str:
        return self.dates.lang if self.dates.lang in ("ar", "en") else "en"

    @property
    def rtl(self) -> bool:
        return self.lang == "ar"

    @property
    def background(self) -> str:
        return _THEMES.get(self.theme, _THEMES["light"])[0]

    @property
    def foreground(self) -> str:
        return _THEMES.get(self.theme, _THEMES["light"])[1]

    @property
    def grid(self) -> str:
        return _THEMES.get(self.theme, _THEMES["light"])[2]

    @property
    def accent(self) -> str:
        return _THEMES.get(self.theme, _THEMES["light"])[3]

    def raw_text(self, key: str, **values: str) -> str:
        """A chart text from resources/catalogue/charts.json in logical order (for Qt widgets)."""
        entry = catalogue.load("charts")["texts"][key]
        return entry.get(self.lang, entry["en"]).format(**values)

    def text(self, key: str, **values: str) -> str:
        """The same text ready for matplotlib."""
        return chart_text(self.raw_text(key, **values))

    def label(self, text: str) -> str:
        """Any other text (a skill's name, a tick label) ready for matplotlib."""
        return chart_text(text)

    def families(self) -> list[str]:
        # Per-glyph fallback: Arabic texts in Noto Sans Arabic, Latin letters and symbols in DejaVu Sans.
        return [ARABIC_FAMILY, LATIN_FAMILY] if self.rtl else [LATIN_FAMILY, ARABIC_FAMILY]

    @contextmanager
    def context(self) -> Iterator[None]:
        """matplotlib settings for building one chart in this style (fonts, colours)."""
        register_fonts()
        with matplotlib.rc_context({
            "font.family": self.families(),
            "font.size": 10,
            "axes.titlesize": 13,
            "axes.titlelocation": "right" if self.rtl else "left",
            "axes.facecolor": self.background,
            "axes.edgecolor": self.grid,
            "axes.labelcolor": self.foreground,
            "axes.grid": True,
            "axes.axisbelow": True,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.unicode_minus": False,
            "grid.color": self.grid,
            "grid.linewidth": 0.6,
            "text.color": self.foreground,
            "xtick.color": self.foreground,
            "ytick.color": self.foreground,
            "legend.frameon": False,
            "figure.facecolor": self.background,
            "savefig.facecolor": self.background,
            "svg.fonttype": "path",  # the SVG looks the same on machines without Noto Sans Arabic
        }):
            yield


def new_figure(style: ChartStyle) -> Figure:
    """An empty figure of the standard size; call inside `style.context()`.

    Fixed margins (see `place_axes`) rather than matplotlib's constrained layout, which measures
    every text twice and doubles the time a chart takes to draw."""
    return Figure(figsize=FIGURE_SIZE, dpi=DPI)


def place_axes(figure: Figure, style: ChartStyle, legend_rows: int = 1, label_room: float = 0.085) -> None:
    """Room for the title above, two-line date ticks and `legend_rows` of legend below, and
    `label_room` (a share of the width) for the value axis, on the right in Arabic."""
    # Arabic lines are taller (Noto Sans Arabic's ascent and descent), so two-line ticks need more.
    bottom = 0.15 + 0.055 * legend_rows + (0.05 if style.rtl else 0)
    # The labels keep their size in points when the canvas is smaller than FIGURE_SIZE (about
    # 946 × 360 pixels in a new window), so the margins are kept in inches and refitted on resize.
    width, height = FIGURE_SIZE
    near, far, top, bottom = label_room * width, 0.045 * width, 0.12 * height, bottom * height
    left, right = (far, near) if style.rtl else (near, far)

    def fit(_event=None) -> None:
        shown_width, shown_height = figure.get_size_inches()
        figure.subplots_adjust(left=left / shown_width, right=1 - right / shown_width,
                               top=1 - top / shown_height, bottom=bottom / shown_height)

    fit()
    previous = getattr(figure, "_thabat_fit", None)
    if previous is not None:  # placed again (a legend with more rows): only the last margins count
        figure.canvas.mpl_disconnect(previous)
    figure._thabat_fit = figure.canvas.mpl_connect("resize_event", fit)


def empty_figure(style: ChartStyle, title_key: str, message_key: str, **title_values: str) -> Figure:
    """A friendly figure for a chart with nothing to show yet: its title and a short message."""
    with style.context():
        figure = new_figure(style)
        figure.suptitle(style.text(title_key, **title_values), x=0.975 if style.rtl else 0.025, y=0.95,
                        ha="right" if style.rtl else "left", fontsize=13)
        figure.text(0.5, 0.5, style.text(message_key, **title_values), ha="center", va="center", fontsize=12,
                    color=style.foreground, linespacing=1.5, gid="empty-state")
    return figure


def is_empty_state(figure: Figure) -> bool:
    return any(text.get_gid() == "empty-state" for text in figure.texts)
