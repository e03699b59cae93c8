"""Long work: every job runs off the GUI thread under a window-modal progress dialog and reports its
progress as words and a bar; a backup is read a row at a time. Cancelling is in
test_long_work_cancel.py; failures, a second job and quitting mid-job in test_long_work_endings.py."""

from __future__ import annotations

import json
import threading

import pytest
from PySide6.QtWidgets import QDialog

from thabat.app.usecases.backups import list_backups
from thabat.app.journal import Journal
from thabat.app.runtime.long_work import Cancelled, Job, Step
from thabat.app.services.applications import list_applications
from tests.ui_support import make_context
from tests.long_work_support import filled_journal, job_outcome, no_dialogs_shown, window_on_screen


# --- each job runs on a thread of its own -----------------------------------------------------------

def test_every_export_and_import_runs_off_the_gui_thread(qtbot, isolated_data, tmp_path, monkeypatch):
    from thabat.ui.export_dialog import ExportDialog

    journal = filled_journal(isolated_data)
    context = make_context(journal, isolated_data)
    window = window_on_screen(qtbot, context)
    actions = window.export_import
    told = no_dialogs_shown(monkeypatch, actions)
    monkeypatch.setattr(ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    gui = threading.get_ident()
    files = {"pdf": tmp_path / "j.pdf", "json": tmp_path / "b.json", "csv": tmp_path / "a.csv"}
    for kind, start in (("pdf", actions.export_pdf), ("json", actions.export_json), ("csv", actions.export_csv)):
        monkeypatch.setattr(actions, "_save_path", lambda *args, kind=kind: (str(files[kind]), ""))
        outcome = job_outcome(qtbot, context, start)
        assert outcome.thread not in (None, gui) and outcome.message is None and not outcome.cancelled
        assert files[kind].stat().st_size > 0
    assert len(told) == 3 and "pages" in told[0]

    empty_folder = tmp_path / "empty"
    empty = Journal.open(empty_folder)
    context.replace_journal(empty)
    monkeypatch.setattr(actions, "_open_path", lambda *args: (str(files["json"]), ""))
    outcome = job_outcome(qtbot, context, actions.import_json)
    assert outcome.thread not in (None, gui) and outcome.message is None
    with context.journal.session() as session:
        assert len(list_applications(session)) > 0
    context.journal.close()


def test_backup_restore_chart_and_demo_run_off_the_gui_thread(qtbot, isolated_data, tmp_path, monkeypatch):
    from thabat.ui import welcome_dialog
    from thabat.ui.backups_widget import BackupsWidget
    from thabat.ui.charts_page import ChartsPage

    journal = filled_journal(isolated_data)
    context = make_context(journal, isolated_data)
    gui = threading.get_ident()
    backups = BackupsWidget(context, confirm=lambda parent, backup: True)
    qtbot.addWidget(backups)
    assert job_outcome(qtbot, context, backups.backup_button.click).thread not in (None, gui)
    assert [b.kind for b in list_backups(isolated_data)] == ["manual"]
    backups.table.selectRow(0)
    assert job_outcome(qtbot, context, backups.restore_button.click).thread not in (None, gui)
    assert "Restored" in backups.status.text()

    page = ChartsPage(context)
    qtbot.addWidget(page)
    page.refresh()
    outcome = job_outcome(qtbot, context, lambda: page.save_in_background(str(tmp_path / "chart.svg")))
    assert outcome.thread not in (None, gui) and (tmp_path / "chart.svg").read_text().lstrip().startswith("<?xml")

    started = []
    monkeypatch.setattr(welcome_dialog.QProcess, "startDetached", lambda *args: started.append(args))
    window = window_on_screen(qtbot, context)
    demo = tmp_path / "demo"
    outcome = job_outcome(qtbot, context, lambda: welcome_dialog.open_demo(demo, window))
    assert outcome.thread not in (None, gui) and outcome.result.applications > 0
    assert started and str(demo) in started[0][1]
    context.journal.close()


# --- progress ------------------------------------------------------------------------------------------

def test_progress_reaches_the_dialog_as_words_and_a_bar(qtbot, journal, isolated_data):
    context = make_context(journal, isolated_data)
    window = window_on_screen(qtbot, context)
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

    journal = filled_journal(isolated_data)
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


def test_a_backup_is_parsed_a_row_at_a_time_as_json_loads_parses_it(isolated_data, tmp_path, monkeypatch):
    from thabat.app.export import json_rows
    from thabat.app.usecases.exchange import export_json

    journal = filled_journal(isolated_data)
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
