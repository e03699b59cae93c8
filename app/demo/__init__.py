"""A realistic, bilingual demo journal (`thabat demo`): screenshots, charts, search and the benchmark.

Made the way a user makes a journal: every row comes from the services the interface calls (add an
application, record a stage, log a rejection, reply, reflect, check in, write an entry...), each call
on the day and at the moment the user would have made it (`moments.at`). So whatever the demo shows,
a user can make, and the demo keeps whatever rules the services enforce. A test fails if this
package writes a row any other way.

Everything comes from one `random.Random(seed)` and dates relative to `today`, so the same seed,
years and today always give the same journal. Texts live in `resources/catalogue/demo.json`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import Session

from thabat.app.text import catalogue
from thabat.app.demo import growth, journal, mood
from thabat.app.demo.aftermath import log_rejections
from thabat.app.demo.areas import AreaPlan
from thabat.app.demo.people import cast
from thabat.app.demo.pipeline import record_applications
from thabat.app.demo.reflections import plan_reflections, write_reflections
from thabat.app.demo.rows_kept import rows_kept
from thabat.app.demo.texts import PromptCatalogue, Writer
from thabat.app.demo.timeline import plan_search
from thabat.storage.ids_ahead import numbered_ahead
from thabat.storage.search_sync import deferred


@dataclass(frozen=True)
class DemoCounts:
    applications: int
    rejections: int
    reflections: int
    check_ins: int


def build_demo(session: Session, seed: int, years: int, today: date) -> DemoCounts:
    """Add `years` of job search ending at `today` to the session's journal; the caller commits."""
    rng = random.Random(seed)
    writer = Writer(catalogue.load("demo"), rng)
    prompts = PromptCatalogue.load()
    start = today - timedelta(days=365 * years)
    journeys = plan_search(rng, writer, start, today)
    people = cast(rng, writer, journeys, min(120, 20 + 20 * years), years, today)
    confidence = mood.daily_mood(rng, journeys, start, today)
    # One search-index drain at the end instead of one per flush: the index is the same, built once.
    # New rows are numbered as they are added (the journal is the demo's until it is made), so a service
    # that links one row to the next writes both in one flush.
    with deferred(session), rows_kept(session), numbered_ahead(session):
        app_ids = record_applications(session, rng, journeys, people, today)
        rejections = log_rejections(session, rng, writer, journeys, app_ids, people, today)
        tracks = growth.add_skills(session, rng, prompts, writer)
        areas = AreaPlan(writer, start, today)
        planned = plan_reflections(rng, writer, prompts, journeys, rejections, people, confidence, tracks, start,
                                   today, years, areas)
        actions, states = growth.plan_actions(rng, writer, areas, [(p.day, p.areas) for p in planned], today)
        for item in actions:
            if item.reflection is not None:
                planned[item.reflection].actions.append(item)
        area_ids = write_reflections(session, rng, planned, people, today)
        growth.add_loose_actions(session, rng, actions, today)
        growth.record_progress(session, rng, actions, area_ids, states, today)
        check_ins = mood.check_ins(session, rng, writer, confidence, start, today)
        journal.journal_entries(session, rng, writer, journeys, app_ids, start, today)
        journal.resources(session, writer)
    return DemoCounts(len(app_ids), len(rejections), len(planned), check_ins)
