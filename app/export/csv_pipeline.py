"""The pipeline's part of a spreadsheet import: the application fields of revision 0004 and the stage
history, read from their cells and written beside the applications `insert_applications` adds.

A history step that a form would refuse is left out with a note; every step written is one the
interface can make: interviewers are contacts (found by name, else added), and a "rejected" step
comes with its rejection (at the furthest stage the history reached), as Log a rejection makes it.
"""

from __future__ import annotations

from datetime import date
from typing import Callable, Iterable

from sqlalchemy import insert
from sqlmodel import Session, select

from thabat.app.errors import QT_TRANSLATE_NOOP, InputError, Message
from thabat.app.export.csv_history import ParsedStep
from thabat.app.services import validation as check
from thabat.app.text import catalogue
from thabat.app.views.applications import ApplicationInput
from thabat.storage.models import Contact, ContactApplication, Rejection, StageContact, StageEvent

Note = Callable[[str], None]


def _choice(kind: str, text: str, note: Note, what: Callable[[], str]) -> str:
    """The key whose label (either language) or key is `text`; "" with a note (naming `what()`) when none is."""
    wanted = text.strip().lower()
    if not wanted:
        return ""
    for item in catalogue.load("prompts")[kind]:
        if wanted in (item["key"], item["en"].lower(), item["ar"].lower()):
            return item["key"]
    note(Message(QT_TRANSLATE_NOOP("Errors", "%1 \u201c%2\u201d not recognised; left empty"), what(), text))
    return ""


def _whole(text: str, note: Note, what: Callable[[], str]) -> int | None:
    if not text:
        return None
    digits = text.replace(",", "").replace(" ", "").replace("\u066c", "").strip()
    if not digits:
        return None
    try:
        return int(digits)
    except ValueError:
        note(Message(QT_TRANSLATE_NOOP("Errors", "%1 \u201c%2\u201d is not a whole number; left empty"), what(), text))
        return None


EXTRA_FIELDS = ("source", "work_place", "salary_min", "salary_max", "deadline", "interest")
"""The fields `extra_fields` reads: with all of their cells empty it gives ApplicationInput's defaults."""


def extra_fields(cells: dict[str, str], read_date: Callable[[str], date | None], note: Note) -> dict:
    """The ApplicationInput fields of revision 0004 that need reading (choices, numbers, a date read by
    `read_date`, as the date applied is).

    The names of the fields are translated only for a note: a million rows took seconds translating them."""
    deadline_text = cells.get("deadline", "").strip()
    deadline = read_date(deadline_text) if deadline_text else None
    if deadline_text and deadline is None:
        note(Message(QT_TRANSLATE_NOOP("Errors", "the deadline \u201c%1\u201d is not a date Thabat can read; left empty"),
                  deadline_text))
    return {
        "source": _choice("sources", cells.get("source", ""), note, lambda: Message(QT_TRANSLATE_NOOP("Errors", "source"))),
        "work_place": _choice("work_places", cells.get("work_place", ""), note,
                              lambda: Message(QT_TRANSLATE_NOOP("Errors", "work place"))),
        "salary_min": _whole(cells.get("salary_min", ""), note, lambda: Message(QT_TRANSLATE_NOOP("Errors", "salary"))),
        "salary_max": _whole(cells.get("salary_max", ""), note, lambda: Message(QT_TRANSLATE_NOOP("Errors", "salary"))),
        "deadline": deadline,
        "interest": _whole(cells.get("interest", ""), note, lambda: Message(QT_TRANSLATE_NOOP("Errors", "interest"))),
    }


def checked_steps(steps: list[ParsedStep], applied_on: date | None, today: date, note: Note) -> list[ParsedStep]:
    """The steps a form would accept (dates, rounds, note lengths); the others left out with a note."""
    kept = []
    for step in steps:
        try:
            if step.stage in ("interview", "final"):
                check.plan_date(step.occurred_on, "occurred_on", today, years=2)
            else:
                check.past_date(step.occurred_on, "occurred_on", today)
            check.in_range(step.round, "round", 1, 20)
            check.clean_text(step.note, "note", limit=20_000)
            for name in step.interviewers:
                check.clean_text(name, "name", required=True, limit=check.MAX_NAME)
        except InputError as error:
            note(Message(QT_TRANSLATE_NOOP("Errors", "the step of %1 was left out: %2"), step.occurred_on.isoformat(),
                      error.untranslated))
            continue
        if applied_on is not None and step.stage != "applied" and step.occurred_on < applied_on:
            note(Message(QT_TRANSLATE_NOOP("Errors", "the step of %1 was left out: %2"), step.occurred_on.isoformat(),
                      Message(QT_TRANSLATE_NOOP("Errors", "This step is dated before the application."))))
            continue
        kept.append(step)
    return kept


class ContactsByName:
    """Contacts found by name (case ignored) for interviewers named in a sheet, added when unknown."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._ids: dict[str, int] | None = None

    def id_of(self, name: str) -> int:
        if self._ids is None:
            self._ids = {n.casefold(): i for i, n in self._session.exec(select(Contact.id, Contact.name)).all()}
        key = name.casefold()
        if key not in self._ids:
            result = self._session.execute(insert(Contact.__table__).values(name=name))
            self._ids[key] = result.inserted_primary_key[0]
        return self._ids[key]


_LEVEL = {"screening": 1, "assessment": 2, "interview": 3, "final": 4, "offer": 5}
_REACHED = {0: "application", 1: "screening", 2: "assessment", 3: "interview", 4: "final", 5: "offer_withdrawn"}


def insert_histories(session: Session, rows: Iterable[tuple[int, ApplicationInput, list[ParsedStep]]],
                     people: ContactsByName) -> None:
    """Write each application's steps (its "applied" step is `insert_applications`'s), with interviewers
    and, for a "rejected" step, the rejection."""
    plain: list[dict] = []
    rejections: list[dict] = []
    links: set[tuple[int, int]] = set()
    events = StageEvent.__table__
    for app_id, _data, steps in rows:
        for step in steps:
            if step.stage == "applied":
                continue
            values = {"application_id": app_id, "stage": step.stage, "occurred_on": step.occurred_on,
                      "round": step.round if step.stage == "interview" else None, "kind": step.kind,
                      "starts_at": step.starts_at, "note": step.note}
            if step.interviewers and step.stage in ("interview", "final"):
                event_id = session.execute(insert(events).values(**values)).inserted_primary_key[0]
                for name in dict.fromkeys(step.interviewers):
                    contact_id = people.id_of(name)
                    session.execute(insert(StageContact.__table__).values(stage_event_id=event_id,
                                                                          contact_id=contact_id))
                    links.add((contact_id, app_id))
            else:
                plain.append(values)
        ended = [s for s in steps if s.stage == "rejected"]
        if ended:
            level = max((_LEVEL.get(s.stage, 0) for s in steps), default=0)
            rounds = [s.round or 0 for s in steps if s.stage == "interview"]
            rejections.append({"application_id": app_id, "received_on": ended[0].occurred_on,
                               "stage": _REACHED[level], "round": (max(rounds) or None) if level == 3 else None})
    if plain:
        session.execute(insert(events), plain)
    if rejections:
        session.execute(insert(Rejection.__table__), rejections)
    if links:
        session.execute(insert(ContactApplication.__table__),
                        [{"contact_id": c, "application_id": a} for c, a in sorted(links)])
