"""The one-click rating bar: one click per value, the whole keyboard, mirrored in Arabic, deaf to the wheel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget

from thabat.app.text.dates import DateStyle
from thabat.app.text.direction import fill
from thabat.ui.rating_bar import RatingBar

DIRECTIONS = (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft)


def shown_bar(qtbot, direction=Qt.LayoutDirection.LeftToRight, low=1, high=5, clearable=True) -> RatingBar:
    bar = RatingBar(low, high, clearable)
    bar.setLayoutDirection(direction)
    qtbot.addWidget(bar)
    bar.resize(bar.sizeHint())
    bar.show()
    qtbot.waitExposed(bar)
    return bar


def click(qtbot, bar: RatingBar, index: int) -> None:
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.segment_center(index).toPoint())


@pytest.mark.parametrize("direction", DIRECTIONS)
def test_one_click_sets_each_value_and_the_first_segment_clears(qtbot, direction):
    bar = shown_bar(qtbot, direction)
    assert bar.value() is None and bar.values() == [None, 1, 2, 3, 4, 5]
    with qtbot.waitSignal(bar.value_changed) as changed:
        click(qtbot, bar, 4)
    assert bar.value() == 4 and changed.args == [4]
    click(qtbot, bar, 1)
    assert bar.value() == 1
    click(qtbot, bar, 0)
    assert bar.value() is None


def test_the_row_is_mirrored_in_arabic(qtbot):
    ltr, rtl = shown_bar(qtbot), shown_bar(qtbot, Qt.LayoutDirection.RightToLeft)
    # "5" is the last segment: at the right end in English, at the left end in Arabic.
    assert ltr.segment_rect(5).left() > ltr.segment_rect(1).left()
    assert rtl.segment_rect(5).left() < rtl.segment_rect(1).left()
    click(qtbot, rtl, 5)  # the leftmost square on screen
    assert rtl.value() == 5 and rtl.segment_at(2) == 5


@pytest.mark.parametrize("direction, more, less", [
    (Qt.LayoutDirection.LeftToRight, Qt.Key.Key_Right, Qt.Key.Key_Left),
    (Qt.LayoutDirection.RightToLeft, Qt.Key.Key_Left, Qt.Key.Key_Right),
])
def test_the_arrows_follow_what_the_eye_sees(qtbot, direction, more, less):
    bar = shown_bar(qtbot, direction)
    bar.setFocus()
    qtbot.keyClick(bar, more)
    assert bar.value() == 1  # from "not rated" to the first value
    qtbot.keyClick(bar, more)
    qtbot.keyClick(bar, Qt.Key.Key_Up)
    assert bar.value() == 3
    qtbot.keyClick(bar, less)
    qtbot.keyClick(bar, Qt.Key.Key_Down)
    assert bar.value() == 1
    qtbot.keyClick(bar, less)
    assert bar.value() is None  # below the lowest value: not rated


def test_home_end_digits_and_delete(qtbot):
    bar = shown_bar(qtbot)
    qtbot.keyClick(bar, Qt.Key.Key_End)
    assert bar.value() == 5
    qtbot.keyClick(bar, Qt.Key.Key_Right)
    assert bar.value() == 5  # stays at the end
    qtbot.keyClick(bar, Qt.Key.Key_Home)
    assert bar.value() == 1
    qtbot.keyClick(bar, Qt.Key.Key_4)
    assert bar.value() == 4
    qtbot.keyClick(bar, Qt.Key.Key_9)
    assert bar.value() == 4  # not on this scale
    qtbot.keyClick(bar, Qt.Key.Key_Delete)
    assert bar.value() is None
    qtbot.keyClick(bar, Qt.Key.Key_3)
    qtbot.keyClick(bar, Qt.Key.Key_Backspace)
    assert bar.value() is None


def test_a_bar_that_cannot_be_cleared_keeps_a_value(qtbot):
    bar = shown_bar(qtbot, low=0, high=10, clearable=False)
    assert bar.value() == 0 and len(bar.values()) == 11
    bar.set_value(None)
    qtbot.keyClick(bar, Qt.Key.Key_Delete)
    qtbot.keyClick(bar, Qt.Key.Key_Left)
    assert bar.value() == 0
    click(qtbot, bar, 10)
    assert bar.value() == 10


def test_the_wheel_never_changes_it_and_scrolls_the_page(qtbot):
    area = QScrollArea()
    qtbot.addWidget(area)
    inner = QWidget()
    layout = QVBoxLayout(inner)
    bar = RatingBar(1, 5)
    layout.addWidget(bar)
    layout.addSpacing(2000)
    area.setWidget(inner)
    area.resize(300, 200)
    area.show()
    qtbot.waitExposed(area)
    bar.setFocus()
    bar.set_value(3)
    local = QPointF(bar.rect().center())
    for notches in (-1, 1, -1):
        QApplication.sendEvent(bar, QWheelEvent(
            local, QPointF(bar.mapToGlobal(local.toPoint())), QPoint(), QPoint(0, 120 * notches),
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False))
    assert bar.value() == 3
    assert area.verticalScrollBar().value() > 0  # the page took the turns
    assert bar.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_it_says_its_value_to_screen_readers_in_the_chosen_digits(qtbot):
    bar = shown_bar(qtbot)
    bar.setAccessibleName("Rating of Communication")
    assert bar.accessibleDescription() == "Not rated"
    bar.set_value(3)
    assert bar.accessibleDescription() == fill("%1 of %2", "3", "5")
    bar.retranslate(DateStyle("ar", digits="arabic"))
    assert bar.accessibleDescription() == fill("%1 of %2", "٣", "٥")
