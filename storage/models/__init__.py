"""The tables of the journal, importable from one place.

User dates (applied on, due on, the day of a check-in) are `date`s; bookkeeping times
(`created_at`, `updated_at`) are aware UTC datetimes. Enumerations are short ASCII keys checked by
the database; their labels live in the bilingual catalogues.

The tables live by subject (pipeline, reflection, people, journal); their column helpers in
`columns`, the keys of enumerated columns in `choices`.
"""

from __future__ import annotations

from sqlalchemy import event

from thabat.storage import name_key as names
from thabat.storage.models.choices import (ACTION_STATES, AREA_STATES, CHANNELS, DIRECTIONS, HISTORY_STAGES,
                                           INTERVIEW_KINDS, MARKUPS, OFFER_ANSWERS, OUTCOMES, REFLECTION_MODES,
                                           REFLECTION_STATES, REMINDER_KINDS, SOURCES, STAGES, STEP_KINDS, TAG_KINDS,
                                           WORK_PLACES)
from thabat.storage.models.journal import (CheckIn, EntryTag, JournalEntry, ReflectionTag, Resource, Tag,
                                           TemplateOverride)
from thabat.storage.models.people import Contact, ContactApplication, Reminder
from thabat.storage.models.pipeline import Application, Debrief, Referral, Rejection, StageContact, StageEvent
from thabat.storage.models.reflection import (ActionItem, AreaCitation, ImprovementArea, Reflection, ReflectionAnswer,
                                              Skill, SkillRating, Strength)

__all__ = [
    "ACTION_STATES", "AREA_STATES", "CHANNELS", "DIRECTIONS", "HISTORY_STAGES", "INTERVIEW_KINDS", "MARKUPS",
    "OFFER_ANSWERS", "OUTCOMES", "REFLECTION_MODES", "REFLECTION_STATES", "REMINDER_KINDS", "SOURCES", "STAGES",
    "STEP_KINDS", "TAG_KINDS", "WORK_PLACES",
    "ActionItem", "Application", "AreaCitation", "CheckIn", "Contact", "ContactApplication", "Debrief", "EntryTag",
    "ImprovementArea", "JournalEntry", "Referral", "Reflection", "ReflectionAnswer", "ReflectionTag", "Rejection",
    "Reminder", "Resource", "Skill", "SkillRating", "StageContact", "StageEvent", "Strength", "Tag",
    "TemplateOverride",
]


def _keep_keys_in_step(_mapper, _connection, target) -> None:
    for column in type(target).__table__.columns:
        if "key_of" in column.info:
            setattr(target, column.name, names.name_key(getattr(target, column.info["key_of"])))


for _keyed in (Application, Skill, ImprovementArea, Tag):
    event.listen(_keyed, "before_insert", _keep_keys_in_step)
    event.listen(_keyed, "before_update", _keep_keys_in_step)
