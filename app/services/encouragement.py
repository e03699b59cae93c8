"""The honest encouraging figure on Today, and when to suggest a rest.

Every figure is computed from the journal; when none is true, there is none. Which one is shown:
an improvement in results beats persistence, so a better interview rate this quarter than last
comes first, then the rejections bounced back from (once there are a few), then the usual time
to the next application, then the plain count of applications.

Read with plain SQL over sqlite3, like the rest of Today (see `app.services.today`).
"""

from __future__ import annotations

import bisect
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta

from thabat.app.views.today import EncouragingFigure

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
class QuarterRate:
    applications: int
    interviews: int

    @property
    def rate(self) -> float:
        return self.interviews / self.applications if self.applications else 0.0


def quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def interview_rates(db: sqlite3.Connection, today: date) -> tuple[QuarterRate, QuarterRate]:
    """Applications sent this quarter and last, and how many of them reached an interview."""
    this_start = quarter_start(today)
    last_start = quarter_start(this_start - timedelta(days=1))
    steps, stages = _marks(REACHED_INTERVIEW_STEPS), _marks(REACHED_INTERVIEW_REJECTIONS)
    rows = db.execute(
        f"""SELECT a.applied_on,
                   a.outcome IN ('interview', 'offer')
                   OR EXISTS (SELECT 1 FROM stage_event e WHERE e.application_id = a.id AND e.stage IN ({steps}))
                   OR EXISTS (SELECT 1 FROM rejection r WHERE r.application_id = a.id AND r.stage IN ({stages}))
            FROM application a WHERE a.applied_on >= ? AND a.applied_on <= ?""",
        (*REACHED_INTERVIEW_STEPS, *REACHED_INTERVIEW_REJECTIONS, last_start.isoformat(), today.isoformat()),
    ).fetchall()
    counts = {"this": [0, 0], "last": [0, 0]}
    this_text = this_start.isoformat()
    for applied_on, reached in rows:
        bucket = counts["this" if applied_on >= this_text else "last"]
        bucket[0] += 1
        bucket[1] += bool(reached)
    return QuarterRate(*counts["this"]), QuarterRate(*counts["last"])


def bounce_back_days(db: sqlite3.Connection) -> list[tuple[date, int]]:
    """For each rejection followed by a later application: (rejection date, days until that application)."""
    applied = [(date.fromisoformat(day), id_) for day, id_ in
               db.execute("SELECT applied_on, id FROM application WHERE applied_on IS NOT NULL ORDER BY applied_on, id")]
    days_only = [day for day, _ in applied]
    result = []
    for received_text, rejected_id in db.execute(
            "SELECT received_on, application_id FROM rejection ORDER BY received_on, application_id"):
        received_on = date.fromisoformat(received_text)
        i = bisect.bisect_left(days_only, received_on)
        while i < len(applied) and applied[i][1] == rejected_id:  # not the application that was just turned down
            i += 1
        if i < len(applied):
            result.append((received_on, (applied[i][0] - received_on).days))
    return result


def encouraging_figure(db: sqlite3.Connection, today: date) -> EncouragingFigure | None:
    """The most encouraging figure that is true of this journal, or None."""
    this, last = interview_rates(db, today)
    if (this.applications >= MIN_QUARTER_APPLICATIONS and last.applications >= MIN_QUARTER_APPLICATIONS
            and this.rate > last.rate):
        return EncouragingFigure("interview_rate", round(100 * this.rate), round(100 * last.rate))
    bounces = [days for received, days in bounce_back_days(db) if received <= today]
    if len(bounces) >= MANY_BOUNCES:
        return EncouragingFigure("bounced_back", len(bounces))
    if bounces:
        import statistics  # with fractions and decimal, ~10 ms that Today's first paint rarely needs

        return EncouragingFigure("median_bounce_days", float(statistics.median(bounces)))
    (count,) = db.execute("SELECT count(*) FROM application WHERE applied_on <= ?", (today.isoformat(),)).fetchone()
    if count:
        return EncouragingFigure("applications", count)
    return None


def rest_suggested(db: sqlite3.Connection, today: date, dismissed_on: date | None) -> bool:
    """True after LOW_STREAK check-ins in a row at LOW_SCORE or below, the last one today or yesterday.

    Never nagging: once dismissed, not again for REST_QUIET_DAYS.
    """
    if dismissed_on is not None and (today - dismissed_on).days < REST_QUIET_DAYS:
        return False
    latest = db.execute(
        "SELECT day, score FROM check_in WHERE day <= ? ORDER BY day DESC LIMIT ?", (today.isoformat(), LOW_STREAK)
    ).fetchall()
    if len(latest) < LOW_STREAK or (today - date.fromisoformat(latest[0][0])).days > 1:
        return False
    return all(score <= LOW_SCORE for _, score in latest)


def _marks(values: tuple[str, ...]) -> str:
    return ", ".join("?" * len(values))
