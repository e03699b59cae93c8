"""The short summary of a journal (`thabat stats`, Today's figures)."""

from __future__ import annotations

import statistics

from sqlalchemy import func
from sqlmodel import Session, select

from thabat.app.services.encouragement import bounce_back_days
from thabat.app.views.applications import Summary
from thabat.storage.database import dbapi_connection
from thabat.storage.models import Application, CheckIn, Reflection, Rejection


def summary(session: Session) -> Summary:
    def count(query) -> int:
        return session.exec(query).one()

    outcomes = dict(session.exec(select(Application.outcome, func.count()).group_by(Application.outcome)).all())
    first, last = session.exec(select(func.min(Application.applied_on), func.max(Application.applied_on))).one()
    reflection_states = dict(session.exec(select(Reflection.state, func.count()).group_by(Reflection.state)).all())
    average = session.exec(select(func.avg(CheckIn.score))).one()
    bounces = [days for _, days in bounce_back_days(dbapi_connection(session))]
    interviewed = count(
        select(func.count()).select_from(Rejection).where(Rejection.stage.in_(("interview", "final", "offer_withdrawn")))
    )
    return Summary(
        applications=sum(outcomes.values()),
        rejections=count(select(func.count()).select_from(Rejection)),
        interviews=outcomes.get("interview", 0) + outcomes.get("offer", 0) + interviewed,
        offers=outcomes.get("offer", 0),
        pending=outcomes.get("pending", 0),
        reflections_done=reflection_states.get("done", 0),
        reflections_draft=reflection_states.get("draft", 0),
        check_ins=count(select(func.count()).select_from(CheckIn)),
        average_confidence=round(float(average), 1) if average is not None else None,
        first_application=first,
        last_application=last,
        median_bounce_back_days=statistics.median(bounces) if bounces else None,
    )
