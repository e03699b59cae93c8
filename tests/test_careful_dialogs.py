"""Esc on a dialog with typed text asks first and keeps every word unless told to throw it away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui_support import make_context, shown, type_text
from thabat.ui.application_dialog import ApplicationDialog
from thabat.ui.rejection_dialog import RejectionDialog



def answer(qtbot, dialog, role: QMessageBox.ButtonRole) -> None:
    box = dialog.discard_box
    qtbot.waitUntil(box.isVisible)
    button = next(b for b in box.buttons() if box.buttonRole(b) == role)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.discard_box is None)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_esc_on_a_half_typed_rejection_asks_and_keeps_it(qtbot, journal, isolated_data, lang):
    dialog = shown(qtbot, RejectionDialog(make_context(journal, isolated_data, lang)))
    type_text(dialog.company, "شركة الأفق")
    qtbot.keyClicks(dialog.role, "Designer")
    dialog.message.setPlainText("Thank you for your time, we have decided…")  # pasted

    qtbot.keyClick(dialog.company, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.discard_box is not None
    answer(qtbot, dialog, QMessageBox.ButtonRole.RejectRole)  # Keep editing
    assert dialog.isVisible()
    assert (dialog.company.text(), dialog.role.text()) == ("شركة الأفق", "Designer")
    assert dialog.message.toPlainText().startswith("Thank you")

    qtbot.keyClick(dialog.role, Qt.Key.Key_Escape)
    answer(qtbot, dialog, QMessageBox.ButtonRole.DestructiveRole)  # Throw away
    assert not dialog.isVisible() and dialog.result() == RejectionDialog.DialogCode.Rejected


def test_cancel_on_a_typed_application_asks_too(qtbot, journal, isolated_data):
    dialog = shown(qtbot, ApplicationDialog(make_context(journal, isolated_data)))
    qtbot.keyClicks(dialog.notes, "Referred by Omar")
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert dialog.isVisible() and dialog.discard_box is not None
    answer(qtbot, dialog, QMessageBox.ButtonRole.RejectRole)
    assert dialog.notes.toPlainText() == "Referred by Omar"


@pytest.mark.parametrize("make", [RejectionDialog, ApplicationDialog])
def test_esc_on_an_untouched_dialog_just_closes(qtbot, journal, isolated_data, make):
    dialog = shown(qtbot, make(make_context(journal, isolated_data)))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.discard_box is None


def test_a_prefilled_rejection_counts_as_untouched(qtbot, journal, isolated_data):
    dialog = shown(qtbot, RejectionDialog(make_context(journal, isolated_data), company="Noon", role="SRE"))
    qtbot.keyClick(dialog.role, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
