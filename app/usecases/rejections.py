"""Rejections: log one (creating its application when new), mark the reply, ask for and record feedback."""

from __future__ import annotations

from datetime import date

from thabat.app.events import RejectionChanged
from thabat.app.journal import Journal
from thabat.app.services import rejections as service
from thabat.app.views.applications import RejectionInput, RejectionView


def log_rejection(journal: Journal, data: RejectionInput, today: date, reply_delay_days: int) -> RejectionView:
    """Log a rejection; its application is found by company and role, or added."""
    with journal.session() as session:
        view = service.log_rejection(session, data, today, reply_delay_days=reply_delay_days)
    _announce(journal, view)
    return view


def mark_replied(journal: Journal, rejection_id: int, on: date, today: date) -> RejectionView:
    with journal.session() as session:
        view = service.mark_replied(session, rejection_id, on, today)
    _announce(journal, view)
    return view


def mark_feedback_requested(journal: Journal, rejection_id: int, on: date, today: date,
                            feedback_delay_days: int) -> RejectionView:
    with journal.session() as session:
        view = service.mark_feedback_requested(session, rejection_id, on, today, feedback_delay_days)
    _announce(journal, view)
    return view


def record_feedback(journal: Journal, rejection_id: int, text: str, on: date, today: date) -> RejectionView:
    with journal.session() as session:
        view = service.record_feedback(session, rejection_id, text, on, today)
    _announce(journal, view)
    return view


def _announce(journal: Journal, view: RejectionView) -> None:
    journal.events.emit(RejectionChanged(application_id=view.application_id, rejection_id=view.id))
