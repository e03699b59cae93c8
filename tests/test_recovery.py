"""A damaged journal: detected on open, never written to, restored from the newest good backup."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from thabat.app.journal import Journal, JournalDamaged
from thabat.app.runtime.logs import close_logging
from thabat.app.runtime.paths import database_path
from thabat.app.services.applications import add_application, list_applications
from thabat.app.usecases.backups import automatic_backup, list_backups
from thabat.app.views.applications import ApplicationInput
from thabat.storage.database import DamagedDatabaseError, open_database
from tests.conftest import TODAY

from thabat.ui.recovery_dialog import RecoveryDialog, recover_damaged_journal

YESTERDAY = datetime(2026, 11, 25, 21, 0)


def _write(folder: Path, company: str) -> None:
    journal = Journal.open(folder)
    with journal.session() as session:
        add_application(session, ApplicationInput(company=company, role="", applied_on=TODAY - timedelta(days=1)),
                        TODAY)
    journal.close()


def corrupt(path: Path) -> None:
    """Scribble over the middle of the file, as a failing disk or a cut-off copy would."""
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page, len(data), page):  # every page but the header: b-tree pages turn to noise
        data[offset:offset + 64] = b"\xde\xad\xbe\xef" * 16
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged_with_backup(isolated_data: Path) -> Path:
    """Yesterday's journal backed up, then today's writing, then the file damaged."""
    journal = Journal.open(isolated_data)
    with journal.session() as session:
        for n in range(30):
            add_application(session, ApplicationInput(company=f"Company {n} شركة", role="",
                                                      applied_on=TODAY - timedelta(days=1)), TODAY)
    journal.close()
    assert automatic_backup(isolated_data, YESTERDAY) is not None
    _write(isolated_data, "Written today")
    corrupt(database_path(isolated_data))
    return isolated_data


def test_a_damaged_file_raises_a_specific_error_and_is_not_written_to(damaged_with_backup):
    path = database_path(damaged_with_backup)
    before = path.read_bytes()
    with pytest.raises(DamagedDatabaseError):
        open_database(path)
    with pytest.raises(JournalDamaged) as raised:
        Journal.open(damaged_with_backup)
    assert raised.value.path == path
    assert path.read_bytes() == before
    assert not path.with_name(path.name + "-wal").exists()


def test_a_file_that_is_not_a_database_is_damaged_too(isolated_data):
    path = database_path(isolated_data)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00garbage" * 1000)
    with pytest.raises(DamagedDatabaseError):
        open_database(path)
    assert path.read_bytes() == b"\x00garbage" * 1000


def test_accepting_the_offer_restores_yesterdays_journal_and_keeps_the_damaged_file(damaged_with_backup):
    offered = []
    damaged_bytes = database_path(damaged_with_backup).read_bytes()

    journal = recover_damaged_journal(damaged_with_backup, ask=lambda backup: offered.append(backup) or True,
                                      now=datetime(2026, 11, 26, 8, 0))

    assert offered[0].taken_at == YESTERDAY
    with journal.session() as session:
        companies = {row.company for row in list_applications(session)}
    journal.close()
    assert len(companies) == 30 and "Company 7 شركة" in companies
    aside = damaged_with_backup / "thabat.db.damaged-20261126-080000"
    assert aside.read_bytes() == damaged_bytes


def test_declining_the_offer_leaves_everything_as_it_was(damaged_with_backup):
    before = database_path(damaged_with_backup).read_bytes()
    assert recover_damaged_journal(damaged_with_backup, ask=lambda backup: False) is None
    assert database_path(damaged_with_backup).read_bytes() == before
    assert len(list_backups(damaged_with_backup)) == 1


def test_a_damaged_backup_is_skipped_for_an_older_good_one(damaged_with_backup):
    newest = automatic_backup(damaged_with_backup, YESTERDAY + timedelta(hours=2))
    assert newest is None  # one a day: make a second by hand and damage it
    second = sorted(list_backups(damaged_with_backup), key=lambda b: b.taken_at)[0].path
    bad = second.with_name(second.name.replace("210000", "230000"))
    bad.write_bytes(b"half a copy")
    offered = []
    recover_damaged_journal(damaged_with_backup, ask=lambda backup: offered.append(backup) or False)
    assert offered[0].taken_at == YESTERDAY


def test_the_recovery_dialog_offers_the_backup_and_reports_acceptance(qtbot, damaged_with_backup):
    from thabat.app.usecases.backups import newest_good_backup

    dialog = RecoveryDialog(newest_good_backup(damaged_with_backup))
    qtbot.addWidget(dialog)
    assert "25 November 2026 \u206621:00\u2069" in dialog.informativeText()
    assert dialog.restore_button is not None
    dialog.show()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.accepted_restore()


def test_the_recovery_dialog_without_a_backup_only_explains(qtbot):
    dialog = RecoveryDialog(None)
    qtbot.addWidget(dialog)
    assert dialog.restore_button is None
    assert dialog.standardButtons() == QMessageBox.StandardButton.Close
    assert not dialog.accepted_restore()


def test_the_gui_start_offers_the_restore_and_opens_the_restored_journal(qtbot, damaged_with_backup, monkeypatch):
    import thabat.ui.recovery_dialog
    from thabat.ui import application

    monkeypatch.setattr(thabat.ui.recovery_dialog, "ask_with_dialog", lambda backup: True)
    monkeypatch.setattr("thabat.ui.crash_handling.install_crash_handling", lambda log_file: None)
    window = application.start(application.create_application(), damaged_with_backup, "en")
    qtbot.addWidget(window)
    with window.context.journal.session() as session:
        assert len(list_applications(session)) == 30
    assert list((damaged_with_backup).glob("thabat.db.damaged-*"))
    window.context.journal.close()
    close_logging()


def test_quick_check_runs_read_only(isolated_data):
    _write(isolated_data, "STC")
    path = database_path(isolated_data)
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA quick_check").fetchone() == ("ok",)
    raw.close()
    Journal.open(isolated_data).close()


def test_an_empty_journal_beside_backups_goes_through_the_recovery_dialog(qtbot, isolated_data, monkeypatch):
    import thabat.ui.recovery_dialog
    from thabat.ui import application

    journal = Journal.open(isolated_data)
    with journal.session() as session:
        for n in range(3):
            add_application(session, ApplicationInput(company=f"Kept {n}", role="", applied_on=TODAY), TODAY)
    journal.close()
    assert automatic_backup(isolated_data, YESTERDAY) is not None
    database_path(isolated_data).write_bytes(b"")  # a cut-off copy, a full disk: the journal is lost
    offered = []
    monkeypatch.setattr(thabat.ui.recovery_dialog, "ask_with_dialog", lambda backup: offered.append(backup) or True)
    monkeypatch.setattr("thabat.ui.crash_handling.install_crash_handling", lambda log_file: None)
    window = application.start(application.create_application(), isolated_data, "en")
    qtbot.addWidget(window)
    assert offered[0].taken_at == YESTERDAY
    with window.context.journal.session() as session:
        assert len(list_applications(session)) == 3
    (aside,) = [p for p in isolated_data.glob("thabat.db.damaged-*") if not p.name.endswith(("-wal", "-shm"))]
    assert aside.read_bytes() == b""
    window.context.journal.close()
    close_logging()


def test_a_daily_backup_that_fails_its_check_is_shown_at_start(qtbot, isolated_data, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from thabat.storage import backup as store
    from thabat.ui import application

    _write(isolated_data, "STC")
    monkeypatch.setattr(store, "_copy_pages", lambda source, target, progress=None: None)
    monkeypatch.setattr("thabat.ui.crash_handling.install_crash_handling", lambda log_file: None)
    window = application.start(application.create_application(), isolated_data, "en")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "backup-failed") is not None)
    box = window.findChild(QMessageBox, "backup-failed")
    assert "could not make a backup it can trust" in box.text()
    assert list_backups(isolated_data) == []
    box.close()
    window.context.journal.close()
    close_logging()
