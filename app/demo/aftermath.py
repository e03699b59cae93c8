"""The demo's rejections, logged as Log a rejection logs them, and what the user did next.

Each rejected application gets its rejection at the stage it reached (by silence, "no response",
for a third of the applications that never heard back), on the day it came. Then, on their days:
the reply (`mark_replied`), feedback asked for and sometimes received, and the reminders the
user cleared from Today. The latest one or two stay unanswered, so Today has replies due.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import Session, select

from thabat.app.demo.moments import at, stamp
from thabat.app.demo.people import People
from thabat.app.demo.texts import Writer
from thabat.app.demo.timeline import HEAVY_STAGES, Journey
from thabat.app.views.applications import RejectionInput
from thabat.app.services.due import complete_item
from thabat.app.services.rejections import log_rejection, mark_feedback_requested, mark_replied, record_feedback
from thabat.storage.models import Reminder

REPLY_DELAY = 2
FEEDBACK_DELAY = 14


@dataclass(frozen=True)
class Logged:
    """A rejection as the reflections need it."""

    id: int
    stage: str
    channel: str
    received_on: date
    interviewer: str
    feedback_requested_on: date | None


def log_rejections(session: Session, rng: random.Random, writer: Writer, journeys: list[Journey],
                   app_ids: list[int], people: People, today: date) -> dict[int, Logged]:
    """A rejection per rejected journey (keyed by journey index), with its reply and feedback."""
    logged = {}
    rejected = [i for i, j in enumerate(journeys) if j.outcome == "rejected"]
    waiting = _left_unanswered(journeys, rejected, today)
    tools = writer.pool("tools")
    for index in rejected:
        journey = journeys[index]
        stage, received = journey.reject_stage, journey.rejected_on
        heavy = stage in HEAVY_STAGES
        arabic_odds = 0.7 if journey.lang == "ar" else 0.1 if journey.company.region != "intl" else 0.0
        lang = "ar" if rng.random() < arabic_odds else "en"
        interviewer, recruiter = people.interviewer.get(index), people.recruiter.get(index)
        name = ""
        if heavy and interviewer and rng.random() < 0.8:
            name = interviewer.name
        elif heavy and rng.random() < 0.4:
            name = _stranger(rng, writer, lang)
        elif stage == "screening" and recruiter and rng.random() < 0.4:
            name = recruiter.name
        values = dict(company=journey.company.name, role=journey.role, name=name, tool=rng.choice(tools),
                      ref=rng.randint(10000, 99999))
        message = ""
        if journey.channel == "phone" and rng.random() < 0.5:
            message = writer.one(writer.pool("rejection_messages", "phone", lang), **values)
        elif journey.channel in ("email", "portal") and rng.random() < (0.45 if stage == "application" else 0.65):
            message = writer.one(writer.pool("rejection_messages", stage, lang), **values)
        with at(stamp(received, rng, today)):
            rejection = log_rejection(session, RejectionInput(
                company=journey.company.name, role=journey.role, received_on=received, stage=stage,
                channel=journey.channel, round=journey.reject_round, message=message, interviewer=name,
                application_id=app_ids[index],
            ), today=received, reply_delay_days=REPLY_DELAY)
        requested = _answer(session, rng, writer, journey, rejection.id, index in waiting, heavy, lang, today)
        logged[index] = Logged(rejection.id, stage, journey.channel, received, name, requested)
    return logged


def _answer(session: Session, rng: random.Random, writer: Writer, journey: Journey, rejection_id: int,
            waiting: bool, heavy: bool, lang: str, today: date) -> date | None:
    """Reply, ask for feedback, note what came back, clear old reminders; returns when feedback was asked for."""
    stage, received = journey.reject_stage, journey.rejected_on
    if journey.channel == "no_answer":  # nothing to reply to: log_rejection made no reminder
        return None
    reply_odds = 0.9 if heavy else 0.8 if stage != "application" else 0.55
    replied = None
    if not waiting and rng.random() < reply_odds:
        replied = _on_or_none(received + timedelta(days=rng.choices((0, 1, 2, 3), (45, 30, 15, 10))[0]), today)
    if replied is None:
        if not waiting:  # the user cleared the reminder from Today instead
            _clear(session, rng, rejection_id, "reply", received + timedelta(days=REPLY_DELAY), today)
        return None
    with at(stamp(replied, rng, today)):
        mark_replied(session, rejection_id, replied, today=replied)
    ask_odds = 0.5 if heavy else 0.15 if stage != "application" else 0.02
    if rng.random() >= ask_odds:
        return None
    requested = _on_or_none(replied + timedelta(days=rng.choice((0, 0, 0, 1, 2, 4))), today)
    if requested is None:
        return None
    with at(stamp(requested, rng, today)):
        mark_feedback_requested(session, rejection_id, requested, today=requested, feedback_delay_days=FEEDBACK_DELAY)
    arrived = _on_or_none(requested + timedelta(days=rng.randint(2, 21)), today) if rng.random() < 0.45 else None
    if arrived is not None:
        pool = writer.pool("feedback", "interview" if heavy else "early", lang)
        with at(stamp(arrived, rng, today)):
            record_feedback(session, rejection_id, writer.one(pool, tool=rng.choice(writer.pool("tools"))), arrived,
                            today=arrived)
    else:
        _clear(session, rng, rejection_id, "feedback", requested + timedelta(days=FEEDBACK_DELAY), today)
    return requested


def _clear(session: Session, rng: random.Random, rejection_id: int, kind: str, due: date, today: date) -> None:
    """Done on Today a few days after it fell due; a recent one stays open."""
    if due > today - timedelta(days=10):
        return
    day = min(today, due + timedelta(days=rng.randint(0, 6)))
    reminder_id = session.exec(select(Reminder.id).where(
        Reminder.rejection_id == rejection_id, Reminder.kind == kind, Reminder.done_on.is_(None))).first()
    if reminder_id is not None:
        with at(stamp(day, rng, today)):
            complete_item(session, kind, reminder_id, day)


def _left_unanswered(journeys: list[Journey], rejected: list[int], today: date) -> set[int]:
    """The latest one or two rejections that still wait for a reply, so Today has something due."""
    answerable = [i for i in rejected if journeys[i].channel != "no_answer"
                  and journeys[i].rejected_on + timedelta(days=REPLY_DELAY) <= today]
    answerable.sort(key=lambda i: journeys[i].rejected_on)
    return set(answerable[-2:])


def _on_or_none(day: date, today: date) -> date | None:
    return day if day <= today else None


def _stranger(rng: random.Random, writer: Writer, lang: str) -> str:
    group = writer.data["names"]["ar" if lang == "ar" else rng.choice(("arab_latin", "intl"))]
    return f"{rng.choice(group[rng.choice(('m', 'f'))])} {rng.choice(group['family'])}"
