"""The demo journal in a folder of its own: made in one unit of work, or not at all."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from thabat.app.runtime.long_work import Job, job_or_new


def make_demo_journal(folder: Path, today: date, seed: int = 7, years: int = 2, job: Job | None = None):
    """Create the journal in `folder` and fill it with `years` of demo job search (DemoCounts).

    A cancel (through `job`) or a failure removes the journal this call created, so trying again starts
    afresh; the rows are written in one transaction either way.
    """
    from thabat.app.commands.common import new_journal_removed_on_failure
    from thabat.app.demo import build_demo

    job = job_or_new(job)
    job.step("demo")
    with new_journal_removed_on_failure(folder) as journal, journal.session() as session:
        made = build_demo(session, seed=seed, years=years, today=today)
        job.step("demo")  # the last moment a cancel leaves nothing: the commit follows
    return made
