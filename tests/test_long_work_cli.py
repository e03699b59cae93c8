"""Long commands on a terminal: progress on stderr only when it is a terminal, and Ctrl+C stops the
job with status 130, leaving nothing half-written (no file, no row)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from thabat.app.cli import main
from thabat.app.journal import Journal
from thabat.app.runtime.long_work import Job
from tests.export_support import build_bilingual_journal, english_messages  # noqa: F401  (fixture)
from tests.test_bulk_write_safety import counts, journal_with_one_application, write_applications
from tests.conftest import TODAY
from tests.process_support import on_a_terminal


def _filled(folder: Path) -> None:
    journal = Journal.open(folder)
    with journal.session() as session:
        build_bilingual_journal(session, reflections=2)
    journal.close()


def test_progress_showson_a_terminal(tmp_path):
    folder = tmp_path / "data"
    _filled(folder)
    process, seen = on_a_terminal(["--data-dir", str(folder), "export", "json", str(tmp_path / "b.json")])
    assert process.returncode == 0 and b"Reading the journal (part " in seen and b"Writing the file" in seen


def test_nothing_is_shown_when_stderr_is_not_a_terminal(tmp_path):
    folder = tmp_path / "data"
    _filled(folder)
    thabat = Path(sys.executable).parent / "thabat"
    for command in (["export", "json", str(tmp_path / "b.json")], ["export", "csv", str(tmp_path / "a.csv")],
                    ["backup", str(tmp_path / "copy.db")]):
        done = subprocess.run([str(thabat), "--data-dir", str(folder), *command], capture_output=True,
                              env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), timeout=120)
        assert done.returncode == 0 and done.stderr == b"", done.stderr


def test_ctrl_c_stops_a_csv_import_and_adds_no_row(tmp_path):
    folder = tmp_path / "data"
    journal_with_one_application(folder)
    sheet = write_applications(tmp_path / "big.csv", 40_000)
    process, seen = on_a_terminal(["--data-dir", str(folder), "import", "csv", str(sheet), "--today",
                                    TODAY.isoformat()], stop_when=b"Importing row ")
    assert process.returncode == 130, seen.decode(errors="replace")
    assert b"stopped; nothing was written" in seen
    assert counts(folder) == (1, 1)


@pytest.mark.parametrize("command, stop_at", [
    (["export", "json", "{out}"], "write"), (["export", "csv", "{out}"], "application"),
    (["export", "pdf", "{out}"], "page"), (["backup", "{out}"], "copy"), (["export", "charts", "{out}"], "chart"),
])
def test_ctrl_c_mid_job_exits_130_and_writes_nothing(isolated_data, tmp_path, monkeypatch, capsys, command, stop_at):
    _filled(isolated_data)
    out = tmp_path / "out" / "target"
    out.parent.mkdir()
    real_step = Job.step

    def interrupted(self, what, done=0, total=0):
        real_step(self, what, done, total)
        if what == stop_at:
            raise KeyboardInterrupt  # what Ctrl+C raises in the middle of the job

    monkeypatch.setattr(Job, "step", interrupted)
    assert main([part.replace("{out}", str(out)) for part in command]) == 130
    assert capsys.readouterr().err.strip().endswith("thabat: stopped; nothing was written")
    assert list(out.parent.iterdir()) == []
