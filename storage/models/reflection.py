"""What the user learns: guided reflections, skills rated, improvement areas and the steps towards them, strengths."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Column, ForeignKey, Integer, String, UniqueConstraint
from sqlmodel import Field, SQLModel

from thabat.storage.models.choices import ACTION_STATES, AREA_STATES, DIRECTIONS, REFLECTION_STATES
from thabat.storage.models.columns import created_column, foreign_key, name_key_column, one_of, updated_column
from thabat.storage.reflection_writing import ReflectionWriting
from thabat.storage.types import UTCDateTime


class Reflection(SQLModel, ReflectionWriting, table=True):
    """A guided reflection on a rejection; a draft until the last step is finished.

    The columns the user fills in (step, direction, confidences, texts, planned applications) come
    from `ReflectionWriting` (storage/reflection_writing.py), shared with the interface's draft."""

    __table_args__ = (
        CheckConstraint(one_of("state", REFLECTION_STATES), name="state"),
        CheckConstraint(one_of("direction", DIRECTIONS), name="direction"),
        CheckConstraint("confidence_before IS NULL OR confidence_before BETWEEN 0 AND 10", name="confidence_before"),
        CheckConstraint("confidence_after IS NULL OR confidence_after BETWEEN 0 AND 10", name="confidence_after"),
        CheckConstraint("planned_applications IS NULL OR planned_applications BETWEEN 0 AND 1000", name="planned"),
    )

    id: int | None = Field(default=None, primary_key=True)
    rejection_id: int | None = Field(sa_column=foreign_key("rejection.id", "CASCADE"))
    state: str = Field(default="draft", index=True)
    private: bool = False
    created_at: datetime = Field(sa_column=created_column())
    updated_at: datetime = Field(sa_column=updated_column())
    completed_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
    # Revision 0007 (checked by the services: ALTER TABLE cannot add table constraints in SQLite).
    mode: str = Field(default="full", sa_column=Column(String, nullable=False, default="full", server_default="full"))


class ReflectionAnswer(SQLModel, table=True):
    """The user's answer to one catalogue prompt (self-assessment or thinking-trap reframe)."""

    __tablename__ = "reflection_answer"
    __table_args__ = (UniqueConstraint("reflection_id", "prompt_key", name="uq_reflection_answer_prompt"),)

    id: int | None = Field(default=None, primary_key=True)
    reflection_id: int = Field(sa_column=foreign_key("reflection.id", "CASCADE", nullable=False))
    prompt_key: str
    text: str = ""


class Skill(SQLModel, table=True):
    """A skill the user rates; catalogue skills have a `key`, the user's own have none."""

    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),)

    id: int | None = Field(default=None, primary_key=True)
    key: str | None = Field(default=None, unique=True)
    name: str = Field(unique=True)
    name_key: str | None = Field(default=None, sa_column=name_key_column("name", unique=True))


class SkillRating(SQLModel, table=True):
    """A 1-5 self-rating of a skill on a day, usually within a reflection."""

    __tablename__ = "skill_rating"
    __table_args__ = (
        CheckConstraint("rating BETWEEN 1 AND 5", name="rating"),
        UniqueConstraint("reflection_id", "skill_id", name="uq_skill_rating_reflection_skill"),
    )

    id: int | None = Field(default=None, primary_key=True)
    skill_id: int = Field(sa_column=foreign_key("skill.id", "CASCADE", nullable=False))
    reflection_id: int | None = Field(sa_column=foreign_key("reflection.id", "CASCADE"))
    rated_on: date = Field(index=True)
    rating: int


class ImprovementArea(SQLModel, table=True):
    """Something to get better at, named in one or more reflections."""

    __tablename__ = "improvement_area"
    __table_args__ = (
        CheckConstraint(one_of("state", AREA_STATES), name="state"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
    )

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    state: str = "open"
    notes: str = ""
    created_at: datetime = Field(sa_column=created_column())
    resolved_on: date | None = None
    name_key: str | None = Field(default=None, sa_column=name_key_column("name", unique=True))


class AreaCitation(SQLModel, table=True):
    """Links an improvement area to a reflection that raised it."""

    __tablename__ = "area_citation"

    area_id: int = Field(
        sa_column=Column(Integer, ForeignKey("improvement_area.id", ondelete="CASCADE"), primary_key=True)
    )
    reflection_id: int = Field(
        sa_column=Column(Integer, ForeignKey("reflection.id", ondelete="CASCADE"), primary_key=True, index=True)
    )


class ActionItem(SQLModel, table=True):
    """A concrete step towards an improvement area, with a due date."""

    __tablename__ = "action_item"
    __table_args__ = (
        CheckConstraint(one_of("state", ACTION_STATES), name="state"),
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
    )

    id: int | None = Field(default=None, primary_key=True)
    title: str
    area_id: int | None = Field(sa_column=foreign_key("improvement_area.id", "SET NULL"))
    reflection_id: int | None = Field(sa_column=foreign_key("reflection.id", "SET NULL"))
    due_on: date | None = Field(default=None, index=True)
    state: str = Field(default="todo", index=True)
    done_on: date | None = None
    snoozed_until: date | None = None
    created_at: datetime = Field(sa_column=created_column())


class Strength(SQLModel, table=True):
    """A strength or a win worth remembering on a low day."""

    __table_args__ = (CheckConstraint("length(trim(text)) > 0", name="text_not_blank"),)

    id: int | None = Field(default=None, primary_key=True)
    text: str
    noted_on: date = Field(index=True)
    reflection_id: int | None = Field(sa_column=foreign_key("reflection.id", "SET NULL"))
