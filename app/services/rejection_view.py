"""How a rejection reads: its own facts with its application's company, role and date.

Its own module because both sides need it: rejections return it after every change, and an
application's detail shows its rejection (applications.py cannot import rejections.py, which
builds on it).
"""

from __future__ import annotations

from sqlmodel import Session, select

from thabat.app.views.applications import RejectionView
from thabat.storage.models import Application, Rejection


def rejection_view(session: Session, rejection: Rejection) -> RejectionView:
    app = session.get(Application, rejection.application_id)
    return RejectionView(
        id=rejection.id, application_id=app.id, company=app.company, role=app.role, applied_on=app.applied_on,
        received_on=rejection.received_on, stage=rejection.stage, round=rejection.round, channel=rejection.channel,
        message=rejection.message, interviewer=rejection.interviewer, replied_on=rejection.replied_on,
        feedback_requested_on=rejection.feedback_requested_on, feedback_received_on=rejection.feedback_received_on,
        feedback_text=rejection.feedback_text,
    )


def rejection_for_application(session: Session, application_id: int) -> RejectionView | None:
    rejection = session.exec(select(Rejection).where(Rejection.application_id == application_id)).first()
    return rejection_view(session, rejection) if rejection else None
