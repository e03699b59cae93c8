"""The tables of the journal, importable from one place.

User dates (applied on, due on, the day of a check-in) are `date`s; bookkeeping times
(`created_at`, `updated_at`) are aware UTC datetimes. Enumerations are short ASCII keys checked by
the database; their labels live in the bilingual catalogues.

The tables live by subject (pipeline, reflection, people, journal); their column helpers in
`columns`, the keys of enumerated columns in `choices`.
"""

from __future__ import annotations

from sqlalchemy import event, inspect

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


def _key_columns(model: type) -> tuple[tuple[str, str], ...]:
    """(key column, the name column it is the key of) of each name key of `model`'s table."""
    return tuple((column.name, column.info["key_of"]) for column in model.__table__.columns if "key_of" in column.info)


def _keys_when_inserted(keys: tuple[tuple[str, str], ...]):
    def keep(_mapper, _connection, target) -> None:
        for key, source in keys:
            setattr(target, key, names.name_key(getattr(target, source)))
    return keep


def _keys_when_updated(keys: tuple[tuple[str, str], ...]):
    # Only a key whose name changed (or that was set by hand) is made again: an application's outcome and
    # dates change thousands of times in the demo journal, its company and role hardly ever.
    def keep(_mapper, _connection, target) -> None:
        attributes = inspect(target).attrs
        for key, source in keys:
            if attributes[source].history.has_changes() or attributes[key].history.has_changes():
                setattr(target, key, names.name_key(getattr(target, source)))
    return keep


for _keyed in (Application, Skill, ImprovementArea, Tag):
    event.listen(_keyed, "before_insert", _keys_when_inserted(_key_columns(_keyed)))
    event.listen(_keyed, "before_update", _keys_when_updated(_key_columns(_keyed)))
