"""Read models and inputs of the Contacts page: a person, the applications they are linked to, their follow-ups."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from thabat.app.views.applications import ContactView, FollowUpView


@dataclass(frozen=True)
class ContactInput:
    name: str
    role: str = ""
    company: str = ""
    email: str = ""
    profile_url: str = ""
    notes: str = ""



@dataclass(frozen=True)
class LinkedApplication:
    id: int
    company: str
    role: str
    applied_on: date | None
    outcome: str



@dataclass(frozen=True)
class ContactDetail:
    contact: ContactView
    applications: tuple[LinkedApplication, ...]
    follow_ups: tuple[FollowUpView, ...]
