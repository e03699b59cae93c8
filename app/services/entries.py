"""Free journal entries, and the Journal timeline of entries and guided reflections, newest first."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, select

from thabat.app.errors import QT_TRANSLATE_NOOP, InputError
from thabat.app.services import tags as tags_service
from thabat.app.services import validation as check
from thabat.app.services.existing import existing
from thabat.app.services.prompts import fold_merged
from thabat.app.text.dates import local_day
from thabat.app.text.markdown import markdown_plain
from thabat.app.views.journal import (
    EntryInput, EntryView, ReflectionReading, ReflectionSection, TimelineItem,
)
from thabat.storage.models import DIRECTIONS, MARKUPS, Application, JournalEntry, Reflection, ReflectionAnswer, Rejection
from thabat.storage.name_key import name_key
from thabat.storage.reflection_writing import TEXTS
from thabat.storage.search_index import app_title

MAX_TITLE = 300
PREVIEW_LENGTH = 120


def _validated(session: Session, data: EntryInput, today: date) -> EntryInput:
    title = check.clean_text(data.title, "title", limit=MAX_TITLE)
    body = (data.body or "").replace("\x00", "").rstrip()  # leading spaces and blank lines are the writer's
    if len(body) > check.MAX_TEXT:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "This text is too long."), "body")
    if not title and not body.strip():
        raise InputError(QT_TRANSLATE_NOOP("Errors", "Write a title or some text first."), "body")
    written_on = check.past_date(data.written_on, "written_on", today)
    direction = check.one_of(data.direction, "direction", DIRECTIONS)
    markup = check.one_of(data.markup, "markup", MARKUPS)
    if data.application_id is not None:
        existing(session, Application, data.application_id)
    tags = None if data.tags is None else tags_service.cleaned_tags(data.tags)
    return EntryInput(title, body, written_on, data.application_id, direction, bool(data.private), markup, tags)


def create_entry(session: Session, data: EntryInput, today: date | None = None) -> EntryView:
    """Save a new free entry; refuses an entry with neither title nor text."""
    data = _validated(session, data, today or date.today())
    entry = JournalEntry(title=data.title, body=data.body, written_on=data.written_on,
                         application_id=data.application_id, direction=data.direction, private=data.private,
                         markup=data.markup)
    session.add(entry)
    session.flush()
    if data.tags is not None:
        tags_service.set_tags(session, "entry", entry.id, data.tags)
    return entry_view(session, entry)


def update_entry(session: Session, entry_id: int, data: EntryInput, today: date | None = None) -> EntryView:
    entry = existing(session, JournalEntry, entry_id)
    data = _validated(session, data, today or date.today())
    entry.title, entry.body, entry.written_on = data.title, data.body, data.written_on
    entry.application_id, entry.direction, entry.private = data.application_id, data.direction, data.private
    entry.markup = data.markup
    session.add(entry)
    session.flush()
    if data.tags is not None:
        tags_service.set_tags(session, "entry", entry.id, data.tags)
    return entry_view(session, entry)


def delete_entry(session: Session, entry_id: int, confirmed: bool) -> None:
    """Delete a free entry for good; refuses unless `confirmed`."""
    check.confirmed(confirmed)
    session.delete(existing(session, JournalEntry, entry_id))
    session.flush()
    tags_service.drop_unused(session)


def get_entry(session: Session, entry_id: int) -> EntryView:
    return entry_view(session, existing(session, JournalEntry, entry_id))


def entry_view(session: Session, entry: JournalEntry) -> EntryView:
    app = session.get(Application, entry.application_id) if entry.application_id is not None else None
    return EntryView(
        id=entry.id, title=entry.title, body=entry.body, written_on=entry.written_on,
        application_id=entry.application_id, application_title=app_title(app.company, app.role) if app else "",
        direction=entry.direction, private=entry.private, markup=entry.markup,
        tags=tags_service.tags_of(session, "entry", [entry.id]).get(entry.id, ()),
    )


def timeline(session: Session, kind: str | None = None, company: str | None = None,
             date_from: date | None = None, date_to: date | None = None, tag: str | None = None) -> list[TimelineItem]:
    """Reflections and free entries, newest first; `kind` is "reflection", "entry" or None for both;
    `tag`: only those carrying it."""
    items: list[TimelineItem] = []
    if kind in (None, "entry"):
        rows = session.exec(select(JournalEntry, Application)
                            .join(Application, JournalEntry.application_id == Application.id, isouter=True)).all()
        tags = tags_service.tags_of(session, "entry", [entry.id for entry, _ in rows])
        for entry, app in rows:
            body = markdown_plain(entry.body) if entry.markup == "markdown" else entry.body
            items.append(TimelineItem("entry", entry.id, entry.title, entry.written_on, _preview(body),
                                      app.company if app else "", entry.private, tags=tags.get(entry.id, ())))
    if kind in (None, "reflection"):
        rows = session.exec(
            select(Reflection, Application)
            .join(Rejection, Reflection.rejection_id == Rejection.id, isouter=True)
            .join(Application, Rejection.application_id == Application.id, isouter=True)
        ).all()
        tags = tags_service.tags_of(session, "reflection", [reflection.id for reflection, _ in rows])
        for reflection, app in rows:
            texts = [getattr(reflection, name) for name in TEXTS]
            items.append(TimelineItem(
                "reflection", reflection.id, app_title(app.company, app.role) if app else "",
                reflection_day(reflection), _preview(next((t for t in texts if t.strip()), "")),
                app.company if app else "", reflection.private, reflection.state == "draft",
                tags.get(reflection.id, ()),
            ))
    if company:
        wanted = name_key(company)
        items = [item for item in items if name_key(item.company) == wanted]
    if tag:
        wanted_tag = name_key(tag)
        items = [item for item in items if any(name_key(name) == wanted_tag for name in item.tags)]
    if date_from is not None:
        items = [item for item in items if item.day >= date_from]
    if date_to is not None:
        items = [item for item in items if item.day <= date_to]
    items.sort(key=lambda item: (item.day, item.kind == "entry", item.id), reverse=True)
    return items


def read_reflection(session: Session, reflection_id: int) -> ReflectionReading:
    """A reflection to show read-only: the texts written in it, the answers to prompts after them."""
    reflection = existing(session, Reflection, reflection_id)
    title = ""
    if reflection.rejection_id is not None:
        rejection = session.get(Rejection, reflection.rejection_id)
        app = session.get(Application, rejection.application_id) if rejection else None
        title = app_title(app.company, app.role) if app else ""
    answers = session.exec(select(ReflectionAnswer).where(ReflectionAnswer.reflection_id == reflection_id)
                           .order_by(ReflectionAnswer.id)).all()
    texts, kept = fold_merged({name: getattr(reflection, name) for name in TEXTS},
                              {a.prompt_key: a.text for a in answers})
    sections = [ReflectionSection(name, texts[name]) for name in TEXTS if texts[name].strip()]
    sections += [ReflectionSection(f"answer:{key}", text) for key, text in kept.items() if text.strip()]
    return ReflectionReading(reflection.id, title, reflection_day(reflection), reflection.state == "draft",
                             reflection.direction, reflection.confidence_before, reflection.confidence_after,
                             tuple(sections), tags_service.tags_of(session, "reflection", [reflection.id]).get(reflection.id, ()))


def application_choices(session: Session) -> list[tuple[int, str]]:
    """(id, "Company — Role") of every application, newest first, for the entry's link."""
    # Three columns, not two thousand Application objects (their leftovers stayed in the heap: issue 16).
    apps = session.exec(select(Application.id, Application.company, Application.role)
                        .order_by(Application.applied_on.desc(), Application.id.desc())).all()
    return [(app_id, app_title(company, role)) for app_id, company, role in apps]


def companies(session: Session) -> list[str]:
    return sorted({c for c in session.exec(select(Application.company)).all()}, key=str.casefold)


def reflection_day(reflection: Reflection) -> date:
    moment = reflection.completed_at or reflection.created_at
    return local_day(moment) if moment else date.today()


def _preview(text: str) -> str:
    """The first paragraph with words in it, on one line (a paragraph keeps one direction)."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    line = " ".join(first.split())
    return line if len(line) <= PREVIEW_LENGTH else line[: PREVIEW_LENGTH - 1].rstrip() + "…"
