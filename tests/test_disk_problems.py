"""A full disk and a read-only data folder: each its own message, no traceback, no partial file, and
the editors save again by themselves once there is room.

Tests run as root, whom chmod does not stop: the failures are raised where SQLite or the OS would.
"""

from __future__ import annotations

import errno
import sqlite3
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from sqlalchemy import event

from thabat.app.cli import main
from thabat.app.journal import Journal, JournalUnavailable
from tests.reflection_support import open_page, reflection_on
from tests.ui_support import make_context, type_text

from thabat.ui.entry_editor import EntryEditor

FULL = "database or disk is full"


@contextmanager
def failing_writes(journal: Journal, message: str = FULL):
    """Every INSERT or UPDATE fails the way SQLite fails it on a full disk."""
    def fail(_connection, _cursor, statement, *_args):
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE")):
            raise sqlite3.OperationalError(message)

    event.listen(journal.engine, "before_cursor_execute", fail)
    try:
        yield
    finally:
        event.remove(journal.engine, "before_cursor_execute", fail)


def test_the_entry_editor_says_the_disk_is_full_and_saves_when_room_returns(qtbot, journal, isolated_data):
    editor = EntryEditor(make_context(journal, isolated_data))
    qtbot.addWidget(editor, before_close_func=lambda e: (e.autosave.stop(), e.retry.timer.stop()))
    editor.show()
    type_text(editor.body, "كلمات لا تضيع — words that must not be lost")
    with failing_writes(journal):
        assert editor.save_now() is False  # no exception, no crash dialog
        assert "disk is full" in editor.error.text() and editor.error.isVisible()
        assert editor.status.text() == "Not saved: trying again…"
        assert editor.retry.pending and editor.is_dirty()
        editor.retry.timer.timeout.emit()  # space is still short: tried, failed, scheduled again
        assert editor.retry.pending and editor.is_dirty()
    editor.retry.timer.timeout.emit()  # space came back
    assert not editor.is_dirty() and not editor.retry.pending
    assert editor.status.text() == "Saved" and editor.error.isHidden()
    with journal.reader() as connection:
        assert connection.execute("SELECT body FROM journal_entry").fetchall() == [
            ("كلمات لا تضيع — words that must not be lost",)]


def test_the_reflection_page_says_the_disk_is_full_and_saves_when_room_returns(qtbot, journal, isolated_data):
    page = open_page(qtbot, journal, isolated_data, "en", reflection_on(journal))
    type_text(page.steps[0].feeling, "tired but fine")
    with failing_writes(journal):
        assert page.save_now() is False
        assert "disk is full" in page.error.text() and page.retry.pending
        assert page.saved_label.text() == "Not saved: trying again…"
    page.retry.timer.timeout.emit()
    assert not page.retry.pending and page.saved_label.text() == "Draft saved"
    with journal.reader() as connection:
        assert connection.execute("SELECT feeling FROM reflection").fetchall() == [("tired but fine",)]


def test_a_full_disk_at_start_is_its_own_message(monkeypatch, isolated_data):
    from thabat.storage import migrate

    def full(*_args):
        raise sqlite3.OperationalError(FULL)

    monkeypatch.setattr(migrate, "stamp_head", full)
    with pytest.raises(JournalUnavailable, match="disk is full"):
        Journal.open(isolated_data)


def test_a_full_disk_at_start_in_the_gui_shows_that_message(qtbot, monkeypatch, isolated_data):
    from thabat.storage import migrate
    from thabat.ui import application

    shown = []
    monkeypatch.setattr(migrate, "stamp_head", lambda *_: (_ for _ in ()).throw(sqlite3.OperationalError(FULL)))
    monkeypatch.setattr(application, "_cannot_open", lambda _app, error: shown.append(str(error)))
    monkeypatch.setattr("thabat.ui.crash_handling.install_crash_handling", lambda log_file: None)
    assert application.start(application.create_application(), isolated_data, "en") is None
    assert len(shown) == 1 and "disk is full" in shown[0]


def test_a_full_disk_at_close_is_logged_not_raised(monkeypatch, isolated_data):
    import thabat.app.usecases.backups
    from thabat.ui import application

    journal = Journal.open(isolated_data)
    monkeypatch.setattr(thabat.app.usecases.backups, "automatic_backup",
                        lambda folder: (_ for _ in ()).throw(sqlite3.OperationalError(FULL)))

    class Context:
        pass

    context = Context()
    context.journal, context.folder = journal, isolated_data
    context.stop_long_work = lambda: None  # no long job running
    application.shut_down(context)  # no exception, so no "unexpected problem" dialog at close


class _UnwritableLock:
    """QLockFile in a folder it cannot create files in (what chmod 0500 does to anyone but root)."""

    LockError = QLockFile.LockError

    def __init__(self, _path: str) -> None:
        pass

    def setStaleLockTime(self, _ms: int) -> None:
        pass

    def tryLock(self, _timeout: int) -> bool:
        return False

    def error(self):
        return QLockFile.LockError.PermissionError


def test_a_read_only_folder_is_not_called_another_thabat(qtbot, monkeypatch, isolated_data, capsys):
    from thabat.ui import application

    shown = []
    monkeypatch.setattr("thabat.ui.single_instance.QLockFile", _UnwritableLock)
    monkeypatch.setattr(application, "_cannot_open", lambda _app, error: shown.append(str(error)))
    assert application.run(isolated_data, "en") == 2
    err = capsys.readouterr().err
    assert "another Thabat" not in err and "may not write" in err and err.count("\n") == 1
    assert shown and "read-only" in shown[0]


def test_a_full_disk_on_the_command_line_is_one_line_and_leaves_no_part(monkeypatch, tmp_path, capsys):
    import thabat.app.export.backup_json as backup_json

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup_json.json.JSONEncoder, "iterencode", full)  # the backup is written piece by piece
    out = tmp_path / "out"
    out.mkdir()
    assert main(["--data-dir", str(tmp_path / "d"), "export", "json", str(out / "b.json")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("thabat: ") and err.count("\n") == 1 and "disk is full" in err
    assert list(out.iterdir()) == []


def test_a_full_disk_during_an_import_is_one_line_and_leaves_no_journal(monkeypatch, tmp_path, capsys):
    from thabat.storage import search_index

    from thabat.app.views.applications import ApplicationInput
    from thabat.app.services.applications import add_application
    from tests.conftest import TODAY

    backup = tmp_path / "b.json"
    filled = Journal.open(tmp_path / "a")
    with filled.session() as session:  # something to index: the disk fills up while indexing it
        add_application(session, ApplicationInput("Careem", "Analyst", TODAY, notes="Kind people"), TODAY)
    filled.close()
    assert main(["--data-dir", str(tmp_path / "a"), "export", "json", str(backup)]) == 0
    monkeypatch.setattr(search_index, "refresh", lambda *_a: (_ for _ in ()).throw(sqlite3.OperationalError(FULL)))
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path / "new"), "import", "json", str(backup)]) == 2
    err = capsys.readouterr().err
    assert "disk is full" in err and err.count("\n") == 1
    assert not (tmp_path / "new").exists()
