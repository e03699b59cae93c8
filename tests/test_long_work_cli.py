"""Long commands on a terminal: progress on stderr only when it is a terminal, and Ctrl+C stops the
job with status 130, leaving nothing half-written (no file, no row)."""

from __future__ import annotations

import os
import pty
import select
import signal
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


def _filled(folder: Path) -> None:
    journal = Journal.open(folder)
    with journal.session() as session:
        build_bilingual_journal(session, reflections=2)
    journal.close()


def _on_a_terminal(command: list[str], stop_when: bytes | None = None) -> tuple[subprocess.Popen, bytes]:
    """Run `thabat …` with stderr on a pseudo-terminal; Ctrl+C (SIGINT) once `stop_when` appears."""
    thabat = Path(sys.executable).parent / "thabat"
    leader, follower = pty.openpty()
    process = subprocess.Popen([str(thabat), *command], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=follower, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    os.close(follower)
    seen = b""
    try:
        while True:
            ready, _, _ = select.select([leader], [], [], 60)
            if not ready:
                break
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal closed: the command ended
                break
            if not chunk:
                break
            seen += chunk
            if stop_when is not None and stop_when in seen:
                process.send_signal(signal.SIGINT)
                stop_when = None
        process.wait(timeout=120)
    finally:
        os.close(leader)
    return process, seen


def test_progress_shows_on_a_terminal(tmp_path):
    folder = tmp_path / "data"
    _filled(folder)
    process, seen = _on_a_terminal(["--data-dir", str(folder), "export", "json", str(tmp_path / "b.json")])
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
    process, seen = _on_a_terminal(["--data-dir", str(folder), "import", "csv", str(sheet), "--today",
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
