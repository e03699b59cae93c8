"""Long work cancelled: a job stopped by the user leaves nothing behind (no file, no partial file, the old
file kept, no row added, no backup or restore half-done), whether cancelled in code or in the dialog."""

from __future__ import annotations

import threading

import pytest

from thabat.app.journal import Journal
from thabat.app.runtime.long_work import Cancelled, Job, Step
from thabat.app.services.applications import list_applications
from tests.ui_support import make_context
from tests.long_work_support import filled_journal, no_dialogs_shown, window_on_screen


# --- cancel leaves nothing -------------------------------------------------------------------------

def _cancelled_at(what: str, after: int = 0) -> Job:
    """A job the user cancels when it reaches its `after`-th step of kind `what`."""
    seen = []

    def report(step: Step) -> None:
        if step.what == what:
            seen.append(step)
            if len(seen) > after:
                job.cancel()

    job = Job(report)
    return job


def test_a_cancelled_pdf_leaves_no_file_even_mid_page(isolated_data, tmp_path):
    from thabat.app.export.pdf import PdfOptions
    from thabat.app.usecases.exchange import export_pdf

    journal = filled_journal(isolated_data, reflections=4)
    with pytest.raises(Cancelled):
        export_pdf(journal, tmp_path / "j.pdf", PdfOptions(sections=("journal",)), _cancelled_at("page", 1))
    assert list(tmp_path.glob("*j.pdf*")) == []
    journal.close()


def test_cancelled_exports_leave_no_file_and_keep_the_old_one(isolated_data, tmp_path):
    from thabat.app.usecases.exchange import export_csv, export_json

    journal = filled_journal(isolated_data)
    (tmp_path / "b.json").write_text("the old backup")
    with pytest.raises(Cancelled):
        export_json(journal, tmp_path / "b.json", _cancelled_at("write"))
    with pytest.raises(Cancelled):
        export_csv(journal, tmp_path / "a.csv", "en", _cancelled_at("application"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.json", "data"]
    assert (tmp_path / "b.json").read_text() == "the old backup"
    journal.close()


def test_a_cancelled_json_export_stops_while_writing(isolated_data, tmp_path, monkeypatch):
    from thabat.app.export import backup_json
    from thabat.app.usecases.exchange import export_json

    monkeypatch.setattr(backup_json, "WRITE_STEP", 10)  # a small journal: look at the cancel often
    journal = filled_journal(isolated_data)
    job = Job()
    real_write = backup_json.json.JSONEncoder.iterencode

    def pieces(self, data):
        for count, piece in enumerate(real_write(self, data)):
            if count == 25:
                job.cancel()  # the user presses Cancel half-way through the file
            yield piece

    monkeypatch.setattr(backup_json.json.JSONEncoder, "iterencode", pieces)
    with pytest.raises(Cancelled):
        export_json(journal, tmp_path / "b.json", job)
    assert [p.name for p in tmp_path.iterdir()] == ["data"]
    journal.close()


def test_cancelled_imports_add_no_row(isolated_data, tmp_path):
    from thabat.app.export.csv_io import parse_sheet
    from thabat.app.usecases.exchange import export_json, import_applications, import_json

    journal = filled_journal(isolated_data)
    export_json(journal, tmp_path / "b.json")
    journal.close()
    empty = Journal.open(tmp_path / "new")
    with pytest.raises(Cancelled):
        import_json(empty, tmp_path / "b.json", _cancelled_at("record", 1))
    rows = "".join(f"Co {n},Role,2026-01-{1 + n % 28:02d}\n" for n in range(5000))
    sheet = parse_sheet("Company,Role,Date applied\n" + rows)
    with pytest.raises(Cancelled):
        import_applications(empty, sheet, {"company": 0, "role": 1, "applied_on": 2}, date_today(), _cancelled_at("row"))
    with empty.session() as session:
        assert list_applications(session) == []
    empty.close()


def date_today():
    from tests.conftest import TODAY

    return TODAY


def test_a_cancelled_backup_or_restore_changes_nothing(isolated_data, monkeypatch):
    from thabat.app.usecases.backups import automatic_backup, make_backup, restore_backup
    from thabat.app.runtime.paths import database_path
    from thabat.storage import backup as store

    monkeypatch.setattr(store, "COPY_STEP_PAGES", 1)  # a small journal: many steps
    journal = filled_journal(isolated_data)
    journal.close()
    daily = automatic_backup(isolated_data)
    before = sorted(p.name for p in isolated_data.rglob("*") if not p.name.endswith(("-wal", "-shm")))
    journal_bytes = database_path(isolated_data).read_bytes()
    with pytest.raises(Cancelled):
        make_backup(isolated_data, job=_cancelled_at("copy", 2))
    for cancelled_at in (2, 60):  # while copying the backup in, then while keeping the current journal
        with pytest.raises(Cancelled):
            restore_backup(isolated_data, daily, job=_cancelled_at("copy", cancelled_at))
    assert sorted(p.name for p in isolated_data.rglob("*") if not p.name.endswith(("-wal", "-shm"))) == before
    assert database_path(isolated_data).read_bytes() == journal_bytes


def test_cancel_in_the_dialog_stops_the_job_and_leaves_no_file(qtbot, isolated_data, tmp_path, monkeypatch):
    journal = filled_journal(isolated_data)
    context = make_context(journal, isolated_data)
    window = window_on_screen(qtbot, context)
    told = no_dialogs_shown(monkeypatch, window.export_import)
    monkeypatch.setattr(window.export_import, "_save_path", lambda *args: (str(tmp_path / "b.json"), ""))
    started = threading.Event()
    from thabat.app.usecases import exchange

    real = exchange.export_json

    def slow_start(journal, path, job):
        started.set()
        job.step("table", 0, 1)
        while not job.cancelled:  # the user reads the dialog, then presses Cancel
            threading.Event().wait(0.005)
        return real(journal, path, job)

    monkeypatch.setattr(exchange, "export_json", slow_start)
    with qtbot.waitSignal(context.long_work.finished) as ended:
        window.export_import.export_json()
        assert started.wait(10)
        context.long_work.dialog.cancel_button.click()
        assert context.long_work.dialog.label.text() == "Stopping…"
    assert ended.args[0].cancelled and told == []
    assert not (tmp_path / "b.json").exists() and list(tmp_path.glob(".*part")) == []
    journal.close()
