"""The JSON backup: a faithful round trip, and bad files refused with nothing written."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from thabat.app.cli import main
from thabat.app.export.backup_json import VERSION, BackupError, backup_data, export_json, import_json
from thabat.app.journal import Journal
from thabat.app.services.applications import add_application
from thabat.app.views.applications import ApplicationInput
from tests.conftest import TODAY
from tests.export_support import build_bilingual_journal
from tests.export_support import english_messages  # noqa: F401  (fixture)

pytestmark = pytest.mark.usefixtures("english_messages")


def _content(data: dict) -> dict:
    return {key: value for key, value in data.items() if key != "exported_at"}


def test_round_trip_through_an_empty_data_folder(journal, tmp_path):
    with journal.session() as session:
        build_bilingual_journal(session)
        first = backup_data(session)
        export_json(session, tmp_path / "backup.json")
    assert len(first["tables"]["reflection"]) == 6 and len(first["tables"]) >= 17
    restored = Journal.open(tmp_path / "restored")
    with restored.session() as session:
        counts = import_json(session, tmp_path / "backup.json")
    with restored.session() as session:
        again = backup_data(session)
    restored.close()
    assert counts["application"] == len(first["tables"]["application"])
    assert _content(again) == _content(first)


def test_round_trip_through_the_command_line(journal, tmp_path):
    folder = tmp_path / "a"
    source = Journal.open(folder)
    with source.session() as session:
        build_bilingual_journal(session)
    source.close()
    assert main(["--data-dir", str(folder), "export", "json", str(tmp_path / "one.json")]) == 0
    assert main(["--data-dir", str(tmp_path / "b"), "import", "json", str(tmp_path / "one.json")]) == 0
    assert main(["--data-dir", str(tmp_path / "b"), "export", "json", str(tmp_path / "two.json")]) == 0
    one, two = (json.loads((tmp_path / n).read_text(encoding="utf-8")) for n in ("one.json", "two.json"))
    assert _content(one) == _content(two)
    assert one["format"] == "thabat-journal" and one["version"] == VERSION


texts = st.one_of(st.just(""), st.text(min_size=1, max_size=40), st.just("شركة 🚀 Google\nسطر ثانٍ"),
                  st.just("ب" * 5000))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.one_of(st.text(min_size=1, max_size=40), st.just("شركة 🚀 Google")), texts, st.dates(date(1970, 1, 1), TODAY)), min_size=1, max_size=5))
def test_round_trip_property_with_mixed_scripts(tmp_path, rows):
    source = Journal.in_memory()
    with source.session() as session:
        for company, notes, day in rows:
            if company.replace("\x00", "").strip():
                add_application(session, ApplicationInput(company=company, role="", applied_on=day, notes=notes),
                                today=TODAY)
        data = backup_data(session)
    source.close()
    path = tmp_path / "p.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    target = Journal.in_memory()
    with target.session() as session:
        import_json(session, path)
    with target.session() as session:
        assert _content(backup_data(session)) == _content(data)
    target.close()


@pytest.fixture
def good_backup(journal, tmp_path) -> Path:
    with journal.session() as session:
        build_bilingual_journal(session, reflections=2)
        export_json(session, tmp_path / "good.json")
    return tmp_path / "good.json"


def _bad_files(good: Path) -> dict[str, str]:
    text = good.read_text(encoding="utf-8")
    data = json.loads(text)
    newer = dict(data, version=VERSION + 1)
    wrong = dict(data, format="something-else")
    broken = json.loads(text)
    broken["tables"]["stage_event"][0]["application_id"] = 999  # points at no application
    damaged = json.loads(text)
    damaged["tables"]["application"][0]["applied_on"] = "yesterday"
    return {
        "malformed": "{not json",
        "truncated": text[: len(text) // 2],
        "newer": json.dumps(newer),
        "wrong format": json.dumps(wrong),
        "not an object": "[1, 2, 3]",
        "broken link": json.dumps(broken),
        "damaged date": json.dumps(damaged),
    }


@pytest.mark.parametrize("kind", ["malformed", "truncated", "newer", "wrong format", "not an object",
                                  "broken link", "damaged date"])
def test_bad_backup_exits_2_with_one_line_and_writes_nothing(good_backup, tmp_path, capsys, kind):
    bad = tmp_path / "bad.json"
    bad.write_text(_bad_files(good_backup)[kind], encoding="utf-8")
    folder = tmp_path / "target"
    assert main(["--data-dir", str(folder), "import", "json", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("thabat: ")
    expected = {"truncated": "cut short", "newer": "newer version", "wrong format": "not a Thabat backup",
                "broken link": "breaks a rule", "damaged date": "applied_on"}.get(kind)
    if expected:
        assert expected in err
    if folder.exists():  # rules are only checked by the database: it must be left empty
        check = Journal.open(folder)
        with check.session() as session:
            assert all(not rows for rows in backup_data(session)["tables"].values())
        check.close()


def test_import_into_a_journal_with_data_is_refused(good_backup, tmp_path, capsys):
    folder = tmp_path / "full"
    existing = Journal.open(folder)
    with existing.session() as session:
        add_application(session, ApplicationInput("Aramco", "Engineer", date(2026, 1, 1)), today=TODAY)
        before = backup_data(session)
    existing.close()
    assert main(["--data-dir", str(folder), "import", "json", str(good_backup)]) == 2
    assert "already has data" in capsys.readouterr().err
    existing = Journal.open(folder)
    with existing.session() as session:
        assert _content(backup_data(session)) == _content(before)
    existing.close()


def test_backup_error_for_missing_file(tmp_path, journal):
    with journal.session() as session, pytest.raises(BackupError, match="does not exist"):
        import_json(session, tmp_path / "nope.json")


def test_a_restored_backup_is_searchable(journal, tmp_path):
    from thabat.app.services.search import search

    with journal.session() as session:
        build_bilingual_journal(session)
        before = {(hit.kind, hit.id) for hit in search(session, "مقابلة", limit=100)}
        export_json(session, tmp_path / "backup.json")
    assert before, "the test journal should mention an interview in Arabic"
    restored = Journal.open(tmp_path / "restored")
    with restored.session() as session:
        import_json(session, tmp_path / "backup.json")
    with restored.session() as session:
        after = {(hit.kind, hit.id) for hit in search(session, "مقابلة", limit=100)}
    restored.close()
    assert after == before
