"""Actions confirm themselves in the main window's status bar; a missing mail app is said, with Copy offered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox

from thabat.app.services.contacts import add_contact
from thabat.app.views.contacts import ContactInput
from tests.reflection_support import reflection_on
from tests.ui_support import make_context, switcher

from thabat.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, journal, isolated_data):
    window = MainWindow(make_context(journal, isolated_data, "en"), switcher())
    qtbot.addWidget(window, before_close_func=lambda w: w._reflection_page and w._reflection_page.timer.stop())
    window.show()
    return window


def click(qtbot, button) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_copy_and_finish_say_they_are_done(qtbot, window, journal):
    page = window.open_reflection(reflection_on(journal))
    page.go_to(1)
    reply = page.steps[1].message
    click(qtbot, reply.copy_button)
    assert QGuiApplication.clipboard().text() == reply.full_text()
    assert "copied" in window.statusBar().currentMessage()
    page.go_to(6)
    click(qtbot, page.next_button)  # Finish
    assert window.current_page() is not page
    assert "finished" in window.statusBar().currentMessage()


def test_no_mail_app_is_said_and_copy_is_offered(qtbot, window, journal, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or False))
    page = window.open_reflection(reflection_on(journal))
    page.go_to(1)
    reply = page.steps[1].message
    QGuiApplication.clipboard().clear()
    click(qtbot, reply.mail_button)
    assert opened and opened[0].scheme() == "mailto"
    box = reply.no_mail_box
    qtbot.waitUntil(box.isVisible)
    assert "No mail program" in box.text()
    copy = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    click(qtbot, copy)
    assert QGuiApplication.clipboard().text() == reply.full_text()
    assert "copied" in window.statusBar().currentMessage()


def test_a_mail_app_that_opens_the_message_is_confirmed(qtbot, window, journal, monkeypatch):
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: True))
    page = window.open_reflection(reflection_on(journal))
    page.go_to(2)
    click(qtbot, page.steps[2].message.mail_button)
    assert page.steps[2].message.no_mail_box is None
    assert "mail app" in window.statusBar().currentMessage()


def test_vcard_export_writes_family_and_given_names_and_says_so(qtbot, window, journal, tmp_path):
    with journal.session() as session:
        add_contact(session, ContactInput("Dana Kim", company="Noon"))
        add_contact(session, ContactInput("عبد الله بن أحمد", email="a@example.org"))
    contacts = window.show_page("contacts")
    target = tmp_path / "people.vcf"
    contacts.choose_export_path = lambda suggested: target
    click(qtbot, contacts.export_all_button)
    card = target.read_bytes().decode("utf-8")
    assert "N:Kim;Dana;;;\r\n" in card and "FN:Dana Kim\r\n" in card
    assert "N:بن أحمد;عبد الله;;;\r\n" in card
    assert window.statusBar().currentMessage() == "Exported 2 contacts to \u2068people.vcf\u2069."
