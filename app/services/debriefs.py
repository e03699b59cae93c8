"""The debrief after an interview: written while memory is fresh, it pre-fills the reflection if a rejection follows."""

from __future__ import annotations

from datetime import date

from sqlalchemy import bindparam
from sqlmodel import Session, select

from thabat.app.errors import QT_TRANSLATE_NOOP, InputError, NotFound
from thabat.app.views.applications import DebriefInput, DebriefView
from thabat.app.services import validation as check
from thabat.storage.models import Debrief, StageEvent

INTERVIEWS = ("interview", "final")
HARDEST_PROMPT = "answers.hardest"
"""The reflection prompt the debrief's questions pre-fill ("Which question felt hardest?")."""


def save_debrief(session: Session, stage_id: int, data: DebriefInput, today: date) -> DebriefView:
    """Write (or rewrite) the debrief of the interview step `stage_id`, once its day has come."""
    step = session.get(StageEvent, stage_id)
    if step is None or step.stage not in INTERVIEWS:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This step no longer exists."))
    if step.occurred_on > today:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "This interview has not happened yet; debrief it afterwards."),
                         "occurred_on")
    values = {
        "how_it_went": check.clean_text(data.how_it_went, "how_it_went"),
        "questions": check.clean_text(data.questions, "questions"),
        "confidence": check.in_range(data.confidence, "confidence", 0, 10),
    }
    if not (values["how_it_went"].strip() or values["questions"].strip()) and values["confidence"] is None:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "Write a few words or give your confidence first."), "how_it_went")
    debrief = session.exec(select(Debrief).where(Debrief.stage_event_id == stage_id)).first()
    if debrief is None:
        debrief = Debrief(stage_event_id=stage_id, written_on=today)
    for key, value in values.items():
        setattr(debrief, key, value)
    session.add(debrief)
    session.flush()
    return _view(debrief, step)


def debrief_of(session: Session, stage_id: int) -> DebriefView | None:
    row = session.exec(select(Debrief, StageEvent).join(StageEvent, StageEvent.id == Debrief.stage_event_id)
                       .where(Debrief.stage_event_id == stage_id)).first()
    return _view(*row) if row else None


# Built once, the values bound per call: every new reflection looks for a debrief (the demo: hundreds).
_LATEST = (select(Debrief, StageEvent).join(StageEvent, StageEvent.id == Debrief.stage_event_id)
           .where(StageEvent.application_id == bindparam("application_id"))
           .order_by(StageEvent.occurred_on.desc(), StageEvent.id.desc()))


def latest_debrief(session: Session, application_id: int) -> DebriefView | None:
    """The debrief of the application's latest interview that has one."""
    row = session.exec(_LATEST, params={"application_id": application_id}).first()
    return _view(*row) if row else None


def _view(debrief: Debrief, step: StageEvent) -> DebriefView:
    return DebriefView(step.id, step.occurred_on, debrief.written_on, debrief.how_it_went, debrief.questions,
                       debrief.confidence)
