"""Revision 0003: journals from 0001 and 0002, with the duplicates the old comparison let in, upgrade
to name keys, every skill and area spelled twice merged into one without losing what pointed at it.

Migrations are frozen: no revision imports today's models, services or types.
"""

from __future__ import annotations

import ast
import importlib.util
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from thabat.app.journal import Journal
from thabat.app.services.reflection_growth import add_skill, cite_area
from thabat.app.services.rejections import log_rejection
from thabat.app.views.applications import RejectionInput
from thabat.storage import migrate
from thabat.storage.name_key import name_key
from tests.conftest import TODAY
from tests.test_name_keys import SAME

FIXTURES = Path(__file__).parent / "fixtures"
VERSIONS = Path(migrate.MIGRATIONS) / "versions"
STAMP = "2026-01-01 00:00:00.000000"


def _revision_0003():
    spec = importlib.util.spec_from_file_location("revision_0003", VERSIONS / "0003_name_keys.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("revision", sorted(VERSIONS.glob("[0-9]*.py")), ids=lambda p: p.stem)
def test_a_migration_imports_nothing_of_thabat(revision):
    imported = set()
    for node in ast.walk(ast.parse(revision.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            imported |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            imported.add((node.module or "").split(".")[0])
    assert imported <= {"alembic", "sqlalchemy", "unicodedata", "re", "__future__"}, revision.name


def test_the_frozen_key_of_0003_is_todays_name_key():
    """A change to name_key or to the search normaliser needs a revision that recomputes stored keys
    (while 0003 is unreleased, its frozen copy may simply follow)."""
    frozen = _revision_0003().name_key
    corpus = [name for pair in SAME for name in pair] + [
        "تصميم الأنظمة — System design", "Café ﻻ Noon", "إِدارة الوقت", "مستشفى الحبيب", "ٱلرحمن", "Ǆungla",
        "ﬁnance", "Ｇｏｏｇｌｅ", "\u2067مجموعة MBC\u2069", "tab\there", "Ελληνικά ΣΟΦΙΑ", "ǅ", "",
    ]
    assert [frozen(name) for name in corpus] == [name_key(name) for name in corpus]


def _seed_duplicates(path: Path) -> dict[str, int]:
    """Skills and areas as the old ASCII-only comparison let them in, with ratings, citations and actions."""
    with sqlite3.connect(path) as raw:
        reflections = [r[0] for r in raw.execute("SELECT id FROM reflection ORDER BY id LIMIT 2")]
        first, second = reflections

        def insert(sql: str, *values) -> int:
            return raw.execute(sql, values).lastrowid

        ids = {
            "ÉCRITURE": insert("INSERT INTO skill (key, name) VALUES (NULL, 'ÉCRITURE')"),
            "écriture": insert("INSERT INTO skill (key, name) VALUES (NULL, 'écriture')"),
            "own communication": insert("INSERT INTO skill (key, name) VALUES (NULL, 'COMMUNICATION')"),
            "communication": insert("INSERT INTO skill (key, name) VALUES ('communication', 'Communication')"),
        }
        rating = "INSERT INTO skill_rating (skill_id, reflection_id, rated_on, rating) VALUES (?, ?, '2026-06-01', ?)"
        insert(rating, ids["ÉCRITURE"], first, 2)
        insert(rating, ids["écriture"], first, 4)  # the same reflection rated both spellings
        insert(rating, ids["écriture"], second, 3)
        insert(rating, ids["own communication"], second, 5)
        area = ("INSERT INTO improvement_area (name, state, notes, created_at, resolved_on) "
                "VALUES (?, ?, ?, ?, ?)")
        ids["area Écriture"] = insert(area, "Écriture", "resolved", "First noted.", "2026-03-01 00:00:00.000000",
                                      "2026-05-01")
        ids["area écriture"] = insert(area, "écriture", "improving", "", "2026-02-01 00:00:00.000000", None)
        ids["area ECRITURE"] = insert(area, "ECRITURE ", "resolved", "Came back in May.", STAMP, "2026-06-01")
        ids["area مُقابلة"] = insert(area, "المُقابلة", "open", "", STAMP, None)
        ids["area مقابله"] = insert(area, "المقابله", "open", "", STAMP, None)
        citation = "INSERT INTO area_citation (area_id, reflection_id) VALUES (?, ?)"
        insert(citation, ids["area Écriture"], first)
        insert(citation, ids["area écriture"], first)
        insert(citation, ids["area ECRITURE"], second)
        insert(citation, ids["area مقابله"], second)
        action = "INSERT INTO action_item (title, area_id, state, created_at) VALUES (?, ?, 'todo', ?)"
        ids["action"] = insert(action, "Write one page a day", ids["area ECRITURE"], STAMP)
        ids["first"], ids["second"] = first, second
        raw.execute("INSERT INTO application (company, role, applied_on, outcome, link, location, notes, created_at, "
                    "updated_at) VALUES ('École 42', 'Mentor', '2026-10-01', 'pending', '', '', '', ?, ?)", (STAMP, STAMP))
    raw.close()
    return ids


@pytest.mark.parametrize("fixture", ["journal-0001.db", "journal-0002.db"])
def test_an_old_journal_with_duplicates_upgrades_to_merged_keyed_names(fixture, isolated_data):
    isolated_data.mkdir(parents=True)
    path = isolated_data / "thabat.db"
    shutil.copyfile(FIXTURES / fixture, path)
    ids = _seed_duplicates(path)

    Journal.open(isolated_data).close()

    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [(migrate.HEAD,)]
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        for table, columns in (("application", ("company", "role")), ("skill", ("name",)),
                               ("improvement_area", ("name",))):
            for row in raw.execute(f"SELECT {', '.join(columns)}, {', '.join(c + '_key' if table == 'application' else 'name_key' for c in columns)} FROM {table}"):
                names, keys = row[:len(columns)], row[len(columns):]
                assert list(keys) == [name_key(n) for n in names], (table, row)
        skills = dict(raw.execute("SELECT name, id FROM skill"))
        assert skills == {"ÉCRITURE": ids["ÉCRITURE"], "Communication": ids["communication"]}
        ratings = sorted(raw.execute("SELECT skill_id, reflection_id, rating FROM skill_rating"))
        assert ratings == sorted([(ids["ÉCRITURE"], ids["first"], 2), (ids["ÉCRITURE"], ids["second"], 3),
                                  (ids["communication"], ids["second"], 5)])
        areas = {row[0]: row[1:] for row in raw.execute(
            "SELECT name, id, state, notes, created_at, resolved_on FROM improvement_area")}
        assert areas["Écriture"] == (ids["area Écriture"], "improving", "First noted.\n\nCame back in May.",
                                     "2026-01-01 00:00:00.000000", None)
        assert areas["المُقابلة"][0] == ids["area مُقابلة"]
        assert len(areas) == 3  # with the fixture's own area
        citations = sorted(raw.execute("SELECT area_id, reflection_id FROM area_citation WHERE area_id IN (?, ?)",
                                       (ids["area Écriture"], ids["area مُقابلة"])))
        assert citations == sorted([(ids["area Écriture"], ids["first"]), (ids["area Écriture"], ids["second"]),
                                    (ids["area مُقابلة"], ids["second"])])
        assert raw.execute("SELECT area_id FROM action_item WHERE id = ?", (ids["action"],)).fetchone() == (
            ids["area Écriture"],)
    raw.close()

    journal = Journal.open(isolated_data)
    try:
        with journal.session() as session:
            assert cite_area(session, ids["second"], "ecriture").id == ids["area Écriture"]
            assert add_skill(session, "communication").id == ids["communication"]
            logged = log_rejection(session, RejectionInput("ECOLE 42", "mentor", date(2026, 11, 1), "screening"),
                                   TODAY)
            assert logged.company == "École 42" and logged.applied_on == date(2026, 10, 1)
    finally:
        journal.close()
