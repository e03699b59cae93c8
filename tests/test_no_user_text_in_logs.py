"""No user content in the log, ever: failed saves and imports are logged without what was being saved.

Each failure below is forced where SQLite would raise it, so SQLAlchemy's own error message (the
statement, and unless hidden, its parameters) reaches the crash hook that writes the log.
"""

from __future__ import annotations

import json
import sys

import pytest

from thabat.app.runtime.logs import close_logging, setup_logging
from tests.reflection_support import open_page, reflection_on
from tests.test_disk_problems import failing_writes
from tests.ui_support import make_context, type_text

from thabat.ui.crash_handling import ExceptionHook
from thabat.ui.entry_editor import EntryEditor

MARKER = "PRIVATE-MARKER-7f3a"
BUG = "disk I/O error"  # not a full disk: goes to the crash dialog and the log with its traceback


@pytest.fixture
def hook(isolated_data):
    log_file = setup_logging(isolated_data)
    yield ExceptionHook(log_file, show=lambda details, where: None)
    close_logging()


def _through_hook(hook, action) -> None:
    """Run `action` as a slot would: an exception goes to the crash hook (the log), not further."""
    try:
        action()
    except Exception:
        hook(*sys.exc_info())


def _log(isolated_data) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in (isolated_data / "logs").glob("thabat.log*"))


@pytest.mark.parametrize("failure", [BUG, "database or disk is full"])
def test_a_failed_autosave_logs_no_entry_text(qtbot, journal, isolated_data, hook, failure):
    editor = EntryEditor(make_context(journal, isolated_data))
    qtbot.addWidget(editor, before_close_func=lambda e: (e.autosave.stop(), e.retry.timer.stop()))
    editor.title_edit.setText(MARKER)
    type_text(editor.body, f"my words {MARKER}")
    with failing_writes(journal, failure):
        _through_hook(hook, editor.save_now)
    text = _log(isolated_data)
    assert ("Unexpected error" in text) if failure == BUG else ("Saving failed" in text)
    assert MARKER not in text


def test_a_failed_reflection_save_logs_no_answer(qtbot, journal, isolated_data, hook):
    page = open_page(qtbot, journal, isolated_data, "en", reflection_on(journal))
    type_text(page.steps[0].feeling, MARKER)
    with failing_writes(journal, BUG):
        _through_hook(hook, page.save_now)
    text = _log(isolated_data)
    assert "Unexpected error" in text and MARKER not in text


def test_a_failed_import_logs_nothing_from_the_file(qtbot, journal, isolated_data, hook, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QWidget

    from thabat.ui.export_actions import ExportImportActions

    backup = tmp_path / "backup.json"
    backup.write_text(json.dumps({"format": "thabat-journal", "version": 1, "tables": {"application": [
        {"id": 1, "company": MARKER, "applied_on": "2026-01-01", "notes": MARKER,
         "created_at": "2026-01-01T00:00:00+00:00", "updated_at": "2026-01-01T00:00:00+00:00"}]}}), encoding="utf-8")
    window = QWidget()
    qtbot.addWidget(window)
    context = make_context(journal, isolated_data)
    actions = ExportImportActions(context, window)
    monkeypatch.setattr(actions, "_open_path", lambda *_: (str(backup), ""))
    monkeypatch.setattr(actions, "_tell", lambda *_args, **_kwargs: None)
    with failing_writes(journal, BUG):
        actions.import_json()  # long work: the import fails on its thread, the GUI thread raises it
        context.long_work._running.load.wait()
        _through_hook(hook, context.long_work._poll)
    text = _log(isolated_data)
    assert "Unexpected error" in text and MARKER not in text
