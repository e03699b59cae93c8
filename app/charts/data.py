"""What the charts show, read from the journal as plain read models (no ORM objects, no matplotlib).

Every loader takes a `Period`: applications count by the day applied, check-ins by their day,
rejections by the day received, skill ratings by the day rated. `Period.start` None means "from
the first thing recorded".
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func
from sqlmodel import Session, select

from thabat.app.services.encouragement import bounce_back_days
from thabat.app.text import catalogue
from thabat.app.text.dates import DateStyle, local_day, month_start
from thabat.storage.database import dbapi_connection
from thabat.storage.models import OUTCOMES, Application, CheckIn, Reflection, Rejection, Skill, SkillRating

ROLLING_DAYS = 14
"""The confidence chart's rolling mean covers this many days, so one hard day does not dominate it."""

WEEKLY_UP_TO_DAYS = 190
"""Up to about six months, applications are counted per week; beyond, per month."""

FUNNEL_STEPS = ("applied", "screen", "interview", "final", "offer")

# How far each recorded step shows an application went (index into FUNNEL_STEPS).
_HISTORY_LEVEL = {"applied": 0, "screening": 1, "assessment": 1, "interview": 2, "final": 3, "offer": 4}
_REJECTION_LEVEL = {"application": 0, "screening": 1, "assessment": 1, "interview": 2, "final": 3, "offer_withdrawn": 4}
_OUTCOME_LEVEL = {"interview": 2, "offer": 4}


@dataclass(frozen=True)
class Period:
    """The days a chart covers, both ends included."""

    start: date | None
    end: date

    def contains(self, day: date) -> bool:
        return (self.start is None or day >= self.start) and day <= self.end


@dataclass(frozen=True)
class ApplicationCounts:
    """Applications per bucket (week starting Monday, or calendar month), by outcome."""

    bucket: str  # week | month
    starts: tuple[date, ...]
    counts: dict[str, tuple[int, ...]]  # outcome -> one count per bucket, outcomes in OUTCOMES order
    span: tuple[date, date] | None

    @property
    def total(self) -> int:
        return sum(sum(values) for values in self.counts.values())


@dataclass(frozen=True)
class ConfidenceSeries:
    check_ins: tuple[tuple[date, int], ...]
    before: tuple[tuple[date, int], ...]
    after: tuple[tuple[date, int], ...]
    rolling: tuple[tuple[date, float], ...]
    rejections: tuple[date, ...]
    span: tuple[date, date] | None

    @property
    def is_empty(self) -> bool:
        return not (self.check_ins or self.before or self.after)


@dataclass(frozen=True)
class Funnel:
    steps: tuple[str, ...]
    counts: tuple[int, ...]

    def rate(self, index: int) -> float | None:
        """The share of the step before that reached step `index`, in percent."""
        if index == 0 or self.counts[index - 1] == 0:
            return None
        return 100.0 * self.counts[index] / self.counts[index - 1]


@dataclass(frozen=True)
class SkillSeries:
    name: str
    ratings: tuple[tuple[date, int], ...]


@dataclass(frozen=True)
class SkillRatings:
    skills: tuple[SkillSeries, ...]
    span: tuple[date, date] | None


@dataclass(frozen=True)
class BounceBack:
    points: tuple[tuple[date, int], ...]  # (rejection received on, days to the next application)
    span: tuple[date, date] | None


def _span(days: list[date], period: Period) -> tuple[date, date] | None:
    if not days:
        return None
    return (period.start or min(days), period.end)


def application_counts(session: Session, period: Period, style: DateStyle, bucket: str | None = None) -> ApplicationCounts:
    """Applications per week or month (`bucket` None chooses by the period's length)."""
    query = select(Application.applied_on, Application.outcome).where(Application.applied_on <= period.end)
    if period.start is not None:
        query = query.where(Application.applied_on >= period.start)
    rows = session.exec(query).all()
    days = [day for day, _ in rows]
    span = _span(days, period)
    if bucket is None:
        bucket = "week" if span is None or (span[1] - span[0]).days <= WEEKLY_UP_TO_DAYS else "month"

    def start_of(day: date) -> date:
        return day - timedelta(days=day.weekday()) if bucket == "week" else month_start(day, style)

    if span is None:
        return ApplicationCounts(bucket, (), {o: () for o in OUTCOMES}, None)
    starts = []
    cursor = start_of(span[0])
    while cursor <= span[1]:  # every bucket of the span, empty ones too, so gaps show as gaps
        starts.append(cursor)
        cursor = start_of(cursor + timedelta(days=7 if bucket == "week" else 32))
    index = {start: i for i, start in enumerate(starts)}
    tally: dict[str, list[int]] = {o: [0] * len(starts) for o in OUTCOMES}
    for day, outcome in rows:
        tally[outcome][index[start_of(day)]] += 1
    return ApplicationCounts(bucket, tuple(starts), {o: tuple(v) for o, v in tally.items()}, span)


def _rolling_mean(points: list[tuple[date, int]], days: int) -> list[tuple[date, float]]:
    """For each day with a value: the mean of all values of the `days` days ending that day."""
    ordered = sorted(points)
    result: list[tuple[date, float]] = []
    total, first = 0, 0
    for i, (day, value) in enumerate(ordered):
        total += value
        while ordered[first][0] <= day - timedelta(days=days):  # slide the window's start forward
            total -= ordered[first][1]
            first += 1
        if i + 1 < len(ordered) and ordered[i + 1][0] == day:
            continue  # several values that day: one mean, once all of them are in
        result.append((day, total / (i + 1 - first)))
    return result


