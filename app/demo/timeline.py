"""The shape of the demo's job search: when applications go out and how far each one gets.

Applications follow a weekly rhythm (steady weeks, bursts, quiet weeks, the odd break), slow
down for a few days after an interview-stage rejection and pick up again after. Each one walks a
realistic funnel; whatever would happen after `today` is cut off, so recent ones are pending, except
an interview the user was already invited to: it stays, scheduled ahead (Today's *Coming up*).
This is only the plan: app/demo/pipeline.py records it through the services.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date, time, timedelta

from thabat.app.demo.postings import Posting, posting
from thabat.app.demo.texts import Writer
from thabat.app.text.direction import has_arabic

APPLICATIONS_PER_YEAR = 400
WEEKDAY_WEIGHT = (1.15, 1.2, 1.15, 1.1, 0.75, 0.6, 1.05)
"""Monday to Sunday; they average 1, so weekly levels keep their meaning."""
WEEK_LEVELS = {"steady": 1.0, "burst": 1.9, "quiet": 0.35, "break": 0.05}
WEEK_TRANSITIONS = {
    "steady": {"steady": 66, "burst": 14, "quiet": 17, "break": 3},
    "burst": {"steady": 45, "burst": 45, "quiet": 10},
    "quiet": {"steady": 45, "quiet": 50, "burst": 5},
    "break": {"steady": 50, "break": 50},
}
PACE_CORRECTION = 1.06
"""Makes up for the days lost to post-rejection dips, so a year holds about 400 applications."""
HEAVY_STAGES = ("interview", "final", "offer_withdrawn")
"""Rejection stages that hurt: they dent confidence and the pace of applications."""
CHANNEL_ODDS = {
    "application": {"email": 50, "no_answer": 33, "portal": 17},
    "screening": {"email": 60, "phone": 25, "portal": 15},
    "assessment": {"email": 65, "portal": 25, "phone": 10},
    "interview": {"email": 60, "phone": 35, "portal": 5},
    "final": {"email": 45, "phone": 55},
    "offer_withdrawn": {"email": 50, "phone": 50},
}


@dataclass(frozen=True)
class Company:
    name: str
    region: str

    @property
    def arabic(self) -> bool:
        return has_arabic(self.name)


SCHEDULED_AHEAD = 21
"""An interview up to this many days after today stays in the plan when the invitation came by today."""
INTERVIEW_TIMES = (time(9, 30), time(10, 0), time(11, 0), time(12, 30), time(13, 0), time(14, 0), time(15, 30),
                   time(16, 0))


@dataclass
class Step:
    stage: str
    on: date
    round: int | None = None
    note: str = ""
    kind: str = ""
    """Interview kind (phone, technical, onsite, final) or the answer to an offer (accepted, declined)."""
    starts_at: time | None = None
    recorded_on: date | None = None
    """The day the user wrote the step down: an interview when it was scheduled, anything else when it happened."""

    @property
    def noted_on(self) -> date:
        return self.recorded_on or self.on


@dataclass
class Journey:
    """One application as far as it got by `today`."""

    company: Company
    role: str
    lang: str
    location: str
    notes: str
    steps: list[Step]
    outcome: str
    posting: Posting
    channel: str | None = None
    reject_stage: str | None = None
    reject_round: int | None = None

    @property
    def applied_on(self) -> date:
        return self.steps[0].on

    @property
    def rejected_on(self) -> date | None:
        return self.steps[-1].on if self.outcome == "rejected" else None

    @property
    def heavy(self) -> bool:
        return self.reject_stage in HEAVY_STAGES

    def reached(self, *stages: str) -> bool:
        return any(step.stage in stages for step in self.steps)

    def happened(self, today: date) -> list[Step]:
        """The steps on or before `today` (a scheduled interview may lie ahead)."""
        return [step for step in self.steps if step.on <= today]


def plan_search(rng: random.Random, writer: Writer, start: date, today: date) -> list[Journey]:
    """Every application from `start` to `today`, in the order they were sent."""
    days = (today - start).days + 1
    levels = _week_levels(rng, days // 7 + 1)
    companies, weights = _companies(rng, writer)
    per_day = APPLICATIONS_PER_YEAR / 365 * PACE_CORRECTION
    journeys: list[Journey] = []
    hard_news: dict[date, int] = {}
    dip_until = boost_until = start
    for offset in range(days):
        day = start + timedelta(days=offset)
        if hard_news.pop(day, 0) and rng.random() < 0.5:
            dip_until = day + timedelta(days=rng.randint(2, 5))
            boost_until = dip_until + timedelta(days=rng.randint(5, 10))
        pace = 0.3 if day < dip_until else 1.4 if day < boost_until else 1.0
        rate = per_day * levels[offset // 7] * WEEKDAY_WEIGHT[day.weekday()] * pace
        # Applications come in sittings: fewer days with one, more on each of those days.
        sitting = min(0.85, rate / 2.6)
        count = 1 + _poisson(rng, rate / sitting - 1) if rate > 0 and rng.random() < sitting else 0
        for _ in range(count):
            company = rng.choices(companies, cum_weights=weights)[0]
            journey = _journey(rng, writer, company, day, today, skill=0.85 + 0.3 * offset / days)
            journeys.append(journey)
            if journey.heavy:
                hard_news[journey.rejected_on] = hard_news.get(journey.rejected_on, 0) + 1
    return journeys


def _week_levels(rng: random.Random, weeks: int) -> list[float]:
    state, levels = "burst", []  # a job search starts with energy
    for _ in range(weeks):
        levels.append(WEEK_LEVELS[state] * rng.uniform(0.8, 1.2))
        odds = WEEK_TRANSITIONS[state]
        state = rng.choices(list(odds), list(odds.values()))[0]
    # Normalised year by year: busy and quiet spells, but about the same total every year.
    for first in range(0, weeks, 52):
        year = levels[first:first + 52]
        mean = sum(year) / len(year)
        levels[first:first + 52] = [level / mean for level in year]
    return levels


def _companies(rng: random.Random, writer: Writer) -> tuple[list[Company], list[float]]:
    """Companies in a random order of popularity (a few get many applications), cumulative weights."""
    companies = [Company(c["name"], c["region"]) for c in writer.data["companies"]]
    rng.shuffle(companies)
    weights, total = [], 0.0
    for rank, company in enumerate(companies):
        local = 1.4 if company.region == "gulf" or company.arabic else 1.0
        total += local / (rank + 4) ** 0.8
        weights.append(total)
    return companies, weights


def _poisson(rng: random.Random, rate: float) -> int:
    if rate <= 0:
        return 0
    limit, count, product = math.exp(-rate), 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


def _journey(rng: random.Random, writer: Writer, company: Company, day: date, today: date, skill: float) -> Journey:
    if company.arabic:
        lang = "ar" if rng.random() < 0.8 else "en"
    else:
        lang = "ar" if rng.random() < (0.03 if company.region == "intl" else 0.25) else "en"
    roles = writer.pool("roles", lang)
    role = rng.choices(roles, [1 / math.sqrt(i + 1.5) for i in range(len(roles))])[0]
    remote = rng.random() < 0.12
    location = "" if remote else rng.choice(writer.pool("locations", company.region, lang))
    notes = writer.one(writer.pool("application_notes", lang)) if rng.random() < 0.1 else ""
    details = posting(rng, writer, company.name, company.region, role, lang, day, remote)

    steps, channel, reject_stage = _funnel(rng, day, skill)
    steps = _as_known_by(rng, steps, today)
    tools = writer.pool("tools")
    for step in steps[1:]:
        if step.stage != "rejected" and rng.random() < (0.45 if step.stage in ("interview", "final") else 0.25):
            step.note = writer.one(writer.pool("stage_notes", step.stage, lang), tool=rng.choice(tools))
    last = steps[-1].stage
    if last == "rejected":
        outcome = "rejected"
    elif last in ("offer", "withdrawn"):
        outcome = last
    elif any(step.stage in ("interview", "final") for step in steps):
        outcome = "interview"
    else:
        outcome = "pending"
    if last == "offer":  # an offer still open in the last fortnight is undecided; most earlier ones declined
        offer = steps[-1]
        if offer.on <= today - timedelta(days=14):
            offer.kind = "accepted" if rng.random() < 0.3 else "declined"
    journey = Journey(company, role, lang, location, notes, steps, outcome, details)
    if outcome == "rejected":
        journey.channel, journey.reject_stage = channel, reject_stage
        journey.reject_round = steps[-2].round if reject_stage == "interview" else None
    return journey


def _as_known_by(rng: random.Random, steps: list[Step], today: date) -> list[Step]:
    """The steps that happened by `today`, and the next one if it is an interview already scheduled."""
    known = [step for step in steps if step.on <= today]
    for step in steps[1:]:
        if step.stage in ("interview", "final"):
            # invited a few days ahead, never before the step that led to it
            before = steps[steps.index(step) - 1].on
            step.recorded_on = max(before, step.on - timedelta(days=rng.randint(3, 9)))
            step.starts_at = rng.choice(INTERVIEW_TIMES)
    ahead = steps[len(known)] if len(known) < len(steps) else None
    if (ahead is not None and ahead.stage in ("interview", "final") and ahead.recorded_on <= today
            and ahead.on <= today + timedelta(days=SCHEDULED_AHEAD)):
        known.append(ahead)
    return known


def _funnel(rng: random.Random, applied_on: date, skill: float) -> tuple[list[Step], str | None, str | None]:
    """The whole path of one application, ignoring today: its steps and, if rejected, channel and stage.

    Odds are tuned for roughly 60 % rejected, 20 % reaching an interview and 2 % offers; `skill`
    grows over the search, so later applications go a little further.
    """
    steps = [Step("applied", applied_on)]

    def go(stage: str, low: int, high: int, round_: int | None = None) -> None:
        steps.append(Step(stage, steps[-1].on + timedelta(days=rng.randint(low, high)), round_))

    def fate(advance: float, reject: float, withdraw: float, silent: float) -> str:
        return rng.choices(("advance", "reject", "withdraw", "silent"), (advance * skill, reject, withdraw, silent))[0]

    def end(how: str, stage: str) -> tuple[list[Step], str | None, str | None]:
        if how == "withdraw":
            go("withdrawn", 1, 10)
        if how != "reject":
            return steps, None, None
        odds = CHANNEL_ODDS[stage]
        channel = rng.choices(list(odds), list(odds.values()))[0]
        if channel == "no_answer":
            go("rejected", 30, 60)  # silence is logged as a rejection after a month or two
        elif stage == "application":
            steps.append(Step("rejected", applied_on + timedelta(days=2 + min(58, int(rng.expovariate(1 / 9))))))
        else:
            go("rejected", 2, 25 if stage == "offer_withdrawn" else 12)
        return steps, channel, stage

    how = fate(0.37, 0.33, 0.02, 0.27)
    if how != "advance":
        return end(how, "application")
    go("screening", 3, 20)
    how = fate(0.70, 0.25, 0.04, 0.03)
    if how != "advance":
        return end(how, "screening")
    if rng.random() < 0.45:
        go("assessment", 2, 8)
        how = fate(0.65, 0.30, 0.03, 0.02)
        if how != "advance":
            return end(how, "assessment")
    go("interview", 4, 14, 1)
    steps[-1].kind = "phone" if rng.random() < 0.6 else "technical"
    while True:
        how = fate(0.55, 0.40, 0.03, 0.04)
        if how != "advance":
            return end(how, "interview")
        if steps[-1].round < 3 and rng.random() < 0.45:
            go("interview", 4, 12, steps[-1].round + 1)
            steps[-1].kind = "technical" if steps[-1].round == 2 else "onsite"
        else:
            break
    go("final", 5, 14)
    steps[-1].kind = "final"
    how = rng.choices(("offer", "reject", "withdraw", "silent"), (0.25 * skill, 0.68, 0.05, 0.02))[0]
    if how != "offer":
        return end(how, "final")
    go("offer", 2, 10)
    if rng.random() < 0.08:
        return end("reject", "offer_withdrawn")
    return steps, None, None
