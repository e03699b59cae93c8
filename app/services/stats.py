"""The short summary of a journal (`thabat stats`, Today's figures)."""

from __future__ import annotations

import statistics
from datetime import date

from sqlalchemy import func
from sqlmodel import Session, select

from thabat.app.text.dates import local_day
from thabat.app.services.encouragement import bounce_back_days
from thabat.app.views.applications import Summary
from thabat.storage.database import dbapi_connection
from thabat.storage.models import Application, CheckIn, Reflection, Rejection


def _within(query, column, start: date | None, end: date | None):
    if start is not None:
        query = query.where(column >= start)
    if end is not None:
        query = query.where(column <= end)
    return query


def summary(session: Session, start: date | None = None, end: date | None = None) -> Summary:
    """The journal's figures; with `start` and/or `end`, those of the period only: applications by the
    day applied (an unknown date counts only for the whole journal), rejections by the day received,
    reflections by the day finished (drafts by the day begun), check-ins by their day, bounce-back by the rejection's day."""
    def count(query) -> int:
        return session.exec(query).one()

    whole = start is None and end is None
    applications = _within(select(Application.outcome, func.count()), Application.applied_on, start, end)
    outcomes = dict(session.exec(applications.group_by(Application.outcome)).all())
    first, last = session.exec(_within(select(func.min(Application.applied_on), func.max(Application.applied_on)),
                                       Application.applied_on, start, end)).one()
    reflections = select(Reflection.state, func.count())
    if not whole:  # started on a local day within the period
        reflections = reflections.where(Reflection.id.in_(_reflections_started(session, start, end)))
    reflection_states = dict(session.exec(reflections.group_by(Reflection.state)).all())
    average = session.exec(_within(select(func.avg(CheckIn.score)), CheckIn.day, start, end)).one()
    bounces = [days for day, days in bounce_back_days(dbapi_connection(session))
               if (start is None or day >= start) and (end is None or day <= end)]
    rejections = _within(select(func.count()).select_from(Rejection), Rejection.received_on, start, end)
    interviewed = count(rejections.where(Rejection.stage.in_(("interview", "final", "offer_withdrawn"))))
    return Summary(
        applications=sum(outcomes.values()),
        rejections=count(rejections),
        interviews=outcomes.get("interview", 0) + outcomes.get("offer", 0) + interviewed,
        offers=outcomes.get("offer", 0),
        pending=outcomes.get("pending", 0),
        reflections_done=reflection_states.get("done", 0),
        reflections_draft=reflection_states.get("draft", 0),
        check_ins=count(_within(select(func.count()).select_from(CheckIn), CheckIn.day, start, end)),
        average_confidence=round(float(average), 1) if average is not None else None,
        first_application=first,
        last_application=last,
        median_bounce_back_days=statistics.median(bounces) if bounces else None,
    )


def _reflections_started(session: Session, start: date | None, end: date | None) -> list[int]:
    """Reflections finished (a draft: begun) on a local day within the period (stored instants are UTC)."""
    found = []
    for id_, created, completed in session.exec(select(Reflection.id, Reflection.created_at, Reflection.completed_at)):
        day = local_day(completed or created)
        if (start is None or day >= start) and (end is None or day <= end):
            found.append(id_)
    return found
