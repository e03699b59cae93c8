"""Tags on free entries and reflections: setting an item's tags, and the tags in use with how often
(for completion and the Journal's filter). A tag's own rules are in tag_names.py.

A tag is found by its name key (storage/name_key.py), like companies and skills: "SQL" and "sql",
"مقابلة" and "مقابله" are one tag, shown as first typed. A tag nothing carries any more is deleted,
so completion never offers a word the user has let go.
"""

from __future__ import annotations

from typing import Iterable

from sqlalchemy import delete, func
from sqlmodel import Session, select

from thabat.app.errors import QT_TRANSLATE_NOOP, InputError, Message, NotFound
from thabat.app.services import validation as check
from thabat.app.services.tag_names import MAX_TAGS, clean_tag  # noqa: F401  (clean_tag re-exported)
from thabat.app.views.journal import TagCount
from thabat.storage.ids_ahead import give_ids
from thabat.storage.models import TAG_KINDS, EntryTag, JournalEntry, Reflection, ReflectionTag, Rejection, Tag
from thabat.storage.name_key import name_key


def cleaned_tags(names: Iterable[str], field: str = "tags") -> tuple[str, ...]:
    """The tags as stored, each name key once (the first spelling kept), in the order given."""
    kept: dict[str, str] = {}
    for text in names:
        name = clean_tag(text, field)
        kept.setdefault(name_key(name), name)
    if len(kept) > MAX_TAGS:
        raise InputError(Message(QT_TRANSLATE_NOOP("Errors", "At most %1 tags on one entry or reflection."),
                         str(MAX_TAGS)), field)
    return tuple(kept.values())


def _link(kind: str):
    check.one_of(kind, "kind", TAG_KINDS)
    return (EntryTag, EntryTag.entry_id) if kind == "entry" else (ReflectionTag, ReflectionTag.reflection_id)


_FETCH = {"synchronize_session": "fetch"}
"""Bulk deletes learn which rows went from the database (RETURNING), instead of testing every object
the session holds against the criteria: in a long session (the demo's) that scan was a fifth of the time."""


def set_tags(session: Session, kind: str, item_id: int, names: Iterable[str], flush: bool = True) -> tuple[str, ...]:
    """Give the entry or reflection (`kind`) exactly these tags; returns them as stored, in name order.

    `flush=False`: new tags and links are left for the caller's flush (one for all its writes)."""
    owner = JournalEntry if kind == "entry" else Reflection
    link, column = _link(kind)
    if session.get(owner, item_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This journal entry no longer exists.") if kind == "entry"
                       else QT_TRANSLATE_NOOP("Errors", "This reflection no longer exists."))
    wanted = cleaned_tags(names)
    keys = [name_key(name) for name in wanted]
    known = {tag.name_key: tag for tag in session.exec(select(Tag).where(Tag.name_key.in_(keys))).all()} if keys else {}
    tags = {}
    for key, name in zip(keys, wanted):
        tag = known.get(key)
        if tag is None:
            tag = Tag(name=name)
            session.add(tag)
            give_ids(session)
        tags[key] = tag
    ids = [tag.id for tag in tags.values()]
    held = set(session.exec(select(link.tag_id).where(column == item_id)).all())
    for tag_id in ids:
        if tag_id not in held:
            session.add(link(**{column.key: item_id, "tag_id": tag_id}))
    taken_off = sorted(held.difference(ids))
    # Only a tag taken off this item can have become unused; an item that only gains tags (every new one)
    # neither deletes nor sweeps (the sweep reads every tag and link: the demo tags hundreds of items).
    if taken_off:
        session.execute(delete(link).where(column == item_id, link.tag_id.in_(taken_off)), execution_options=_FETCH)
        session.flush()
        drop_unused(session)
    elif flush:
        session.flush()
    return tuple(tags[key].name for key in sorted(tags))  # as tags_of gives them: in name-key order


def drop_unused(session: Session) -> None:
    """Delete the tags no entry or reflection carries any more (completion offers only tags in use)."""
    session.execute(delete(Tag).where(Tag.id.not_in(select(EntryTag.tag_id)), Tag.id.not_in(select(ReflectionTag.tag_id))),
                    execution_options=_FETCH)


def tags_of(session: Session, kind: str, ids: list[int]) -> dict[int, tuple[str, ...]]:
    """The tag names of these entries or reflections, by id (items without tags left out), in name order."""
    link, column = _link(kind)
    found: dict[int, list[str]] = {}
    for start in range(0, len(ids), 500):  # SQLite limits the parameters of one statement
        for item_id, name in session.exec(select(column, Tag.name).join(Tag, Tag.id == link.tag_id)
                                          .where(column.in_(ids[start:start + 500])).order_by(column, Tag.name_key)):
            found.setdefault(item_id, []).append(name)
    return {item_id: tuple(names) for item_id, names in found.items()}


def all_tags(session: Session) -> list[TagCount]:
    """Every tag in use with the number of entries and reflections carrying it, most used first."""
    counts: dict[int, int] = {}
    for link in (EntryTag, ReflectionTag):
        for tag_id, count in session.exec(select(link.tag_id, func.count()).group_by(link.tag_id)).all():
            counts[tag_id] = counts.get(tag_id, 0) + count
    tags = session.exec(select(Tag).where(Tag.id.in_(list(counts)))).all() if counts else []
    return sorted((TagCount(tag.name, counts[tag.id]) for tag in tags), key=lambda t: (-t.count, t.name.casefold()))


def ids_tagged(session: Session, kind: str, tag: str) -> set[int]:
    """The entries or reflections (`kind`) carrying the tag named `tag` (any spelling of it)."""
    link, column = _link(kind)
    return set(session.exec(select(column).join(Tag, Tag.id == link.tag_id).where(Tag.name_key == name_key(tag))).all())


def tags_by_application(session: Session) -> dict[int, tuple[str, ...]]:
    """Application id -> the tags of the reflections on its rejection and of the entries about it, each once,
    in name order (the CSV of applications carries them)."""
    found: dict[int, dict[str, str]] = {}
    rows = list(session.exec(
        select(Rejection.application_id, Tag.name_key, Tag.name)
        .join(Reflection, Reflection.rejection_id == Rejection.id)
        .join(ReflectionTag, ReflectionTag.reflection_id == Reflection.id)
        .join(Tag, Tag.id == ReflectionTag.tag_id)).all())
    rows += session.exec(
        select(JournalEntry.application_id, Tag.name_key, Tag.name)
        .join(EntryTag, EntryTag.entry_id == JournalEntry.id)
        .join(Tag, Tag.id == EntryTag.tag_id).where(JournalEntry.application_id.is_not(None))).all()
    for application_id, key, name in rows:
        found.setdefault(application_id, {})[key] = name
    return {app_id: tuple(names[key] for key in sorted(names)) for app_id, names in found.items()}
