"""The full-text index (SQLite FTS5), kept in step with the journal inside every write's transaction.

One row per searchable document: a reflection (its texts and answers), a free journal entry, a
rejection (message and feedback), an application's notes, a contact's notes. The `text` column
holds normalised text (storage/search_text.py); the original text, title, date and company are
stored unindexed beside it for snippets and filters.

Session events do the bookkeeping, so no service has to remember it: before a flush, the
documents that the pending changes touch are noted (deletes cascade in SQLite, so their dependants
must be found while they still exist); after the flush, each noted document is rebuilt from the
database or removed. A rolled-back transaction rolls the index back with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import event, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from storage.models import Application, Contact, JournalEntry, Reflection, ReflectionAnswer, Rejection
from storage.search_text import index_text

TABLE = "search_index"
KINDS = ("reflection", "entry", "rejection", "application", "contact")

CREATE_SQL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
    "kind UNINDEXED, ref_id UNINDEXED, day UNINDEXED, company UNINDEXED, title UNINDEXED, "
    "original UNINDEXED, text, tokenize='unicode61 remove_diacritics 2')"
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


def rebuild(connection: Connection) -> int:
    """Index every document from scratch (migrations, repairs); returns how many were indexed."""
    connection.execute(text(f"DELETE FROM {TABLE}"))
    count = 0
    for kind, table in (("reflection", Reflection), ("entry", JournalEntry), ("rejection", Rejection),
                        ("application", Application), ("contact", Contact)):
        for ref_id in connection.execute(select(table.__table__.c.id)).scalars().all():
            count += _refresh(connection, (kind, ref_id))
    return count


def refresh(connection: Connection, keys: set[Key]) -> None:
    for key in sorted(keys):
        _refresh(connection, key)


def _refresh(connection: Connection, key: Key) -> int:
    connection.execute(text(f"DELETE FROM {TABLE} WHERE kind = :kind AND ref_id = :ref_id"),
                       {"kind": key[0], "ref_id": key[1]})
    document = _DOCUMENTS[key[0]](connection, key[1])
    if document is None or not document.original.strip():
        return 0
    searchable = index_text(document.title + "\n" + document.original)
    connection.execute(
        text(f"INSERT INTO {TABLE} (kind, ref_id, day, company, title, original, text) "
             "VALUES (:kind, :ref_id, :day, :company, :title, :original, :text)"),
        {"kind": document.kind, "ref_id": document.ref_id, "day": document.day.isoformat(),
         "company": document.company, "title": document.title, "original": document.original, "text": searchable},
    )
    return 1


# -- documents: what each kind of row contributes to the index --------------------------------------

def _joined(*parts: str) -> str:
    return "\n".join(part for part in parts if part and part.strip())


def _local_day(moment: datetime | None) -> date:
    moment = moment or datetime.now(timezone.utc)
    return moment.astimezone().date()


def _application(connection: Connection, application_id: int | None):
    if application_id is None:
        return None
    t = Application.__table__.c
    return connection.execute(select(t.company, t.role, t.applied_on, t.notes).where(t.id == application_id)).first()


def app_title(company: str, role: str) -> str:
    return f"{company} — {role}" if role else company


def _reflection_document(connection: Connection, reflection_id: int) -> Document | None:
    t = Reflection.__table__.c
    row = connection.execute(select(Reflection.__table__).where(t.id == reflection_id)).mappings().first()
    if row is None:
        return None
    answers = connection.execute(
        select(ReflectionAnswer.__table__.c.text).where(ReflectionAnswer.__table__.c.reflection_id == reflection_id)
        .order_by(ReflectionAnswer.__table__.c.id)
    ).scalars().all()
    company = title = ""
    if row["rejection_id"] is not None:
        app_id = connection.execute(select(Rejection.__table__.c.application_id)
                                    .where(Rejection.__table__.c.id == row["rejection_id"])).scalar()
        app = _application(connection, app_id)
        if app is not None:
            company, title = app.company, app_title(app.company, app.role)
    return Document("reflection", reflection_id, _local_day(row["completed_at"] or row["created_at"]), company, title,
                    _joined(*(row[field] for field in _REFLECTION_FIELDS), *answers))


def _entry_document(connection: Connection, entry_id: int) -> Document | None:
    t = JournalEntry.__table__.c
    row = connection.execute(select(t.title, t.body, t.written_on, t.application_id).where(t.id == entry_id)).first()
    if row is None:
        return None
    app = _application(connection, row.application_id)
    return Document("entry", entry_id, row.written_on, app.company if app else "", row.title, row.body)


def _rejection_document(connection: Connection, rejection_id: int) -> Document | None:
    t = Rejection.__table__.c
    row = connection.execute(select(t.application_id, t.received_on, t.message, t.feedback_text)
                             .where(t.id == rejection_id)).first()
    if row is None:
        return None
    app = _application(connection, row.application_id)
    company, title = (app.company, app_title(app.company, app.role)) if app else ("", "")
    return Document("rejection", rejection_id, row.received_on, company, title,
                    _joined(row.feedback_text, row.message))


def _application_document(connection: Connection, application_id: int) -> Document | None:
    app = _application(connection, application_id)
    if app is None:
        return None
    return Document("application", application_id, app.applied_on, app.company, app_title(app.company, app.role),
                    app.notes)


def _contact_document(connection: Connection, contact_id: int) -> Document | None:
    t = Contact.__table__.c
    row = connection.execute(select(t.name, t.company, t.notes, t.created_at).where(t.id == contact_id)).first()
    if row is None:
        return None
    return Document("contact", contact_id, _local_day(row.created_at), row.company, row.name, row.notes)


_DOCUMENTS = {
    "reflection": _reflection_document,
    "entry": _entry_document,
    "rejection": _rejection_document,
    "application": _application_document,
    "contact": _contact_document,
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
