"""The demo's applications and their histories, recorded as the Applications page records them.

Each application goes through `add_application` on the day it was sent, then each step through
`record_stage` on the day the user wrote it down (an interview when it was scheduled, with its time,
kind, interviewers and a prep note; an offer with the answer given; a withdrawal). Rejections
follow in app/demo/aftermath.py, through Log a rejection.
"""

from __future__ import annotations

import random
from datetime import date

from sqlmodel import Session

from thabat.app.demo.moments import at, stamp
from thabat.app.demo.people import People
from thabat.app.demo.timeline import Journey
from thabat.app.views.applications import ApplicationInput, StageInput
from thabat.app.services.applications import add_application
from thabat.app.services.contacts import link_contact
from thabat.app.services.stages import record_stage


def record_applications(session: Session, rng: random.Random, journeys: list[Journey], people: People,
                        today: date) -> list[int]:
    """Every journey as an application with its history (rejections excepted); their ids, in order."""
    return [_record(session, rng, index, journey, people, today) for index, journey in enumerate(journeys)]


def _record(session: Session, rng: random.Random, index: int, journey: Journey, people: People, today: date) -> int:
    posting, applied_on = journey.posting, journey.applied_on
    source, referral_id = posting.source, None
    if source == "referral":
        friend = people.referrer(journey)
        if friend is None:
            source = "network"
        else:
            referral_id = people.contact_id(session, friend, applied_on)
    with at(stamp(applied_on, rng, today)):
        app_id = add_application(session, ApplicationInput(
            company=journey.company.name, role=journey.role, applied_on=applied_on, link=posting.link,
            location=journey.location, notes=journey.notes, source=source, work_place=posting.work_place,
            salary_min=posting.salary_min, salary_max=posting.salary_max, currency=posting.currency,
            description=posting.description, deadline=posting.deadline, interest=posting.interest,
            referral_contact_id=referral_id,
        ), today=applied_on).id
    recruiter, interviewer = people.recruiter.get(index), people.interviewer.get(index)
    for step in journey.steps[1:]:
        if step.stage == "rejected":
            continue  # logged with its reply and reflection (aftermath.py)
        day = step.noted_on
        interviewers: tuple[int, ...] = ()
        if step.stage == "screening" and recruiter is not None:
            if recruiter.id is None:
                people.contact_id(session, recruiter, day, app_id)
            else:
                link_contact(session, recruiter.id, app_id)
        if step.stage in ("interview", "final") and interviewer is not None:
            interviewers = (people.contact_id(session, interviewer, day),)
        with at(stamp(day, rng, today)):
            record_stage(session, app_id, StageInput(
                stage=step.stage, occurred_on=step.on, round=step.round, kind=step.kind, starts_at=step.starts_at,
                note=step.note, interviewer_ids=interviewers,
            ), today=day)
    return app_id
