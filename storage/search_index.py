"""The full-text index (SQLite FTS5), kept in step with the journal inside every write's transaction.

One row per searchable document: a reflection (its texts and answers), a free journal entry, a
rejection (message and feedback), an application's notes, a contact's notes. The `text` column
holds normalised text and `stems` the light stems of its words (storage/search_text.py); the
original text, title, date and company are stored unindexed beside it for snippets and filters.

The normal form is recorded in a one-row table beside the index (`search_index_format`); a journal
indexed under another form is re-indexed when it is opened (`ensure_current`), so a change to the
normaliser needs no schema migration.

Session events do the bookkeeping, so no service has to remember it: before a flush, the
documents that the pending changes touch are noted (deletes cascade in SQLite, so their dependants
must be found while they still exist); after the flush, each noted document is rebuilt from the
database or removed. A rolled-back transaction rolls the index back with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Sequence

from sqlalchemy import event, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from storage.models import Application, Contact, JournalEntry, Reflection, ReflectionAnswer, Rejection
from storage.search_table import FORMAT_TABLE, KINDS, TABLE  # noqa: F401  (KINDS: re-exported)
from storage.search_text import FORMAT, index_stems, index_text


CREATE_SQL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
    "kind UNINDEXED, ref_id UNINDEXED, day UNINDEXED, company UNINDEXED, title UNINDEXED, "
    "original UNINDEXED, text, stems, tokenize='unicode61 remove_diacritics 2')"
)

Key = tuple[str, int]

_REFLECTION_FIELDS = ("feeling", "went_well", "to_improve", "strength", "next_steps", "reply_text",
                      "feedback_request_text")


@dataclass(frozen=True)
class Document:
    kind: str
    ref_id: int
    day: date
    company: str
    title: str
    original: str


def include_name(name: str | None, type_: str, _parent_names: dict) -> bool:
    """Alembic's filter: the FTS table and its shadow tables are not in the models' metadata."""
    return not (type_ == "table" and name is not None and name.startswith(TABLE))


def create_table(connection: Connection) -> None:
    connection.execute(text(CREATE_SQL))
    connection.execute(text(f"CREATE TABLE IF NOT EXISTS {FORMAT_TABLE} (format TEXT NOT NULL)"))


def recorded_format(connection: Connection) -> str | None:
    """The normal form the index was built with; None for an index older than the record."""
    exists = connection.execute(text("SELECT 1 FROM sqlite_master WHERE name = :name"),
                                {"name": FORMAT_TABLE}).first()
    return connection.execute(text(f"SELECT format FROM {FORMAT_TABLE}")).scalar() if exists else None


def ensure_current(connection: Connection) -> bool:
    """Re-index from scratch when the index was built under another normal form; True if it did."""
    if recorded_format(connection) == FORMAT:
        return False
    recreate(connection)
    return True


def recreate(connection: Connection) -> int:
    """Drop the index and build it anew in today's layout (its columns may have changed too)."""
    connection.execute(text(f"DROP TABLE IF EXISTS {TABLE}"))
    create_table(connection)
    return rebuild(connection)


def rebuild(connection: Connection) -> int:
    """Index every document from scratch (migrations, repairs, bulk inserts); returns how many were indexed.

    Set-based: a few queries per kind for the whole journal, not one per document (five years of
    demo journal took 16 s one by one), then one executemany insert.
    """
    connection.execute(text(f"DELETE FROM {TABLE}"))
    indexed = _insert(connection, [document for build in _DOCUMENTS.values() for document in build(connection, None)])
    connection.execute(text(f"DELETE FROM {FORMAT_TABLE}"))
    connection.execute(text(f"INSERT INTO {FORMAT_TABLE} (format) VALUES (:format)"), {"format": FORMAT})
    return indexed


def index_new(connection: Connection, kind: str, ids: Sequence[int], chunk: int = 500) -> int:
    """Index rows of one kind that bulk inserts added without the ORM (whose flush events index row by
    row), a chunk of ids at a time so memory stays flat; returns how many documents were indexed."""
    indexed = 0
    for start in range(0, len(ids), chunk):
        indexed += _insert(connection, _DOCUMENTS[kind](connection, list(ids[start:start + chunk])))
    return indexed


def refresh(connection: Connection, keys: set[Key]) -> None:
    """Re-index the documents `keys` from the database as it stands (removed when gone or empty)."""
    by_kind: dict[str, list[int]] = {}
    for kind, ref_id in sorted(keys):
        by_kind.setdefault(kind, []).append(ref_id)
    documents: list[Document] = []
    for kind, ids in by_kind.items():
        connection.execute(text(f"DELETE FROM {TABLE} WHERE kind = :kind AND ref_id = :ref_id"),
                           [{"kind": kind, "ref_id": ref_id} for ref_id in ids])
        documents += _DOCUMENTS[kind](connection, ids)
    _insert(connection, documents)


def _insert(connection: Connection, documents: list[Document]) -> int:
    rows = [
        {"kind": d.kind, "ref_id": d.ref_id, "day": d.day.isoformat(), "company": d.company, "title": d.title,
         "original": d.original, "text": index_text(d.title + "\n" + d.original),
         "stems": index_stems(d.title + "\n" + d.original)}
        for d in documents if d.original.strip()
    ]
    if rows:
        connection.execute(
            text(f"INSERT INTO {TABLE} (kind, ref_id, day, company, title, original, text, stems) "
                 "VALUES (:kind, :ref_id, :day, :company, :title, :original, :text, :stems)"), rows)
    return len(rows)


