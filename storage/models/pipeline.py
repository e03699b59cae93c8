"""The job search itself: applications, their stage history, interviews' debriefs, referrals and rejections."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, Integer
from sqlmodel import Field, SQLModel

from thabat.storage.models.choices import CHANNELS, HISTORY_STAGES, OUTCOMES, STAGES
from thabat.storage.models.columns import (added_text_column, created_column, foreign_key, name_key_column,
                                            one_of, updated_column)


class Application(SQLModel, table=True):
    """A job applied for; everything else hangs off it."""

    __table_args__ = (
        CheckConstraint(one_of("outcome", OUTCOMES), name="outcome"),
        CheckConstraint("length(trim(company)) > 0", name="company_not_blank"),
        Index("ix_application_company_role", "company", "role"),
        Index("ix_application_company_key_role_key", "company_key", "role_key"),
    )

    id: int | None = Field(default=None, primary_key=True)
    company: str
    role: str = ""
    applied_on: date | None = Field(default=None, index=True)
    """None when the user does not know (a rejection logged for a company not tracked before)."""
    outcome: str = Field(default="pending", index=True)
    link: str = ""
    location: str = ""
    notes: str = ""
    created_at: datetime = Field(sa_column=created_column())
    updated_at: datetime = Field(sa_column=updated_column())
    company_key: str | None = Field(default=None, sa_column=name_key_column("company"))
    role_key: str | None = Field(default=None, sa_column=name_key_column("role"))
    # Revision 0004 (checked by the services: ALTER TABLE cannot add table constraints in SQLite).
    source: str = Field(default="", sa_column=added_text_column())
    work_place: str = Field(default="", sa_column=added_text_column())
    salary_min: int | None = None
    salary_max: int | None = None
    currency: str = Field(default="", sa_column=added_text_column())
    description: str = Field(default="", sa_column=added_text_column())
    deadline: date | None = None
    interest: int | None = None
    """How much the user wants this job, 1-5."""


class StageEvent(SQLModel, table=True):
    """One step in an application's history (applied, screening, interview round 2, ...)."""

    __tablename__ = "stage_event"
    __table_args__ = (
        CheckConstraint(one_of("stage", HISTORY_STAGES), name="stage"),
        CheckConstraint("round IS NULL OR round BETWEEN 1 AND 20", name="round"),
    )

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(sa_column=foreign_key("application.id", "CASCADE", nullable=False))
    stage: str
    round: int | None = None
    occurred_on: date = Field(index=True)
    note: str = ""
    """Prep notes for an interview; a few words for any other step."""
    kind: str = Field(default="", sa_column=added_text_column())
    """An interview's kind (phone, technical, onsite, final) or an offer's answer (accepted, declined)."""
    starts_at: time | None = None
    """An interview's time of day."""


class StageContact(SQLModel, table=True):
    """Links an interview step to the contacts who interviewed."""

    __tablename__ = "stage_contact"

    stage_event_id: int = Field(
        sa_column=Column(Integer, ForeignKey("stage_event.id", ondelete="CASCADE"), primary_key=True))
    contact_id: int = Field(
        sa_column=Column(Integer, ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True, index=True))


class Debrief(SQLModel, table=True):
    """A few words written soon after an interview: how it went, the questions asked, the confidence felt."""

    __table_args__ = (
        CheckConstraint("confidence IS NULL OR confidence BETWEEN 0 AND 10", name="confidence"),
    )

    id: int | None = Field(default=None, primary_key=True)
    stage_event_id: int = Field(
        sa_column=Column(Integer, ForeignKey("stage_event.id", ondelete="CASCADE"), nullable=False, unique=True))
    written_on: date
    how_it_went: str = ""
    questions: str = ""
    """The questions the interviewers asked, one a line."""
    confidence: int | None = None
    created_at: datetime = Field(sa_column=created_column())
    updated_at: datetime = Field(sa_column=updated_column())


class Referral(SQLModel, table=True):
    """The contact who referred the user for an application (one at most)."""

    application_id: int = Field(
        sa_column=Column(Integer, ForeignKey("application.id", ondelete="CASCADE"), primary_key=True))
    contact_id: int = Field(sa_column=foreign_key("contact.id", "CASCADE", nullable=False))


class Rejection(SQLModel, table=True):
    """The end of an application, with what followed it: the reply and the feedback asked for."""

    __table_args__ = (
        CheckConstraint(one_of("stage", STAGES), name="stage"),
        CheckConstraint(one_of("channel", CHANNELS), name="channel"),
        CheckConstraint("round IS NULL OR round BETWEEN 1 AND 20", name="round"),
    )

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(
        sa_column=Column(Integer, ForeignKey("application.id", ondelete="CASCADE"), nullable=False, unique=True)
    )
    received_on: date = Field(index=True)
    stage: str
    round: int | None = None
    channel: str = "email"
    message: str = ""
    interviewer: str = ""
    replied_on: date | None = None
    feedback_requested_on: date | None = None
    feedback_received_on: date | None = None
    feedback_text: str = ""
    created_at: datetime = Field(sa_column=created_column())
