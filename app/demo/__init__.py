"""A realistic, bilingual demo journal (`thabat demo`): screenshots, charts, search and the benchmark.

Everything comes from one `random.Random(seed)` and dates relative to `today`, so the same seed,
years and today always give the same journal. Texts live in `resources/catalogue/demo.json`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import Session

from thabat.app.demo import aftermath, growth, journal, mood
from thabat.app.demo.areas import AreaPlan
from thabat.app.demo.reflections import write_reflections
from thabat.app.demo.rows import Ids, Row, insert_rows, new_row, stamp
from thabat.app.demo.texts import PromptCatalogue, Writer
from thabat.app.demo.timeline import Journey, plan_search
from thabat.app.text import catalogue
from thabat.storage.models import Application, StageEvent


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
    ids = Ids(session)
    start = today - timedelta(days=365 * years)

    journeys = plan_search(rng, writer, start, today)
    applications, events = _applications(rng, journeys, today, ids)
    app_ids = [app.id for app in applications]
    people = aftermath.cast(rng, writer, journeys, app_ids, min(120, 20 + 20 * years), today, ids)
    rejections, reminders = aftermath.rejections(rng, writer, journeys, app_ids, people, today, ids)
    confidence = mood.daily_mood(rng, journeys, start, today)
    check_ins = mood.check_ins(session, rng, writer, confidence, start, today, ids)
    plan = AreaPlan(writer, start, today)
    written, answers = write_reflections(rng, writer, prompts, journeys, rejections, people, confidence, start,
                                         today, plan, ids)
    new_skills, tracks = growth.skills(session, rng, prompts, writer, ids)
    ratings = growth.ratings(rng, written, tracks, start, today, ids)
    areas, citations, actions = growth.areas(session, rng, writer, plan, written, today, ids)
    strengths = growth.strengths(rng, writer, written, journeys, start, today, years, ids)
    entries = journal.journal_entries(rng, writer, journeys, app_ids, start, today, ids)

    session.flush()  # whatever the caller added first, before rows that may refer to it
    insert_rows(session, [  # parents before children: the foreign keys are checked row by row
        *applications, *events, *people.contacts, *people.links, *rejections.values(), *reminders,
        *(w.reflection for w in written), *answers, *new_skills, *ratings, *areas, *citations, *actions,
        *strengths, *check_ins, *entries, *journal.resources(writer, ids),
    ])
    return DemoCounts(len(applications), len(rejections), len(written), len(check_ins))


def _applications(rng: random.Random, journeys: list[Journey], today: date,
                  ids: Ids) -> tuple[list[Row], list[Row]]:
    applications, events = [], []
    for journey in journeys:
        created = stamp(journey.applied_on, rng, today)
        last = journey.steps[-1].on
        app = new_row(
            Application, id=ids(Application), company=journey.company.name, role=journey.role,
            applied_on=journey.applied_on, outcome=journey.outcome, location=journey.location, notes=journey.notes,
            link=f"https://example.org/careers/{rng.randint(1000, 99999)}" if rng.random() < 0.3 else "",
            created_at=created, updated_at=max(created, stamp(last, rng, today)),
        )
        applications.append(app)
        events += [new_row(StageEvent, id=ids(StageEvent), application_id=app.id, stage=s.stage, round=s.round,
                           occurred_on=s.on, note=s.note) for s in journey.steps]
    return applications, events
