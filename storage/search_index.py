"""The full-text index (SQLite FTS5): what each kind of row contributes to it, and how it is (re)built.

One row per searchable document: a reflection (its texts, answers and tags), a free journal entry
(its text and tags), a rejection (message and feedback), an application's notes, a contact's notes.
Tags are indexed with the text (a search for "interview" finds an entry tagged so) but are not part
of `original`, so snippets stay the user's own words. The `text` column
holds normalised text and `stems` the light stems of its words (storage/search_text.py); the
original text, title, date and company are stored unindexed beside it for snippets and filters.

The index's format is recorded in a one-row table beside it (`search_index_format`): the normal
form of its text and the version of the bookkeeping that keeps it in step. A journal indexed under
another format is re-indexed when it is opened (`ensure_current`), so a change to the normaliser
needs no schema migration.

Keeping it in step is storage/search_sync.py's job: triggers on the tables below queue the
documents each write touches, and the queue is drained before every commit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Mapping, Sequence

from sqlalchemy import String, or_, select, text, type_coerce
from sqlalchemy.engine import Connection

from thabat.storage.instants import local_day
from thabat.storage.models import (
    Application, Contact, EntryTag, JournalEntry, Reflection, ReflectionAnswer, ReflectionTag, Rejection, Tag,
)
from thabat.storage.reflection_writing import MESSAGES, OWN_TEXTS
from thabat.storage.search_table import FORMAT_TABLE, INDEX_FORMAT, KINDS, TABLE  # noqa: F401  (re-exported)
from thabat.storage.search_text import FORMAT, document_stems, document_text


CREATE_SQL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
    "kind UNINDEXED, ref_id UNINDEXED, day UNINDEXED, company UNINDEXED, title UNINDEXED, "
    "original UNINDEXED, text, stems, tokenize='unicode61 remove_diacritics 2')"
)

Key = tuple[str, int]

_REFLECTION_FIELDS = (*OWN_TEXTS, *MESSAGES)
"""A reflection's own prose first, then the messages it drafted (the order of its indexed text)."""


@dataclass(frozen=True)
class Document:
    kind: str
    ref_id: int
    day: date
    company: str
    title: str
    original: str
    tags: tuple[str, ...] = ()
    """Indexed beside the text, never shown in snippets."""

    def has_text(self) -> bool:
        """A document with nothing of its own to find (no text, no tag) is left out of the index."""
        return bool(self.original.strip() or self.tags)


def include_name(name: str | None, type_: str, _parent_names: dict) -> bool:
    """Alembic's filter: the FTS table and its shadow tables are not in the models' metadata."""
    return not (type_ == "table" and name is not None and name.startswith(TABLE))


def create_table(connection: Connection) -> None:
    connection.execute(text(CREATE_SQL))
    connection.execute(text(f"CREATE TABLE IF NOT EXISTS {FORMAT_TABLE} (format TEXT NOT NULL)"))


def recorded_format(connection: Connection) -> str | None:
    """The format the index was built with (INDEX_FORMAT); None for an index older than the record."""
    exists = connection.execute(text("SELECT 1 FROM sqlite_master WHERE name = :name"),
                                {"name": FORMAT_TABLE}).first()
    return connection.execute(text(f"SELECT format FROM {FORMAT_TABLE}")).scalar() if exists else None


def ensure_current(connection: Connection) -> bool:
    """Re-index from scratch when the index was built under another format; True if it did."""
    if recorded_format(connection) == INDEX_FORMAT:
        return False
    recreate(connection)
    return True


def recreate(connection: Connection) -> int:
    """Drop the index and build it anew in today's layout (its columns may have changed too)."""
    connection.execute(text(f"DROP TABLE IF EXISTS {TABLE}"))
    create_table(connection)
    return rebuild(connection)


