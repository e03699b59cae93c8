"""What follows an application in the demo: the people met, the rejections and their reminders."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from thabat.app.demo.rows import Ids, Row, new_row, stamp
from thabat.app.demo.texts import Writer
from thabat.app.demo.timeline import HEAVY_STAGES, Journey
from thabat.app.text.direction import has_arabic
from thabat.storage.models import Contact, ContactApplication, Rejection, Reminder

REPLY_DELAY = 2
FEEDBACK_DELAY = 14
FOLLOW_UP_DELAY = 56


@dataclass
class Cast:
    """The contacts of the demo and who took part in which application (by journey index)."""

    contacts: list[Row] = field(default_factory=list)
    links: list[Row] = field(default_factory=list)
    recruiter: dict[int, Contact] = field(default_factory=dict)
    interviewer: dict[int, Contact] = field(default_factory=dict)


def cast(rng: random.Random, writer: Writer, journeys: list[Journey], app_ids: list[int], budget: int,
         today: date, ids: Ids) -> Cast:
    """About `budget` recruiters and interviewers, some met again on a later application."""
    result, by_company, kind_of, used_names = Cast(), {}, {}, set()
    candidates = [i for i, j in enumerate(journeys) if j.reached("screening", "interview")]
    # Weighted sampling without replacement (interviews count four times): largest u ** (1 / weight).
    keyed = sorted(candidates, key=lambda i: rng.random() ** (0.25 if journeys[i].reached("interview") else 1.0))
    for index in sorted(keyed[-int(budget * 1.3):]):
        journey = journeys[index]
        for kind, stages in (("recruiter", ("screening",)), ("interviewer", ("interview", "final"))):
            met = next((s.on for s in journey.steps if s.stage in stages), None)
            if met is None or (kind == "recruiter" and journey.reached("interview") and rng.random() < 0.5):
                continue
            known = [c for c in by_company.get(journey.company.name, []) if kind_of[c.id] == kind]
            if known and rng.random() < 0.6:
                person = rng.choice(known)
            elif len(result.contacts) < budget:
                person = _new_contact(rng, writer, journey, kind, met, used_names, today, ids)
                result.contacts.append(person)
                kind_of[person.id] = kind
                by_company.setdefault(journey.company.name, []).append(person)
            else:
                continue
            getattr(result, kind)[index] = person
            result.links.append(new_row(ContactApplication, contact_id=person.id, application_id=app_ids[index]))
    return result


def _new_contact(rng: random.Random, writer: Writer, journey: Journey, kind: str, met: date, used: set,
                 today: date, ids: Ids) -> Row:
    if journey.company.arabic or journey.lang == "ar":
        group = "ar" if rng.random() < 0.8 else "arab_latin"
    elif journey.company.region == "intl":
        group = "intl" if rng.random() < 0.75 else "arab_latin"
    else:
        group = rng.choice(("arab_latin", "arab_latin", "intl", "ar"))
    names = writer.data["names"][group]
    gender = rng.choice(("m", "f"))
    for _ in range(20):
        name = f"{rng.choice(names[gender])} {rng.choice(names['family'])}"
        if name not in used:
            break
    used.add(name)
    lang = "ar" if group == "ar" else "en"
    roles = writer.data["contact_roles"][kind]["en" if lang == "en" else f"ar_{gender}"]
    slug = re.sub(r"[^a-z]+", ".", name.lower()).strip(".")
    notes = writer.one(writer.pool("contact_notes", lang)) if rng.random() < 0.3 else ""
    return new_row(
        Contact, id=ids(Contact), name=name, role=rng.choice(roles), company=journey.company.name,
        email=f"{slug}@example.org" if lang == "en" and rng.random() < 0.5 else "",
        profile_url=f"https://example.org/people/{slug}" if lang == "en" and rng.random() < 0.3 else "",
        notes=notes, created_at=stamp(met, rng, today),
    )


def rejections(rng: random.Random, writer: Writer, journeys: list[Journey], app_ids: list[int], people: Cast,
               today: date, ids: Ids) -> tuple[dict[int, Row], list[Row]]:
    """A Rejection per rejected journey (keyed by journey index), with reply, feedback and follow-up reminders."""
    rows, reminders, latest_met = {}, [], None
    rejected = [i for i, j in enumerate(journeys) if j.outcome == "rejected"]
    waiting = _left_unanswered(journeys, rejected, today)
    tools = writer.pool("tools")
    for index in rejected:
        journey, app_id = journeys[index], app_ids[index]
        stage, received = journey.reject_stage, journey.rejected_on
        heavy = stage in HEAVY_STAGES
        arabic_odds = 0.7 if journey.lang == "ar" else 0.1 if journey.company.region != "intl" else 0.0
        lang = "ar" if rng.random() < arabic_odds else "en"
        interviewer = people.interviewer.get(index)
        recruiter = people.recruiter.get(index)
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

        reply_odds = 0.9 if heavy else 0.8 if stage != "application" else 0.55
        replied = None
        if journey.channel != "no_answer" and index not in waiting and rng.random() < reply_odds:
            replied = _on_or_none(received + timedelta(days=rng.choices((0, 1, 2, 3), (45, 30, 15, 10))[0]), today)
        requested = received_fb = None
        feedback = ""
        ask_odds = 0.5 if heavy else 0.15 if stage != "application" else 0.02
        if replied and rng.random() < ask_odds:  # asked in the reply itself or a few days after
            requested = _on_or_none(replied + timedelta(days=rng.choice((0, 0, 0, 1, 2, 4))), today)
            if requested and rng.random() < 0.45:
                received_fb = _on_or_none(requested + timedelta(days=rng.randint(2, 21)), today)
                if received_fb:
                    pool = writer.pool("feedback", "interview" if heavy else "early", lang)
                    feedback = writer.one(pool, tool=rng.choice(tools))
        row = new_row(
            Rejection, id=ids(Rejection), application_id=app_id, received_on=received, stage=stage,
            round=journey.reject_round, channel=journey.channel, message=message, interviewer=name,
            replied_on=replied, feedback_requested_on=requested, feedback_received_on=received_fb,
            feedback_text=feedback, created_at=stamp(received, rng, today),
        )
        rows[index] = row
        contact = (interviewer or recruiter) if heavy else None
        reminders += _reminders(rng, writer, row, contact, today, ids)
        if contact is not None and received <= today - timedelta(days=14):
            latest_met = (row, contact)
    if latest_met and not any(r.kind == "follow_up" and r.done_on is None and r.due_on <= today for r in reminders):
        # Today should show a follow-up: this time the user chose to write sooner than eight weeks.
        row, contact = latest_met
        due = max(row.received_on + timedelta(days=14), today - timedelta(days=rng.randint(0, 4)))
        reminders.append(_follow_up(rng, writer, row, contact, due, None, today, ids))
    return rows, reminders


def _left_unanswered(journeys: list[Journey], rejected: list[int], today: date) -> set[int]:
    """The latest one or two rejections that still wait for a reply, so Today has something due."""
    answerable = [i for i in rejected if journeys[i].channel != "no_answer"
                  and journeys[i].rejected_on + timedelta(days=REPLY_DELAY) <= today]
    answerable.sort(key=lambda i: journeys[i].rejected_on)
    return set(answerable[-2:])


def _reminders(rng: random.Random, writer: Writer, row: Row, contact: Row | None, today: date,
               ids: Ids) -> list[Row]:
    def reminder(kind: str, due: date, done: date | None, made: date) -> Row:
        return new_row(Reminder, id=ids(Reminder), kind=kind, due_on=due, done_on=done, rejection_id=row.id,
                       application_id=row.application_id, created_at=stamp(made, rng, today))

    received = row.received_on
    due = received + timedelta(days=REPLY_DELAY)
    if row.channel == "no_answer":
        done = received  # nothing to reply to: closed as soon as it was logged
    else:
        done = row.replied_on or _dismissed(rng, due, today)
    made = [reminder("reply", due, done, received)]
    if row.feedback_requested_on:
        due = row.feedback_requested_on + timedelta(days=FEEDBACK_DELAY)
        made.append(reminder("feedback", due, row.feedback_received_on or _dismissed(rng, due, today),
                             row.feedback_requested_on))
    if contact is not None and rng.random() < 0.6:
        due = received + timedelta(days=FOLLOW_UP_DELAY + rng.randint(-3, 7))
        done = None
        if due <= today - timedelta(days=10):
            done = due + timedelta(days=rng.randint(0, 6))
        made.append(_follow_up(rng, writer, row, contact, due, done, today, ids))
    return made


def _follow_up(rng: random.Random, writer: Writer, row: Row, contact: Row, due: date, done: date | None,
               today: date, ids: Ids) -> Row:
    """A reminder to get back in touch with someone met in the process, in their language."""
    lang = "ar" if has_arabic(contact.name) else "en"
    return new_row(
        Reminder, id=ids(Reminder), kind="follow_up", due_on=due, done_on=done, rejection_id=row.id,
        contact_id=contact.id, application_id=row.application_id, created_at=stamp(row.received_on, rng, today),
        message=writer.one(writer.pool("follow_ups", lang), name=contact.name),
    )


def _dismissed(rng: random.Random, due: date, today: date) -> date | None:
    """Old reminders the user dealt with one way or another; recent ones stay open."""
    if due > today - timedelta(days=10):
        return None
    return min(today, due + timedelta(days=rng.randint(0, 6)))


def _stranger(rng: random.Random, writer: Writer, lang: str) -> str:
    group = writer.data["names"]["ar" if lang == "ar" else rng.choice(("arab_latin", "intl"))]
    return f"{rng.choice(group[rng.choice(('m', 'f'))])} {rng.choice(group['family'])}"


def _on_or_none(day: date, today: date) -> date | None:
    return day if day <= today else None
