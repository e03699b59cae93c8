"""Long work that ends otherwise: a failure shows one clear message, a second job is refused meanwhile,
closing the window or quitting mid-job stops it cleanly (fifty times over), and the PDF written in a
process of its own is cancelled without leaving a file."""

from __future__ import annotations

import gc
import json
import threading

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from thabat.app.runtime.long_work import Cancelled, Job, Step
from tests.ui_support import make_context
from thabat.ui.long_work import ProgressDialog
from tests.long_work_support import filled_journal, job_outcome, no_dialogs_shown, window_on_screen


# --- failure, a second job ----------------------------------------------------------------------------

def test_a_failure_shows_one_clear_message(qtbot, journal, isolated_data, tmp_path, monkeypatch):
    context = make_context(journal, isolated_data)
    window = window_on_screen(qtbot, context)
    monkeypatch.setattr(window.export_import, "_save_path", lambda *args: (str(tmp_path / "gone" / "b.json"), ""))
    outcome = job_outcome(qtbot, context, window.export_import.export_json)
    assert outcome.message is not None and "does not exist" in outcome.message
    box = window.findChild(QMessageBox, "long-work-failed")
    assert box is not None and box.isVisible() and box.text() == outcome.message
    assert box.windowModality().name == "WindowModal"
    box.close()


def test_a_second_job_cannot_start_while_one_runs(qtbot, journal, isolated_data):
    context = make_context(journal, isolated_data)
    window = window_on_screen(qtbot, context)
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
    journal = filled_journal(isolated_data)
    context = make_context(journal, isolated_data)
    window = window_on_screen(qtbot, context)
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

    journal = filled_journal(isolated_data)
    context = make_context(journal, isolated_data)
    window = window_on_screen(qtbot, context)
    assert context.long_work.start(window, "Exporting", _until_cancelled)
    shut_down(context)
    assert not context.long_work.busy and gc.isenabled()


def test_starting_and_cancelling_a_job_fifty_times(qtbot, isolated_data, tmp_path):
    from thabat.app.usecases.exchange import export_json

    journal = filled_journal(isolated_data)
    context = make_context(journal, isolated_data)
    window = window_on_screen(qtbot, context)
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

    journal = filled_journal(isolated_data, reflections=4)
    context = make_context(journal, isolated_data, "ar")
    window = window_on_screen(qtbot, context)
    actions = window.export_import
    told = no_dialogs_shown(monkeypatch, actions)
    monkeypatch.setattr(ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(actions, "_save_path", lambda *args: (str(tmp_path / "j.pdf"), ""))
    seen = []
    monkeypatch.setattr(ProgressDialog, "show_step", lambda self, text, done, total: seen.append((text, total)))
    outcome = job_outcome(qtbot, context, actions.export_pdf)
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
