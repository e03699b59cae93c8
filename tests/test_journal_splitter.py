"""The Journal's list and its editor share the page's width as the splitter says (2 : 3), in both
directions, until the user moves the splitter (then it stays where they left it)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from thabat.app.services import entries
from thabat.app.views.journal import EntryInput
from tests.conftest import TODAY
from thabat.ui.main_window import DEFAULT_SIZE, MainWindow
from tests.ui_support import make_context, shown


@pytest.fixture
def journal(journal):
    """A journal with one entry: the list and the editor are on the page (not its empty state)."""
    with journal.session() as session:
        entries.create_entry(session, EntryInput("كتبت السيرة الذاتية", "أعدت كتابة الملخص", date(2026, 11, 10)), TODAY)
    return journal


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_with_no_saved_splitter_the_list_takes_two_fifths(qtbot, journal, isolated_data, lang):
    window = shown(qtbot, MainWindow(make_context(journal, isolated_data, lang)))
    window.resize(*DEFAULT_SIZE)
    page = window.show_page("journal")
    qtbot.waitUntil(lambda: page.list.isVisible())
    QApplication.processEvents()
    list_width, panes_width = page.content.sizes()
    share = list_width / (list_width + panes_width)
    assert 0.38 <= share <= 0.42, (lang, page.content.sizes())  # before: 0.31 (en), 0.35 (ar), as the panes asked


def test_a_splitter_the_user_moved_is_restored_over_the_shares(qtbot, journal, isolated_data):
    context = make_context(journal, isolated_data, "ar")
    window = shown(qtbot, MainWindow(context))
    window.resize(*DEFAULT_SIZE)
    page = window.show_page("journal")
    qtbot.waitUntil(lambda: page.list.isVisible())
    page.content.setSizes([600, 300])
    QApplication.processEvents()
    moved = page.content.sizes()
    window.close()
    again = shown(qtbot, MainWindow(context))
    again.resize(*DEFAULT_SIZE)
    page = again.show_page("journal")
    qtbot.waitUntil(lambda: page.list.isVisible())
    QApplication.processEvents()
    assert page.content.sizes() == moved
