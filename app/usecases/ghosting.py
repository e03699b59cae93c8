"""Ghosting: applications silent for long enough, offered to the user as "no response", never marked alone.

"Not yet" hides a suggestion for as many weeks again as the setting says; the days it was given are
kept in the preferences as "12:2026-12-01,15:2026-11-20" (a hint about the screen, not journal data).
"""

from __future__ import annotations

from datetime import date, timedelta

from thabat.app.journal import Journal
from thabat.app.views.applications import GhostingSuggestion, RejectionInput, RejectionView
from thabat.app.services import stages
from thabat.app.services.applications import get_application


def suggestions(journal: Journal, today: date, weeks: int, not_yet: str = "") -> list[GhostingSuggestion]:
    """The applications to ask about, longest silence first; none when `weeks` is 0 (the setting is off)."""
    if weeks <= 0:
        return []
    waiting = parse_not_yet(not_yet)
    with journal.session() as session:
        found = stages.ghosting_suggestions(session, today, weeks)
    return [s for s in found if not (s.application_id in waiting
                                     and today < waiting[s.application_id] + timedelta(weeks=weeks))]


def parse_not_yet(text: str) -> dict[int, date]:
    """The "Not yet" answers kept in the preferences; a damaged entry is dropped, not fatal."""
    answers: dict[int, date] = {}
    for part in text.split(","):
        key, _, day = part.strip().partition(":")
        try:
            answers[int(key)] = date.fromisoformat(day)
        except ValueError:
            continue
    return answers


def with_not_yet(text: str, application_id: int, today: date) -> str:
    """The preference's new value once the user answered "Not yet" for `application_id` today."""
    answers = parse_not_yet(text)
    answers[application_id] = today
    return ",".join(f"{key}:{day.isoformat()}" for key, day in sorted(answers.items()))


def mark_no_response(journal: Journal, application_id: int, today: date) -> RejectionView:
    """The user agreed: log the silence as a rejection by "no answer" today, at the furthest stage reached."""
    from thabat.app.usecases import rejections

    with journal.session() as session:
        stage, round_ = stages.furthest_stage(session, application_id)
        row = get_application(session, application_id).row
    return rejections.log_rejection(journal, RejectionInput(
        company=row.company, role=row.role, received_on=today, stage=stage, channel="no_answer",
        round=(round_ or 1) if stage == "interview" else None, application_id=application_id), today,
        reply_delay_days=0)  # silence leaves nobody to thank: no reply reminder either way