def rebuild(connection: Connection) -> int:
    """Index every document from scratch (migrations, repairs); returns how many were indexed.

    Set-based: a few queries per kind for the whole journal, not one per document (five years of
    demo journal took 16 s one by one), then one executemany insert.
    """
    connection.execute(text(f"DELETE FROM {TABLE}"))
    indexed = _insert(connection, [document for build in _DOCUMENTS.values() for document in build(connection, None)])
    connection.execute(text(f"DELETE FROM {FORMAT_TABLE}"))
    connection.execute(text(f"INSERT INTO {FORMAT_TABLE} (format) VALUES (:format)"), {"format": INDEX_FORMAT})
    return indexed


def index_new(connection: Connection, kind: str, ids: Sequence[int], chunk: int = 500) -> int:
    """Index rows of one kind that are not in the index yet, a chunk of ids at a time so memory stays
    flat (a bulk import drains thousands at once); returns how many documents were indexed."""
    indexed = 0
    for start in range(0, len(ids), chunk):
        indexed += _insert(connection, _DOCUMENTS[kind](connection, list(ids[start:start + chunk])))
    return indexed


def refresh(connection: Connection, keys: set[Key], new_above: Mapping[str, int] | None = None) -> int:
    """Re-index the documents `keys` from the database as it stands (removed when gone or empty);
    returns how many documents were indexed.

    `new_above` (kind -> id, from `highest_ids`): documents of that kind with a higher id are known not
    to be in the index, so no old copy is looked for (each look is a scan of the index).
    """
    by_kind: dict[str, set[int]] = {}
    for kind, ref_id in keys:
        by_kind.setdefault(kind, set()).add(ref_id)
    indexed = 0
    for kind, ids in by_kind.items():
        if new_above is None:
            indexed_before = ids
        else:
            highest = new_above.get(kind, 0)
            indexed_before = {ref_id for ref_id in ids if ref_id <= highest}
        if indexed_before:
            _remove(connection, kind, indexed_before)
        indexed += index_new(connection, kind, sorted(ids))
    return indexed


def highest_ids(connection: Connection) -> dict[str, int]:
    """kind -> the highest id the index holds a document of: any higher id of that kind is not in it."""
    return dict(connection.exec_driver_sql(f"SELECT kind, max(ref_id) FROM {TABLE} GROUP BY kind").all())


def _remove(connection: Connection, kind: str, ids: set[int]) -> None:
    # kind and ref_id are unindexed columns: one scan finds the rowids, then each goes by its rowid
    # (a scan per document made a bulk import quadratic).
    rowids = [(rowid,) for rowid, ref_id in connection.exec_driver_sql(
        f"SELECT rowid, ref_id FROM {TABLE} WHERE kind = ?", (kind,)) if ref_id in ids]
    if rowids:
        connection.exec_driver_sql(f"DELETE FROM {TABLE} WHERE rowid = ?", rowids)


def indexed_rows(connection: Connection, with_text: bool = True) -> dict[Key, list[tuple]]:
    """What the index holds: (kind, ref_id) -> its rows (one, when all is well) as `expected_rows` gives them."""
    columns = ", ".join(_VALUES if with_text else _VALUES[:-2])
    held: dict[Key, list[tuple]] = {}
    for kind, ref_id, *values in connection.execute(text(f"SELECT kind, ref_id, {columns} FROM {TABLE}")):
        held.setdefault((kind, ref_id), []).append(tuple(values))
    return held


def expected_rows(connection: Connection, with_text: bool = True) -> dict[Key, tuple]:
    """What a rebuild would index now, computed without writing: (kind, ref_id) -> its row.

    Without `with_text`, the normalised text and stems are left out (and not computed: most of the
    cost); they follow from the title and original text under the recorded format.
    """
    documents = [document for build in _DOCUMENTS.values() for document in build(connection, None)]
    if not with_text:
        return {(d.kind, d.ref_id): (d.day.isoformat(), d.company, d.title, d.original)
                for d in documents if d.has_text()}
    return {(kind, ref_id): tuple(values) for kind, ref_id, *values in _rows(documents)}


_VALUES = ("day", "company", "title", "original", "text", "stems")


