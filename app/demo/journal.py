"""Free journal entries in the demo (two to four a month, half in Arabic) and the resources list, written
with the Journal page's and the Resources page's services."""

from __future__ import annotations

import bisect
import random
from datetime import date, timedelta

from sqlmodel import Session

from thabat.app.demo.moments import at, stamp
from thabat.app.demo.texts import Writer
from thabat.app.demo.timeline import Journey
from thabat.app.views.journal import EntryInput
from thabat.app.services.entries import create_entry
from thabat.app.services.resources import add_resource

THEMES = {"after_rejection": 3, "interview_prep": 2, "good_day": 2, "rest": 1.5, "networking": 1.5,
          "learning": 2, "weekly_review": 2}


def journal_entries(session: Session, rng: random.Random, writer: Writer, journeys: list[Journey],
                    app_ids: list[int], start: date, today: date) -> int:
    """Entries month by month; those after a hard rejection or before an interview link to that application.

    Returns how many were written."""
    hard = [(j.rejected_on, i) for i, j in enumerate(journeys) if j.heavy]
    interviews = [(s.on, i) for i, j in enumerate(journeys) for s in j.happened(today)
                  if s.stage in ("interview", "final")]
    applied = sorted(j.applied_on for j in journeys)
    companies = sorted({j.company.name for j in journeys})
    tools = writer.pool("tools")
    rows = []
    month = date(start.year, start.month, 1)
    while month <= today:
        following = (month + timedelta(days=32)).replace(day=1)
        first, last = max(month, start), min(following - timedelta(days=1), today)
        for _ in range(rng.randint(2, 4)):
            theme = rng.choices(list(THEMES), list(THEMES.values()))[0]
            lang = rng.choice(("ar", "en"))
            day, index = _moment(rng, theme, first, last, hard, interviews)
            if day is None:
                theme, index = rng.choice(("good_day", "rest", "learning", "weekly_review")), None
                day = first + timedelta(days=rng.randint(0, (last - first).days))
            day = max(start, min(day, today))
            journey = journeys[index] if index is not None else None
            week = bisect.bisect_right(applied, day) - bisect.bisect_left(applied, day - timedelta(days=6))
            values = dict(company=journey.company.name if journey else rng.choice(companies),
                          role=journey.role if journey else "", tool=rng.choice(tools),
                          n=week if 3 <= week <= 10 else None)
            title = writer.one(writer.pool("journal", theme, "titles", lang), **values)
            body = writer.some(writer.pool("journal", theme, "sentences", lang), rng.randint(3, 5), **values)
            entry = EntryInput(title=title, body=body, written_on=day,
                               application_id=app_ids[index] if index is not None else None,
                               private=rng.random() < 0.08,
                               tags=tuple(writer.pool("tags", "themes", theme, lang)) or None)  # no dice thrown
            rows.append((stamp(day, rng, today, 19, 23), entry))
        month = following
    rows.sort(key=lambda row: (row[1].written_on, row[0]))
    for moment, entry in rows:
        with at(moment):
            create_entry(session, entry, today=entry.written_on)
    return len(rows)


def _moment(rng: random.Random, theme: str, first: date, last: date, hard: list, interviews: list):
    """The day and journey an entry is about: right after hard news, or just before an interview."""
    if theme == "after_rejection":
        options = [(on, i) for on, i in hard if first <= on <= last]
        if not options:
            return None, None
        on, index = rng.choice(options)
        return on + timedelta(days=rng.randint(0, 1)), index
    if theme == "interview_prep":
        options = [(on, i) for on, i in interviews if first <= on <= last]
        if not options:
            return None, None
        on, index = rng.choice(options)
        return on - timedelta(days=rng.randint(1, 3)), index
    return first + timedelta(days=rng.randint(0, (last - first).days)), None


def resources(session: Session, writer: Writer) -> None:
    for resource in writer.data["resources"]:
        add_resource(session, resource["title"], resource["url"], resource.get("notes", ""))
