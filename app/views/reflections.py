"""Read models and inputs of a guided reflection, handed between the services and the UI."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from thabat.app.views.applications import ContactView, DebriefView, FollowUpView, RejectionView
from thabat.app.views.growth import ActionView
from thabat.storage.reflection_writing import ReflectionWriting

STEPS = ("feel", "reply", "feedback", "learn", "traps", "contacts", "close")
"""The seven steps of a reflection, in order; `Reflection.step` holds one of them."""

TRAP_PREFIX = "trap."
FELT_SUFFIX = ".felt"
"""Thinking-trap reframes are stored as answers whose prompt key is "trap.<trap key>", the yes/no
("yes" or empty) as "trap.<trap key>.felt"."""


@dataclass(frozen=True)
class SkillView:
    id: int
    key: str | None
    name: str
    """English name for catalogue skills (their label comes from the catalogue), the user's own otherwise."""


@dataclass(frozen=True)
class RatingView:
    skill_id: int
    rating: int


@dataclass(frozen=True)
class AreaView:
    id: int
    name: str
    state: str


@dataclass(frozen=True)
class ReflectionDraft(ReflectionWriting):
    """Everything typed in a reflection: its written fields (storage/reflection_writing.py, the same
    as the table's), the answers to prompts and the ratings; saved as a whole on every autosave."""

    answers: dict[str, str] = field(default_factory=dict)
    """Prompt key -> answer; thinking-trap reframes under "trap.<key>"."""
    ratings: dict[int, int] = field(default_factory=dict)
    """Skill id -> rating 1-5; skills left out are not rated."""
    tags: tuple[str, ...] | None = None
    """The reflection's tags; None leaves them as they are (a caller that does not show them)."""


@dataclass(frozen=True)
class ReflectionView:
    id: int
    rejection: RejectionView | None
    state: str
    draft: ReflectionDraft
    mode: str = "full"
    """"quick" (four questions), "full" (the seven steps), or "" until the user picks."""
    areas: tuple[AreaView, ...] = ()
    actions: tuple[ActionView, ...] = ()
    contacts: tuple[ContactView, ...] = ()
    follow_up: FollowUpView | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    completed_at: datetime | None = None
    debrief: DebriefView | None = None
    """The debrief of the application's last interview, when the user wrote one (shown beside the prompts)."""

