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
