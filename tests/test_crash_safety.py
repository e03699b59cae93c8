"""Unexpected errors: logged with their traceback (user-only, rotated), shown calmly, text kept."""

from __future__ import annotations

import stat
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QPushButton

from thabat.app.runtime.logs import BACKUP_COUNT, close_logging, log_path, logger, setup_logging
from thabat.ui.crash_dialog import CrashDialog
from thabat.ui.crash_handling import ExceptionHook


@pytest.fixture
def log_file(isolated_data):
    path = setup_logging(isolated_data)
    yield path
    close_logging()


def _raise_in_slot():
    raise ZeroDivisionError("a bug in a slot")


def test_log_folder_and_file_are_user_only(log_file, isolated_data):
    logger.info("started")
    assert log_file == log_path(isolated_data)
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(log_file.parent.stat().st_mode) == 0o700


def test_the_log_rotates_and_rotated_files_stay_user_only(log_file):
    for n in range(3000):
        logger.warning("line %d %s", n, "x" * 400)
    rotated = sorted(log_file.parent.glob("thabat.log.*"))
    assert 1 <= len(rotated) <= BACKUP_COUNT
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in [log_file, *rotated])


def test_an_unexpected_exception_is_logged_and_shown_and_the_editor_keeps_its_text(qtbot, log_file):
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText("نص لم يُحفظ بعد — unsaved words")
    shown = []
    hook = ExceptionHook(log_file, show=lambda details, where: shown.append((details, where)))
    try:
        _raise_in_slot()
    except ZeroDivisionError:
        hook(*sys.exc_info())

    assert len(shown) == 1
    assert "ZeroDivisionError: a bug in a slot" in shown[0][0] and shown[0][1] == log_file
    text = log_file.read_text(encoding="utf-8")
    assert "Unexpected error" in text and "Traceback" in text and "_raise_in_slot" in text
    assert editor.toPlainText() == "نص لم يُحفظ بعد — unsaved words"


def test_a_slot_exception_reaches_the_hook_without_quitting(qtbot, log_file, monkeypatch):
    """PySide6 hands exceptions raised in slots to sys.excepthook; the app keeps running."""
    shown = []
    button = QPushButton("go")
    qtbot.addWidget(button)
    editor = QPlainTextEdit("draft")
    qtbot.addWidget(editor)
    button.clicked.connect(_raise_in_slot)
    hook = ExceptionHook(log_file, show=lambda details, where: shown.append(details))
    with qtbot.capture_exceptions() as captured:
        monkeypatch.setattr(sys, "excepthook", hook)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert captured == [] and len(shown) == 1
    assert "a bug in a slot" in log_file.read_text(encoding="utf-8")
    assert editor.toPlainText() == "draft"


def test_the_crash_dialog_is_calm_and_hides_the_details_until_asked(qtbot, log_file):
    dialog = CrashDialog("Traceback (most recent call last):\nZeroDivisionError", log_file)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "nothing you were writing was lost" in dialog.message.text()
    assert str(log_file) in dialog.message.text()
    assert not dialog.details.isVisible()
    qtbot.mouseClick(dialog.details_button, Qt.MouseButton.LeftButton)
    assert dialog.details.isVisible() and "ZeroDivisionError" in dialog.details.toPlainText()


def test_the_crash_dialog_in_arabic(qtbot, log_file):
    from tests.ui_support import switcher

    switcher().apply("ar")
    try:
        dialog = CrashDialog("details", log_file)
        qtbot.addWidget(dialog)
        assert any("\u0600" <= ch <= "\u06ff" for ch in dialog.message.text())
        assert any("\u0600" <= ch <= "\u06ff" for ch in dialog.windowTitle())
    finally:
        switcher().apply("en")


def test_keyboard_interrupt_is_not_shown_as_a_crash(log_file, monkeypatch):
    shown = []
    monkeypatch.setattr(sys, "__excepthook__", lambda *args: None)
    ExceptionHook(log_file, show=lambda *a: shown.append(a))(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert shown == []


def test_the_hook_installed_at_start_up_opens_the_crash_dialog_by_default(qtbot, log_file):
    """The hooks are in place before the first paint; the dialog they open by default is the calm one,
    from a module imported when first needed (tests/test_startup_path.py: not before the paint)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    seen = []

    def read_and_close():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        if dialog is not None:
            seen.append(dialog.details.toPlainText())
            dialog.accept()

    closer = QTimer()
    closer.setSingleShot(True)
    closer.timeout.connect(read_and_close)
    closer.start(0)
    hook = ExceptionHook(log_file)  # the default: show the crash dialog
    try:
        raise ZeroDivisionError("an error nobody caught")
    except ZeroDivisionError:
        hook(*sys.exc_info())
    finally:
        closer.stop()  # never left to fire in a later test
    assert seen and isinstance(seen[0], CrashDialog)
    assert "an error nobody caught" in seen[1]
    assert "an error nobody caught" in log_file.read_text(encoding="utf-8")
