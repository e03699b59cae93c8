"""Long work: every job runs off the GUI thread under a window-modal progress dialog, reports its
progress, stops cleanly when cancelled (no file, no row), shows one message when it fails, refuses a
second job meanwhile, and a quit mid-job stops it without leaving anything half-written."""

from __future__ import annotations

import gc
import json
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from thabat.app.usecases.backups import list_backups
from thabat.app.journal import Journal
from thabat.app.runtime.long_work import Cancelled, Job, Step
from thabat.app.services.applications import list_applications
from tests.export_support import build_bilingual_journal
from tests.ui_support import make_context, switcher
from thabat.ui.long_work import LongWork, ProgressDialog


def _filled(folder: Path, reflections: int = 3) -> Journal:
    journal = Journal.open(folder)
    with journal.session() as session:
        build_bilingual_journal(session, reflections=reflections)
    return journal


def _window(qtbot, context):
    from thabat.ui.main_window import MainWindow

    window = MainWindow(context, switcher())
    qtbot.addWidget(window)
    window.show()
    return window


def _outcome(qtbot, context, start) -> object:
    """Start a job through the interface (`start()`), wait for it to end, return its Outcome."""
    with qtbot.waitSignal(context.long_work.finished, timeout=60_000) as ended:
        start()
    return ended.args[0]


def _no_dialogs_shown(monkeypatch, actions) -> list[str]:
    told: list[str] = []
    monkeypatch.setattr(actions, "_tell", lambda text, warning=False, open_path=None: told.append(text))
    return told


# --- each job runs on a thread of its own -----------------------------------------------------------

