"""The tables of the journal.

User dates (applied on, due on, the day of a check-in) are `date`s; bookkeeping times
(`created_at`, `updated_at`) are aware UTC datetimes. Enumerations are short ASCII keys checked by
the database; their labels live in the bilingual catalogues.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, Integer, String, UniqueConstraint, event
from sqlmodel import Field, SQLModel

from thabat.storage import name_key as names
from thabat.storage.reflection_writing import ReflectionWriting
from thabat.storage.types import UTCDateTime, utcnow

# Stable constraint names, so batch migrations on SQLite can find and alter them.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

STAGES = ("application", "screening", "assessment", "interview", "final", "offer_withdrawn")
"""Where a rejection can come: the furthest stage reached."""

HISTORY_STAGES = ("applied", "screening", "assessment", "interview", "final", "offer", "rejected", "withdrawn")
"""Steps an application goes through, as recorded in its stage history."""

OUTCOMES = ("pending", "interview", "rejected", "offer", "withdrawn")
"""The current outcome of an application (charts stack by it)."""

CHANNELS = ("email", "phone", "portal", "no_answer")
SOURCES = ("", "job_board", "referral", "recruiter", "company_site", "network")
"""How the user heard of the job ("" when not said)."""
WORK_PLACES = ("", "onsite", "hybrid", "remote")
INTERVIEW_KINDS = ("phone", "technical", "onsite", "final")
"""The kind of an interview step; a "final" interview is recorded as the stage "final"."""
OFFER_ANSWERS = ("accepted", "declined")
STEP_KINDS = ("",) + INTERVIEW_KINDS + OFFER_ANSWERS
"""`StageEvent.kind`: an interview's kind, an offer's answer, or nothing."""
REFLECTION_STATES = ("draft", "done")
REFLECTION_MODES = ("", "quick", "full")
"""How a reflection is written: four questions ("quick") or the seven steps ("full"); "" until the user picks."""
AREA_STATES = ("open", "improving", "resolved")
ACTION_STATES = ("todo", "doing", "done")
REMINDER_KINDS = ("reply", "feedback", "follow_up")
DIRECTIONS = ("auto", "rtl", "ltr")
MARKUPS = ("plain", "markdown")
"""How a journal entry's body is written: as typed, or Markdown from the formatting bar."""
TAG_KINDS = ("entry", "reflection")
"""What a tag can be put on: a free journal entry or a guided reflection."""


def _one_of(column: str, values: tuple[str, ...]) -> str:
    listed = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({listed})"


def _fk(target: str, ondelete: str, nullable: bool = True, index: bool = True) -> Column:
    return Column(Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable, index=index)


def _created() -> Column:
    return Column(UTCDateTime(), nullable=False, default=utcnow)


def _updated() -> Column:
    return Column(UTCDateTime(), nullable=False, default=utcnow, onupdate=utcnow)


def _text() -> Column:
    """A text column added by a migration (ALTER TABLE needs the server default to fill old rows)."""
    return Column(String, nullable=False, default="", server_default="")


def _key_of(source: str, unique: bool = False) -> Column:
    """The comparison key of the name in `source` (storage/name_key.py): find-or-create looks names up by it.

    Derived, never typed: the insert default fills it for Core inserts (demo, JSON import), the
    mapper events at the end of this module for the ORM; backups leave it out (`info["key_of"]`).
    The empty server default only lets plain SQL (tests, the sqlite3 shell) insert rows, as in
    journals migrated by revision 0003, which had to add the column with one.
    """
    return Column(String, nullable=False, unique=unique, index=unique, info={"key_of": source}, server_default="",
                  default=lambda context: names.name_key(context.get_current_parameters()[source]))


