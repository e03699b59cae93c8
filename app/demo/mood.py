"""Confidence over the search: a daily mood shaped by the news, and the check-ins drawn from it
(recorded with Today's check-in, on their days)."""

from __future__ import annotations

import math
import random
from datetime import date, timedelta

from sqlmodel import Session, select

from thabat.app.demo.moments import at, clamp, stamp
from thabat.app.demo.texts import Writer
from thabat.app.demo.timeline import Journey
from thabat.app.services.checkins import record_check_in
from thabat.storage.models import CheckIn

BAD_NEWS = {  # rejection stage: (dent in confidence, days it takes to fade)
    "application": (-0.05, 2), "screening": (-0.3, 3), "assessment": (-0.4, 3),
    "interview": (-1.0, 5), "final": (-1.6, 6), "offer_withdrawn": (-3.0, 10),
}
GOOD_NEWS = {"interview": (0.5, 3), "final": (0.8, 4), "offer": (1.5, 10)}
CHECK_IN_ODDS = (0.55, 0.8)
"""Chance of a check-in after a day without one, and after a day with one (about 70 % of days)."""


def daily_mood(rng: random.Random, journeys: list[Journey], start: date, today: date) -> list[float]:
    """Confidence (0-10, fractional) for each day from `start` to `today`.

    A baseline that slowly rises, dents after rejections that fade, lifts from invitations and
    offers, a rough patch every couple of months, and day-to-day noise that lingers.
    """
    days = (today - start).days + 1
    news = [0.0] * days

    def add(on: date, amount: float, fade: int) -> None:
        first = (on - start).days
        for offset in range(max(0, -first), min(4 * fade, days - first)):
            news[first + offset] += amount * math.exp(-offset / fade)

    for journey in journeys:
        if journey.reject_stage:
            add(journey.rejected_on, *BAD_NEWS[journey.reject_stage])
        for step in journey.happened(today):
            if step.stage in GOOD_NEWS and (step.stage != "interview" or step.round == 1):
                add(step.on, *GOOD_NEWS[step.stage])
    mood, noise, patch_left = [], 0.0, 0
    for offset in range(days):
        if patch_left == 0 and rng.random() < 1 / 70:
            patch_left = rng.randint(3, 8)
        patch = -1.5 if patch_left else 0.0
        patch_left = max(0, patch_left - 1)
        noise = 0.6 * noise + rng.gauss(0, 0.7)
        value = 5.9 + 0.8 * offset / days + news[offset] + patch + noise
        mood.append(min(10.0, max(0.0, value)))
    return mood


def check_ins(session: Session, rng: random.Random, writer: Writer, mood: list[float], start: date,
              today: date) -> int:
    """A check-in on about 70 % of days; the last five days before today always have one, today none.

    Days the journal already has a check-in for are left alone. Returns how many were recorded.
    """
    taken = set(session.exec(select(CheckIn.day).where(CheckIn.day >= start)).all())  # a read: what is there
    recent = today - timedelta(days=5)
    present, planned = True, []
    for offset, level in enumerate(mood):
        day = start + timedelta(days=offset)
        present = rng.random() < CHECK_IN_ODDS[present]
        if day >= today or (not present and day < recent) or day in taken:
            continue
        score = clamp(level + rng.gauss(0, 0.6), 0, 10)
        if day >= recent:
            score = clamp(score, 3, 9)
        planned.append([day, score])
    _end_well(planned, recent)
    for day, score in planned:
        note = ""
        if rng.random() < 0.12:
            band = "low" if score <= 3 else "mid" if score <= 6 else "high"
            note = writer.one(writer.pool("check_in_notes", band, rng.choice(("ar", "en"))))
        with at(stamp(day, rng, today)):
            record_check_in(session, score, note, day=day, today=day)
    return len(planned)


def _end_well(planned: list[list], recent: date) -> None:
    """The last days shown on Today: ups and downs, but not a wall of low scores."""
    last = [item for item in planned if item[0] >= recent]
    if last and max(score for _, score in last) < 6:
        for item, lift in zip(last[-2:], (6, 7)):
            item[1] = lift
