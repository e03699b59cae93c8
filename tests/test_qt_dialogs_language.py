"""Qt's own dialogs and the window titles speak the interface language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

from tests.ui_support import switcher

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


@pytest.mark.parametrize("mode", [QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave])
def test_qt_file_dialog_labels_and_buttons_are_arabic(qtbot, tmp_path, mode):
    switcher().apply("ar")
    dialog = QFileDialog(None, "", str(tmp_path), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own dialog, as on a bare Linux desktop
    dialog.setAcceptMode(mode)
    qtbot.addWidget(dialog)
    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton) if w.text()]
    texts += [w.toolTip() for w in dialog.findChildren(QAbstractButton) if w.toolTip()]
    assert len(texts) >= 6
    assert [text for text in texts if LATIN_WORD.search(text)] == []  # "&Look in:", "Files of &type:" were English


def test_window_titles_end_in_the_translated_name(qtbot):
    switcher().apply("ar")
    assert QGuiApplication.applicationDisplayName() == "ثبات"  # Qt appends it to every title: "الإعدادات — ثبات"
    switcher().apply("en")
    assert QGuiApplication.applicationDisplayName() == "Thabat"
