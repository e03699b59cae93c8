"""The honest encouraging figure on Today, and when to suggest a rest.

Every figure is computed from the journal; when none is true, there is none. Which one is shown:
an improvement in results beats persistence, so a better interview rate this quarter than last
comes first, then the rejections bounced back from (once there are a few), then the usual time
to the next application, then the plain count of applications.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import Session, select

from app.services.stats import bounce_back_days
from storage.models import Application, CheckIn, Rejection, StageEvent

REACHED_INTERVIEW_STEPS = ("interview", "final", "offer")
REACHED_INTERVIEW_REJECTIONS = ("interview", "final", "offer_withdrawn")
MIN_QUARTER_APPLICATIONS = 3
"""A rate over fewer applications than this says nothing; it is not shown."""
MANY_BOUNCES = 3

LOW_SCORE = 3
LOW_STREAK = 3
REST_QUIET_DAYS = 7
"""After the user dismisses the rest suggestion, it stays away this long."""


@dataclass(frozen=True)
class EncouragingFigure:
    """kind: interview_rate | bounced_back | median_bounce_days | applications."""

    kind: str
    value: float
    previous: float | None = None


@dataclass(frozen=True)
class QuarterRate:
    applications: int
    interviews: int

    @property
    def rate(self) -> float:
        return self.interviews / self.applications if self.applications else 0.0


def quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def interview_rates(session: Session, today: date) -> tuple[QuarterRate, QuarterRate]:
    """Applications sent this quarter and last, and how many of them reached an interview."""
    this_start = quarter_start(today)
    last_start = quarter_start(this_start - timedelta(days=1))
    apps = session.exec(
        select(Application.id, Application.applied_on, Application.outcome)
        .where(Application.applied_on >= last_start, Application.applied_on <= today)
    ).all()
    ids = [row[0] for row in apps]
    reached = set(session.exec(
        select(StageEvent.application_id).where(
            StageEvent.application_id.in_(ids), StageEvent.stage.in_(REACHED_INTERVIEW_STEPS))
    ).all())
    reached |= set(session.exec(
        select(Rejection.application_id).where(
            Rejection.application_id.in_(ids), Rejection.stage.in_(REACHED_INTERVIEW_REJECTIONS))
    ).all())
    counts = {"this": [0, 0], "last": [0, 0]}
    for app_id, applied_on, outcome in apps:
        bucket = counts["this" if applied_on >= this_start else "last"]
        bucket[0] += 1
        if app_id in reached or outcome in ("interview", "offer"):
            bucket[1] += 1
    return QuarterRate(*counts["this"]), QuarterRate(*counts["last"])


def encouraging_figure(session: Session, today: date) -> EncouragingFigure | None:
    """The most encouraging figure that is true of this journal, or None."""
    this, last = interview_rates(session, today)
    if (this.applications >= MIN_QUARTER_APPLICATIONS and last.applications >= MIN_QUARTER_APPLICATIONS
            and this.rate > last.rate):
        return EncouragingFigure("interview_rate", round(100 * this.rate), round(100 * last.rate))
    bounces = [days for received, days in bounce_back_days(session) if received <= today]
    if len(bounces) >= MANY_BOUNCES:
        return EncouragingFigure("bounced_back", len(bounces))
    if bounces:
        return EncouragingFigure("median_bounce_days", float(statistics.median(bounces)))
    count = len(session.exec(select(Application.id).where(Application.applied_on <= today)).all())
    if count:
        return EncouragingFigure("applications", count)
    return None


def rest_suggested(session: Session, today: date, dismissed_on: date | None) -> bool:
    """True after LOW_STREAK check-ins in a row at LOW_SCORE or below, the last one today or yesterday.

    Never nagging: once dismissed, not again for REST_QUIET_DAYS.
    """
    if dismissed_on is not None and (today - dismissed_on).days < REST_QUIET_DAYS:
        return False
    latest = session.exec(
        select(CheckIn.day, CheckIn.score).where(CheckIn.day <= today).order_by(CheckIn.day.desc()).limit(LOW_STREAK)
    ).all()
    if len(latest) < LOW_STREAK or (today - latest[0][0]).days > 1:
        return False
    return all(score <= LOW_SCORE for _, score in latest)
