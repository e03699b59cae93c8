"""The people met along the way, and the reminders to reply, chase feedback and follow up."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, Integer
from sqlmodel import Field, SQLModel

from thabat.storage.models.choices import REMINDER_KINDS
from thabat.storage.models.columns import created_column, foreign_key, one_of


class Contact(SQLModel, table=True):
    """Someone met along the way: an interviewer, a recruiter."""

    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    role: str = ""
    company: str = Field(default="", index=True)
    email: str = ""
    profile_url: str = ""
    notes: str = ""
    created_at: datetime = Field(sa_column=created_column())


class ContactApplication(SQLModel, table=True):
    """Links a contact to an application they took part in."""

    __tablename__ = "contact_application"

    contact_id: int = Field(sa_column=Column(Integer, ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True))
    application_id: int = Field(
        sa_column=Column(Integer, ForeignKey("application.id", ondelete="CASCADE"), primary_key=True, index=True)
    )


class Reminder(SQLModel, table=True):
    """Something to do by a date: reply to a rejection, chase feedback, follow up with a contact."""

    __table_args__ = (
        CheckConstraint(one_of("kind", REMINDER_KINDS), name="kind"),
        Index("ix_reminder_open_due", "done_on", "due_on"),
    )

    id: int | None = Field(default=None, primary_key=True)
    kind: str
    due_on: date
    snoozed_until: date | None = None
    done_on: date | None = None
    rejection_id: int | None = Field(sa_column=foreign_key("rejection.id", "CASCADE"))
    contact_id: int | None = Field(sa_column=foreign_key("contact.id", "CASCADE"))
    application_id: int | None = Field(sa_column=foreign_key("application.id", "CASCADE"))
    message: str = ""
    created_at: datetime = Field(sa_column=created_column())
