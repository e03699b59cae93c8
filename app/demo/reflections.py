"""Guided reflections in the demo: half in Arabic, most after interview-stage rejections.

A reflection is written a few days after the news, answers catalogue prompts for its stage,
sometimes reframes a thinking trap, and names improvement areas. The most recent ones may still
be drafts, filled only up to the step where the user paused.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from thabat.app.demo.aftermath import Cast
from thabat.app.demo.areas import Area, AreaPlan
from thabat.app.demo.rows import Ids, Row, clamp, later, new_row, stamp
from thabat.app.demo.texts import PromptCatalogue, Writer
from thabat.app.demo.timeline import HEAVY_STAGES, Journey
from thabat.storage.models import Reflection, ReflectionAnswer

REFLECT_ODDS = {"application": 0.03, "screening": 0.25, "assessment": 0.25}
"""Chance of a reflection per rejection stage; heavier stages get one 80 % of the time."""
DRAFT_STEPS = {"reply": 1, "feedback": 1, "learn": 4, "traps": 2, "contacts": 1, "close": 2}


@dataclass
class Written:
    """A reflection with what the rest of the demo needs to know about it."""

    reflection: Row
    journey: Journey
    day: date
    lang: str
    areas: list[Area]
    learned: bool
    """Whether the user got past the "learn" step (skill ratings and areas are saved there)."""


def write_reflections(
    rng: random.Random, writer: Writer, catalogue: PromptCatalogue, journeys: list[Journey],
    rejections: dict[int, Row], people: Cast, mood: list[float], start: date, today: date,
    plan: AreaPlan, ids: Ids,
) -> tuple[list[Written], list[Row]]:
    chosen = [i for i, row in rejections.items() if rng.random() < REFLECT_ODDS.get(row.stage, 0.8)]
    chosen.sort(key=lambda i: (rejections[i].received_on, i))
    langs = (["ar", "en"] * (len(chosen) // 2 + 1))[: len(chosen)]
    rng.shuffle(langs)  # exactly half in each language, in no particular order
    days = [min(today, rejections[i].received_on + timedelta(days=rng.choices((0, 1, 2, 3, 5), (40, 30, 15, 10, 5))[0]))
            for i in chosen]
    drafts = {n for n, day in enumerate(days) if day >= today - timedelta(days=21) and rng.random() < 0.45}
    if chosen and not drafts:
        drafts.add(len(chosen) - 1)
    steps = catalogue.steps
    written, answers = [], []
    for n, index in enumerate(chosen):
        pause = rng.choices(list(DRAFT_STEPS), list(DRAFT_STEPS.values()))[0] if n in drafts else None
        reached = steps.index(pause) if pause in steps else len(steps)
        passed = set(steps[:reached])
        record, made = _reflection(
            rng, writer, catalogue, journeys[index], rejections[index], people, index, langs[n], days[n],
            mood[(days[n] - start).days], passed, pause, plan, today, ids,
        )
        written.append(record)
        answers += made
    return written, answers


def _reflection(
    rng: random.Random, writer: Writer, catalogue: PromptCatalogue, journey: Journey, rejection: Row,
    people: Cast, index: int, lang: str, day: date, level: float, passed: set[str], pause: str | None,
    plan: AreaPlan, today: date, ids: Ids,
) -> tuple[Written, list[Row]]:
    stage = rejection.stage
    heavy = stage in HEAVY_STAGES
    group = "interview" if heavy else "early"
    contact = people.interviewer.get(index) or people.recruiter.get(index)
    name = rejection.interviewer or (contact.name if contact else "")
    tools = writer.pool("tools")
    values = dict(company=journey.company.name, role=journey.role, tool=rng.choice(tools), name=name,
                  n=rng.randint(3, 8))
    greeting_kind = "named" if name else "team"
    values["greeting"] = writer.data["greetings"][greeting_kind][lang].format(name=name, company=journey.company.name)
    created = stamp(day, rng, today, 17, 23)
    row = new_row(
        Reflection, id=ids(Reflection), rejection_id=rejection.id, state="draft" if pause else "done",
        step=pause or "close", private=rng.random() < 0.05, created_at=created,
    )
    before = clamp(level - (1.2 if heavy else 0.5) + rng.gauss(0, 0.8), 0, 10)
    row.confidence_before = before
    row.feeling = writer.one(writer.pool("reflection", "feeling", "heavy" if heavy else "light", lang))
    if "reply" in passed and rejection.channel != "no_answer":
        row.reply_text = writer.one(writer.pool("reflection", "reply", lang), **values)
    if "feedback" in passed and rejection.feedback_requested_on:
        row.feedback_request_text = writer.one(writer.pool("reflection", "feedback_request", lang), **values)
    areas, answers = [], []
    if "learn" in passed:
        row.went_well = writer.some(writer.pool("reflection", "went_well", group, lang), rng.randint(1, 2), **values)
        areas = plan.pick(rng, stage, day)
        improve = [writer.one(area.to_improve[lang], **values) for area in areas]
        if not improve or rng.random() < 0.4:
            improve.append(writer.one(writer.pool("reflection", "to_improve", group, lang), **values))
        row.to_improve = " ".join(text for text in improve if text)
        answers += _answers(rng, writer, catalogue, stage, lang, values, row.id, ids)
    if "traps" in passed and catalogue.trap_keys and rng.random() < (0.45 if heavy else 0.25):
        for key in rng.sample(catalogue.trap_keys, 2 if rng.random() < 0.15 else 1):
            text = writer.one(writer.pool("traps", key, lang), **values)
            if text:
                answers.append(new_row(ReflectionAnswer, id=ids(ReflectionAnswer), reflection_id=row.id,
                                                prompt_key=f"trap.{key}", text=text))
    if pause is None:
        row.confidence_after = clamp(before + rng.choices((-1, 0, 1, 2, 3), (5, 15, 45, 25, 10))[0], 0, 10)
        row.strength = writer.one(writer.pool("reflection", "strength", lang), **values)
        row.next_steps = writer.some(writer.pool("reflection", "next_steps", lang), rng.randint(1, 2), **values)
        row.planned_applications = rng.randint(3, 10)
        row.completed_at = later(created, rng, 15, 70)
        row.updated_at = row.completed_at
    else:
        row.updated_at = later(created, rng, 5, 20)
    return Written(row, journey, day, lang, areas, "learn" in passed), answers


def _answers(rng: random.Random, writer: Writer, catalogue: PromptCatalogue, stage: str, lang: str, values: dict,
             reflection_id: int, ids: Ids) -> list[Row]:
    keys = [key for key in catalogue.for_stage(stage) if writer.pool("answers", key, lang)]
    count = min(len(keys), rng.randint(2, 4) if stage in HEAVY_STAGES else rng.randint(1, 3))
    made = []
    for key in rng.sample(keys, count):
        text = writer.one(writer.pool("answers", key, lang), **values)
        if text:
            made.append(new_row(ReflectionAnswer, id=ids(ReflectionAnswer), reflection_id=reflection_id,
                                prompt_key=key, text=text))
    return made
