"""Revision 0004: journals from every earlier revision gain the pipeline's fields, keep every step of
their history, and may then hold an application whose date the user does not know."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from thabat.app.journal import Journal
from thabat.app.services.applications import get_application
from thabat.app.services.rejections import log_rejection
from thabat.app.views.applications import RejectionInput
from tests.conftest import TODAY

FIXTURES = Path(__file__).parent / "fixtures"
OLDER = ["journal-0001.db", "journal-0002.db", "journal-0003.db"]


def _columns(path: Path, table: str) -> dict[str, tuple[str, int, object]]:
    with sqlite3.connect(path) as raw:
        info = {row[1]: (row[2], row[3], row[4]) for row in raw.execute(f"PRAGMA table_info({table})")}
    raw.close()
    return info


@pytest.mark.parametrize("fixture", OLDER)
def test_an_older_journal_gains_the_pipeline_and_keeps_its_history(fixture, isolated_data):
    isolated_data.mkdir(parents=True)
    working = isolated_data / "thabat.db"
    shutil.copyfile(FIXTURES / fixture, working)
    with sqlite3.connect(working) as raw:
        before = raw.execute("SELECT id, applied_on FROM application ORDER BY id").fetchall()
        steps = raw.execute("SELECT count(*) FROM stage_event").fetchone()[0]
    raw.close()
    assert _columns(working, "application")["applied_on"][1] == 1  # NOT NULL before

    Journal.open(isolated_data).close()

    application = _columns(working, "application")
    assert application["applied_on"][1] == 0
    for name in ("source", "work_place", "currency", "description"):
        assert application[name][:2] == ("VARCHAR", 1), name
    assert {"salary_min", "salary_max", "deadline", "interest"} <= application.keys()
    assert {"kind", "starts_at"} <= _columns(working, "stage_event").keys()
    with sqlite3.connect(working) as raw:
        assert raw.execute("SELECT id, applied_on FROM application ORDER BY id").fetchall() == before
        assert raw.execute("SELECT count(*) FROM stage_event").fetchone()[0] == steps  # nothing cascaded away
        assert raw.execute("SELECT DISTINCT source, description FROM application").fetchall() == [("", "")]
        indexes = {row[1] for row in raw.execute("PRAGMA index_list(application)")}
    raw.close()
    assert "ix_application_applied_on" in indexes

    journal = Journal.open(isolated_data)
    with journal.session() as session:
        view = log_rejection(session, RejectionInput(company="Acme Unknown", role="", received_on=date(2026, 11, 2),
                                                     stage="application"), TODAY)
        assert get_application(session, view.application_id).row.applied_on is None
    journal.close()