def test_every_export_and_import_runs_off_the_gui_thread(qtbot, isolated_data, tmp_path, monkeypatch):
    from thabat.ui.export_dialog import ExportDialog

    journal = _filled(isolated_data)
    context = make_context(journal, isolated_data)
    window = _window(qtbot, context)
    actions = window.export_import
    told = _no_dialogs_shown(monkeypatch, actions)
    monkeypatch.setattr(ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    gui = threading.get_ident()
    files = {"pdf": tmp_path / "j.pdf", "json": tmp_path / "b.json", "csv": tmp_path / "a.csv"}
    for kind, start in (("pdf", actions.export_pdf), ("json", actions.export_json), ("csv", actions.export_csv)):
        monkeypatch.setattr(actions, "_save_path", lambda *args, kind=kind: (str(files[kind]), ""))
        outcome = _outcome(qtbot, context, start)
        assert outcome.thread not in (None, gui) and outcome.message is None and not outcome.cancelled
        assert files[kind].stat().st_size > 0
    assert len(told) == 3 and "pages" in told[0]

    empty_folder = tmp_path / "empty"
    empty = Journal.open(empty_folder)
    context.replace_journal(empty)
    monkeypatch.setattr(actions, "_open_path", lambda *args: (str(files["json"]), ""))
    outcome = _outcome(qtbot, context, actions.import_json)
    assert outcome.thread not in (None, gui) and outcome.message is None
    with context.journal.session() as session:
        assert len(list_applications(session)) > 0
    context.journal.close()


def test_backup_restore_chart_and_demo_run_off_the_gui_thread(qtbot, isolated_data, tmp_path, monkeypatch):
    from thabat.ui import welcome_dialog
    from thabat.ui.backups_widget import BackupsWidget
    from thabat.ui.charts_page import ChartsPage

    journal = _filled(isolated_data)
    context = make_context(journal, isolated_data)
    gui = threading.get_ident()
    backups = BackupsWidget(context, confirm=lambda parent, backup: True)
    qtbot.addWidget(backups)
    assert _outcome(qtbot, context, backups.backup_button.click).thread not in (None, gui)
    assert [b.kind for b in list_backups(isolated_data)] == ["manual"]
    backups.table.selectRow(0)
    assert _outcome(qtbot, context, backups.restore_button.click).thread not in (None, gui)
    assert "Restored" in backups.status.text()

    page = ChartsPage(context)
    qtbot.addWidget(page)
    page.refresh()
    outcome = _outcome(qtbot, context, lambda: page.save_in_background(str(tmp_path / "chart.svg")))
    assert outcome.thread not in (None, gui) and (tmp_path / "chart.svg").read_text().lstrip().startswith("<?xml")

    started = []
    monkeypatch.setattr(welcome_dialog.QProcess, "startDetached", lambda *args: started.append(args))
    window = _window(qtbot, context)
    demo = tmp_path / "demo"
    outcome = _outcome(qtbot, context, lambda: welcome_dialog.open_demo(demo, window))
    assert outcome.thread not in (None, gui) and outcome.result.applications > 0
    assert started and str(demo) in started[0][1]
    context.journal.close()


# --- progress ------------------------------------------------------------------------------------------

def test_progress_reaches_the_dialog_as_words_and_a_bar(qtbot, journal, isolated_data):
    context = make_context(journal, isolated_data)
    window = _window(qtbot, context)
    reported, go_on = threading.Event(), threading.Event()

    def work(job: Job) -> str:
        job.step("page", 120, 483)
        reported.set()
        go_on.wait(30)
        return "done"

    assert context.long_work.start(window, "Exporting", work)
    dialog = context.long_work.dialog
    assert dialog.isVisible() and dialog.windowModality().name == "WindowModal"
    qtbot.waitUntil(lambda: dialog.bar.maximum() == 483)
    assert dialog.label.text() == "Writing page \u2068120\u2069 of \u2068483\u2069" and dialog.bar.value() == 120
    with qtbot.waitSignal(context.long_work.finished) as ended:
        go_on.set()
    assert ended.args[0].result == "done" and not context.long_work.busy


@pytest.mark.parametrize("kind", ["pdf", "json", "csv", "import_json", "backup"])
def test_each_job_reports_its_steps(isolated_data, tmp_path, kind):
    from thabat.app.usecases.backups import make_backup
    from thabat.app.usecases import exchange

    journal = _filled(isolated_data)
    steps: list[Step] = []
    job = Job(steps.append)
    if kind == "pdf":
        from thabat.app.export.pdf import PdfOptions

        exchange.export_pdf(journal, tmp_path / "j.pdf", PdfOptions(sections=("journal",)), job)
        assert {"entry", "page"} <= {s.what for s in steps}
    elif kind == "json":
        exchange.export_json(journal, tmp_path / "b.json", job)
        assert [s.what for s in steps][-1] == "write" and any(s.what == "table" and s.total for s in steps)
    elif kind == "csv":
        exchange.export_csv(journal, tmp_path / "a.csv", "en", job)
        assert any(s.what == "application" and s.total for s in steps)
    elif kind == "import_json":
        exchange.export_json(journal, tmp_path / "b.json")
        exchange.import_json(Journal.open(tmp_path / "new"), tmp_path / "b.json", job)
        assert {"read", "check", "record"} <= {s.what for s in steps}
    else:
        make_backup(isolated_data, job=job)
        assert steps[-1].what == "copy" and steps[-1].done == steps[-1].total > 0
    journal.close()


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

    journal = _filled(isolated_data, reflections=4)
    with pytest.raises(Cancelled):
        export_pdf(journal, tmp_path / "j.pdf", PdfOptions(sections=("journal",)), _cancelled_at("page", 1))
    assert list(tmp_path.glob("*j.pdf*")) == []
    journal.close()


def test_cancelled_exports_leave_no_file_and_keep_the_old_one(isolated_data, tmp_path):
    from thabat.app.usecases.exchange import export_csv, export_json

    journal = _filled(isolated_data)
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
    journal = _filled(isolated_data)
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

    journal = _filled(isolated_data)
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
    journal = _filled(isolated_data)
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
    journal = _filled(isolated_data)
    context = make_context(journal, isolated_data)
    window = _window(qtbot, context)
    told = _no_dialogs_shown(monkeypatch, window.export_import)
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


# --- failure, a second job ----------------------------------------------------------------------------

def test_a_failure_shows_one_clear_message(qtbot, journal, isolated_data, tmp_path, monkeypatch):
    context = make_context(journal, isolated_data)
    window = _window(qtbot, context)
    monkeypatch.setattr(window.export_import, "_save_path", lambda *args: (str(tmp_path / "gone" / "b.json"), ""))
    outcome = _outcome(qtbot, context, window.export_import.export_json)
    assert outcome.message is not None and "does not exist" in outcome.message
    box = window.findChild(QMessageBox, "long-work-failed")
    assert box is not None and box.isVisible() and box.text() == outcome.message
    assert box.windowModality().name == "WindowModal"
    box.close()


def test_a_second_job_cannot_start_while_one_runs(qtbot, journal, isolated_data):
    context = make_context(journal, isolated_data)
    window = _window(qtbot, context)
    go_on = threading.Event()
    assert context.long_work.start(window, "First", lambda job: go_on.wait(30))
    assert not window.isEnabled() or context.long_work.dialog.isModal() or \
        context.long_work.dialog.windowModality().name == "WindowModal"
    second = []
    assert context.long_work.start(window, "Second", lambda job: second.append(1)) is False
    with qtbot.waitSignal(context.long_work.finished):
        go_on.set()
    assert second == [] and window.findChildren(ProgressDialog) == [] or \
        all(not d.isVisible() for d in window.findChildren(ProgressDialog))


# --- quitting mid-job, and many jobs cancelled ---------------------------------------------------------

def _until_cancelled(job: Job) -> None:
    while True:
        job.step("record")
        threading.Event().wait(0.002)


def test_closing_the_window_mid_job_stops_it_and_waits(qtbot, isolated_data, tmp_path):
    journal = _filled(isolated_data)
    context = make_context(journal, isolated_data)
    window = _window(qtbot, context)
    threads = threading.active_count()
    assert context.long_work.start(window, "Exporting", _until_cancelled)
    ended = []
    context.long_work.finished.connect(ended.append)
    window.close()  # what a quit signal or the session's end does
    assert ended and ended[0].cancelled and not context.long_work.busy
    assert threading.active_count() == threads and gc.isenabled()
    journal.close()


def test_shut_down_mid_job_stops_it_and_closes_the_journal(qtbot, isolated_data):
    from thabat.ui.application import shut_down

    journal = _filled(isolated_data)
    context = make_context(journal, isolated_data)
    window = _window(qtbot, context)
    assert context.long_work.start(window, "Exporting", _until_cancelled)
    shut_down(context)
    assert not context.long_work.busy and gc.isenabled()


def test_starting_and_cancelling_a_job_fifty_times(qtbot, isolated_data, tmp_path):
    from thabat.app.usecases.exchange import export_json

    journal = _filled(isolated_data)
    context = make_context(journal, isolated_data)
    window = _window(qtbot, context)
    threads = threading.active_count()
    outcomes = []
    context.long_work.finished.connect(outcomes.append)
    for round_ in range(50):
        target = tmp_path / f"b{round_}.json"
        assert context.long_work.start(window, "Saving", lambda job, target=target: export_json(journal, target, job))
        if round_ % 2:
            context.long_work.cancel()  # Cancel pressed: the job ends on its own at its next step
            qtbot.waitUntil(lambda: not context.long_work.busy, timeout=30_000)
        else:
            context.long_work.cancel_and_wait()
    assert len(outcomes) == 50 and all(o.cancelled or o.message is None for o in outcomes)
    assert sum(o.cancelled for o in outcomes) >= 40
    written = sorted(tmp_path.glob("b*.json"))
    assert all(json.loads(p.read_text())["format"] == "thabat-journal" for p in written)  # whole, or not there
    assert list(tmp_path.glob(".*part")) == []
    assert threading.active_count() == threads and gc.isenabled()
    journal.close()


# --- the PDF in a process of its own --------------------------------------------------------------

def test_the_app_writes_the_pdf_in_a_child_process_and_its_cancel_leaves_no_file(qtbot, isolated_data, tmp_path,
                                                                                 monkeypatch):
    from thabat.ui.export_dialog import ExportDialog

    journal = _filled(isolated_data, reflections=4)
    context = make_context(journal, isolated_data, "ar")
    window = _window(qtbot, context)
    actions = window.export_import
    told = _no_dialogs_shown(monkeypatch, actions)
    monkeypatch.setattr(ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(actions, "_save_path", lambda *args: (str(tmp_path / "j.pdf"), ""))
    seen = []
    monkeypatch.setattr(ProgressDialog, "show_step", lambda self, text, done, total: seen.append((text, total)))
    outcome = _outcome(qtbot, context, actions.export_pdf)
    assert outcome.result > 1 and (tmp_path / "j.pdf").read_bytes().startswith(b"%PDF")
    assert told and any(total == outcome.result for _text, total in seen)
    assert any("الصفحة" in text for text, _total in seen)  # the child's steps, in the window's language

    from thabat.app.export.pdf import PdfOptions
    from thabat.app.export.pdf_process import export_pdf_in_child

    def cancel_on_first_page(step: Step) -> None:
        if step.what == "page":
            job.cancel()

    job = Job(cancel_on_first_page)
    with pytest.raises(Cancelled):
        export_pdf_in_child(isolated_data, tmp_path / "again.pdf", PdfOptions(), "en", job)
    assert sorted(p.name for p in tmp_path.glob("*pdf*")) == ["j.pdf"]  # no again.pdf, no .again.pdf…part
    from thabat.app.errors import UserError

    with pytest.raises(UserError, match="does not exist"):
        export_pdf_in_child(isolated_data, tmp_path / "gone" / "j.pdf", PdfOptions(), "en")
    journal.close()


def test_a_backup_is_parsed_a_row_at_a_time_as_json_loads_parses_it(isolated_data, tmp_path, monkeypatch):
    from thabat.app.export import json_rows
    from thabat.app.usecases.exchange import export_json

    journal = _filled(isolated_data)
    export_json(journal, tmp_path / "b.json")
    journal.close()
    text = (tmp_path / "b.json").read_text(encoding="utf-8")
    assert json_rows.loads_in_steps(text) == json.loads(text)
    for odd in ('{"a": 1', '[1, 2]', '{"tables": {"x": [1, {"y": [2]}]}, "v": 2}', '{"tables": {}} extra'):
        try:
            expected = json.loads(odd)
        except json.JSONDecodeError as error:
            with pytest.raises(json.JSONDecodeError, match=str(error).split(":")[0]):
                json_rows.loads_in_steps(odd)
        else:
            assert json_rows.loads_in_steps(odd) == expected
    monkeypatch.setattr(json_rows, "CHECK_EVERY", 1)
    job = Job()
    job.cancel()
    with pytest.raises(Cancelled):
        json_rows.loads_in_steps(text, job)
