"""How the demo journal is made and what it holds: only through the services the interface calls (a
bulk insert would be caught), added twice without harm, every kind of step, outcome, source and
channel, timestamps that agree with the dates, full charts, and a clean bill from the doctor."""

from __future__ import annotations

import re
from pathlib import Path
from datetime import timedelta

from sqlmodel import Session, SQLModel

import thabat.app.demo
from thabat.app.charts.data import Period, confidence_series, funnel
from thabat.app.cli import main
from thabat.app.demo import build_demo
from thabat.storage.database import memory_engine
from thabat.storage.models import (
    CHANNELS, HISTORY_STAGES, INTERVIEW_KINDS, OFFER_ANSWERS, OUTCOMES, SOURCES, STAGES, WORK_PLACES,
    Application, CheckIn, Referral, Reflection, Rejection, Skill, StageContact, StageEvent,
)
from tests.demo_support import TODAY, all_rows, demo  # noqa: F401  (demo: a fixture)


def test_demo_can_be_added_twice_to_the_same_journal():
    engine = memory_engine()
    with Session(engine) as session:
        first = build_demo(session, seed=1, years=1, today=TODAY)
        session.commit()
        second = build_demo(session, seed=2, years=1, today=TODAY)
        session.commit()
        assert len(all_rows(session, Application)) == first.applications + second.applications
        assert second.check_ins < first.check_ins  # days already checked in are left alone
        assert len(all_rows(session, Skill)) == len({s.name for s in all_rows(session, Skill)})


def test_every_kind_of_step_outcome_source_and_channel_is_in_it(demo):
    session, _ = demo
    events = all_rows(session, StageEvent)
    assert {e.stage for e in events} == set(HISTORY_STAGES)
    assert set(INTERVIEW_KINDS) | set(OFFER_ANSWERS) <= {e.kind for e in events}
    assert {e.kind for e in events if e.stage == "offer"} == {"", *OFFER_ANSWERS}  # an open offer too
    assert {a.outcome for a in all_rows(session, Application)} == set(OUTCOMES)
    rejections = all_rows(session, Rejection)
    assert {r.stage for r in rejections} == set(STAGES) and {r.channel for r in rejections} == set(CHANNELS)
    apps = all_rows(session, Application)
    assert {a.source for a in apps} == set(SOURCES) and {a.work_place for a in apps} == set(WORK_PLACES)
    assert sum(bool(a.description) for a in apps) / len(apps) > 0.4
    assert any(a.salary_min and a.salary_max >= a.salary_min and a.currency for a in apps)
    assert any(a.link for a in apps) and any(a.interest for a in apps) and any(a.deadline for a in apps)
    referrals = all_rows(session, Referral)
    assert referrals and all(session.get(Application, r.application_id).source == "referral" for r in referrals)
    interviewed = all_rows(session, StageContact)
    assert interviewed and all(session.get(StageEvent, link.stage_event_id).stage in ("interview", "final")
                               for link in interviewed)
    assert any(e.note for e in events if e.stage == "interview")  # prep notes


def test_timestamps_tell_the_same_story_as_the_dates(demo):
    """Each service call ran at the moment the user made it (the demo's clock)."""
    session, _ = demo
    assert all(a.created_at.date() == a.applied_on for a in all_rows(session, Application))
    assert all(r.created_at.date() == r.received_on for r in all_rows(session, Rejection))
    for reflection in all_rows(session, Reflection):
        assert reflection.created_at <= reflection.updated_at
        assert reflection.completed_at is None or reflection.created_at <= reflection.completed_at
    assert all(c.created_at.date() == c.day for c in all_rows(session, CheckIn))


def test_its_charts_have_a_full_funnel_and_confidence_over_time(demo):
    session, _ = demo
    period = Period(TODAY - timedelta(days=730), TODAY)
    counts = funnel(session, period).counts
    assert counts[0] > counts[1] > counts[2] > counts[3] > counts[4] > 0, counts
    assert 0.15 <= counts[2] / counts[0] <= 0.3  # the interview rate
    series = confidence_series(session, period)
    assert len(series.check_ins) > 400 and len(series.before) > 50 and len(series.after) > 50
    assert len(series.rejections) > 400


_WRITES = re.compile(
    r"session\.(add|add_all|delete|merge|execute|bulk_\w+)\b|\.execute\(|exec_driver_sql|\binsert\(|\bupdate\(|"
    r"\bdelete\(|bulk_insert|__table__|\btext\(|\b(INSERT|UPDATE|DELETE|REPLACE)\s")


def _models_built_in(source: str) -> set[str]:
    from sqlmodel import SQLModel

    names = {mapper.class_.__name__ for mapper in SQLModel._sa_registry.mappers}
    return {name for name in names if re.search(rf"\b{name}\(", source)}


def _bypasses(folder: Path) -> list[str]:
    found = []
    for path in sorted(folder.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        found += [f"{path.name}: {m.group(0)}" for m in _WRITES.finditer(source)]
        found += [f"{path.name}: builds {name} rows" for name in _models_built_in(source)]
        found += [f"{path.name}: imports {m.group(1)}" for m in re.finditer(r"from thabat\.storage\.(\w+)", source)
                  if m.group(1) not in ("models", "search_sync", "types", "ids_ahead")]
    return found


def test_the_demo_writes_only_through_the_services():
    """No bulk insert, no raw SQL, no ORM row built by hand in app/demo/: reads and service calls only."""
    assert _bypasses(Path(thabat.app.demo.__file__).parent) == []


def test_the_service_check_catches_a_bulk_insert(tmp_path):
    (tmp_path / "rows.py").write_text(
        "from thabat.storage.bulk_insert import insert_rows\n"
        "def put(session, rows):\n    session.execute(insert(Application.__table__), rows)\n"
        "    session.add(CheckIn(day=None, score=1))\n", encoding="utf-8")
    found = _bypasses(tmp_path)
    assert any("bulk_insert" in f for f in found) and any("session.execute" in f for f in found)
    assert any("builds CheckIn" in f for f in found) and any("session.add" in f for f in found)


def test_a_demo_made_by_the_services_passes_the_doctor(tmp_path, capsys):
    folder = tmp_path / "journal"
    assert main(["--data-dir", str(folder), "demo", "--years", "1", "--seed", "2", "--today", TODAY.isoformat()]) == 0
    assert main(["--data-dir", str(folder), "doctor"]) == 0, capsys.readouterr()
