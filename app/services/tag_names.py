"""The rules of a tag's name, without the database: the chips widget checks a tag as it is typed.

Kept apart from app/services/tags.py so the editor that shows chips loads no SQLAlchemy at start-up.
"""

from __future__ import annotations

from thabat.app.errors import QT_TRANSLATE_NOOP, InputError, Message
from thabat.app.services import validation as check

MAX_TAG = 50
"""Characters in one tag: a word or two, not a sentence."""
MAX_TAGS = 20
"""Tags on one entry or reflection."""
SEPARATORS = (",", "،")
"""Typing one of these ends a tag (the Arabic keyboard's comma is "،"), so neither can be inside one."""


def clean_tag(text: str, field: str = "tags") -> str:
    """A tag as stored: spaces collapsed, a leading "#" dropped; InputError when empty, too long or
    holding a comma."""
    name = " ".join(check.clean_text(text, field).split()).lstrip("#").strip()
    if not name:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "A tag cannot be empty."), field)
    if any(separator in name for separator in SEPARATORS):
        raise InputError(QT_TRANSLATE_NOOP("Errors", "A tag cannot contain a comma."), field)
    if len(name) > MAX_TAG:
        raise InputError(Message(QT_TRANSLATE_NOOP("Errors", "A tag is at most %1 characters long."), str(MAX_TAG)), field)
    return name


def tag_key(name: str) -> str:
    """How two tags are told apart: the name key the tag table is unique on, so "SQL" is "sql" and
    "أسامة" is "اسامه" while typing, as when saving."""
    # Imported here: the search rules load two language libraries, which the editor needs only once
    # the user types a tag, not at start-up.
    from thabat.storage.name_key import name_key

    return name_key(name)
