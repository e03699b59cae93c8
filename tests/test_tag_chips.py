"""The tag chips: Enter or a comma adds a tag, completion offers the tags in use, a chip goes with a click
or from the keyboard, refusals are said and kept, and the row is mirrored in Arabic."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from thabat.ui.tag_chips import TagChips
from tests.ui_support import type_text

DIRECTIONS = (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft)


def shown_chips(qtbot, direction=Qt.LayoutDirection.LeftToRight, known=()) -> TagChips:
    chips = TagChips()
    chips.setLayoutDirection(direction)
    chips.set_known(known)
    qtbot.waitUntil(lambda: chips.offered() == list(known))
    qtbot.addWidget(chips)
    chips.resize(420, 120)
    with qtbot.waitActive(chips):
        chips.show()
        chips.activateWindow()
    chips.editor.setFocus()
    return chips


@pytest.mark.parametrize("words", [("interview", "SQL"), ("مقابلة", "تعلم")])
def test_enter_and_a_comma_each_add_a_tag(qtbot, words):
    chips = shown_chips(qtbot)
    with qtbot.waitSignal(chips.changed):
        type_text(chips.editor, words[0])
        qtbot.keyClick(chips.editor, Qt.Key.Key_Return)
    type_text(chips.editor, words[1] + ("،" if words[0] == "مقابلة" else ",") + " next")
    assert chips.tags() == words
    assert [chip.text() for chip in chips.chips] == list(words)
    assert chips.editor.text() == "next"  # what follows the comma is the next tag, still being typed


def test_a_pasted_list_gives_one_chip_each_and_a_tag_is_added_once(qtbot):
    chips = shown_chips(qtbot)
    chips.editor.setText("")
    type_text(chips.editor, "rest, Family,family, ")
    assert chips.tags() == ("rest", "Family")
    assert chips.editor.text() == ""


def test_completion_offers_tags_in_use_and_not_those_already_chosen(qtbot):
    chips = shown_chips(qtbot, known=("interview", "مقابلة", "internship", "rest"))
    type_text(chips.editor, "inte")
    popup = chips.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    offered = [chips.completer.completionModel().index(row, 0).data()
               for row in range(chips.completer.completionModel().rowCount())]
    assert offered == ["interview", "internship"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    with qtbot.waitSignal(chips.changed):
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert chips.tags() == ("interview",)
    qtbot.waitUntil(lambda: "interview" not in chips.offered())  # chosen: not offered again
    assert chips.editor.text() == "" and chips.tags() == ("interview",)


@pytest.mark.parametrize(("typed", "found"), [("ecole", "École"), ("اسئله", "أسئلة"), ("مقابله", "مقابلة")])
def test_completion_folds_accents_and_arabic_letter_forms_as_saving_does(qtbot, typed, found):
    chips = shown_chips(qtbot, known=("École", "أسئلة", "مقابلة", "rest"))
    type_text(chips.editor, typed)
    popup = chips.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    model = chips.completer.completionModel()
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == [found]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    with qtbot.waitSignal(chips.changed):
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert chips.tags() == (found,)  # handed over as spelled, not as its key


def test_a_tag_typed_in_another_arabic_spelling_is_the_one_in_use(qtbot):
    chips = shown_chips(qtbot, known=("أسئلة",))
    chips.set_tags(["أسئلة"])
    chips.add("اسئله")
    assert chips.tags() == ("أسئلة",)  # one chip: the two spellings are one tag


def test_a_typed_tag_takes_the_spelling_already_in_use(qtbot):
    chips = shown_chips(qtbot, known=("SQL",))
    type_text(chips.editor, "sql")
    qtbot.keyClick(chips.editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert chips.tags() == ("SQL",)


def test_a_click_on_a_chip_removes_it(qtbot):
    chips = shown_chips(qtbot)
    chips.set_tags(["a", "b", "c"])
    with qtbot.waitSignal(chips.changed):
        qtbot.mouseClick(chips.chips[1], Qt.MouseButton.LeftButton)
    assert chips.tags() == ("a", "c")


def test_the_keyboard_removes_chips_and_the_focus_stays_in_the_row(qtbot):
    chips = shown_chips(qtbot)
    chips.set_tags(["a", "b", "c"])
    qtbot.keyClick(chips.editor, Qt.Key.Key_Backspace)  # the empty box: the last tag goes
    assert chips.tags() == ("a", "b")
    chips.chips[0].setFocus()
    qtbot.waitUntil(chips.chips[0].hasFocus)
    qtbot.keyClick(chips.chips[0], Qt.Key.Key_Delete)
    assert chips.tags() == ("b",)
    qtbot.waitUntil(chips.chips[0].hasFocus)  # the next chip took the focus
    qtbot.keyClick(chips.chips[0], Qt.Key.Key_Space)
    assert chips.tags() == ()
    assert chips.editor.hasFocus()


def test_chips_have_a_name_a_screen_reader_says(qtbot):
    chips = shown_chips(qtbot)
    chips.set_tags(["مقابلة"])
    assert "مقابلة" in chips.chips[0].accessibleName()
    assert chips.chips[0].accessibleName().startswith("Remove the tag")


@pytest.mark.parametrize("bad", ["x" * 51, "#"])
def test_a_refused_tag_is_said_and_kept_in_the_box(qtbot, bad):
    chips = shown_chips(qtbot)
    type_text(chips.editor, bad)
    qtbot.keyClick(chips.editor, Qt.Key.Key_Return)
    assert chips.tags() == ()
    assert chips.error.isVisible() and chips.error.text()
    assert chips.editor.text() == bad
    chips.editor.clear()
    type_text(chips.editor, "fine")
    qtbot.keyClick(chips.editor, Qt.Key.Key_Return)
    assert chips.tags() == ("fine",) and not chips.error.isVisible()


def test_set_tags_says_nothing(qtbot):
    chips = shown_chips(qtbot)
    with qtbot.assertNotEmitted(chips.changed):
        chips.set_tags(["a", "b"])
    assert chips.tags() == ("a", "b")


@pytest.mark.parametrize("direction", DIRECTIONS)
def test_the_chips_read_in_the_layout_direction(qtbot, direction):
    chips = shown_chips(qtbot, direction)
    chips.set_tags(["first", "second"])
    qtbot.waitUntil(lambda: chips.chips[1].geometry().x() != chips.chips[0].geometry().x())
    first, second = (chip.geometry() for chip in chips.chips)
    if direction == Qt.LayoutDirection.LeftToRight:
        assert first.right() < second.left() and first.left() < 20
    else:
        assert second.right() < first.left() and first.right() > chips.width() - 20