class Application(SQLModel, table=True):
    """A job applied for; everything else hangs off it."""

    __table_args__ = (
        CheckConstraint(_one_of("outcome", OUTCOMES), name="outcome"),
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
    created_at: datetime = Field(sa_column=_created())
    updated_at: datetime = Field(sa_column=_updated())
    company_key: str | None = Field(default=None, sa_column=_key_of("company"))
    role_key: str | None = Field(default=None, sa_column=_key_of("role"))
    # Revision 0004 (checked by the services: ALTER TABLE cannot add table constraints in SQLite).
    source: str = Field(default="", sa_column=_text())
    work_place: str = Field(default="", sa_column=_text())
    salary_min: int | None = None
    salary_max: int | None = None
    currency: str = Field(default="", sa_column=_text())
    description: str = Field(default="", sa_column=_text())
    deadline: date | None = None
    interest: int | None = None
    """How much the user wants this job, 1-5."""


class StageEvent(SQLModel, table=True):
    """One step in an application's history (applied, screening, interview round 2, ...)."""

    __tablename__ = "stage_event"
    __table_args__ = (
        CheckConstraint(_one_of("stage", HISTORY_STAGES), name="stage"),
        CheckConstraint("round IS NULL OR round BETWEEN 1 AND 20", name="round"),
    )

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(sa_column=_fk("application.id", "CASCADE", nullable=False))
    stage: str
    round: int | None = None
    occurred_on: date = Field(index=True)
    note: str = ""
    """Prep notes for an interview; a few words for any other step."""
    kind: str = Field(default="", sa_column=_text())
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
    created_at: datetime = Field(sa_column=_created())
    updated_at: datetime = Field(sa_column=_updated())


class Referral(SQLModel, table=True):
    """The contact who referred the user for an application (one at most)."""

    application_id: int = Field(
        sa_column=Column(Integer, ForeignKey("application.id", ondelete="CASCADE"), primary_key=True))
    contact_id: int = Field(sa_column=_fk("contact.id", "CASCADE", nullable=False))


class Rejection(SQLModel, table=True):
    """The end of an application, with what followed it: the reply and the feedback asked for."""

    __table_args__ = (
        CheckConstraint(_one_of("stage", STAGES), name="stage"),
        CheckConstraint(_one_of("channel", CHANNELS), name="channel"),
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
    created_at: datetime = Field(sa_column=_created())


class Reflection(SQLModel, ReflectionWriting, table=True):
    """A guided reflection on a rejection; a draft until the last step is finished.

    The columns the user fills in (step, direction, confidences, texts, planned applications) come
    from `ReflectionWriting` (storage/reflection_writing.py), shared with the interface's draft."""

    __table_args__ = (
        CheckConstraint(_one_of("state", REFLECTION_STATES), name="state"),
        CheckConstraint(_one_of("direction", DIRECTIONS), name="direction"),
        CheckConstraint("confidence_before IS NULL OR confidence_before BETWEEN 0 AND 10", name="confidence_before"),
        CheckConstraint("confidence_after IS NULL OR confidence_after BETWEEN 0 AND 10", name="confidence_after"),
        CheckConstraint("planned_applications IS NULL OR planned_applications BETWEEN 0 AND 1000", name="planned"),
    )

    id: int | None = Field(default=None, primary_key=True)
    rejection_id: int | None = Field(sa_column=_fk("rejection.id", "CASCADE"))
    state: str = Field(default="draft", index=True)
    private: bool = False
    created_at: datetime = Field(sa_column=_created())
    updated_at: datetime = Field(sa_column=_updated())
    completed_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
    # Revision 0007 (checked by the services: ALTER TABLE cannot add table constraints in SQLite).
    mode: str = Field(default="full", sa_column=Column(String, nullable=False, default="full", server_default="full"))


class ReflectionAnswer(SQLModel, table=True):
    """The user's answer to one catalogue prompt (self-assessment or thinking-trap reframe)."""

    __tablename__ = "reflection_answer"
    __table_args__ = (UniqueConstraint("reflection_id", "prompt_key", name="uq_reflection_answer_prompt"),)

    id: int | None = Field(default=None, primary_key=True)
    reflection_id: int = Field(sa_column=_fk("reflection.id", "CASCADE", nullable=False))
    prompt_key: str
    text: str = ""


class Skill(SQLModel, table=True):
    """A skill the user rates; catalogue skills have a `key`, the user's own have none."""

    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),)

    id: int | None = Field(default=None, primary_key=True)
    key: str | None = Field(default=None, unique=True)
    name: str = Field(unique=True)
    name_key: str | None = Field(default=None, sa_column=_key_of("name", unique=True))


class SkillRating(SQLModel, table=True):
    """A 1-5 self-rating of a skill on a day, usually within a reflection."""

    __tablename__ = "skill_rating"
    __table_args__ = (
        CheckConstraint("rating BETWEEN 1 AND 5", name="rating"),
        UniqueConstraint("reflection_id", "skill_id", name="uq_skill_rating_reflection_skill"),
    )

    id: int | None = Field(default=None, primary_key=True)
    skill_id: int = Field(sa_column=_fk("skill.id", "CASCADE", nullable=False))
    reflection_id: int | None = Field(sa_column=_fk("reflection.id", "CASCADE"))
    rated_on: date = Field(index=True)
    rating: int