def confidence_series(session: Session, period: Period) -> ConfidenceSeries:
    """Check-ins, reflection before/after values, their rolling mean, and the rejections."""
    check_query = select(CheckIn.day, CheckIn.score).where(CheckIn.day <= period.end).order_by(CheckIn.day)
    if period.start is not None:
        check_query = check_query.where(CheckIn.day >= period.start)
    check_ins = [(day, score) for day, score in session.exec(check_query).all()]
    before, after = [], []
    for created, completed, updated, value_before, value_after in session.exec(select(
        Reflection.created_at, Reflection.completed_at, Reflection.updated_at,
        Reflection.confidence_before, Reflection.confidence_after,
    )).all():
        # A reflection's "before" is when it was started, its "after" when it was finished (or last saved).
        started, finished = local_day(created), local_day(completed or updated)
        if value_before is not None and period.contains(started):
            before.append((started, value_before))
        if value_after is not None and period.contains(finished):
            after.append((finished, value_after))
    rejection_query = select(Rejection.received_on).where(Rejection.received_on <= period.end)
    if period.start is not None:
        rejection_query = rejection_query.where(Rejection.received_on >= period.start)
    rejections = sorted(session.exec(rejection_query).all())
    points = check_ins + before + after
    span = _span([day for day, _ in points], period)
    return ConfidenceSeries(
        check_ins=tuple(check_ins), before=tuple(sorted(before)), after=tuple(sorted(after)),
        rolling=tuple(_rolling_mean(points, ROLLING_DAYS)) if points else (),
        rejections=tuple(rejections), span=span,
    )


def funnel(session: Session, period: Period) -> Funnel:
    """How many applications (applied in the period) reached each step, counting a step as reached
    when the history, the rejection's stage or the outcome shows it, or a later step was reached."""
    # Plain sqlite3: five years are ~2,000 applications, ~5,000 history steps and ~1,200 rejections, and
    # making ORM rows of them took most of this chart's read.
    db = dbapi_connection(session)
    if period.start is not None:
        rows = db.execute("SELECT id, outcome FROM application WHERE applied_on >= ? AND applied_on <= ?",
                          (period.start.isoformat(), period.end.isoformat()))
    else:  # from the start: applications whose date the user does not know count too
        rows = db.execute("SELECT id, outcome FROM application WHERE applied_on <= ? OR applied_on IS NULL",
                          (period.end.isoformat(),))
    level = {app_id: _OUTCOME_LEVEL.get(outcome, 0) for app_id, outcome in rows}
    if level:
        for app_id, stage in db.execute("SELECT application_id, stage FROM stage_event"):
            if app_id in level and stage in _HISTORY_LEVEL:
                level[app_id] = max(level[app_id], _HISTORY_LEVEL[stage])
        for app_id, stage in db.execute("SELECT application_id, stage FROM rejection"):
            if app_id in level:
                level[app_id] = max(level[app_id], _REJECTION_LEVEL[stage])
    reached = Counter(level.values())
    counts = tuple(sum(n for lvl, n in reached.items() if lvl >= step) for step in range(len(FUNNEL_STEPS)))
    return Funnel(FUNNEL_STEPS, counts)


def skill_ratings(session: Session, period: Period, lang: str, skills: list[str] | None = None,
                  most: int = 5) -> SkillRatings:
    """Ratings over time of the chosen skills (by name), or of the `most` most often rated ones."""
    query = (select(Skill.name, Skill.key, SkillRating.rated_on, SkillRating.rating)
             .join(Skill, Skill.id == SkillRating.skill_id).where(SkillRating.rated_on <= period.end)
             .order_by(SkillRating.rated_on, SkillRating.id))
    if period.start is not None:
        query = query.where(SkillRating.rated_on >= period.start)
    series: dict[str, list[tuple[date, int]]] = defaultdict(list)
    labels: dict[str, str] = {}
    for name, key, day, rating in session.exec(query).all():
        series[name].append((day, rating))
        if name not in labels:  # once per skill, not per rating
            labels[name] = catalogue.label("default_skills", key, lang) if key else name
    if skills is not None:
        chosen = [name for name in skills if name in series]
    else:
        chosen = sorted(series, key=lambda n: (-len(series[n]), labels[n]))[:most]
    span = _span([day for name in chosen for day, _ in series[name]], period)
    return SkillRatings(tuple(SkillSeries(labels[name], tuple(series[name])) for name in chosen), span)


def rated_skills(session: Session, lang: str) -> list[tuple[str, str]]:
    """Every rated skill as (stored name, label in `lang`), most often rated first (for a skill picker)."""
    rows = session.exec(select(Skill.name, Skill.key, func.count()).join(SkillRating, SkillRating.skill_id == Skill.id)
                        .group_by(Skill.id).order_by(func.count().desc(), Skill.name)).all()
    return [(name, catalogue.label("default_skills", key, lang) if key else name) for name, key, _ in rows]


def bounce_back(session: Session, period: Period) -> BounceBack:
    points = [(day, days) for day, days in bounce_back_days(dbapi_connection(session)) if period.contains(day)]
    return BounceBack(tuple(points), _span([day for day, _ in points], period))


def anything_to_chart(session: Session) -> bool:
    """Whether there is an application or a check-in (the year in pixels needs nothing else): two reads of
    one row each, cheap enough for the GUI thread at every show of the Charts page."""
    return any(session.exec(select(model.id).limit(1)).first() is not None for model in (Application, CheckIn))
