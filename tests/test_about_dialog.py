"""The About dialog: version from the package metadata, licences, data folder, in both languages."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from thabat.app import __version__
from tests.ui_support import make_context, switcher
from thabat.ui.about_dialog import AboutDialog
from thabat.ui.main_window import MainWindow


def _texts(dialog: AboutDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_about_shows_version_licence_and_data_folder_in_english(qtbot, journal, isolated_data):
    make_context(journal, isolated_data, "en")
    dialog = AboutDialog(isolated_data)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "About Thabat"
    assert __version__ in dialog.version_label.text() and dialog.version_label.text().startswith("Version")
    assert str(isolated_data) in dialog.folder_label.text()
    texts = _texts(dialog)
    assert "GPL-3.0-or-later" in texts and "Noto Sans Arabic" in texts and "Open Font License" in texts
    assert "never connects" in dialog.privacy_label.text()


def test_about_in_arabic_keeps_the_path_readable(qtbot, journal, isolated_data):
    make_context(journal, isolated_data, "ar")
    dialog = AboutDialog(isolated_data)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "عن ثبات"
    assert __version__ in dialog.version_label.text() and "الإصدار" in dialog.version_label.text()
    # The path is isolated left-to-right inside the Arabic sentence.
    assert "\u2066" + str(isolated_data) + "\u2069" in dialog.folder_label.text()
    assert "تُحفظ يومياتك" in dialog.folder_label.text()
    assert "GPL-3.0-or-later" in dialog.licence_label.text()


def test_about_is_reachable_from_the_help_menu(qtbot, journal, isolated_data, monkeypatch):
    context = make_context(journal, isolated_data, "en")
    window = MainWindow(context, switcher())
    qtbot.addWidget(window)
    assert window.menus.help_menu.title() == "&Help"
    assert window.about_action in window.menus.help_menu.actions()
    shown = []
    monkeypatch.setattr(AboutDialog, "exec", lambda dialog: shown.append(dialog.folder_label.text()) or 0)
    window.about_action.trigger()
    assert shown and str(isolated_data) in shown[0]