class ImprovementArea(SQLModel, table=True):
    """Something to get better at, named in one or more reflections."""

    __tablename__ = "improvement_area"
    __table_args__ = (
        CheckConstraint(_one_of("state", AREA_STATES), name="state"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
    )

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    state: str = "open"
    notes: str = ""
    created_at: datetime = Field(sa_column=_created())
    resolved_on: date | None = None
    name_key: str | None = Field(default=None, sa_column=_key_of("name", unique=True))


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
        CheckConstraint(_one_of("state", ACTION_STATES), name="state"),
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
    )

    id: int | None = Field(default=None, primary_key=True)
    title: str
    area_id: int | None = Field(sa_column=_fk("improvement_area.id", "SET NULL"))
    reflection_id: int | None = Field(sa_column=_fk("reflection.id", "SET NULL"))
    due_on: date | None = Field(default=None, index=True)
    state: str = Field(default="todo", index=True)
    done_on: date | None = None
    snoozed_until: date | None = None
    created_at: datetime = Field(sa_column=_created())


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
    created_at: datetime = Field(sa_column=_created())


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
        CheckConstraint(_one_of("kind", REMINDER_KINDS), name="kind"),
        Index("ix_reminder_open_due", "done_on", "due_on"),
    )

    id: int | None = Field(default=None, primary_key=True)
    kind: str
    due_on: date
    snoozed_until: date | None = None
    done_on: date | None = None
    rejection_id: int | None = Field(sa_column=_fk("rejection.id", "CASCADE"))
    contact_id: int | None = Field(sa_column=_fk("contact.id", "CASCADE"))
    application_id: int | None = Field(sa_column=_fk("application.id", "CASCADE"))
    message: str = ""
    created_at: datetime = Field(sa_column=_created())


class CheckIn(SQLModel, table=True):
    """The daily one-tap confidence check-in (one a day)."""

    __tablename__ = "check_in"
    __table_args__ = (CheckConstraint("score BETWEEN 0 AND 10", name="score"),)

    id: int | None = Field(default=None, primary_key=True)
    day: date = Field(unique=True)
    score: int
    note: str = ""
    created_at: datetime = Field(sa_column=_created())


class JournalEntry(SQLModel, table=True):
    """A free journal entry beside the guided reflections."""

    __tablename__ = "journal_entry"
    __table_args__ = (CheckConstraint(_one_of("direction", DIRECTIONS), name="direction"),)

    id: int | None = Field(default=None, primary_key=True)
    title: str = ""
    body: str = ""
    application_id: int | None = Field(sa_column=_fk("application.id", "SET NULL"))
    direction: str = "auto"
    private: bool = False
    written_on: date = Field(index=True)
    created_at: datetime = Field(sa_column=_created())
    updated_at: datetime = Field(sa_column=_updated())
    # Revision 0005 (checked by the services, like the columns of 0004).
    markup: str = Field(default="plain", sa_column=Column(String, nullable=False, default="plain",
                                                          server_default="plain"))


class Tag(SQLModel, table=True):
    """A word the user files entries and reflections under ("interview", "مقابلة"); one row per name key."""

    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str
    """As first typed; later spellings with the same key ("SQL", "sql") find this one."""
    name_key: str | None = Field(default=None, sa_column=_key_of("name", unique=True))


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


class Strength(SQLModel, table=True):
    """A strength or a win worth remembering on a low day."""

    __table_args__ = (CheckConstraint("length(trim(text)) > 0", name="text_not_blank"),)

    id: int | None = Field(default=None, primary_key=True)
    text: str
    noted_on: date = Field(index=True)
    reflection_id: int | None = Field(sa_column=_fk("reflection.id", "SET NULL"))


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


def _keep_keys_in_step(_mapper, _connection, target) -> None:
    for column in type(target).__table__.columns:
        if "key_of" in column.info:
            setattr(target, column.name, names.name_key(getattr(target, column.info["key_of"])))


for _keyed in (Application, Skill, ImprovementArea, Tag):
    event.listen(_keyed, "before_insert", _keep_keys_in_step)
    event.listen(_keyed, "before_update", _keep_keys_in_step)
