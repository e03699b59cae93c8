"""Guided reflections in the demo: half in Arabic, most after interview-stage rejections.

A reflection is written a few days after the news, answers catalogue prompts for its stage,
sometimes reframes a thinking trap, rates skills, names improvement areas with action items and
schedules a follow-up with someone met. The most recent ones may still be drafts, filled only up
to the step where the user paused. Planned first (the action items depend on every reflection's
areas), then written through the reflection's services, as the guided dialog writes them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from sqlmodel import Session

from thabat.app.demo.aftermath import Logged
from thabat.app.demo.areas import Area, AreaPlan
from thabat.app.demo.growth import PlannedAction, SkillTrack, ratings
from thabat.app.demo.moments import at, clamp, later, stamp
from thabat.app.demo.people import People, Person
from thabat.app.demo.texts import PromptCatalogue, Writer
from thabat.app.demo.timeline import HEAVY_STAGES, Journey
from thabat.app.views.reflections import FELT_SUFFIX, TRAP_PREFIX, ReflectionDraft
from thabat.app.services import reflection_growth
from thabat.app.services.due import complete_item
from thabat.app.services.follow_ups import schedule_follow_up
from thabat.app.services.reflections import complete_reflection, open_reflection, set_mode, store_draft
from thabat.app.text.direction import has_arabic

REFLECT_ODDS = {"application": 0.03, "screening": 0.25, "assessment": 0.25}
"""Chance of a reflection per rejection stage; heavier stages get one 80 % of the time."""
DRAFT_STEPS = {"reply": 1, "feedback": 1, "learn": 4, "traps": 2, "contacts": 1, "close": 2}
FOLLOW_UP_DELAY = 56


@dataclass
class Planned:
    """A reflection to write, with what the rest of the demo needs to know about it."""

    journey: Journey
    rejection: Logged
    day: date
    lang: str
    pause: str | None
    areas: list[Area]
    draft: ReflectionDraft
    contact: Person | None = None
    follow_up: tuple[date, date | None, str] | None = None
    """(due, done or None, message) of the follow-up scheduled in the contacts step."""
    actions: list[PlannedAction] = field(default_factory=list)


def plan_reflections(
    rng: random.Random, writer: Writer, catalogue: PromptCatalogue, journeys: list[Journey],
    rejections: dict[int, Logged], people: People, mood: list[float], tracks: list[SkillTrack], start: date,
    today: date, years: int, plan: AreaPlan,
) -> list[Planned]:
    chosen = [i for i, logged in rejections.items() if rng.random() < REFLECT_ODDS.get(logged.stage, 0.8)]
    chosen.sort(key=lambda i: (rejections[i].received_on, i))
    langs = (["ar", "en"] * (len(chosen) // 2 + 1))[: len(chosen)]
    rng.shuffle(langs)  # exactly half in each language, in no particular order
    days = [min(today, rejections[i].received_on + timedelta(days=rng.choices((0, 1, 2, 3, 5), (40, 30, 15, 10, 5))[0]))
            for i in chosen]
    drafts = {n for n, day in enumerate(days) if day >= today - timedelta(days=21) and rng.random() < 0.45}
    if chosen and not drafts:
        drafts.add(len(chosen) - 1)
    steps = catalogue.steps
    span = max(1, (today - start).days)
    planned = []
    for n, index in enumerate(chosen):
        pause = rng.choices(list(DRAFT_STEPS), list(DRAFT_STEPS.values()))[0] if n in drafts else None
        reached = steps.index(pause) if pause in steps else len(steps)
        planned.append(_plan(
            rng, writer, catalogue, journeys[index], rejections[index], people, index, langs[n], days[n],
            mood[(days[n] - start).days], set(steps[:reached]), pause, plan, tracks, (days[n] - start).days / span,
            today,
        ))
    _name_strengths(rng, writer, planned, 12 + 5 * years)
    _keep_a_follow_up_due(rng, writer, planned, today)
    return planned


def _plan(
    rng: random.Random, writer: Writer, catalogue: PromptCatalogue, journey: Journey, rejection: Logged,
    people: People, index: int, lang: str, day: date, level: float, passed: set[str], pause: str | None,
    plan: AreaPlan, tracks: list[SkillTrack], progress: float, today: date,
) -> Planned:
    stage = rejection.stage
    heavy = stage in HEAVY_STAGES
    group = "interview" if heavy else "early"
    contact = people.interviewer.get(index) or people.recruiter.get(index)
    name = rejection.interviewer or (contact.name if contact else "")
    values = dict(company=journey.company.name, role=journey.role, tool=rng.choice(writer.pool("tools")), name=name,
                  n=rng.randint(3, 8))
    values["greeting"] = writer.data["greetings"]["named" if name else "team"][lang].format(
        name=name, company=journey.company.name)
    before = clamp(level - (1.2 if heavy else 0.5) + rng.gauss(0, 0.8), 0, 10)
    texts = {"feeling": writer.one(writer.pool("reflection", "feeling", "heavy" if heavy else "light", lang))}
    if "reply" in passed and rejection.channel != "no_answer":
        texts["reply_text"] = writer.one(writer.pool("reflection", "reply", lang), **values)
    if "feedback" in passed and rejection.feedback_requested_on:
        texts["feedback_request_text"] = writer.one(writer.pool("reflection", "feedback_request", lang), **values)
    areas, answers, rated = [], {}, {}
    if "learn" in passed:
        texts["went_well"] = writer.some(writer.pool("reflection", "went_well", group, lang), rng.randint(1, 2),
                                         **values)
        areas = plan.pick(rng, stage, day)
        improve = [writer.one(area.to_improve[lang], **values) for area in areas]
        if not improve or rng.random() < 0.4:
            improve.append(writer.one(writer.pool("reflection", "to_improve", group, lang), **values))
        texts["to_improve"] = " ".join(text for text in improve if text)
        answers = _answers(rng, writer, catalogue, stage, lang, values)
        rated = ratings(rng, tracks, heavy, progress)
    if "traps" in passed and catalogue.trap_keys and rng.random() < (0.45 if heavy else 0.25):
        for key in rng.sample(catalogue.trap_keys, 2 if rng.random() < 0.15 else 1):
            text = writer.one(writer.pool("traps", key, lang), **values)
            if text:
                answers[f"{TRAP_PREFIX}{key}{FELT_SUFFIX}"] = "yes"
                answers[f"{TRAP_PREFIX}{key}"] = text
    follow_up = None
    if "contacts" in passed and contact is not None and heavy and rng.random() < 0.6:
        due = rejection.received_on + timedelta(days=FOLLOW_UP_DELAY + rng.randint(-3, 7))
        done = due + timedelta(days=rng.randint(0, 6)) if due <= today - timedelta(days=10) else None
        follow_up = (due, done, _follow_up_message(writer, contact))
    draft = ReflectionDraft(step=pause or "close", confidence_before=before, answers=answers, ratings=rated, **texts)
    if pause is None:
        draft = replace(
            draft, confidence_after=clamp(before + rng.choices((-1, 0, 1, 2, 3), (5, 15, 45, 25, 10))[0], 0, 10),
            next_steps=writer.some(writer.pool("reflection", "next_steps", lang), rng.randint(1, 2), **values),
            planned_applications=rng.randint(3, 10),
            tags=tuple(writer.pool("tags", "stages", stage, lang)) or None,  # from the data: no dice thrown
        )
    return Planned(journey, rejection, day, lang, pause, areas, draft, contact, follow_up)


def _answers(rng: random.Random, writer: Writer, catalogue: PromptCatalogue, stage: str, lang: str,
             values: dict) -> dict[str, str]:
    keys = [key for key in catalogue.for_stage(stage) if writer.pool("answers", key, lang)]
    count = min(len(keys), rng.randint(2, 4) if stage in HEAVY_STAGES else rng.randint(1, 3))
    answers = {}
    for key in rng.sample(keys, count):
        text = writer.one(writer.pool("answers", key, lang), **values)
        if text:
            answers[key] = text
    return answers


def _follow_up_message(writer: Writer, person: Person) -> str:
    return writer.one(writer.pool("follow_ups", "ar" if has_arabic(person.name) else "en"), name=person.name)


def _name_strengths(rng: random.Random, writer: Writer, planned: list[Planned], count: int) -> None:
    """Some finished reflections name a strength (a win, now and then); each text once on the list."""
    done = [p for p in planned if p.pause is None]
    tools = writer.pool("tools")
    used: set[str] = set()
    for record in sorted(rng.sample(done, min(len(done), count)), key=lambda p: p.day):
        if rng.random() < 0.35:
            win = rng.choice(writer.data["wins"])
            text = writer.one([win[record.lang]], tool=rng.choice(tools))
        else:
            text = writer.one(writer.pool("reflection", "strength", record.lang), company=record.journey.company.name,
                              role=record.journey.role, tool=rng.choice(tools))
        if text and text not in used:
            used.add(text)
            record.draft = replace(record.draft, strength=text)


def _keep_a_follow_up_due(rng: random.Random, writer: Writer, planned: list[Planned], today: date) -> None:
    """Today should show a follow-up: this time the user chose to write sooner than eight weeks."""
    if any(p.follow_up and p.follow_up[1] is None and p.follow_up[0] <= today for p in planned):
        return
    candidates = [p for p in planned if p.contact is not None and p.rejection.stage in HEAVY_STAGES
                  and p.rejection.received_on <= today - timedelta(days=14) and p.pause in (None, "close")]
    if candidates:
        latest = candidates[-1]
        due = max(latest.rejection.received_on + timedelta(days=14), today - timedelta(days=rng.randint(0, 4)))
        latest.follow_up = (due, None, _follow_up_message(writer, latest.contact))


def write_reflections(session: Session, rng: random.Random, planned: list[Planned], people: People,
                      today: date) -> dict[str, int]:
    """Each planned reflection written as the guided dialog writes it; returns the areas' ids by name.

    Through the steps' forms that build no read model: the dialog shows one after each step, the demo none."""
    area_ids: dict[str, int] = {}
    for record in planned:
        moment = stamp(record.day, rng, today, 17, 23)
        with at(moment):
            reflection_id = open_reflection(session, record.rejection.id)
            set_mode(session, reflection_id, "full")  # as a user picks on the first screen
        for area in record.areas:
            moment = later(moment, rng, 2, 6)
            with at(moment):
                area_ids[area.name] = reflection_growth.cite_area(session, reflection_id, area.name).id
        for item in record.actions:
            with at(moment):
                item.id = reflection_growth.add_action(session, reflection_id, item.title, item.due_on, record.day,
                                                       area_ids.get(item.area.name) if item.area else None).id
        if record.follow_up is not None:
            due, done, message = record.follow_up
            contact_id = people.contact_id(session, record.contact, record.day)
            with at(moment):
                follow_up = schedule_follow_up(session, record.rejection.id, due, record.day, contact_id, message)
            if done is not None:
                with at(stamp(done, rng, today)):
                    complete_item(session, "follow_up", follow_up.id, done)
        with at(later(moment, rng, 5, 60)):
            if record.pause is None:
                complete_reflection(session, reflection_id, record.draft, record.day)
            else:
                store_draft(session, reflection_id, record.draft, record.day)
    return area_ids
