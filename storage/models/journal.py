"""The journal around the search: check-ins, free entries and their tags, resources, the user's own templates."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Column, ForeignKey, Integer, String, UniqueConstraint
from sqlmodel import Field, SQLModel

from thabat.storage.models.choices import DIRECTIONS
from thabat.storage.models.columns import created_column, foreign_key, name_key_column, one_of, updated_column


class CheckIn(SQLModel, table=True):
    """The daily one-tap confidence check-in (one a day)."""

    __tablename__ = "check_in"
    __table_args__ = (CheckConstraint("score BETWEEN 0 AND 10", name="score"),)

    id: int | None = Field(default=None, primary_key=True)
    day: date = Field(unique=True)
    score: int
    note: str = ""
    created_at: datetime = Field(sa_column=created_column())


class JournalEntry(SQLModel, table=True):
    """A free journal entry beside the guided reflections."""

    __tablename__ = "journal_entry"
    __table_args__ = (CheckConstraint(one_of("direction", DIRECTIONS), name="direction"),)

    id: int | None = Field(default=None, primary_key=True)
    title: str = ""
    body: str = ""
    application_id: int | None = Field(sa_column=foreign_key("application.id", "SET NULL"))
    direction: str = "auto"
    private: bool = False
    written_on: date = Field(index=True)
    created_at: datetime = Field(sa_column=created_column())
    updated_at: datetime = Field(sa_column=updated_column())
    # Revision 0005 (checked by the services, like the columns of 0004).
    markup: str = Field(default="plain", sa_column=Column(String, nullable=False, default="plain",
                                                          server_default="plain"))


class Tag(SQLModel, table=True):
    """A word the user files entries and reflections under ("interview", "مقابلة"); one row per name key."""

    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str
    """As first typed; later spellings with the same key ("SQL", "sql") find this one."""
    name_key: str | None = Field(default=None, sa_column=name_key_column("name", unique=True))


class EntryTag(SQLModel, table=True):
    """Links a tag to a free journal entry (revision 0008)."""

    __tablename__ = "entry_tag"

    entry_id: int = Field(
        sa_column=Column(Integer, ForeignKey("journal_entry.id", ondelete="CASCADE"), primary_key=True))
    tag_id: int = Field(sa_column=Column(Integer, ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True))


class ReflectionTag(SQLModel, table=True):
    """Links a tag to a guided reflection (revision 0008)."""

    __tablename__ = "reflection_tag"

    reflection_id: int = Field(
        sa_column=Column(Integer, ForeignKey("reflection.id", ondelete="CASCADE"), primary_key=True))
    tag_id: int = Field(sa_column=Column(Integer, ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True))


class Resource(SQLModel, table=True):
    """An entry in the user's own list of helpful resources."""

    __table_args__ = (CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),)

    id: int | None = Field(default=None, primary_key=True)
    title: str
    url: str = ""
    notes: str = ""
    position: int = 0


class TemplateOverride(SQLModel, table=True):
    """The user's own version of a message template, per language."""

    __tablename__ = "template_override"
    __table_args__ = (UniqueConstraint("key", "lang", name="uq_template_override_key_lang"),)

    id: int | None = Field(default=None, primary_key=True)
    key: str
    lang: str
    subject: str = ""
    body: str = ""