def _insert(connection: Connection, documents: list[Document]) -> int:
    rows = _rows(documents)
    if rows:  # plain tuples to the driver: a million documents through text() and dicts took seconds
        connection.exec_driver_sql(
            f"INSERT INTO {TABLE} (kind, ref_id, day, company, title, original, text, stems) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return len(rows)


def _rows(documents: list[Document]) -> list[tuple]:
    """The index rows of `documents` (kind, ref_id, then the columns of `_VALUES`); a document with no
    text of its own has none."""
    # The indexed text is the title, the text and each tag, a line each; worked out part by part, the
    # titles and tags remembered (storage/search_text.py).
    return [(d.kind, d.ref_id, d.day.isoformat(), d.company, d.title, d.original,
             document_text(d.title, d.original, d.tags), document_stems(d.title, d.original, d.tags))
            for d in documents if d.has_text()]


# -- documents: what each kind of row contributes to the index --------------------------------------
# Each builder takes the ids to build (None: every row of its kind) and returns their documents;
# ids that no longer exist simply give no document.


def _joined(*parts: str) -> str:
    return "\n".join(part for part in parts if part and part.strip())


def _only(statement, column, ids: list[int] | None):
    if ids is None:
        return statement
    if ids and ids == list(range(ids[0], ids[0] + len(ids))):  # a run of new rows: no list of ids to send
        return statement.where(column.between(ids[0], ids[-1]))
    return statement.where(column.in_(ids))


def _applications(connection: Connection, application_ids) -> dict:
    """company, role, applied_on and notes of these applications, by id."""
    wanted = sorted({i for i in application_ids if i is not None})
    if not wanted:
        return {}
    t = Application.__table__.c
    rows = connection.execute(select(t.id, t.company, t.role, t.applied_on, t.notes).where(t.id.in_(wanted))).all()
    return {row.id: row for row in rows}


def tags_by_owner(connection: Connection, kind: str, ids: list[int] | None) -> dict[int, tuple[str, ...]]:
    """The tag names of these entries or reflections (`kind`; None: all of them), by id, in name-key order."""
    link = {"entry": EntryTag, "reflection": ReflectionTag}[kind].__table__.c
    owner = link.entry_id if kind == "entry" else link.reflection_id
    t = Tag.__table__.c
    found: dict[int, list[str]] = {}
    statement = select(owner, t.name).join(Tag.__table__, t.id == link.tag_id).order_by(owner, t.name_key)
    for owner_id, name in connection.execute(_only(statement, owner, ids)):
        found.setdefault(owner_id, []).append(name)
    return {owner_id: tuple(names) for owner_id, names in found.items()}


def app_title(company: str, role: str) -> str:
    return f"{company} — {role}" if role else company


def _reflection_documents(connection: Connection, ids: list[int] | None) -> list[Document]:
    t = Reflection.__table__.c
    rows = connection.execute(_only(select(Reflection.__table__), t.id, ids)).mappings().all()
    if not rows:
        return []
    a = ReflectionAnswer.__table__.c
    answers: dict[int, list[str]] = {}
    for reflection_id, answer in connection.execute(
            _only(select(a.reflection_id, a.text), a.reflection_id, ids).order_by(a.reflection_id, a.id)):
        answers.setdefault(reflection_id, []).append(answer)
    r = Rejection.__table__.c
    rejection_ids = sorted({row["rejection_id"] for row in rows if row["rejection_id"] is not None})
    app_of = dict(connection.execute(select(r.id, r.application_id).where(r.id.in_(rejection_ids))).all()) \
        if rejection_ids else {}
    apps = _applications(connection, app_of.values())
    tags = tags_by_owner(connection, "reflection", ids)
    documents = []
    for row in rows:
        app = apps.get(app_of.get(row["rejection_id"]))
        company, title = (app.company, app_title(app.company, app.role)) if app is not None else ("", "")
        documents.append(Document(
            "reflection", row["id"], local_day(row["completed_at"] or row["created_at"]), company, title,
            _joined(*(row[field] for field in _REFLECTION_FIELDS), *answers.get(row["id"], ())),
            tags.get(row["id"], ())))
    return documents


def _entry_documents(connection: Connection, ids: list[int] | None) -> list[Document]:
    t = JournalEntry.__table__.c
    rows = connection.execute(_only(select(t.id, t.title, t.body, t.written_on, t.application_id), t.id, ids)).all()
    apps = _applications(connection, (row.application_id for row in rows))
    tags = tags_by_owner(connection, "entry", ids)
    return [Document("entry", row.id, row.written_on,
                     apps[row.application_id].company if row.application_id in apps else "", row.title, row.body,
                     tags.get(row.id, ()))
            for row in rows]


def _rejection_documents(connection: Connection, ids: list[int] | None) -> list[Document]:
    t = Rejection.__table__.c
    rows = connection.execute(_only(select(t.id, t.application_id, t.received_on, t.message, t.feedback_text),
                                    t.id, ids)).all()
    apps = _applications(connection, (row.application_id for row in rows))
    documents = []
    for row in rows:
        app = apps.get(row.application_id)
        company, title = (app.company, app_title(app.company, app.role)) if app is not None else ("", "")
        documents.append(Document("rejection", row.id, row.received_on, company, title,
                                  _joined(row.feedback_text, row.message)))
    return documents


WrittenApplication = tuple[int, str, str, date | None, str, str]
"""An application as a big import wrote it: id, company, role, applied_on, notes, description."""


def index_written_applications(connection: Connection, rows: Sequence[WrittenApplication]) -> int:
    """Index applications just written, from the values written; returns how many documents were indexed.

    What `index_new` would index reading them back, without the read: a big import's batches are in
    hand. Only the day an application without a date was recorded (its document's day) is read.
    """
    t = Application.__table__.c
    undated = [row[0] for row in rows if row[3] is None and (row[4] or row[5])]
    created = dict(connection.execute(select(t.id, t.created_at).where(t.id.in_(undated))).all()) if undated else {}
    return _insert(connection, [
        _application_document(id_, company, role, local_day(created[id_]) if applied_on is None else applied_on, notes,
                              description)
        for id_, company, role, applied_on, notes, description in rows if notes or description])


def _application_document(id_: int, company: str, role: str, day: date, notes: str, description: str) -> Document:
    return Document("application", id_, day, company, app_title(company, role), _joined(notes, description))


def _application_documents(connection: Connection, ids: list[int] | None) -> list[Document]:
    t = Application.__table__.c
    # Most applications have no notes and so no document: not read at all (text that is only spaces
    # is read, and left out like every document without text of its own).
    # The date as SQLite holds it (ISO text), read by date.fromisoformat: the Date type's own reading
    # took a third of the time of indexing a big import.
    rows = connection.execute(_only(select(t.id, t.company, t.role, type_coerce(t.applied_on, String), t.notes,
                                           t.description)
                                    .where(or_(t.notes != "", t.description != "")), t.id, ids)).all()
    created = {}
    if any(applied_on is None for _id, _company, _role, applied_on, *_ in rows):  # the day it was recorded
        created = dict(connection.execute(select(t.id, t.created_at).where(
            t.id.in_([row[0] for row in rows if row[3] is None]))).all())
    return [_application_document(id_, company, role,
                                  date.fromisoformat(applied_on) if applied_on else local_day(created[id_]), notes,
                                  description)
            for id_, company, role, applied_on, notes, description in rows]


def _contact_documents(connection: Connection, ids: list[int] | None) -> list[Document]:
    t = Contact.__table__.c
    rows = connection.execute(_only(select(t.id, t.name, t.company, t.notes, t.created_at), t.id, ids)).all()
    return [Document("contact", row.id, local_day(row.created_at), row.company, row.name, row.notes) for row in rows]


_DOCUMENTS = {
    "reflection": _reflection_documents,
    "entry": _entry_documents,
    "rejection": _rejection_documents,
    "application": _application_documents,
    "contact": _contact_documents,
}
