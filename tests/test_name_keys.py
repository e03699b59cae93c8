"""Names that differ only in case, accents the search ignores, or Arabic spelling variants are one name.

Every find-or-create compares `storage.name_key.name_key` forms, kept in key columns with an index
(unique for skills and improvement areas), instead of SQL's ASCII-only `lower()`.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import Session, select

from thabat.app.demo import build_demo
from thabat.app.errors import InputError
from thabat.app.export.csv_import import import_applications
from thabat.app.export.csv_io import guess_mapping, parse_sheet
from thabat.app.services import growth
from thabat.app.services.applications import add_application, list_applications
from thabat.app.services.reflection_growth import add_skill, areas_of, cite_area, list_area_names
from thabat.app.services.reflections import start_reflection
from thabat.app.services.rejections import log_rejection
from thabat.app.views.applications import ApplicationInput, RejectionInput
from thabat.storage.models import Application, ImprovementArea, Skill
from thabat.storage.name_key import name_key
from tests.conftest import TODAY

SAME = [
    ("École 42", "école 42"),
    ("ÉCRITURE", "écriture"),
    ("أسامة", "اسامه"),
    ("مُقابلة", "مقابلة"),
    ("STRASSE", "straße"),
    ("İSTANBUL", "istanbul"),
    ("  Noon\u00a0 Academy ", "noon academy"),
    ("أرامكو\u200f", "ارامكو"),
    ("ﻻ", "لا"),  # a presentation form (as pasted from a PDF) is the letters it shows
]


@pytest.mark.parametrize(("one", "other"), SAME)
def test_name_key_makes_spelling_variants_one_name(one, other):
    assert name_key(one) == name_key(other)


def test_name_key_keeps_different_names_apart():
    assert len({name_key(n) for n in ("stc", "STC Pay", "Noon", "نون", "Careem", "Kareem", "سارة", "ساره خالد")}) == 8


def _reflection(session, company="Careem") -> int:
    rejection = log_rejection(session, RejectionInput(company, "Analyst", date(2026, 11, 20), "interview",
                                                      applied_on=date(2026, 10, 1)), TODAY)
    return start_reflection(session, rejection.id).id


@pytest.mark.parametrize(("existing", "typed"), SAME[:5])
def test_a_rejection_finds_the_application_whatever_the_spelling(session, existing, typed):
    add_application(session, ApplicationInput(existing, "Data Analyst", date(2026, 10, 1)), TODAY)
    logged = log_rejection(session, RejectionInput(typed, "DATA ANALYST", date(2026, 11, 1), "screening"), TODAY)
    assert [(a.id, a.outcome) for a in list_applications(session)] == [(logged.application_id, "rejected")]
    assert logged.company == existing  # the name as first written is kept


@pytest.mark.parametrize(("first", "second"), SAME[:5])
def test_citing_an_area_twice_in_two_spellings_is_one_area(session, first, second):
    reflection_id = _reflection(session)
    one = cite_area(session, reflection_id, first)
    two = cite_area(session, reflection_id, second)
    again = cite_area(session, reflection_id, first)
    assert one.id == two.id == again.id and one.name == first
    assert [a.name for a in areas_of(session, reflection_id)] == [first]
    assert list_area_names(session) == [first]


@pytest.mark.parametrize(("first", "second"), SAME[:5])
def test_a_skill_named_twice_in_two_spellings_is_one_skill(session, first, second):
    one = add_skill(session, first)
    assert add_skill(session, second).id == one.id == add_skill(session, first).id
    assert session.exec(select(Skill).where(Skill.key.is_(None))).all() == [session.get(Skill, one.id)]


def test_the_growth_page_refuses_an_area_spelled_differently(session):
    growth.add_area(session, "Écriture")
    with pytest.raises(InputError):
        growth.add_area(session, "ÉCRITURE")
    with pytest.raises(InputError):
        growth.add_area(session, "écriture")


def test_renaming_keeps_the_key_in_step(session):
    row = add_application(session, ApplicationInput("Old name", "", date(2026, 10, 1)), TODAY)
    application = session.get(Application, row.id)
    application.company = "École 42"
    session.add(application)
    session.flush()
    logged = log_rejection(session, RejectionInput("ECOLE 42", "", date(2026, 11, 1), "screening"), TODAY)
    assert logged.application_id == row.id


def test_csv_import_sees_a_row_spelled_differently_as_already_there(journal):
    with journal.session() as session:
        add_application(session, ApplicationInput("École 42", "Mentor", date(2026, 1, 3)), TODAY)
    sheet = parse_sheet("Company,Role,Date applied\nécole 42,MENTOR,2026-01-03\nأسامة للتقنية,محلل,2026-01-04\n"
                        "اسامه للتقنيه,مُحلل,2026-01-04\n")
    with journal.session() as session:
        report = import_applications(session, sheet, guess_mapping(sheet.headers), TODAY)
    assert report.imported == 1
    assert [line for line, _ in report.skipped] == [2, 4]
    with journal.session() as session:
        assert sorted(a.company for a in list_applications(session)) == ["École 42", "أسامة للتقنية"]


def test_the_demo_reuses_skills_and_areas_spelled_differently(journal):
    with journal.session() as session:
        own = add_skill(session, "ARABIC-ENGLISH TECHNICAL WRITING")
        spoken = add_skill(session, "العرض والتقديم امام الجمهور")  # without the hamza the demo's name has
        growth.add_area(session, "system design ANSWERS")
    with Session(journal.engine) as session:
        build_demo(session, seed=3, years=1, today=TODAY)
        session.commit()
    with Session(journal.engine) as session:
        skills = session.exec(select(Skill)).all()
        areas = session.exec(select(ImprovementArea)).all()
        assert len({s.name_key for s in skills}) == len(skills)
        assert len({a.name_key for a in areas}) == len(areas)
        assert {own.id, spoken.id} <= {s.id for s in skills}
        assert "system design ANSWERS" in {a.name for a in areas}


def test_backups_leave_the_keys_out_and_an_import_derives_them(journal, tmp_path):
    from thabat.app.export.backup_json import backup_data, import_backup
    from thabat.app.journal import Journal

    with journal.session() as session:
        add_application(session, ApplicationInput("École 42", "Mentor", date(2026, 1, 3)), TODAY)
        add_skill(session, "مُقابلة")
        growth.add_area(session, "ÉCRITURE")
        data = backup_data(session)
    for table in ("application", "skill", "improvement_area"):
        assert not [column for column in data["tables"][table][0] if column.endswith("_key")], table
    data["tables"]["skill"][0]["name_key"] = "a stale key from elsewhere"  # never trusted: derived again
    restored = Journal.open(tmp_path / "restored")
    try:
        with restored.session() as session:
            import_backup(session, data)
        with restored.session() as session:
            assert add_skill(session, "مقابله").name == "مُقابلة"
            with pytest.raises(InputError):
                growth.add_area(session, "écriture")
            logged = log_rejection(session, RejectionInput("ecole 42", "mentor", date(2026, 2, 1), "screening"), TODAY)
            assert logged.company == "École 42"
    finally:
        restored.close()


def test_the_journal_filters_by_company_whatever_the_spelling(session):
    from thabat.app.services import entries

    reflection_id = _reflection(session, company="École 42")
    assert [i.id for i in entries.timeline(session, company="ecole 42")] == [reflection_id]
    assert [i.id for i in entries.timeline(session, company="ÉCOLE  42")] == [reflection_id]


def test_a_backup_holding_one_area_in_two_spellings_is_refused_whole(journal, tmp_path):
    """Backups from before name keys may hold both; import refuses (clearly, writing nothing) rather than guess."""
    from thabat.app.export.backup_json import BackupError, backup_data, import_backup
    from thabat.app.journal import Journal

    with journal.session() as session:
        growth.add_area(session, "Écriture")
        add_application(session, ApplicationInput("École 42", "Mentor", date(2026, 1, 3)), TODAY)
        data = backup_data(session)
    data["tables"]["improvement_area"].append({**data["tables"]["improvement_area"][0], "id": 2, "name": "écriture"})
    restored = Journal.open(tmp_path / "restored")
    try:
        with pytest.raises(BackupError, match="breaks a rule of the journal"):
            with restored.session() as session:
                import_backup(session, data)
        with restored.session() as session:
            assert list_applications(session) == [] and list_area_names(session) == []
    finally:
        restored.close()
