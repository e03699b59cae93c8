"""Empty pages say what they will hold and offer one button to begin (Applications, Journal, Contacts,
Growth, Charts); with data, the page itself shows."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from thabat.app.services.applications import add_application
from thabat.app.views.applications import ApplicationInput
from tests.conftest import TODAY
from tests.ui_support import make_context, switcher

from thabat.ui.applications_page import ApplicationsPage
from thabat.ui.main_window import MainWindow

PAGES = ("applications", "journal", "contacts", "growth", "charts")


def _window(qtbot, journal, folder, lang="en"):
    window = MainWindow(make_context(journal, folder, lang), switcher())
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_each_empty_page_says_what_to_do_with_one_button(qtbot, journal, isolated_data, lang):
    window = _window(qtbot, journal, isolated_data, lang)
    for key in PAGES:
        page = window.show_page(key)
        QApplication.processEvents()
        assert page.empty_state.isVisible(), key
        assert not page.content.isVisible(), key
        assert page.empty_state.title.text() and page.empty_state.text.text(), key
        assert page.empty_state.button.text(), key


def test_the_empty_state_buttons_do_the_next_thing(qtbot, journal, isolated_data, monkeypatch):
    asked = []
    monkeypatch.setattr(ApplicationsPage, "add_application", lambda page: asked.append("add"))
    # Ctrl+R opens the dialog over the page on screen (ui/main_window.py), not through Applications.
    monkeypatch.setattr(MainWindow, "_on_log_rejection", lambda window: asked.append("rejection"))
    window = _window(qtbot, journal, isolated_data)
    window.show_page("applications").empty_state.button.click()
    window.show_page("growth").empty_state.button.click()
    window.show_page("charts").empty_state.button.click()
    assert asked == ["add", "rejection", "add"]

    journal_page = window.show_page("journal")
    journal_page.empty_state.button.click()
    assert journal_page.content.isVisible() and not journal_page.empty_state.isVisible()
    qtbot.waitUntil(lambda: journal_page.editor.body.hasFocus() or journal_page.editor.isVisible())

    contacts = window.show_page("contacts")
    contacts.empty_state.button.click()
    assert contacts.content.isVisible() and contacts.name.isVisible()


def test_with_data_the_pages_show_themselves(qtbot, journal, isolated_data):
    with journal.session() as session:
        add_application(session, ApplicationInput("Careem", "Analyst", TODAY), today=TODAY)
    window = _window(qtbot, journal, isolated_data)
    for key in ("applications", "charts"):
        page = window.show_page(key)
        QApplication.processEvents()
        assert page.content.isVisible() and not page.empty_state.isVisible(), key
    applications = window.pages["applications"]
    applications.filter.setText("nothing like this")
    applications.reload()
    assert not applications.empty_state.isVisible()  # filtered to nothing is not empty


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_an_empty_state_is_one_compact_group_centred_in_its_page(qtbot, journal, isolated_data, lang):
    """Picture, title, text and button sat spread over the whole height, with ~150 px between them."""
    window = _window(qtbot, journal, isolated_data, lang)
    window.resize(1366, 768)
    for key in PAGES:
        page = window.show_page(key)
        QApplication.processEvents()
        state = page.empty_state
        parts = [state.picture, state.title, state.text, state.button]
        top = min(part.mapTo(state, part.rect().topLeft()).y() for part in parts)
        bottom = max(part.mapTo(state, part.rect().bottomLeft()).y() for part in parts)
        content = sum(_natural_height(part) for part in parts) + 3 * state.layout().spacing()
        assert bottom - top <= content + 8, key  # the parts together, their natural heights apart
        above, below = top, state.height() - 1 - bottom
        assert state.height() > content + 200, key  # room to spare: the check below means something
        assert abs(above - below) <= 12, (key, above, below)  # the group in the middle of its card


def _natural_height(widget) -> int:
    """How tall `widget` needs to be at its width (a wrapped label: its lines at that width)."""
    if widget.hasHeightForWidth():
        return widget.heightForWidth(widget.width())
    return widget.sizeHint().height()
