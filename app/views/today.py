"""Read models of Today: what is due, this week's progress, the check-in, drafts to resume, the encouraging figure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class DueItem:
    """Something on Today's list: a reminder or an action item that is due or overdue."""

    kind: str  # reply | feedback | follow_up | action
    id: int
    due_on: date
    title: str
    company: str = ""
    role: str = ""
    contact: str = ""
    rejection_id: int | None = None
    """A reply or a feedback request: the rejection it answers (Today opens its reflection)."""
    contact_id: int | None = None
    """A follow-up: the person (Today opens them on Contacts)."""



@dataclass(frozen=True)
class WeekProgress:
    week_start: date
    applications: int
    goal: int



@dataclass(frozen=True)
class CheckInView:
    day: date
    score: int
    note: str



@dataclass(frozen=True)
class DraftReflection:
    """A reflection left unfinished, offered on Today to resume."""

    id: int
    company: str
    role: str
    step: str
    updated_on: date


@dataclass(frozen=True)
class EncouragingFigure:
    """kind: interview_rate | bounced_back | median_bounce_days | applications."""

    kind: str
    value: float
    previous: float | None = None


@dataclass(frozen=True)
class TodayOverview:
    due: tuple[DueItem, ...]
    week: WeekProgress
    drafts: tuple[DraftReflection, ...]
    check_in: CheckInView | None
    """Today's check-in, when there is one."""
    figure: EncouragingFigure | None
    rest_suggested: bool
