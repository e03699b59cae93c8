"""Charts: one figure built from the journal (matplotlib loads on first use, not at start-up)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Callable

from thabat.app.journal import Journal
from thabat.app.runtime.long_work import Job, job_or_new

if TYPE_CHECKING:
    from thabat.app.charts.drawn import DrawnChart


def chart(journal: Journal, key: str, period, style, skills: list[str] | None = None, today=None):
    """The matplotlib Figure of chart `key` over `period`, drawn in `style` (a ChartStyle)."""
    from thabat.app.charts.build import build_chart

    with journal.session() as session:
        return build_chart(key, session, period, style, skills, today)


@dataclass(frozen=True)
class ChartOnScreen:
    """A chart drawn for the Charts page, with what its choosers offer."""
    drawn: "DrawnChart"
    rated_skills: list[tuple[str, str]] | None
    """The skills chart: the skills that have ratings, as (name, label)."""
    years: list[int] | None
    """The year in pixels: the years it can show, newest first."""
    year: int | None
    """The year in pixels: the year shown (the one asked for if it can be shown, else the newest)."""
    anything: bool = True
    """Whether the journal has anything to chart yet: an application, or a check-in (the year in pixels needs
    nothing else). The page shows its empty state otherwise."""


def chart_on_screen(journal: Journal, key: str, period, style, skills: list[str] | None, today: date,
                    size: tuple[int, int, float], year: int | None = None,
                    wanted: Callable[[], bool] = lambda: True) -> ChartOnScreen | None:
    """Read, build and draw chart `key` at `size` (width, height, device pixel ratio) in one go, on any thread
    (one chart at a time: `drawn.MATPLOTLIB`); the year in pixels shows `year` (this year if None) instead of
    `period`. None, and nothing done, when no longer `wanted()` by its turn."""
    from thabat.app.charts.build import build_chart
    from thabat.app.charts.data import Period, anything_to_chart, rated_skills as rated
    from thabat.app.charts.drawn import MATPLOTLIB, draw
    from thabat.app.charts.pixels import pixel_years as pixel_years_in

    chooser_skills = years = None
    with MATPLOTLIB:
        if not wanted():  # a newer chart was asked for while another was made
            return None
        with journal.session() as session:
            if key == "skills":
                chooser_skills = rated(session, style.lang)
            if key == "pixels":
                years = pixel_years_in(session, today)
                year = year or today.year
                if years and year not in years:
                    year = years[0]
                period = Period(date(year, 1, 1), min(date(year, 12, 31), today))
            figure = build_chart(key, session, period, style, skills, today)
            anything = anything_to_chart(session)
        drawn = draw(figure, *size)
    return ChartOnScreen(drawn, chooser_skills, years, year if key == "pixels" else None, anything)


def pixel_years(journal: Journal, today) -> list[int]:
    """The years the year-in-pixels calendar can show, newest first."""
    from thabat.app.charts.pixels import pixel_years as years

    with journal.session() as session:
        return years(session, today)


def rated_skills(journal: Journal, lang: str) -> list[tuple[str, str]]:
    """The skills that have ratings, as (name, label), for the skills chart's chooser."""
    from thabat.app.charts.data import rated_skills as rated

    with journal.session() as session:
        return rated(session, lang)


def save_chart(journal: Journal, key: str, period, style, skills: list[str] | None, path: str | os.PathLike,
               job: Job | None = None) -> None:
    """Draw chart `key` afresh (a figure of its own, so this may run on any thread) and write it to
    `path` as PNG or SVG by the extension, all at once: a cancel or a failure leaves no file."""
    from thabat.app.charts.build import FORMATS, figure_bytes
    from thabat.app.export.atomic import atomic_target

    from thabat.app.charts.drawn import MATPLOTLIB

    job = job_or_new(job)
    job.step("chart")
    with MATPLOTLIB:  # one chart at a time: the Charts page may be drawing one on its thread
        figure = chart(journal, key, period, style, skills)
        job.check()
        suffix = str(path).rsplit(".", 1)[-1].lower()
        content = figure_bytes(figure, suffix if suffix in FORMATS else "png")
    job.check()
    with atomic_target(path) as temporary:
        temporary.write_bytes(content)