# -- documents: what each kind of row contributes to the index --------------------------------------
# Each builder takes the ids to build (None: every row of its kind) and returns their documents;
# ids that no longer exist simply give no document.


def _joined(*parts: str) -> str:
    return "\n".join(part for part in parts if part and part.strip())


def _local_day(moment: datetime | None) -> date:
    moment = moment or datetime.now(timezone.utc)
    return moment.astimezone().date()


def _only(statement, column, ids: list[int] | None):
    return statement if ids is None else statement.where(column.in_(ids))


def _applications(connection: Connection, application_ids) -> dict:
    """company, role, applied_on and notes of these applications, by id."""
    wanted = sorted({i for i in application_ids if i is not None})
    if not wanted:
        return {}
    t = Application.__table__.c
    rows = connection.execute(select(t.id, t.company, t.role, t.applied_on, t.notes).where(t.id.in_(wanted))).all()
    return {row.id: row for row in rows}


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
    documents = []
    for row in rows:
        app = apps.get(app_of.get(row["rejection_id"]))
        company, title = (app.company, app_title(app.company, app.role)) if app is not None else ("", "")
        documents.append(Document(
            "reflection", row["id"], _local_day(row["completed_at"] or row["created_at"]), company, title,
            _joined(*(row[field] for field in _REFLECTION_FIELDS), *answers.get(row["id"], ()))))
    return documents


def _entry_documents(connection: Connection, ids: list[int] | None) -> list[Document]:
    t = JournalEntry.__table__.c
    rows = connection.execute(_only(select(t.id, t.title, t.body, t.written_on, t.application_id), t.id, ids)).all()
    apps = _applications(connection, (row.application_id for row in rows))
    return [Document("entry", row.id, row.written_on,
                     apps[row.application_id].company if row.application_id in apps else "", row.title, row.body)
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


def _application_documents(connection: Connection, ids: list[int] | None) -> list[Document]:
    t = Application.__table__.c
    rows = connection.execute(_only(select(t.id, t.company, t.role, t.applied_on, t.notes), t.id, ids)).all()
    return [Document("application", row.id, row.applied_on, row.company, app_title(row.company, row.role), row.notes)
            for row in rows]


def _contact_documents(connection: Connection, ids: list[int] | None) -> list[Document]:
    t = Contact.__table__.c
    rows = connection.execute(_only(select(t.id, t.name, t.company, t.notes, t.created_at), t.id, ids)).all()
    return [Document("contact", row.id, _local_day(row.created_at), row.company, row.name, row.notes) for row in rows]


_DOCUMENTS = {
    "reflection": _reflection_documents,
    "entry": _entry_documents,
    "rejection": _rejection_documents,
    "application": _application_documents,
    "contact": _contact_documents,
}


# -- which documents a changed row touches ------------------------------------------------------------

def _ids(connection: Connection, statement) -> list[int]:
    return list(connection.execute(statement).scalars().all())


def affected(connection: Connection, obj: object) -> set[Key]:
    """The documents whose text, title, date or company depend on `obj`, as the database stands now."""
    if isinstance(obj, Reflection) and obj.id is not None:
        return {("reflection", obj.id)}
    if isinstance(obj, ReflectionAnswer) and obj.reflection_id is not None:
        return {("reflection", obj.reflection_id)}
    if isinstance(obj, JournalEntry) and obj.id is not None:
        return {("entry", obj.id)}
    if isinstance(obj, Contact) and obj.id is not None:
        return {("contact", obj.id)}
    if isinstance(obj, Rejection) and obj.id is not None:
        return {("rejection", obj.id)} | _reflections_of(connection, [obj.id])
    if isinstance(obj, Application) and obj.id is not None:
        r = Rejection.__table__.c
        rejections = _ids(connection, select(r.id).where(r.application_id == obj.id))
        entries = _ids(connection, select(JournalEntry.__table__.c.id)
                       .where(JournalEntry.__table__.c.application_id == obj.id))
        return ({("application", obj.id)} | {("rejection", i) for i in rejections}
                | _reflections_of(connection, rejections) | {("entry", i) for i in entries})
    return set()


def _reflections_of(connection: Connection, rejection_ids: list[int]) -> set[Key]:
    if not rejection_ids:
        return set()
    t = Reflection.__table__.c
    return {("reflection", i) for i in _ids(connection, select(t.id).where(t.rejection_id.in_(rejection_ids)))}


_PENDING = "thabat_search_pending"


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, _context, _instances) -> None:
    # Dependants of changed or deleted rows, found before the flush moves links or cascades deletes.
    touched = [obj for obj in (*session.dirty, *session.deleted) if type(obj) in _WATCHED]
    if not touched:
        return
    connection = session.connection()
    pending: set[Key] = session.info.setdefault(_PENDING, set())
    for obj in touched:
        pending |= affected(connection, obj)


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _context) -> None:
    pending: set[Key] = session.info.pop(_PENDING, set())
    # New and changed rows now have ids and their new links.
    touched = [obj for obj in (*session.new, *session.dirty) if type(obj) in _WATCHED]
    if not touched and not pending:
        return
    connection = session.connection()
    for obj in touched:
        pending |= affected(connection, obj)
    refresh(connection, pending)


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)


_WATCHED = (Reflection, ReflectionAnswer, JournalEntry, Contact, Rejection, Application)
