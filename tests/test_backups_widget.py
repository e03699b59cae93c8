"""The Backups section of Settings: lists backups, restores one after confirmation, reopens the journal."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from thabat.app.journal import Journal
from thabat.app.services.applications import add_application, list_applications
from thabat.app.usecases.backups import automatic_backup, list_backups
from thabat.app.views.applications import ApplicationInput
from tests.conftest import TODAY
from tests.ui_support import make_context

from thabat.ui.backups_widget import BackupsWidget
from thabat.ui.settings_page import SettingsPage


def _add(journal: Journal, company: str) -> None:
    with journal.session() as session:
        add_application(session, ApplicationInput(company=company, role="", applied_on=TODAY), TODAY)


def _widget(qtbot, isolated_data, lang="en", answer=True):
    journal = Journal.open(isolated_data)
    _add(journal, "Yesterday Co")
    automatic_backup(isolated_data, datetime(2026, 11, 25, 20, 15))
    _add(journal, "Today Co")
    asked = []
    context = make_context(journal, isolated_data, lang)
    widget = BackupsWidget(context, confirm=lambda parent, backup: asked.append(backup) or answer)
    qtbot.addWidget(widget)
    return widget, context, asked


def test_the_list_shows_date_and_size(qtbot, isolated_data):
    widget, context, _ = _widget(qtbot, isolated_data)
    assert widget.table.rowCount() == 1
    assert widget.table.item(0, 0).text() == "25 November 2026 \u206620:15\u2069"
    assert widget.table.item(0, 1).text().endswith("KB")
    assert not widget.restore_button.isEnabled()
    context.journal.close()


def test_restoring_asks_then_reopens_the_journal_and_keeps_the_current_state(qtbot, isolated_data):
    widget, context, asked = _widget(qtbot, isolated_data)
    old_journal = context.journal
    widget.table.selectRow(0)
    assert widget.restore_button.isEnabled()
    with qtbot.waitSignal(context.long_work.finished):  # the restore runs as long work
        qtbot.mouseClick(widget.restore_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and asked[0].taken_at == datetime(2026, 11, 25, 20, 15)
    assert context.journal is not old_journal
    with context.journal.session() as session:
        assert [row.company for row in list_applications(session)] == ["Yesterday Co"]
    kinds = sorted(b.kind for b in list_backups(isolated_data))
    assert kinds == ["before-restore", "daily"] and widget.table.rowCount() == 2
    assert "Restored" in widget.status.text()
    context.journal.close()


def test_declining_changes_nothing(qtbot, isolated_data):
    widget, context, asked = _widget(qtbot, isolated_data, answer=False)
    journal = context.journal
    widget.table.selectRow(0)
    qtbot.mouseClick(widget.restore_button, Qt.MouseButton.LeftButton)
    assert asked and context.journal is journal
    with journal.session() as session:
        assert len(list_applications(session)) == 2
    assert len(list_backups(isolated_data)) == 1
    journal.close()


def test_back_up_now_adds_a_row(qtbot, isolated_data):
    widget, context, _ = _widget(qtbot, isolated_data)
    with qtbot.waitSignal(context.long_work.finished):
        qtbot.mouseClick(widget.backup_button, Qt.MouseButton.LeftButton)
    assert widget.table.rowCount() == 2
    assert [b.kind for b in list_backups(isolated_data)].count("manual") == 1
    context.journal.close()


def test_the_section_is_in_settings_and_in_arabic(qtbot, isolated_data):
    journal = Journal.open(isolated_data)
    automatic_backup(isolated_data, datetime.now() - timedelta(days=1))
    context = make_context(journal, isolated_data, "ar")
    page = SettingsPage(context)
    qtbot.addWidget(page)
    assert page.backups.table.rowCount() == 1
    assert "النسخ الاحتياطية" in page.backups.heading.text()
    assert "نوفمبر" in page.backups.table.item(0, 0).text() or "أكتوبر" in page.backups.table.item(0, 0).text() \
        or any("\u0600" <= ch <= "\u06ff" for ch in page.backups.table.item(0, 0).text())
    assert any("\u0600" <= ch <= "\u06ff" for ch in page.backups.restore_button.text())
    make_context(journal, isolated_data, "en")
    journal.close()


def test_protected_copies_are_marked_and_only_the_user_deletes_them(qtbot, isolated_data):
    widget, context, _ = _widget(qtbot, isolated_data)
    widget.table.selectRow(0)
    with qtbot.waitSignal(context.long_work.finished):
        qtbot.mouseClick(widget.restore_button, Qt.MouseButton.LeftButton)  # keeps a before-restore copy
    kinds = {widget.table.item(row, 2).text(): widget.backups[row] for row in range(widget.table.rowCount())}
    assert set(kinds) == {"Protected: kept before a restore", "Daily"}
    protected = kinds["Protected: kept before a restore"]
    assert protected.protected and protected.path.exists()

    answers = [False, True]
    widget.confirm_delete = lambda parent, backup: answers.pop(0)
    widget.table.selectRow(widget.backups.index(protected))
    assert widget.delete_button.isEnabled()
    qtbot.mouseClick(widget.delete_button, Qt.MouseButton.LeftButton)  # declined: still there
    assert protected.path.exists() and widget.table.rowCount() == 2
    qtbot.mouseClick(widget.delete_button, Qt.MouseButton.LeftButton)
    assert not protected.path.exists()
    assert [b.kind for b in list_backups(isolated_data)] == ["daily"] and widget.table.rowCount() == 1
    assert "Deleted" in widget.status.text()
    context.journal.close()


def test_a_backup_that_fails_its_check_is_reported_not_listed(qtbot, isolated_data, monkeypatch):
    from thabat.storage import backup as store

    widget, context, _ = _widget(qtbot, isolated_data)
    monkeypatch.setattr(store, "_copy_pages", lambda source, target, progress=None: None)
    with qtbot.waitSignal(context.long_work.finished):
        qtbot.mouseClick(widget.backup_button, Qt.MouseButton.LeftButton)
    assert "could not make a backup it can trust" in widget.status.text()
    assert widget.table.rowCount() == 1 and len(list_backups(isolated_data)) == 1
    context.journal.close()
