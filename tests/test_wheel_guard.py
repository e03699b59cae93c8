"""The mouse wheel scrolls the page; it changes a rating, a number or a date only when that field has focus."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from tests.reflection_support import open_page, reflection_on


def turn_wheel(widget, notches: int = -1) -> None:
    """One wheel turn over the middle of `widget` (negative: towards the user, scrolling down)."""
    local = QPointF(widget.rect().center())
    QApplication.sendEvent(widget, QWheelEvent(
        local, QPointF(widget.mapToGlobal(local.toPoint())), QPoint(), QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False))


def test_the_wheel_over_a_rating_scrolls_the_step_and_leaves_the_rating(qtbot, journal, isolated_data):
    page = open_page(qtbot, journal, isolated_data, "en", reflection_on(journal))
    page.go_to(3)
    learn = page.steps[3]
    rating = learn.skills.bar_for("problem_solving")
    learn.ensureWidgetVisible(rating)
    bar = learn.verticalScrollBar()
    assert bar.maximum() > 0  # the step is taller than the window: there is something to scroll
    bar.setValue(0)
    page.next_button.setFocus()

    turn_wheel(rating)

    assert rating.value() is None  # still "Not rated"
    assert bar.value() > 0  # the page scrolled instead
    assert rating.focusPolicy() != Qt.FocusPolicy.WheelFocus  # the wheel does not grab the focus first


def test_a_focused_field_still_takes_the_wheel(qtbot, journal, isolated_data):
    page = open_page(qtbot, journal, isolated_data, "en", reflection_on(journal))
    page.go_to(3)
    learn = page.steps[3]
    qtbot.keyClicks(learn.growth.area_name, "SQL")
    learn.growth.add_area_button.click()
    combo = learn.growth.action_area
    assert combo.count() > 1
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)

    turn_wheel(combo)

    assert combo.currentIndex() == 1


def test_a_date_field_and_a_number_box_ignore_the_wheel_without_focus(qtbot, journal, isolated_data):
    page = open_page(qtbot, journal, isolated_data, "en", reflection_on(journal))
    page.go_to(6)
    close = page.steps[6]
    page.go_to(1)
    reply = page.steps[1]
    before = reply.replied_on.date()
    page.next_button.setFocus()
    turn_wheel(reply.replied_on, 1)
    assert reply.replied_on.date() == before
    page.go_to(6)
    turn_wheel(close.confidence, 1)
    assert close.confidence.value() is None
