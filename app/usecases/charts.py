"""Charts: one figure built from the journal (matplotlib loads on first use, not at start-up)."""

from __future__ import annotations

import os

from thabat.app.journal import Journal
from thabat.app.runtime.long_work import Job, job_or_new


def chart(journal: Journal, key: str, period, style, skills: list[str] | None = None, today=None):
    """The matplotlib Figure of chart `key` over `period`, drawn in `style` (a ChartStyle)."""
    from thabat.app.charts.build import build_chart

    with journal.session() as session:
        return build_chart(key, session, period, style, skills, today)


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


def has_anything_to_chart(journal: Journal) -> bool:
    """Whether there is anything to chart yet (the page shows its empty state otherwise): an
    application, or a check-in (the year in pixels needs nothing else)."""
    from thabat.app.services.stats import summary

    with journal.session() as session:
        figures = summary(session)
    return figures.applications > 0 or figures.check_ins > 0


def save_chart(journal: Journal, key: str, period, style, skills: list[str] | None, path: str | os.PathLike,
               job: Job | None = None) -> None:
    """Draw chart `key` afresh (a figure of its own, so this may run on any thread) and write it to
    `path` as PNG or SVG by the extension, all at once: a cancel or a failure leaves no file."""
    from thabat.app.charts.build import FORMATS, figure_bytes
    from thabat.app.export.atomic import atomic_target

    job = job_or_new(job)
    job.step("chart")
    figure = chart(journal, key, period, style, skills)
    job.check()
    suffix = str(path).rsplit(".", 1)[-1].lower()
    content = figure_bytes(figure, suffix if suffix in FORMATS else "png")
    job.check()
    with atomic_target(path) as temporary:
        temporary.write_bytes(content)
