"""Room: at 1100×700 no page scrolls sideways, the reflection keeps Back and Next in view with one scroll
bar, Contacts' main buttons show without scrolling, and window size and splitters are remembered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QScrollArea, QSplitter, QWidget

from thabat.app.demo import build_demo
from tests.conftest import TODAY
from tests.reflection_support import reflection_on
from tests.ui_support import make_context, switcher, unthemed

from thabat.app.preferences import Preferences
from thabat.ui.main_window import DEFAULT_SIZE, MainWindow

SMALL = (1100, 700)


@pytest.fixture(autouse=True, params=["light"])
def themed(request):
    """Measured as the app shows them: the stylesheet's padding takes room too."""
    from thabat.ui.theme import apply_theme

    apply_theme(QApplication.instance(), request.param)
    yield request.param
    unthemed()


@pytest.fixture
def filled(journal):
    with journal.session() as session:
        build_demo(session, seed=7, years=1, today=TODAY)
        session.commit()
    return journal


def _window(qtbot, journal, folder, lang, size=SMALL):
    window = MainWindow(make_context(journal, folder, lang), switcher())
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def _rect_in_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _in_view(widget: QWidget, window: QWidget) -> bool:
    """Shown whole: inside the window's central area and not clipped by a scroll area around it."""
    inside = _rect_in_window(window.centralWidget(), window).contains(_rect_in_window(widget, window))
    return inside and widget.visibleRegion().boundingRect() == widget.rect()


def _visible_horizontal_bars(window: QWidget) -> list[QScrollArea]:
    """Scroll areas on screen whose horizontal bar shows (lists and tables may scroll sideways inside)."""
    return [area for area in window.findChildren(QScrollArea)
            if area.isVisible() and area.horizontalScrollBar().isVisible()]


def _scrolling_areas(widget: QWidget) -> list[QScrollArea]:
    """Scroll areas (pages, steps) showing a vertical bar; an editor scrolling its own long text is not one."""
    return [area for area in widget.findChildren(QScrollArea) if area.verticalScrollBar().isVisible()]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_no_page_scrolls_sideways_at_1100_by_700(qtbot, filled, isolated_data, lang):
    window = _window(qtbot, filled, isolated_data, lang)
    for key in window.pages:
        window.show_page(key)
        QApplication.processEvents()
        assert window.size().width() == SMALL[0]
        assert _visible_horizontal_bars(window) == [], key


def test_the_default_size_fits_a_1366_by_768_laptop_with_a_taskbar():
    width, height = DEFAULT_SIZE
    assert 1100 <= width <= 1366 and 680 <= height <= 768 - 48 - 30  # a taskbar and a title bar


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_reflection_keeps_back_and_next_and_all_steps_in_view_with_one_scroll_bar(qtbot, filled, isolated_data,
                                                                                      lang):
    reflection_id = reflection_on(filled)
    window = _window(qtbot, filled, isolated_data, lang)
    page = window.open_reflection(reflection_id)
    QApplication.processEvents()
    assert window.width() == SMALL[0]  # the step bar does not widen the window
    for step in range(7):
        page.go_to(step)
        QApplication.processEvents()
        for button in (page.back_button, page.next_button):
            assert button.isVisible()
            assert _in_view(button, window), (step, button.text())
        for index in range(7):
            step_button = page.step_bar.group.button(index)
            assert step_button.isVisible()
            assert _in_view(step_button, window), (step, index)
        assert len(_scrolling_areas(window.stack)) <= 1, step
        assert _visible_horizontal_bars(window) == [], step


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_contacts_new_and_export_all_show_without_scrolling(qtbot, filled, isolated_data, lang):
    window = _window(qtbot, filled, isolated_data, lang)
    contacts = window.show_page("contacts")
    QApplication.processEvents()
    for button in (contacts.new_button, contacts.export_all_button):
        assert button.isVisible()
        assert _in_view(button, window)


def test_window_size_and_splitter_positions_are_remembered(qtbot, journal, isolated_data):
    # The offscreen screen is 800×600: Qt fits a restored window into the screen it is on.
    window = _window(qtbot, journal, isolated_data, "en", size=(780, 560))
    splitter = window.show_page("contacts").findChild(QSplitter)
    splitter.setSizes([420, 700])
    QApplication.processEvents()
    chosen = splitter.sizes()
    window.close()

    again = MainWindow(make_context(journal, isolated_data, "en"), switcher())
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert (again.width(), again.height()) == (780, 560)
    assert again.show_page("contacts").findChild(QSplitter).sizes() == chosen
    assert Preferences(isolated_data).geometry() is not None


def _image(button):
    return button.icon().pixmap(24, 24).toImage()


def test_pages_and_toolbar_actions_have_icons_and_only_back_and_next_are_mirrored(qtbot, journal, isolated_data):
    from PySide6.QtGui import QTransform

    reflection_id = reflection_on(journal)
    images = {}
    for lang in ("en", "ar"):
        window = _window(qtbot, journal, isolated_data, lang)
        assert all(not window.navigation.item(row).icon().isNull() for row in range(window.navigation.count()))
        for action in (window.log_rejection_action, window.add_application_action, window.new_entry_action,
                       window.guide_action):
            assert not action.icon().isNull()
        page = window.open_reflection(reflection_id)
        images[lang] = (_image(page.back_button), _image(page.next_button),
                        window.navigation.item(0).icon().pixmap(24, 24).toImage())
        window.close()
    mirror = QTransform().scale(-1, 1)
    (back_en, next_en, today_en), (back_ar, next_ar, today_ar) = images["en"], images["ar"]
    assert back_en != next_en
    assert back_ar == back_en.transformed(mirror) and next_ar == next_en.transformed(mirror)
    assert today_ar == today_en  # a sun reads the same both ways
