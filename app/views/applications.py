"""Plain read models handed to the UI and the exporters; never live ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time


@dataclass(frozen=True)
class StageStep:
    id: int
    stage: str
    round: int | None
    occurred_on: date
    note: str
    kind: str = ""
    """An interview's kind (phone, technical, onsite, final) or an offer's answer (accepted, declined)."""
    starts_at: time | None = None
    interviewers: tuple["ContactView", ...] = ()


@dataclass(frozen=True)
class StageInput:
    """A step of an application's history as a form hands it to the services."""

    stage: str
    occurred_on: date | None
    round: int | None = None
    kind: str = ""
    starts_at: time | None = None
    note: str = ""
    interviewer_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class ApplicationInput:
    """What a form or an import hands to the services to add or change an application."""

    company: str
    role: str
    applied_on: date | None
    """None: the user does not know when they applied (shown as "date unknown", sorted last)."""
    link: str = ""
    location: str = ""
    notes: str = ""
    source: str = ""
    work_place: str = ""
    salary_min: int | None = None
    salary_max: int | None = None
    currency: str = ""
    description: str = ""
    deadline: date | None = None
    interest: int | None = None
    referral_contact_id: int | None = None


@dataclass(frozen=True, kw_only=True)
class ApplicationRow(ApplicationInput):
    """An application as the journal holds it: what the user wrote (ApplicationInput's fields), and
    what followed from it. Built with keywords only (the inherited fields have defaults)."""

    id: int
    outcome: str
    last_stage: str
    last_stage_on: date | None
    rejection_id: int | None = None


@dataclass(frozen=True)
class ApplicationName:
    """An application as a list of choices names it (the Contacts page's link): its company and role."""

    id: int
    company: str
    role: str


@dataclass(frozen=True)
class ApplicationDetail:
    row: ApplicationRow
    stages: tuple[StageStep, ...]
    rejection: "RejectionView | None"
    contacts: tuple["ContactView", ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class GhostingSuggestion:
    """An application silent for long enough that "no response" may be the honest answer."""

    application_id: int
    company: str
    role: str
    last_heard_on: date
    silent_days: int


@dataclass(frozen=True)
class BoardCard:
    """One application on the board: the column its history puts it in, since when, and what comes next."""

    application_id: int
    company: str
    role: str
    column: str
    """One of app/services/board.py's COLUMNS."""
    since: date | None
    """The day it entered this column; None when unknown or still ahead (an interview not held yet)."""
    next_on: date | None = None
    next_what: str = ""
    """What happens on `next_on`: a history stage ("interview", "final") or "deadline"."""
    next_at: time | None = None


@dataclass(frozen=True)
class RejectionInput:
    company: str
    role: str
    received_on: date
    stage: str
    channel: str = "email"
    round: int | None = None
    message: str = ""
    interviewer: str = ""
    applied_on: date | None = None
    """For a company not tracked yet: when the user applied; None when they do not know."""
    application_id: int | None = None
    """When set, the rejection ends this application instead of one found by company and role."""


@dataclass(frozen=True)
class RejectionView:
    id: int
    application_id: int
    company: str
    role: str
    applied_on: date | None
    received_on: date
    stage: str
    round: int | None
    channel: str
    message: str
    interviewer: str
    replied_on: date | None
    feedback_requested_on: date | None
    feedback_received_on: date | None
    feedback_text: str


@dataclass(frozen=True)
class ContactView:
    id: int
    name: str
    role: str
    company: str
    email: str
    profile_url: str
    notes: str


@dataclass(frozen=True)
class FollowUpView:
    """A follow-up reminder: after a rejection (the reflection's contacts step) or for a contact (Contacts)."""

    id: int
    due_on: date
    message: str
    contact_id: int | None = None
    application_id: int | None = None
    snoozed_until: date | None = None
    done_on: date | None = None


@dataclass(frozen=True)
class Summary:
    """The short summary behind `thabat stats` and the figures on Today."""

    applications: int
    rejections: int
    interviews: int
    offers: int
    pending: int
    reflections_done: int
    reflections_draft: int
    check_ins: int
    average_confidence: float | None
    first_application: date | None
    last_application: date | None
    median_bounce_back_days: float | None


@dataclass(frozen=True)
class DebriefInput:
    """What the user writes soon after an interview (app/services/debriefs.py)."""

    how_it_went: str
    questions: str
    confidence: int | None


@dataclass(frozen=True)
class DebriefView:
    stage_id: int
    interview_on: date
    written_on: date
    how_it_went: str
    questions: str
    confidence: int | None
