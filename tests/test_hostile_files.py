"""Hostile files and arguments on the command line: one line on stderr, exit 2, nothing written.

Backups are files anyone can edit: an import applies the forms' rules to every field.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from thabat.app.cli import main
from thabat.app.journal import Journal
from thabat.app.services.applications import add_application
from thabat.app.views.applications import ApplicationInput
from tests.conftest import TODAY

STAMP = "2026-01-01T00:00:00+00:00"


def _backup(tables: dict) -> str:
    return json.dumps({"format": "thabat-journal", "version": 1, "tables": tables})


def _application(**fields) -> dict:
    return {"application": [{"id": 1, "company": "stc", "applied_on": "2026-01-01", "created_at": STAMP,
                             "updated_at": STAMP, **fields}]}


HOSTILE_BACKUPS = {
    "nested 100,000 deep": '{"format": "thabat-journal", "version": 1, "tables": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "a 5,000-digit number": _backup({})[:-1] + ', "extra": ' + "9" * 5000 + "}",
    "an id of 2**63": _backup(_application(id=2**63)),
    "a negative id": _backup(_application(id=-1)),
    "a lone surrogate": _backup(_application(company="\ud800")),
    "a timestamp before year 1 in UTC": _backup(_application(created_at="0001-01-01T00:00+05:00")),
    "a date in the future": _backup(_application(applied_on="2999-01-01")),
    "a 10 MB name": _backup(_application(company="x" * 10_000_000)),
    "a blank company": _backup(_application(company=" \x00 ")),
    "a javascript: link": _backup({"resource": [{"id": 1, "title": "t", "url": "javascript:alert(1)"}]}),
    "a rating of 99": _backup({"skill": [{"id": 1, "name": "SQL"}], "skill_rating": [
        {"id": 1, "skill_id": 1, "rated_on": "2026-01-01", "rating": 99}]}),
}


@pytest.mark.parametrize("name", HOSTILE_BACKUPS)
def test_a_hostile_backup_gets_one_line_and_leaves_no_journal(tmp_path, capsys, name):
    backup = tmp_path / "backup.json"
    backup.write_text(HOSTILE_BACKUPS[name], encoding="utf-8")
    folder = tmp_path / "new"
    status = main(["--data-dir", str(folder), "import", "json", str(backup), "--today", TODAY.isoformat()])
    err = capsys.readouterr().err
    assert status == 2, err
    assert err.startswith("thabat: ") and err.count("\n") == 1, err
    assert not folder.exists(), "a failed import into a new folder left files behind"


def test_a_failed_import_into_an_existing_folder_keeps_the_folder(tmp_path, capsys):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    backup = tmp_path / "backup.json"
    backup.write_text(HOSTILE_BACKUPS["a javascript: link"], encoding="utf-8")
    assert main(["--data-dir", str(folder), "import", "json", str(backup)]) == 2
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]


def test_an_imported_text_loses_its_nuls_as_in_a_form(tmp_path):
    backup = tmp_path / "backup.json"
    backup.write_text(_backup(_application(company="\x00 Aramco \x00")), encoding="utf-8")
    assert main(["--data-dir", str(tmp_path / "d"), "import", "json", str(backup)]) == 0
    journal = Journal.open(tmp_path / "d")
    with journal.reader() as connection:
        assert connection.execute("SELECT company FROM application").fetchall() == [(" Aramco ",)]
    journal.close()


def test_exporting_json_onto_a_folder_is_one_line(tmp_path, capsys):
    (tmp_path / "out").mkdir()
    assert main(["--data-dir", str(tmp_path / "d"), "export", "json", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("thabat: ") and err.count("\n") == 1 and "folder" in err
    assert list((tmp_path / "out").iterdir()) == []


@pytest.mark.parametrize("option", [["--to", "9999-12-31"], ["--from", "0001-01-01"], ["--to", "1969-12-31"]])
def test_chart_dates_out_of_range_are_one_line(tmp_path, capsys, option):
    journal = Journal.open(tmp_path / "d")
    with journal.session() as session:
        add_application(session, ApplicationInput(company="stc", role="", applied_on=TODAY), TODAY)
    journal.close()
    assert main(["--data-dir", str(tmp_path / "d"), "export", "charts", str(tmp_path / "c"), *option]) == 2
    err = capsys.readouterr().err
    assert err.startswith("thabat: ") and err.count("\n") == 1, err
    assert not (tmp_path / "c").exists()


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_an_export_removes_the_part_file_a_killed_export_left(tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    stale = out / f".journal.pdf.{_dead_pid()}.k2j4x9.part"
    stale.write_bytes(b"%PDF-1.4 half")
    unrelated = out / ".keep.part"
    unrelated.write_text("not ours")
    assert main(["--data-dir", str(tmp_path / "d"), "export", "pdf", str(out / "journal.pdf")]) == 0
    assert not stale.exists()
    assert unrelated.exists()
    assert sorted(p.name for p in out.iterdir()) == [".keep.part", "journal.pdf"]


def test_exported_files_are_user_only(tmp_path):
    out = tmp_path / "out"
    for command in (["export", "json", str(out / "b.json")], ["export", "csv", str(out / "a.csv")],
                    ["export", "charts", str(out / "charts")]):
        out.mkdir(exist_ok=True)
        assert main(["--data-dir", str(tmp_path / "d"), *command]) == 0
    files = [p for p in out.rglob("*") if p.is_file()]
    assert len(files) == 14  # a JSON file, a CSV file and six charts as PNG and SVG
    assert {p.name: oct(p.stat().st_mode & 0o777) for p in files} == {p.name: "0o600" for p in files}
