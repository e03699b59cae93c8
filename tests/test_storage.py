"""The database enforces the journal's rules: constraints, cascades, permissions, refusal of strangers."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import date

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from thabat.storage import migrate
from thabat.storage.database import StorageError, open_database
from thabat.storage.models import Application, CheckIn, Rejection, Reminder, SkillRating, Skill, StageEvent


def test_blank_company_is_refused_by_the_database(session):
    session.add(Application(company="   ", applied_on=date(2026, 1, 1)))
    with pytest.raises(IntegrityError):
        session.flush()


def test_rating_outside_one_to_five_is_refused(session):
    skill = Skill(name="Communication")
    session.add(skill)
    session.flush()
    session.add(SkillRating(skill_id=skill.id, rated_on=date(2026, 1, 1), rating=6))
    with pytest.raises(IntegrityError):
        session.flush()


def test_one_check_in_per_day(session):
    session.add(CheckIn(day=date(2026, 1, 1), score=5))
    session.flush()
    session.add(CheckIn(day=date(2026, 1, 1), score=7))
    with pytest.raises(IntegrityError):
        session.flush()


def test_foreign_keys_are_enforced(session):
    session.add(StageEvent(application_id=999, stage="applied", occurred_on=date(2026, 1, 1)))
    with pytest.raises(IntegrityError):
        session.flush()


def test_deleting_an_application_removes_what_hangs_off_it(session):
    app = Application(company="Noon", role="Analyst", applied_on=date(2026, 1, 1))
    session.add(app)
    session.flush()
    rejection = Rejection(application_id=app.id, received_on=date(2026, 2, 1), stage="screening")
    session.add_all([StageEvent(application_id=app.id, stage="applied", occurred_on=app.applied_on), rejection])
    session.flush()
    session.add(Reminder(kind="reply", due_on=date(2026, 2, 3), rejection_id=rejection.id, application_id=app.id))
    session.flush()
    session.delete(app)
    session.flush()
    session.expire_all()
    assert session.exec(select(StageEvent)).all() == []
    assert session.exec(select(Rejection)).all() == []
    assert session.exec(select(Reminder)).all() == []


def test_new_database_is_stamped_at_head_with_user_only_permissions(tmp_path):
    path = tmp_path / "journal" / "thabat.db"
    engine = open_database(path)
    with engine.connect() as connection:
        state = migrate.inspect_revision(connection)
        mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
        foreign_keys = connection.exec_driver_sql("PRAGMA foreign_keys").scalar()
    engine.dispose()
    assert state.current == state.head == migrate.head_revision()
    assert mode == "wal"
    assert foreign_keys == 1
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700


def test_reopening_keeps_the_data(tmp_path):
    path = tmp_path / "thabat.db"
    engine = open_database(path)
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO application (company, role, applied_on, outcome, link, location, notes, created_at, updated_at)"
            " VALUES ('Aramex', '', '2026-01-01', 'pending', '', '', '', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        )
    engine.dispose()
    engine = open_database(path)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT company FROM application").scalar() == "Aramex"
    engine.dispose()


def test_database_from_a_newer_version_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "thabat.db"
    open_database(path).dispose()
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    raw.close()
    before = path.read_bytes()
    with pytest.raises(StorageError, match="newer version of Thabat"):
        open_database(path)
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_a_file_that_is_not_a_journal_is_refused(tmp_path):
    path = tmp_path / "thabat.db"
    path.write_bytes(b"this is a letter, not a database" * 100)
    with pytest.raises(StorageError, match="not a Thabat journal"):
        open_database(path)
    assert path.read_bytes() == b"this is a letter, not a database" * 100


def test_a_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "thabat.db"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE notes (text TEXT)")
    raw.close()
    with pytest.raises(StorageError, match="not a Thabat journal"):
        open_database(path)
