"""Tags in the windows: the entry editor and both reflection modes save them, the Journal lists them and
filters by them (beside its other filters, with a search too), and the reader shows a reflection's."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from thabat.app.usecases import entries, reflections, tags
from thabat.app.views.journal import EntryInput
from tests.conftest import TODAY
from tests.reflection_support import open_page, reflection_on
from tests.ui_support import make_context, type_text
from thabat.ui.journal_page import HTML_ROLE, KEY_ROLE, JournalPage


def _page(qtbot, journal, folder, lang="en") -> JournalPage:
    page = JournalPage(make_context(journal, folder, lang))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is page.windowHandle())
    page.refresh()
    return page


def _add_tag(qtbot, chips, text: str) -> None:
    chips.editor.setFocus()
    type_text(chips.editor, text)
    qtbot.keyClick(chips.editor, Qt.Key.Key_Return)


def _keys(page):
    return [page.list.item(row).data(KEY_ROLE) for row in range(page.list.count())]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_tags_typed_in_the_entry_editor_are_saved_and_offered_again(qtbot, journal, isolated_data, lang):
    tags.set_entry_tags(journal, entries.save_entry(journal, EntryInput("Old", "x", date(2026, 11, 1)), TODAY).id,
                        ["مقابلة"])
    page = _page(qtbot, journal, isolated_data, lang)
    page.new_entry()
    type_text(page.editor.body, "Practised system design")
    _add_tag(qtbot, page.editor.tags, "design")
    type_text(page.editor.tags.editor, "مقا")
    popup = page.editor.tags.completer.popup()
    qtbot.waitUntil(popup.isVisible)  # the tag in use is offered
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.editor.tags.tags() == ("design", "مقابلة"))
    assert page.editor.save_now()
    saved = entries.get_entry(journal, page.editor.entry_id)
    assert saved.tags == ("design", "مقابلة")
    assert "design" in page.list.item(0).data(HTML_ROLE)  # the list shows the tags under the entry


def test_removing_a_chip_in_the_editor_is_saved(qtbot, journal, isolated_data):
    entry_id = entries.save_entry(journal, EntryInput("T", "body", date(2026, 11, 1), tags=("a", "b")), TODAY).id
    page = _page(qtbot, journal, isolated_data)
    page.open_item("entry", entry_id)
    assert page.editor.tags.tags() == ("a", "b")
    qtbot.mouseClick(page.editor.tags.chips[0], Qt.MouseButton.LeftButton)
    assert page.editor.save_now()
    assert entries.get_entry(journal, entry_id).tags == ("b",)


def test_the_journal_filters_by_tag_beside_its_other_filters_and_with_a_search(qtbot, journal, isolated_data):
    tagged = entries.save_entry(journal, EntryInput("SQL drill", "joins", date(2026, 11, 1), tags=("Interview",)),
                                TODAY).id
    entries.save_entry(journal, EntryInput("SQL at work", "joins", date(2026, 11, 2)), TODAY)
    reflection_id = reflection_on(journal)
    tags.set_reflection_tags(journal, reflection_id, ["interview", "rest"])
    page = _page(qtbot, journal, isolated_data)
    combo = page.tag
    assert page.layout().itemAt(1).layout().indexOf(combo) == 3  # in the row of filters, after the period
    assert [combo.itemData(i) for i in range(combo.count())] == [None, "Interview", "rest"]
    assert len(_keys(page)) == 3
    combo.setCurrentIndex(combo.findData("Interview"))
    assert sorted(_keys(page)) == [("entry", tagged), ("reflection", reflection_id)]
    type_text(page.search_box, "joins")
    qtbot.waitUntil(lambda: _keys(page) == [("entry", tagged)])
    page.search_box.clear()
    combo.setCurrentIndex(combo.findData("rest"))
    qtbot.waitUntil(lambda: _keys(page) == [("reflection", reflection_id)])
    page.open_item("reflection", reflection_id)
    assert "Tags: \u2068Interview\u2069 · \u2068rest\u2069" in page.reader.toPlainText()  # one spelling per tag


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_quick_reflection_saves_its_tags(qtbot, journal, isolated_data, lang):
    reflection_id = reflection_on(journal, mode="quick")
    page = open_page(qtbot, journal, isolated_data, lang, reflection_id)
    assert page.modes.currentWidget() is page.quick and page.quick.tags.isVisible()
    _add_tag(qtbot, page.quick.tags, "تعلم" if lang == "ar" else "learning")
    assert page.save_now()
    assert reflections.load_reflection(journal, reflection_id).draft.tags == (("تعلم" if lang == "ar" else "learning"),)


def test_the_full_reflection_takes_tags_at_its_last_step_and_keeps_the_quick_ones(qtbot, journal, isolated_data):
    reflection_id = reflection_on(journal, mode="quick")
    tags.set_reflection_tags(journal, reflection_id, ["calm"])
    page = open_page(qtbot, journal, isolated_data, "en", reflection_id)
    assert page.quick.tags.tags() == ("calm",)
    page.deepen()
    page.go_to(len(page.steps) - 1)
    close = page.steps[-1]
    assert close.tags.tags() == ("calm",) and close.tags.isVisible()
    _add_tag(qtbot, close.tags, "design")
    assert page.save_now()
    assert reflections.load_reflection(journal, reflection_id).draft.tags == ("calm", "design")
