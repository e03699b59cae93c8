"""The Journal page: list, search as you type with highlights, the entry editor that saves itself."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from thabat.app.services import entries, rejections
from thabat.app.views.applications import RejectionInput
from thabat.app.views.journal import EntryInput
from thabat.storage.models import JournalEntry, Reflection
from tests.conftest import TODAY
from tests.ui_support import make_context, type_text

from thabat.ui.journal_page import HTML_ROLE, KEY_ROLE, JournalPage
from thabat.ui.main_window import MainWindow


def _page(qtbot, journal, folder, lang):
    page = JournalPage(make_context(journal, folder, lang))
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    _activate(qtbot, page)
    return page


def _activate(qtbot, window):
    """Shortcuts reach only the focused window; offscreen focus arrives a moment after show()."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is window.windowHandle())


def _fill(journal):
    with journal.session() as session:
        rejection = rejections.log_rejection(session, RejectionInput("Google", "SRE", date(2026, 11, 3), "final"), TODAY)
        session.add(Reflection(rejection_id=rejection.id, feeling="كانت المُقَابَلَة النهائية مرهقة",
                               created_at=datetime(2026, 11, 5, 10, tzinfo=timezone.utc)))
        entries.create_entry(session, EntryInput("My résumé", "Rewrote the summary", date(2026, 11, 10)), TODAY)


def _rows(page):
    return [page.list.item(row) for row in range(page.list.count())]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_list_shows_reflections_and_entries_newest_first(qtbot, journal, isolated_data, lang):
    _fill(journal)
    page = _page(qtbot, journal, isolated_data, lang)
    assert [item.data(KEY_ROLE)[0] for item in _rows(page)] == ["entry", "reflection"]
    assert "Google — SRE" in _rows(page)[1].text()
    assert page.layoutDirection() == (Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight)


@pytest.mark.parametrize("lang, query, marked", [
    ("en", "resum", "résumé"), ("ar", "مقابله", "المُقَابَلَة"), ("en", "مقابلة", "المُقَابَلَة"),
])
def test_typing_in_the_search_box_shows_highlighted_results(qtbot, journal, isolated_data, lang, query, marked):
    _fill(journal)
    page = _page(qtbot, journal, isolated_data, lang)
    page.focus_search()
    if query.isascii():
        qtbot.keyClicks(page.search_box, query)
    else:
        type_text(page.search_box, query)
    qtbot.waitUntil(lambda: page.list.count() == 1)
    html = page.list.item(0).data(HTML_ROLE)
    assert f">{marked}</span>" in html
    page.search_box.clear()
    qtbot.waitUntil(lambda: page.list.count() == 2)


def test_hostile_search_text_shows_nothing_and_no_error(qtbot, journal, isolated_data):
    _fill(journal)
    page = _page(qtbot, journal, isolated_data, "en")
    qtbot.keyClicks(page.search_box, '"AND( NEAR/ -x *')
    qtbot.waitUntil(lambda: page.list.count() == 0)


def test_filters_narrow_the_list(qtbot, journal, isolated_data):
    _fill(journal)
    page = _page(qtbot, journal, isolated_data, "en")
    page.kind.setCurrentIndex(page.kind.findData("reflection"))
    assert [item.data(KEY_ROLE)[0] for item in _rows(page)] == ["reflection"]
    page.kind.setCurrentIndex(0)
    page.company.setCurrentIndex(page.company.findData("Google"))
    assert [item.data(KEY_ROLE)[0] for item in _rows(page)] == ["reflection"]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_ctrl_n_opens_a_new_entry_that_saves_itself(qtbot, journal, isolated_data, lang):
    window = MainWindow(make_context(journal, isolated_data, lang))
    qtbot.addWidget(window)
    window.show()
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["journal"]
    assert window.current_page() is page
    qtbot.waitUntil(lambda: page.editor.body.hasFocus())
    type_text(page.editor.body, "تعلّمت من مقابلة Google اليوم الكثير")

    def saved():
        with journal.session() as session:
            return [e.body for e in session.exec(select(JournalEntry)).all()]
    qtbot.waitUntil(lambda: saved() == ["تعلّمت من مقابلة Google اليوم الكثير"], timeout=5000)
    qtbot.waitUntil(lambda: page.list.count() == 1)
    assert page.editor.status.text() in ("Saved", "حُفظت")


def test_ctrl_f_focuses_the_search_box_from_another_page(qtbot, journal, isolated_data):
    window = MainWindow(make_context(journal, isolated_data, "en"))
    qtbot.addWidget(window)
    window.show()
    _activate(qtbot, window)
    window.show_page("today")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["journal"]
    qtbot.waitUntil(lambda: page.search_box.hasFocus())


def test_ctrl_s_saves_now_and_leaving_the_entry_saves_too(qtbot, journal, isolated_data):
    page = _page(qtbot, journal, isolated_data, "en")
    page.new_entry()
    qtbot.keyClicks(page.editor.title_edit, "Quick note")
    qtbot.keyClick(page.editor.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with journal.session() as session:
        assert [e.title for e in session.exec(select(JournalEntry)).all()] == ["Quick note"]
    qtbot.keyClicks(page.editor.body, "more words")
    page.search_box.setFocus()  # focus leaves the editor
    qtbot.waitUntil(lambda: entries.get_entry(_session(journal), page.editor.entry_id).body == "more words")


def _session(journal):
    from sqlmodel import Session
    return Session(journal.engine)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_paragraph_direction_follows_its_letters_and_the_override(qtbot, journal, isolated_data, lang):
    page = _page(qtbot, journal, isolated_data, lang)
    page.new_entry()
    body = page.editor.body
    type_text(body, "Google رفضتني بعد المقابلة الثالثة")
    assert body.paragraph_direction(0) == Qt.LayoutDirection.RightToLeft
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClicks(body, "The final round was hard")
    assert body.paragraph_direction(1) == Qt.LayoutDirection.LeftToRight
    assert body.paragraph_direction(0) == Qt.LayoutDirection.RightToLeft
    page.editor.direction.setCurrentIndex(page.editor.direction.findData("ltr"))
    assert body.paragraph_direction(0) == Qt.LayoutDirection.LeftToRight
    page.editor.save_now()
    with journal.session() as session:
        [entry] = session.exec(select(JournalEntry)).all()
    assert entry.direction == "ltr" and entry.body == "Google رفضتني بعد المقابلة الثالثة\nThe final round was hard"


def test_a_reflection_opens_read_only_and_can_be_handed_to_the_wizard(qtbot, journal, isolated_data):
    _fill(journal)
    page = _page(qtbot, journal, isolated_data, "ar")
    page.list.setCurrentRow(1)
    assert page.panes.currentWidget() is page.reader.parentWidget()
    assert "مرهقة" in page.reader.toPlainText() and page.reader.isReadOnly()
    with qtbot.waitSignal(page.open_reflection_requested) as signal:
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert signal.args == [page.list.item(1).data(KEY_ROLE)[1]]
