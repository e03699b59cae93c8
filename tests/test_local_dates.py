"""Stored instants are UTC; every date shown is the local one (storage/instants.py's `local_day`).

Each test runs in time zones where the UTC date and the local one differ at the chosen instant: a
draft saved at 01:30 in Riyadh on the 26th was stored on the 25th (22:30 UTC), and Kiritimati
(UTC+14) is a day ahead of UTC from 10:00 UTC on; New York is still on the 25th at 02:00 UTC.
"""

from __future__ import annotations

import os
import time
from datetime import date, datetime, timezone

import pytest
from sqlalchemy import update

from thabat.app.charts.data import Period, confidence_series
from thabat.app.export.pdf_content import load_content
from thabat.app.export.pdf_html import labels
from thabat.app.services import entries, growth
from thabat.app.services.search import search
from thabat.app.services.today import draft_reflections
from thabat.app.text.dates import local_day
from thabat.app.views.journal import SearchFilters
from thabat.storage.database import dbapi_connection
from thabat.storage.models import AreaCitation, ImprovementArea, Reflection

ZONES = [  # (zone, the stored UTC instant, the local date to show)
    ("Asia/Riyadh", datetime(2026, 11, 25, 22, 30, tzinfo=timezone.utc), date(2026, 11, 26)),
    ("Pacific/Kiritimati", datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc), date(2026, 11, 26)),
    ("America/New_York", datetime(2026, 11, 26, 2, 0, tzinfo=timezone.utc), date(2026, 11, 25)),
]


@pytest.fixture(params=ZONES, ids=[zone for zone, _, _ in ZONES])
def zone(request):
    """(instant, local date) with the process in that time zone for the test."""
    name, instant, local = request.param
    before = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    # Without the zone files (tzdata), the C library silently falls back to UTC and nothing is tested.
    assert time.localtime(instant.timestamp()).tm_gmtoff != 0, f"{name} is unknown here: install tzdata"
    yield instant, local
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def _reflection_at(session, instant: datetime, **fields) -> Reflection:
    reflection = Reflection(feeling="a long day", confidence_before=4, confidence_after=6, **fields)
    session.add(reflection)
    session.flush()
    # Stamped as if written at `instant`: a Core update, as the ORM stamps updated_at with now.
    session.execute(update(Reflection).where(Reflection.id == reflection.id)
                    .values(created_at=instant, updated_at=instant,
                            completed_at=instant if fields.get("state") == "done" else None))
    session.expire_all()
    return reflection


def test_local_day_reads_every_form_a_stored_instant_comes_in(zone):
    instant, local = zone
    naive_text = instant.replace(tzinfo=None).isoformat(sep=" ")
    assert local_day(instant) == local_day(instant.replace(tzinfo=None)) == local_day(naive_text) == local


def test_today_and_the_journal_date_a_draft_alike(session, zone):
    instant, local = zone
    draft = _reflection_at(session, instant)
    assert [d.updated_on for d in draft_reflections(dbapi_connection(session))] == [local]
    assert [item.day for item in entries.timeline(session) if item.id == draft.id] == [local]
    assert entries.read_reflection(session, draft.id).day == local


def test_search_growth_charts_and_pdf_date_a_reflection_locally(session, zone):
    instant, local = zone
    reflection = _reflection_at(session, instant, state="done")
    area = ImprovementArea(name="Telling stories")
    session.add(area)
    session.flush()
    session.add(AreaCitation(area_id=area.id, reflection_id=reflection.id))
    session.flush()

    assert [hit.day for hit in search(session, "long day", SearchFilters())] == [local]
    assert [citing.on for citing in growth.area_detail(session, area.id).reflections] == [local]
    series = confidence_series(session, Period(None, date(2026, 12, 31)))
    assert [day for day, _ in series.before] == [local] and [day for day, _ in series.after] == [local]
    content = load_content(session, None, None, include_private=True, lang="en", labels=labels("en"))
    assert [doc.day for doc in content.reflections] == [local]
