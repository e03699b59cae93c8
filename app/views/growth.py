"""Read models of the Growth page: improvement areas and where they came from, action items, skill ratings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class StageCitations:
    """"cited in `cited` of `reflected` <stage>-stage rejections you reflected on"."""

    stage: str
    cited: int
    reflected: int



@dataclass(frozen=True)
class AreaSummary:
    id: int
    name: str
    state: str
    citations: int
    stages: tuple[StageCitations, ...]
    first_cited: date | None
    last_cited: date | None
    recurring: bool
    open_actions: int



@dataclass(frozen=True)
class CitingReflection:
    id: int
    on: date
    company: str
    role: str
    stage: str
    state: str



@dataclass(frozen=True)
class ActionView:
    id: int
    title: str
    state: str
    due_on: date | None
    done_on: date | None
    area_id: int | None
    area_name: str
    reflection_id: int | None
    reflection_label: str



@dataclass(frozen=True)
class AreaDetail:
    area: AreaSummary
    notes: str
    reflections: tuple[CitingReflection, ...]
    actions: tuple[ActionView, ...]



@dataclass(frozen=True)
class SkillSeries:
    skill_id: int
    key: str | None
    name: str
    points: tuple[tuple[date, int], ...] = field(default_factory=tuple)
